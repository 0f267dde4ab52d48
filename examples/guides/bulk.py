"""Bulk runs: many predictions and completions, paced to the server, resumable.

The site's Bulk runs guide includes the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

import wriftai
from wriftai.bulk import Concurrency


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    with (folder / "prompts.jsonl").open("w") as fh:
        for i in range(40):
            fh.write(json.dumps({"prompt": f"item {i}"}) + "\n")

    client = wriftai.Client()
    # --8<-- [start:predictions]
    run = client.bulk.predictions(
        folder / "prompts.jsonl",  # or .csv, .parquet, any iterable or async iterable
        model="wriftai/echo",
        journal=folder / "run.sqlite",  # kill it, run it again: it resumes
        output=folder / "results.jsonl",  # one record per input
        concurrency=Concurrency(floor=1, start=8, ceiling=64),
        deadline=600,  # per item; a late prediction is cancelled on the server
        progress=False,  # True: a tqdm bar (the progress extra)
    )
    for result in run:  # or: stats = run.run()
        if not result.ok:
            print(result.index, result.status, result.error)
    print(run.stats.succeeded, run.stats.failed, run.stats.rate_limited)
    # --8<-- [end:predictions]
    assert run.stats.succeeded == 40

    # --8<-- [start:resume]
    again = client.bulk.predictions(
        folder / "prompts.jsonl",
        model="wriftai/echo",
        journal=folder / "run.sqlite",  # the same journal: finished items are skipped
        output=folder / "results.jsonl",
        progress=False,
    )
    stats = again.run()
    print(f"resumed {stats.resumed} of {stats.done}, sent {stats.requests} requests")
    # --8<-- [end:resume]
    assert stats.resumed == 40 and stats.requests == 0

    # --8<-- [start:completions]
    run = client.bulk.completions(
        ["The sea is", {"prompt": "The sky is", "temperature": 0.0}],
        model="llama-2-7b",
        max_new_tokens=8,
        ordered=True,  # results in input order
        progress=False,
    )
    for result in run:
        print(result.index, result.status, result.output)
    # --8<-- [end:completions]
    client.close()
    asyncio.run(async_run())


async def async_run() -> None:
    # --8<-- [start:async]
    async with wriftai.Client() as client:
        run = client.bulk.async_predictions(
            [{"prompt": f"async {i}"} for i in range(10)],
            model="wriftai/echo",
            on_progress=lambda stats: None,  # called with BulkStats after every item
            progress=False,
        )
        async for result in run:
            assert result.ok, result.error
        print(run.stats.counts())
    # --8<-- [end:async]


if __name__ == "__main__":
    main()
