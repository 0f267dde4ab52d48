"""WriftAI uploads and file inputs of predictions.

The site's Uploads guide includes the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path

import httpx

import wriftai


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    (folder / "video.mp4").write_bytes(os.urandom(3 * 2**20))
    (folder / "cat.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(1024))
    mask_bytes = b"\x89PNG\r\n\x1a\n" + os.urandom(256)
    os.chdir(folder)

    with wriftai.Client() as client:
        # --8<-- [start:upload]
        def bar(sent: int, total: int) -> None:
            filled = 30 * sent // max(total, 1)
            print(f"\r[{'#' * filled}{'-' * (30 - filled)}] {sent / max(total, 1):6.1%}", end="")

        uploaded = client.uploads.upload("video.mp4", on_progress=bar, max_concurrency=4)
        print("\n", uploaded.id, uploaded.size, uploaded.mime_type, uploaded.download_url)
        # --8<-- [end:upload]

        # --8<-- [start:file_inputs]
        prediction = client.predictions.create(
            {
                "input": {
                    "prompt": "describe",
                    "image": Path("cat.png"),  # uploaded first, sent as its URL
                    "mask": wriftai.File(mask_bytes, "image/png"),
                }
            },
            "wriftai/echo",
            wait=True,
        )
        print(prediction.input["mask"])  # the uploaded file's download URL
        # --8<-- [end:file_inputs]

        # --8<-- [start:by_hand]
        content = b"a" * 1000
        upload = client.uploads.create(size=len(content), mime_type="text/plain")
        etags = []
        for number, url in enumerate(upload.urls):
            part = content[number * upload.part_size : (number + 1) * upload.part_size]
            answer = httpx.put(url, content=part)  # presigned: no Authorization header
            etags.append(answer.headers["ETag"])
        done = client.uploads.complete(upload.id, etags=etags)
        print(done.download_url)
        # --8<-- [end:by_hand]
        assert httpx.get(done.download_url).content == content
        assert hashlib.md5(part).hexdigest() in etags[-1]

    asyncio.run(async_upload())


async def async_upload() -> None:
    # --8<-- [start:async]
    async with wriftai.Client() as client:
        uploaded = await client.uploads.async_upload(b"some bytes", mime_type="text/plain")
        print(uploaded.download_url)
    # --8<-- [end:async]


if __name__ == "__main__":
    main()
