"""Draws docs/assets/bulk-rate-limit.svg from a real bulk run against a rate-limited emulator.

Usage (from the repository root, in the development venv)::

    .venv/bin/python docs/scripts/plot_bulk_rate.py

It starts the emulator in a process of its own, limited to 20 requests a second with a
burst of 10 (``python -m wriftai.testing serve --rate-limit 20 --rate-limit-burst 10``),
runs ``client.bulk.async_predictions`` over 600 inputs, samples the run's `BulkStats`
every 0.2 s (concurrency, pace, requests, 429s), writes the samples to
docs/assets/bulk-rate-limit.csv and draws the plot from them. The figure differs a
little from run to run (it is a real run on a real clock); commit both files together.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import subprocess
import sys
import time
from pathlib import Path

import wriftai
from wriftai.bulk import Concurrency

ASSETS = Path(__file__).resolve().parents[1] / "assets"
TOKEN = "plot-token"
RATE, BURST = 20, 10
SAMPLE_EVERY = 0.2


def start_emulator() -> tuple[subprocess.Popen[str], str]:
    """Start the rate-limited emulator in a process of its own; return it and its URL."""
    command = [sys.executable, "-m", "wriftai.testing", "serve", "--port", "0"]
    command += ["--token", TOKEN, "--rate-limit", str(RATE), "--rate-limit-burst", str(BURST)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("WriftAI emulator listening on "):
            return server, line.split(" on ", 1)[1].strip()
    raise RuntimeError("the emulator did not start")


async def sampled_run(base_url: str, count: int) -> list[dict[str, float]]:
    """Run a bulk run of `count` predictions, sampling its stats every `SAMPLE_EVERY` s."""
    samples: list[dict[str, float]] = []
    async with wriftai.Client(access_token=TOKEN, api_base_url=base_url) as client:
        run = client.bulk.async_predictions(
            [{"prompt": f"item {i}"} for i in range(count)],
            model="wriftai/echo",
            concurrency=Concurrency(floor=1, start=8, ceiling=64),
            progress=False,
        )

        async def consume() -> None:
            async for _ in run:
                pass

        task = asyncio.create_task(consume())
        started = time.monotonic()
        while not task.done():
            stats = run.stats
            samples.append(
                {
                    "t": round(time.monotonic() - started, 3),
                    "concurrency": stats.concurrency,
                    "pace": stats.pace or 0.0,
                    "requests": stats.requests,
                    "rate_limited": stats.rate_limited,
                    "done": stats.done,
                }
            )
            await asyncio.sleep(SAMPLE_EVERY)
        await task
    return samples


def draw(samples: list[dict[str, float]], out: Path) -> None:
    """Draw the request rate, pace, 429s and concurrency of the samples into `out`."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "wriftai"  # stable ids in the SVG
    import matplotlib.pyplot as plt

    t = [s["t"] for s in samples]
    window = max(1, round(1.0 / SAMPLE_EVERY))  # request rate over the last second

    def per_second(key: str) -> list[float]:
        return [
            (samples[i][key] - samples[i - window][key])
            / (samples[i]["t"] - samples[i - window]["t"])
            if i >= window
            else 0.0
            for i in range(len(samples))
        ]

    rate, refused = per_second("requests"), per_second("rate_limited")
    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(8, 5.5))
    top.plot(t, rate, label="requests sent per second (last second)", color="tab:blue")
    top.plot(t, [s["pace"] or float("nan") for s in samples], label="pace", color="tab:green")
    top.plot(t, refused, label="429s per second", color="tab:red")
    top.axhline(RATE, linestyle="--", color="grey", label=f"server limit ({RATE}/s)")
    top.set_ylabel("requests / s")
    top.legend(loc="lower right", fontsize="small", ncols=2)
    bottom.step(t, [s["concurrency"] for s in samples], where="post", color="tab:purple")
    bottom.set_ylabel("concurrency")
    bottom.set_xlabel("seconds since the run started")
    fig.suptitle(f"A bulk run of {samples[-1]['done']:.0f} predictions against a {RATE}/s limit")
    fig.tight_layout()
    fig.savefig(out, metadata={"Date": None})


def main() -> None:
    """Run (or read) the samples and draw the plot."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=600, help="inputs of the run")
    parser.add_argument("--from-csv", action="store_true", help="redraw from the CSV only")
    args = parser.parse_args()
    data, image = ASSETS / "bulk-rate-limit.csv", ASSETS / "bulk-rate-limit.svg"
    if args.from_csv:
        with data.open() as fh:
            samples = [{k: float(v) for k, v in row.items()} for row in csv.DictReader(fh)]
    else:
        server, base_url = start_emulator()
        try:
            samples = asyncio.run(sampled_run(base_url, args.count))
        finally:
            server.terminate()
            server.wait()
        ASSETS.mkdir(parents=True, exist_ok=True)
        with data.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(samples[0]))
            writer.writeheader()
            writer.writerows(samples)
    draw(samples, image)
    print(f"wrote {image} from {len(samples)} samples ({data})")


if __name__ == "__main__":
    main()
