"""A bulk run on Ray Data: a Parquet dataset through two actors sharing one rate budget.

The site's Ray guide includes the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL), on a local Ray cluster
it starts itself on the loopback address.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # Ray sends no usage reports

import pyarrow as pa
import pyarrow.parquet as pq
import ray
import ray.data

import wriftai.ray
from wriftai.ray import BulkPredictions, RateBudget


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    rows = [{"id": i, "prompt": f"item {i}"} for i in range(40)]
    pq.write_table(pa.Table.from_pylist(rows), folder / "inputs.parquet")
    # --8<-- [start:start]
    # On a cluster: ray.init(address="ray://head-node:10001"), or RAY_ADDRESS set.
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1")
    # --8<-- [end:start]
    ray.data.DataContext.get_current().enable_progress_bars = False
    # --8<-- [start:run]
    budget = RateBudget("nightly-eval", rate=20)  # requests a second, every worker together
    dataset = ray.data.read_parquet(str(folder / "inputs.parquet")).repartition(4)
    results = wriftai.ray.predictions(
        dataset,
        model="wriftai/echo",
        run_id="nightly-eval-2026-12-04",  # keys derive from it and each row's id
        budget=budget,
        id_column="id",
        journal=str(folder / "journal.sqlite"),  # a path every worker sees
        batch_size=10,  # the unit Ray runs again when a worker dies
        workers=2,  # actors, one client each, with num_cpus=0.25 each by default
    )
    results.write_parquet(str(folder / "results"))
    # --8<-- [end:run]
    # --8<-- [start:class]
    same = dataset.map_batches(  # what predictions() does, with Ray's own arguments
        BulkPredictions,
        fn_constructor_kwargs={
            "model": "wriftai/echo",
            "run_id": "nightly-eval-2026-12-04",
            "budget": budget,
            "id_column": "id",
            "journal": str(folder / "journal.sqlite"),
        },
        batch_size=10,
        concurrency=2,
        num_cpus=0.25,  # actors wait on HTTP: leave the cores to Ray Data's own tasks
    )
    # --8<-- [end:class]
    again = same.take_all()  # the journal knows every row: nothing is sent again
    assert {row["status"] for row in again} == {"succeeded"}
    # --8<-- [start:read]
    table = pq.read_table(folder / "results")
    failed = table.filter(pa.compute.not_equal(table.column("status"), "succeeded"))
    print(f"{table.num_rows} rows, {failed.num_rows} not succeeded; budget {budget.stats()}")
    # --8<-- [end:read]
    ray.shutdown()


if __name__ == "__main__":
    main()
