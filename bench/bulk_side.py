"""One side of a bulk row, in an interpreter of its own: ``python bulk_side.py MODE ...``.

Modes:
- ``ours`` / ``ours-journal``: ``client.bulk.async_predictions`` (with a journal);
- ``peer``: the practice the official client's maintainers advise, ``asyncio.gather`` over
  ``async_create(wait=True)`` under an ``asyncio.Semaphore(64)``;
- ``memory``: ours, 100,000 completions read from a JSONL file, journal on.

Prints one JSON object: wall and CPU seconds of the run itself (imports left out),
items that succeeded and failed, requests and 429s (ours only), and (memory) the peak
resident memory growth in MiB. It
imports nothing but the standard library and the client under test, so that it runs in
either client's environment.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TOKEN = "bench-token"
MODEL = "wriftai/echo"


def rss_mib() -> float:
    """The peak resident memory of this process so far, in MiB (Linux: KiB units)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def concurrency(ceiling: int) -> Any:
    from wriftai.bulk import Concurrency

    return Concurrency(floor=1, start=min(8, ceiling), ceiling=ceiling)


def inputs(count: int) -> list[dict[str, Any]]:
    return [{"prompt": f"item {i}"} for i in range(count)]


async def ours(base_url: str, count: int, journal: bool) -> dict[str, Any]:
    import wriftai

    async with wriftai.Client(access_token=TOKEN, api_base_url=base_url) as client:
        with tempfile.TemporaryDirectory() as folder:
            run = client.bulk.async_predictions(
                inputs(count),
                model=MODEL,
                journal=Path(folder) / "run.sqlite" if journal else None,
                progress=False,
            )
            started, cpu = time.perf_counter(), cpu_seconds()
            stats = await run.run()
            wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {
        "wall": wall,
        "cpu": cpu,
        "ok": stats.succeeded,
        "failed": stats.failed + stats.ambiguous,
        "requests": stats.requests,
        "limited": stats.rate_limited,
    }


async def peer(base_url: str, count: int) -> dict[str, Any]:
    import wriftai

    client = wriftai.Client(access_token=TOKEN, api_base_url=base_url)
    gate = asyncio.Semaphore(64)

    async def one(item: dict[str, Any]) -> Any:
        async with gate:
            return await client.predictions.async_create(wait=True, model=MODEL, input=item)

    started, cpu = time.perf_counter(), cpu_seconds()
    done = await asyncio.gather(*(one(item) for item in inputs(count)), return_exceptions=True)
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    ok = sum(1 for d in done if isinstance(d, dict) and d.get("status") == "succeeded")
    return {
        "wall": wall,
        "cpu": cpu,
        "ok": ok,
        "failed": count - ok,
        "requests": None,
        "limited": None,
    }


async def memory(base_url: str, count: int) -> dict[str, Any]:
    import wriftai

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "prompts.jsonl"
        with source.open("w") as file:
            for i in range(count):
                file.write(json.dumps({"prompt": f"prompt number {i}"}) + "\n")
        async with wriftai.Client(
            access_token=TOKEN,
            api_base_url=base_url,
            llm_engine_base_path=base_url.removesuffix("/v1"),
        ) as client:
            before = rss_mib()
            run = client.bulk.async_completions(
                source,
                model="bench-llm",
                concurrency=concurrency(4),
                journal=Path(folder) / "run.sqlite",
                output=Path(folder) / "out.jsonl",
                progress=False,
            )
            started, cpu = time.perf_counter(), cpu_seconds()
            stats = await run.run()
            wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
            grown = rss_mib() - before
    return {
        "wall": wall,
        "cpu": cpu,
        "ok": stats.succeeded,
        "failed": stats.failed,
        "grown_mib": grown,
    }


def main(mode: str, base_url: str, count: str) -> None:
    n = int(count)
    if mode == "peer":
        result = asyncio.run(peer(base_url, n))
    elif mode == "memory":
        result = asyncio.run(memory(base_url, n))
    else:
        result = asyncio.run(ours(base_url, n, journal=mode == "ours-journal"))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
