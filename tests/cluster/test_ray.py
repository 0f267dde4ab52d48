"""Bulk runs on Ray Data against the emulator: one budget for two workers, and a killed worker."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from .conftest import EmulatorProcess

MODEL = "wriftai/echo"
LIMIT = 20.0  # the emulator's rate limit, per token
BUDGET = 18.0  # the budget the workers share, under the limit


def inputs_file(path: Path, count: int) -> str:
    rows = [{"id": i, "prompt": f"item {i}"} for i in range(count)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=count // 10)
    return str(path)


def per_input(seen: dict[str, Any]) -> collections.Counter[str]:
    return collections.Counter(prompt for prompt, _ in seen["predictions"])


def test_import_wriftai_does_not_import_ray() -> None:
    code = "import sys, wriftai, wriftai.bulk; print('ray' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.usefixtures("ray_cluster")
def test_two_workers_keep_to_one_budget(emulator_process: EmulatorProcess, tmp_path: Path) -> None:
    import ray.data

    import wriftai.ray
    from wriftai.ray import RateBudget

    count = 1000
    emulator_process.faults(rate_limit=LIMIT, rate_limit_burst=10)
    budget = RateBudget("budget-test", rate=BUDGET)
    dataset = ray.data.read_parquet(inputs_file(tmp_path / "in.parquet", count)).repartition(10)
    results = wriftai.ray.predictions(
        dataset,
        model=MODEL,
        run_id="two-workers",
        client=emulator_process.client,
        budget=budget,
        id_column="id",
    )
    results.write_parquet(str(tmp_path / "out"))
    seen = emulator_process.dump()
    stats = budget.stats()
    assert len(stats["processes"]) == 2, stats  # two workers drew from the one budget
    assert set(per_input(seen).values()) == {1} and len(per_input(seen)) == count
    created = sorted(at for _, at in seen["predictions"])
    admitted = (count - 1) / (created[-1] - created[0])
    assert 0.9 * BUDGET <= admitted <= 1.1 * BUDGET, (admitted, stats)
    where = [i // 100 for i, (_, _, fault) in enumerate(seen["requests"]) if fault]
    refused = len(where)
    assert refused <= 0.05 * len(seen["requests"]), (refused, collections.Counter(where), stats)
    table = pq.read_table(tmp_path / "out")
    assert table.num_rows == count
    assert sorted(table.column("id").to_pylist()) == list(range(count))
    assert set(table.column("status").to_pylist()) == {"succeeded"}
    row = table.filter(pa.compute.equal(table.column("id"), 7)).to_pylist()[0]
    assert row["prompt"] == "item 7" and row["result_id"].startswith("pred_")


@pytest.mark.usefixtures("ray_cluster")
def test_a_killed_worker_creates_nothing_twice(
    emulator_process: EmulatorProcess, tmp_path: Path
) -> None:
    import ray.data

    import wriftai.ray
    from wriftai.ray import RateBudget

    count = 400
    emulator_process.faults(ignore_idempotency_keys=True, rate_limit=40.0, rate_limit_burst=10)
    budget = RateBudget("kill-test", rate=40.0)
    dataset = ray.data.read_parquet(inputs_file(tmp_path / "in.parquet", count)).repartition(10)
    results = wriftai.ray.predictions(
        dataset,
        model=MODEL,
        run_id="killed",
        batch_size=50,
        client=emulator_process.client,
        budget=budget,
        id_column="id",
        journal=str(tmp_path / "journal.sqlite"),
    )
    killed: list[str] = []

    def kill_one_worker() -> None:
        while len(emulator_process.dump()["predictions"]) < count // 3:
            time.sleep(0.2)
        victim = budget.stats()["processes"][0]
        os.kill(int(victim.rsplit(":", 1)[1]), signal.SIGKILL)
        killed.append(victim)

    killer = threading.Thread(target=kill_one_worker, daemon=True)
    killer.start()
    results.write_parquet(str(tmp_path / "out"))
    killer.join(timeout=5)
    assert killed, "no worker was killed"
    seen = emulator_process.dump()
    assert max(per_input(seen).values()) == 1  # no input has two predictions
    table = pq.read_table(tmp_path / "out")
    assert sorted(table.column("id").to_pylist()) == list(range(count))
    statuses = collections.Counter(table.column("status").to_pylist())
    assert statuses["succeeded"] + statuses["ambiguous"] == count, statuses
    assert statuses["ambiguous"] <= 64, statuses  # at most one actor's concurrency
    assert statuses["succeeded"] <= len(per_input(seen)) <= count


@pytest.mark.usefixtures("ray_cluster")
def test_jsonl_rows_and_completions_come_back_as_columns(
    emulator_process: EmulatorProcess, tmp_path: Path
) -> None:
    import json

    import ray.data

    import wriftai.ray
    from wriftai.ray import RESULT_COLUMNS, BulkPredictions

    source = tmp_path / "in.jsonl"
    rows = [{"key": f"k{i}", "prompt": f"item {i}"} for i in range(6)]
    rows.append({"key": "bad", "prompt": "bad", "fail": True})
    source.write_text("".join(json.dumps(row) + "\n" for row in rows))
    predicted = ray.data.read_json(str(source)).map_batches(
        BulkPredictions,
        fn_constructor_kwargs={
            "model": MODEL,
            "run_id": "jsonl",
            "client": emulator_process.client,
            "id_column": "key",  # strings: hashed to stable ids
        },
        batch_size=4,
        concurrency=1,
        num_cpus=0.25,
    )
    table = {row["key"]: row for row in predicted.take_all()}
    assert set(RESULT_COLUMNS) <= set(table["k3"])
    assert table["k3"]["status"] == "succeeded"
    assert "".join(json.loads(table["k3"]["output"])) == "item 3"
    bad = table["bad"]
    assert bad["status"] == "failed" and bad["error_type"] == "PredictionFailed"
    assert bad["output"] is None and "fail: true" in bad["error_message"]
    completed = wriftai.ray.completions(
        ray.data.from_items([{"prompt": "hello"}, {"prompt": "world"}]),
        model="llama-2-7b",
        run_id="llm",
        workers=1,
        client=emulator_process.client,
        input_column="prompt",
        max_new_tokens=5,
    )
    with pytest.raises(TypeError, match="unknown options: colour"):
        wriftai.ray.completions(completed, model="m", run_id="r", colour="blue")
    done = completed.take_all()
    assert [row["status"] for row in done] == ["succeeded", "succeeded"]
    assert all(json.loads(row["output"])["text"] for row in done)
