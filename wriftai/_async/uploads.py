"""Sending an upload's parts (`wriftai._core.uploads` plans them): the I/O.

Each part's body reads its byte range chunk by chunk while it is sent; a file is read in a
worker thread, so a slow disk or network file system does not hold up the caller, while
bytes in memory are sliced in place. The parts are sent a bounded number at a time, and
the first that fails (after its retries) stops the others.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from wriftai._concurrency import async_for_each, async_in_thread, async_resolved
from wriftai._core.uploads import Part, UploadJob

__all__ = ["AsyncPartBody", "async_put_parts"]


class AsyncPartBody(httpx.AsyncByteStream):
    """A part's request body: its byte range, read chunk by chunk while it is sent.

    Each iteration starts again at the part's first byte, so the retry transport can send
    the same request again.

    Args:
        job: The upload.
        part: The part.
    """

    def __init__(self, job: UploadJob, part: Part) -> None:
        self._job = job
        self._part = part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        job, part = self._job, self._part
        read, in_memory = job.source.read, job.source.in_memory
        done = 0
        while done < part.length:
            want = job.chunk_length(part, done)
            offset = part.offset + done
            data = read(offset, want) if in_memory else await async_in_thread(read, offset, want)
            done = job.checked(part, done, want, data)
            yield data
            await async_resolved(job.progress.report(part.index, done))


async def async_put_parts(
    job: UploadJob, client: httpx.AsyncClient, max_concurrency: int
) -> list[str]:
    """Sends every part, at most `max_concurrency` at a time.

    Args:
        job: The upload.
        client: The httpx client to send with (its retry transport retries a part).
        max_concurrency: How many parts are sent at once.

    Returns:
        The parts' ETags, in part order.

    Raises:
        APIStatusError: A part's ``PUT`` failed after its retries.
        APIConnectionError: A part's ``PUT`` got no answer.
        WriftAIError: A part's answer has no ETag, or the content changed size.
    """
    etags = [""] * len(job.parts)

    async def put(part: Part) -> None:
        try:
            with job.mapped_errors(part):
                request = job.request(part, AsyncPartBody(job, part))
                response = await client.send(request, auth=None)
            etags[part.index] = job.etag(part, response)
        except BaseException:
            job.cancelled.set()  # the other parts' bodies stop at their next chunk
            raise

    await async_for_each(put, job.parts, max_concurrency)
    return etags
