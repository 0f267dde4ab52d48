"""The Go runner against the emulator: generated methods found by name, the rest by hand."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from parity import compare
from parity.common import BUILD, ROOT, emulator, spec_operations

RUNNER = BUILD / "go-runner"


@pytest.fixture(scope="module")
def go_runner() -> Path:
    """The runner binary, built as `make parity` builds it (cached by make and Go)."""
    if shutil.which("go") is None:
        pytest.fail("go is not on PATH; the parity check needs it")
    subprocess.run(["make", "--no-print-directory", "go-runner"], cwd=ROOT, check=True)
    return RUNNER


def _run(runner: Path, tmp_path: Path, steps: list[dict[str, Any]], extra: dict[str, Any]) -> Any:
    operations = {**spec_operations(), **extra}
    (tmp_path / "operations.json").write_text(json.dumps(operations))
    (tmp_path / "scenarios.json").write_text(json.dumps([{"name": "s", "steps": steps}]))
    out = tmp_path / "raw.json"
    with emulator() as root:
        subprocess.run(
            [
                str(runner),
                "--root",
                root,
                "--out",
                str(out),
                "--scenarios",
                str(tmp_path / "scenarios.json"),
                "--operations",
                str(tmp_path / "operations.json"),
            ],
            check=True,
        )
    return json.loads(out.read_text())["scenarios"]["s"]


def test_a_generated_method_is_found_from_the_operation_id(go_runner: Path, tmp_path: Path) -> None:
    steps = _run(go_runner, tmp_path, [{"op": "get_user", "path": {"username": "alice"}}], {})
    assert steps[0]["how"] == "GetUserWithResponse"
    assert steps[0]["by_hand"] is False
    assert "alice" in (steps[0]["result"].get("name"), steps[0]["result"].get("username"))
    assert [r["path"] for r in steps[0]["requests"]] == ["/v1/users/alice"]


def test_an_operation_without_a_generated_method_is_done_by_hand_and_says_so(
    go_runner: Path, tmp_path: Path
) -> None:
    extra = {"get_hardware": {"method": "GET", "path": "/hardware/{identifier}", "tag": "x"}}
    step = {"op": "get_hardware", "path": {"identifier": "cpu-small"}}
    [record] = _run(go_runner, tmp_path, [step], extra)
    assert record["by_hand"] is True and record["not_expressible"] is True
    assert record["how"] == "net/http"
    assert "generated no method for get_hardware" in record["reason"]
    assert [r["path"] for r in record["requests"]] == ["/v1/hardware/cpu-small"]


def test_an_argument_the_generated_types_cannot_carry_is_not_dropped(
    go_runner: Path, tmp_path: Path
) -> None:
    step = {"op": "get_user", "path": {"username": "alice"}, "query": {"no_such": "1"}}
    [record] = _run(go_runner, tmp_path, [step], {})
    assert record["by_hand"] is True
    assert "cannot express the step" in record["reason"]
    assert record["requests"][0]["query"] == [["no_such", "1"]]


def _step(op: str, **marks: Any) -> dict[str, Any]:
    return {"op": op, "failures": [], **marks}


def test_the_table_marks_differences_over_not_expressible_over_by_hand() -> None:
    operations = {"a": {}, "b": {}, "c": {}, "d": {}}
    transcripts = {
        "go": [
            _step("a"),
            _step("b", by_hand=True),
            _step("c", by_hand=True, not_expressible=True),
            _step("d", by_hand=True, not_expressible=True),
        ],
        "java": [_step("a"), _step("b"), _step("c"), _step("d")],
    }
    marks = compare.operation_marks(transcripts, operations, differing=[3])
    assert marks["a"] == {"go": "ok", "java": "ok"}
    assert marks["b"] == {"go": "by hand", "java": "ok"}
    assert marks["c"] == {"go": compare.NOT_EXPRESSIBLE, "java": "ok"}
    assert marks["d"] == {"go": "DIFFERS", "java": "DIFFERS"}
