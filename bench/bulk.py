"""The bulk rows of `make bench`: a bulk run against a rate-limited emulator, beside the peer.

The peer is the practice the official client's maintainers advise for many predictions
(the 0.34 client under ``asyncio.gather`` with an ``asyncio.Semaphore(64)``). Both sides
run `bench.bulk_side` in interpreters of their own (each client in its environment, as
the peer rows do), one after the other, for `ROUNDS` alternating rounds against the same
emulator, which admits `RATE` requests a second (a token bucket of `BURST`).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIDE = Path(__file__).resolve().parent / "bulk_side.py"
TOKEN = "bench-token"
RATE = 20.0  # well under what the emulator serves on two cores (about 45 requests a second)
BURST = 10
ITEMS = 450  # about twenty seconds of the budget a round
ROUNDS = 3
MEMORY_ITEMS = 100_000


@contextmanager
def rate_limited_emulator() -> Iterator[str]:
    """The emulator, in its own process, admitting `RATE` requests a second."""
    args = [sys.executable, "-m", "wriftai.testing", "serve", "--token", TOKEN]
    args += ["--prediction-duration", "0.05", "--rate-limit", str(RATE)]
    args += ["--rate-limit-burst", str(BURST)]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def side(python: Path, mode: str, base_url: str, count: int) -> dict[str, Any]:
    """One round of one side: what `bench.bulk_side` printed."""
    done = subprocess.run(
        [str(python), str(SIDE), mode, base_url, str(count)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{mode} failed: {done.stderr.strip().splitlines()[-1:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def median(rounds: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(r[key]) for r in rounds)


def rows(ours_python: Path, peer_python: Path, memory_url: str, row: Any) -> list[Any]:
    """The bulk rows, as `row(measure, facade, baseline, ratio, goal, met)` makes them.

    Args:
        ours_python: The interpreter of our client's environment.
        peer_python: The interpreter of the official 0.34 client's environment.
        memory_url: The canned server's base URL, for the memory row.
        row: The table's row type.

    Returns:
        The rows.
    """
    rounds: dict[str, list[dict[str, Any]]] = {"ours": [], "ours-journal": [], "peer": []}
    with rate_limited_emulator() as base_url:
        side(ours_python, "ours", base_url, 20)  # a fresh emulator's first requests are slow
        for _ in range(ROUNDS):
            for mode, python in (("ours", ours_python), ("peer", peer_python)):
                rounds[mode].append(side(python, mode, base_url, ITEMS))
            rounds["ours-journal"].append(side(ours_python, "ours-journal", base_url, ITEMS))
    rate = {mode: [r["ok"] / r["wall"] for r in each] for mode, each in rounds.items()}
    ours, peer, journal = (statistics.median(rate[m]) for m in ("ours", "peer", "ours-journal"))
    failed = max(r["failed"] for r in rounds["ours"] + rounds["ours-journal"])
    limited = statistics.median(r["limited"] / r["requests"] for r in rounds["ours"])
    peer_failed = max(r["failed"] for r in rounds["peer"])
    cpu = {m: median(rounds[m], "cpu") / ITEMS * 1000 for m in ("ours", "peer")}
    memory = side(ours_python, "memory", memory_url, MEMORY_ITEMS)
    return [
        row(
            f"bulk: items/s at a {RATE:.0f} req/s limit ({ITEMS} predictions)",
            f"{ours:.1f}/s, {failed} failed, {limited:.1%} 429s",
            f"{RATE:.0f}/s (the limit)",
            ours / RATE,
            "≥ 0.90×, 0 failed, ≤ 5% 429s",
            ours >= 0.9 * RATE and failed == 0 and limited <= 0.05,
        ),
        row(
            "bulk: items/s beside the peer's advice",
            f"{ours:.1f}/s, {failed} failed",
            f"{peer:.1f}/s, {peer_failed} failed (0.34, gather + Semaphore(64))",
            ours / peer,
            "informational",
            True,
        ),
        row(
            "bulk: client CPU per item",
            f"{cpu['ours']:.2f} ms",
            f"{cpu['peer']:.2f} ms (0.34, gather + Semaphore(64))",
            cpu["ours"] / cpu["peer"],
            "≤ 1.0×",
            cpu["ours"] <= cpu["peer"],
        ),
        row(
            "bulk: items/s with the journal",
            f"{journal:.1f}/s",
            f"{ours:.1f}/s (no journal)",
            journal / ours,
            "≥ 0.90×",
            journal >= 0.9 * ours,
        ),
        row(
            f"bulk: memory growth, {MEMORY_ITEMS:,} completions from JSONL, journal on",
            f"{memory['grown_mib']:.1f} MiB ({memory['ok']:,} done)",
            "64 MiB (the goal)",
            memory["grown_mib"] / 64,
            "≤ 1.0× (64 MiB)",
            memory["grown_mib"] <= 64 and memory["ok"] == MEMORY_ITEMS,
        ),
    ]
