"""Every file of examples/ runs against a fresh emulator, over real HTTP.

The documentation site shows excerpts of these files (pymdownx.snippets), so an example
that stops working fails here before the site shows it. A new file in examples/ is picked
up without a change here; tests/docs/test_site.py checks that the site's code blocks
come from these files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wriftai.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(
    path
    for path in (ROOT / "examples").rglob("*")
    if path.suffix in {".py", ".sh"} and "__pycache__" not in path.parts
)


def command(path: Path) -> list[str]:
    if path.suffix == ".sh":
        return ["bash", str(path)]
    if path.name.startswith("test_"):
        return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)]
    return [sys.executable, str(path)]


def test_there_are_examples() -> None:
    names = {path.name for path in EXAMPLES}
    assert {"quickstart.py", "llm_engine.py", "cli.sh", "test_with_emulator.py"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_example_runs(path: Path, tmp_path: Path) -> None:
    with Emulator(token="examples-token") as emulator:
        env = {
            **os.environ,
            "WRIFTAI_ACCESS_TOKEN": emulator.token,
            "WRIFTAI_API_BASE_URL": emulator.base_url,
            # the wriftai command of this environment, for the shell examples
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "NO_PROXY": "127.0.0.1,localhost",
        }
        env.pop("LLM_ENGINE_BASE_PATH", None)
        done = subprocess.run(
            command(path), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        violations = list(emulator.spec_violations)
    output = f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert done.returncode == 0, f"{path.name} failed:\n{output}"
    assert done.stdout.strip(), f"{path.name} printed nothing"
    assert not violations, f"the emulator broke openapi.yaml: {violations}"
