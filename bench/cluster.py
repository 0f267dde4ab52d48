"""The Ray rows of `make bench`: two local Ray workers beside one process, and the budget.

Both sides run the same predictions against one rate-limited emulator (in a process of
its own, `bench.bulk.rate_limited_emulator`), keeping to the same budget under its limit:
one process with ``client.bulk.predictions(rate=BUDGET)``, and a Ray Data ``map_batches``
over two actors sharing a `wriftai.ray.RateBudget(rate=BUDGET)`. The Ray side's time
includes starting its two actors, as a user's job does.

The budget row measures the one actor every worker leases from: lease calls a second from
one caller, and the request slots a second they grant at the largest lease.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bulk import TOKEN, rate_limited_emulator

MODEL = "wriftai/echo"
BUDGET = 18.0  # under the emulator's limit of `bench.bulk.RATE`
ITEMS = 600
LEASE_SECONDS = 2.0  # of lease calls, for each lease size


def one_process(base_url: str, count: int = ITEMS) -> float:
    """Items a second of one process keeping to the budget."""
    import wriftai

    with wriftai.Client(access_token=TOKEN, api_base_url=base_url) as client:
        inputs = [{"prompt": f"one {i}"} for i in range(count)]
        started = time.perf_counter()
        run = client.bulk.predictions(inputs, model=MODEL, rate=BUDGET, progress=False)
        done = sum(1 for result in run if result.ok)
        return done / (time.perf_counter() - started)


def two_workers(base_url: str, folder: Path) -> tuple[float, dict[str, Any]]:
    """Items a second of two Ray actors sharing the budget, and the budget's counts."""
    import pyarrow.parquet as pq
    import ray.data

    import wriftai.ray

    budget = wriftai.ray.RateBudget("bench-budget", rate=BUDGET)
    rows = [{"id": i, "prompt": f"two {i}"} for i in range(ITEMS)]
    started = time.perf_counter()
    results = wriftai.ray.predictions(
        ray.data.from_items(rows, override_num_blocks=12),
        model=MODEL,
        run_id="bench",
        batch_size=50,
        client={"access_token": TOKEN, "api_base_url": base_url},
        budget=budget,
        id_column="id",
    )
    results.write_parquet(str(folder / "out"))
    wall = time.perf_counter() - started
    statuses = pq.read_table(folder / "out").column("status").to_pylist()
    return statuses.count("succeeded") / wall, budget.stats()


def permits() -> dict[str, float]:
    """Lease calls a second to one budget actor, from one caller, at two lease sizes."""
    import ray

    from wriftai._core.bulk_budget import Report
    from wriftai.ray import RateBudget

    measured: dict[str, float] = {}
    # 4/s for a quarter second is one slot a lease; a huge rate is the largest lease.
    for name, rate in (("one", 4.0), ("most", 1e9)):
        actor = RateBudget(f"bench-permits-{name}", rate=rate).actor()
        calls, slots = 0, 0
        started = time.perf_counter()
        while time.perf_counter() - started < LEASE_SECONDS:
            grant = ray.get(actor.lease.remote("bench", Report()))
            calls += 1
            slots += len(grant.slots)
        elapsed = time.perf_counter() - started
        measured[f"{name}_calls"] = calls / elapsed
        measured[f"{name}_slots"] = slots / elapsed
        measured[f"{name}_size"] = slots / calls
    return measured


def rows(row: Any) -> list[Any]:
    """The Ray rows, as `row(measure, facade, baseline, ratio, goal, met)` makes them."""
    from wriftai.testing import local_ray

    with local_ray(num_cpus=2):
        with rate_limited_emulator() as base_url, tempfile.TemporaryDirectory() as folder:
            one_process(base_url, 20)  # a fresh emulator's first requests are slow
            single = one_process(base_url)
            cluster, stats = two_workers(base_url, Path(folder))
        leases = permits()
    return [
        row(
            f"ray: items/s, 2 workers sharing an {BUDGET:.0f}/s budget ({ITEMS} predictions)",
            f"{cluster:.1f}/s, {stats['limited']} 429s, {stats['leases']} leases",
            f"{single:.1f}/s (one process, rate={BUDGET:.0f})",
            cluster / single,
            "informational (one budget: not 2×)",
            True,
        ),
        row(
            "ray: slots a second one budget actor grants",
            f"{leases['most_slots']:,.0f}/s ({leases['most_size']:.0f} a lease, "
            f"{leases['most_calls']:.0f} calls/s)",
            f"{leases['one_slots']:,.0f}/s (1 a lease)",
            leases["most_slots"] / leases["one_slots"],
            "informational",
            True,
        ),
    ]
