"""A bulk run killed with SIGKILL half-way, then resumed: nothing is created twice."""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wriftai.testing import Emulator, Faults

COUNT = 2000
WORKER = Path(__file__).with_name("bulk_worker.py")


@pytest.fixture
def quick_emulator() -> Iterator[Emulator]:
    with Emulator(prediction_duration=0.05) as emu:
        yield emu


def lines_in(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def run_worker(emu: Emulator, tmp: Path, keys: str, *, kill_at: int | None) -> str:
    """Runs the worker; with `kill_at`, kills it once the output has that many lines."""
    args = [sys.executable, str(WORKER), emu.base_url, emu.token]
    args += [str(tmp / "run.sqlite"), str(tmp / "out.jsonl"), str(COUNT), keys]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    worker = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if kill_at is None:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()
        return out.decode()
    deadline = time.monotonic() + 240
    while lines_in(tmp / "out.jsonl") < kill_at:
        assert worker.poll() is None, worker.communicate()[1].decode()
        assert time.monotonic() < deadline, "the worker made no progress"
        time.sleep(0.01)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    return ""


def check_output(path: Path) -> list[dict[str, object]]:
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert sorted(r["index"] for r in records) == list(range(COUNT))  # type: ignore[type-var]
    return records


def predictions_per_input(emu: Emulator) -> collections.Counter[str]:
    return collections.Counter(p.input["prompt"] for p in emu.state.predictions.values())


def test_killed_run_resumes_with_keys_honoured(quick_emulator: Emulator, tmp_path: Path) -> None:
    run_worker(quick_emulator, tmp_path, "trust", kill_at=COUNT // 2)
    killed_with = lines_in(tmp_path / "out.jsonl")
    assert COUNT // 2 <= killed_with < COUNT
    done, succeeded, ambiguous, resumed = map(
        int, run_worker(quick_emulator, tmp_path, "trust", kill_at=None).split()
    )
    assert (done, succeeded, ambiguous) == (COUNT, COUNT, 0)
    assert resumed >= killed_with
    records = check_output(tmp_path / "out.jsonl")
    assert {r["status"] for r in records} == {"succeeded"}
    per_input = predictions_per_input(quick_emulator)
    assert len(per_input) == COUNT
    assert set(per_input.values()) == {1}


def test_killed_run_resumes_with_keys_ignored(quick_emulator: Emulator, tmp_path: Path) -> None:
    quick_emulator.faults = Faults(ignore_idempotency_keys=True)
    run_worker(quick_emulator, tmp_path, "ignore", kill_at=COUNT // 2)
    done, succeeded, ambiguous, _ = map(
        int, run_worker(quick_emulator, tmp_path, "ignore", kill_at=None).split()
    )
    assert done == COUNT and succeeded + ambiguous == COUNT
    assert ambiguous <= 64  # at most the concurrency's worth were in flight at the kill
    records = check_output(tmp_path / "out.jsonl")
    unsettled = {r["input"]["prompt"] for r in records if r["status"] == "ambiguous"}  # type: ignore[index]
    assert len(unsettled) == ambiguous
    per_input = predictions_per_input(quick_emulator)
    assert max(per_input.values()) == 1  # nothing was created twice
    assert len(per_input) >= COUNT - ambiguous
    assert all(per_input[prompt] <= 1 for prompt in unsettled)
