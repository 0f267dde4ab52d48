"""The operations of `wriftai.resources.uploads`: the source of its sync twin."""

from __future__ import annotations

from collections.abc import Sequence

from wriftai._async.resource import AsyncResource
from wriftai._async.send import async_http_client
from wriftai._async.uploads import async_put_parts
from wriftai._concurrency import async_for_each, async_resolved
from wriftai._core.arguments import require_str
from wriftai._core.file_inputs import FileInputs
from wriftai._core.upload_sources import Source, open_source
from wriftai._core.uploads import (
    DEFAULT_MAX_CONCURRENCY,
    ProgressCallback,
    UploadJob,
    UploadResult,
    check_options,
    complete_body,
    create_body,
)
from wriftai.types import CompleteUploadParams, CreateUploadParams
from wriftai.types._files import UploadSource
from wriftai_api.api.uploads import complete_upload, create_upload
from wriftai_api.models import Upload, UploadCompletion

__all__ = ["MAX_FILES_AT_ONCE", "AsyncUploadsResource"]

MAX_FILES_AT_ONCE = 4
"""How many files of one prediction input are uploaded at once."""


class AsyncUploadsResource(AsyncResource):
    """WriftAI uploads: ``client.uploads``."""

    # ------------------------------------------------------------------ the operations
    async def async_create(
        self,
        params: CreateUploadParams | None = None,
        *,
        size: int | None = None,
        mime_type: str | None = None,
    ) -> Upload:
        """Start an upload: the server answers with one presigned URL per part.

        Args:
            params: ``{"size", "mime_type"}`` (the official client's form); or give
                `size` and `mime_type` as keywords.
            size: The exact size of the content, in bytes.
            mime_type: Its MIME type.

        Returns:
            The upload: ``id``, ``urls`` (one per part) and ``part_size``.

        Raises:
            TypeError: Both `params` and keywords, or a value of the wrong type.
            ValueError: A negative `size`, or an empty `mime_type`.
        """
        new = create_body(params, size, mime_type)
        return await self._async_call(create_upload, Upload, body=new)

    async def async_complete(
        self,
        upload_id: str,
        params: CompleteUploadParams | None = None,
        *,
        etags: Sequence[str] | None = None,
    ) -> UploadCompletion:
        """Complete an upload whose parts were all sent.

        Args:
            upload_id: The upload's id.
            params: ``{"etags"}`` (the official client's form); or give `etags`.
            etags: The ``ETag`` of each part, in part order.

        Returns:
            The completion, with the ``download_url``.

        Raises:
            TypeError: Both `params` and `etags`, or a value of the wrong type.
            ValueError: An empty `upload_id` or `etags`.
        """
        uid = require_str("upload_id", upload_id)
        done = complete_body(params, etags)
        return await self._async_call(complete_upload, UploadCompletion, uid, body=done)

    # ------------------------------------------------------------------ whole uploads
    async def async_upload(
        self,
        source: UploadSource,
        *,
        mime_type: str | None = None,
        on_progress: ProgressCallback | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> UploadResult:
        """Upload a file, in parts sent concurrently, and return its ``download_url``.

        The content streams: each part is read from the source in 256 KiB chunks while
        it is sent (a file's chunks in a worker thread), so at most `max_concurrency`
        chunks are in memory, never the whole file. A part that fails (a connection
        error, a 429 or a 5xx) is sent again alone, with the client's retries and
        backoff. The create and the completion are POSTs and follow the client's rule for
        those: one that may have been processed is not sent again unless the client
        trusts idempotency keys.

        Args:
            source: A path (str or os.PathLike), bytes, or a file object opened in binary
                mode (uploaded from its start). A seekable file is read by offset; a
                stream that cannot seek is first copied to a temporary file, because the
                upload needs its size first and a failed part must be read again.
            mime_type: The MIME type; guessed from the file name when None, else
                ``application/octet-stream``.
            on_progress: Called as ``on_progress(sent, total)`` as bytes go, from the
                threads or tasks that send the parts (one call at a time, ``sent`` never
                going back, ending at ``total``); what a coroutine function returns is
                awaited. A part sent again is not counted twice.
            max_concurrency: How many parts are sent at once.

        Returns:
            The upload's ``id``, ``download_url``, ``size`` and ``mime_type``.

        Raises:
            TypeError: `source` is not a path, bytes or a binary file object (a text-mode
                file), or an option has the wrong type.
            ValueError: `max_concurrency` is below 1.
            FileNotFoundError: The path does not exist.
            IsADirectoryError: The path is a directory.
            APIStatusError: The API refused a step, or a part failed after its retries.
            APIConnectionError: A request got no answer.
        """
        check_options(on_progress, max_concurrency)
        opened = open_source(source, mime_type)
        try:
            return await self._async_upload_source(opened, on_progress, max_concurrency)
        finally:
            opened.close()

    async def _async_upload_source(
        self, source: Source, on_progress: ProgressCallback | None, max_concurrency: int
    ) -> UploadResult:
        created = await self.async_create(size=source.size, mime_type=source.mime_type)
        http = self._http
        job = UploadJob(
            source, created, http.settings.timeout.as_dict(), http.settings.max_retries, on_progress
        )
        etags = await async_put_parts(job, async_http_client(http), max_concurrency)
        result = job.result(await self.async_complete(job.upload_id, etags=etags))
        await async_resolved(job.progress.finish())
        return result

    # ------------------------------------------------------------------ file inputs
    async def _async_upload_inputs(self, files: FileInputs) -> list[str]:
        """Uploads the files of a prediction input, a few at a time; their download URLs."""
        urls = [""] * len(files.sources)

        async def one(index: int) -> None:
            try:
                source = files.sources[index]
                result = await self._async_upload_source(source, None, DEFAULT_MAX_CONCURRENCY)
            except Exception as exc:
                exc.add_note(f"while uploading {files.where[index]}")
                raise
            urls[index] = result.download_url

        await async_for_each(one, range(len(urls)), MAX_FILES_AT_ONCE)
        return urls
