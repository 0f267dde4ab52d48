"""Upload a file with a progress bar, then pass a file to a prediction.

Usage: ``python examples/upload.py [PATH]`` (without a path it uploads 24 MiB of random
bytes from a temporary file). Run it against the local emulator (start one with
``python -m wriftai.testing serve`` and export the two variables it prints), or against
any WriftAI API with WRIFTAI_ACCESS_TOKEN (and optionally WRIFTAI_API_BASE_URL) set.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

import wriftai


class ProgressBar:
    """A text progress bar for ``on_progress(sent, total)``."""

    def __init__(self, label: str, width: int = 30) -> None:
        self.label = label
        self.width = width
        self.started = time.monotonic()

    def __call__(self, sent: int, total: int) -> None:
        done = sent / total if total else 1.0
        filled = int(done * self.width)
        rate = sent / max(time.monotonic() - self.started, 1e-6) / 2**20
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if sent == total else ""
        print(f"\r  {self.label} [{bar}] {done:6.1%} {rate:7.1f} MiB/s", end=end, flush=True)


def main(path: Path) -> None:
    with wriftai.Client() as client:
        print(f"uploading {path.name} ({path.stat().st_size / 2**20:.1f} MiB)")
        uploaded = client.uploads.upload(path, on_progress=ProgressBar(path.name))
        print(f"  {uploaded.id}: {uploaded.mime_type}, {uploaded.size} bytes")
        print(f"  download_url: {uploaded.download_url}")

        # A file anywhere in a prediction's input is uploaded first and sent as its URL.
        prediction = client.predictions.create(
            {"input": {"prompt": "describe it", "attachments": [wriftai.File(path)]}},
            "wriftai/echo",
            wait=True,
        )
        print(f"  prediction {prediction.id} got: {prediction.input['attachments'][0]}")

    asyncio.run(async_upload(path))


async def async_upload(path: Path) -> None:
    async with wriftai.Client() as client:
        uploaded = await client.uploads.async_upload(
            path, on_progress=ProgressBar(f"{path.name} (async)"), max_concurrency=4
        )
        print(f"  async upload {uploaded.id} done")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "sample.bin"
            sample.write_bytes(os.urandom(24 * 2**20))
            main(sample)
