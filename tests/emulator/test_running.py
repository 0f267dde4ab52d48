"""Ways to run the emulator: the command line, the context manager, packaging, imports."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import httpx

from wriftai.testing import Emulator
from wriftai.testing._spec import spec_path

ROOT = Path(__file__).resolve().parents[2]


def test_serve_prints_its_base_url_and_answers() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wriftai.testing",
            "serve",
            "--port",
            "0",
            "--token",
            "tok-1",
            "--seed",
            "4",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("WriftAI emulator listening on http://127.0.0.1:")
        base_url = line.rsplit(" ", 1)[1]
        assert base_url.endswith("/v1")
        response = httpx.get(
            f"{base_url}/models", headers={"Authorization": "Bearer tok-1"}, timeout=10
        )
        assert response.status_code == 200
        assert response.json()["items"]
        assert httpx.get(f"{base_url}/models", timeout=10).status_code == 401
    finally:
        process.terminate()
        process.wait(10)


def test_serve_with_faults_from_the_command_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "wriftai.testing", "serve", "--rate-503", "1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().rsplit(" ", 1)[1]
        headers = {"Authorization": "Bearer wriftai-test-token"}
        assert httpx.get(f"{base_url}/user", headers=headers, timeout=10).status_code == 503
    finally:
        process.terminate()
        process.wait(10)


def test_context_manager_binds_a_free_loopback_port_and_stops() -> None:
    with Emulator() as first, Emulator() as second:
        assert first.port != second.port
        assert first.base_url == f"http://127.0.0.1:{first.port}/v1"
        url = first.base_url
    try:
        httpx.get(f"{url}/user", timeout=1)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the emulator still answers after stop()")


def test_importing_wriftai_does_not_load_the_emulator_stack() -> None:
    heavy = ("wriftai.testing", "starlette", "uvicorn", "openapi_core", "sse_starlette")
    code = (
        f"import sys, wriftai; bad = [m for m in {heavy!r} if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_is_the_repository_file_and_wheels_carry_it() -> None:
    assert spec_path() in {ROOT / "openapi.yaml", ROOT / "wriftai" / "testing" / "openapi.yaml"}
    assert not (ROOT / "wriftai" / "testing" / "openapi.yaml").exists()  # never a hand copy
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    force_include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include["openapi.yaml"] == "wriftai/testing/openapi.yaml"
    assert (
        pyproject["project"]["entry-points"]["pytest11"]["wriftai"]
        == "wriftai.testing.pytest_plugin"
    )
