"""The uploads resource: WriftAI file uploads, whole (`upload`) or step by step.

``client.uploads.upload(path)`` sends a file of any size to WriftAI in the server's parts
and returns its ``download_url``, which a prediction takes as an input (a `wriftai.File`
in a prediction's input is uploaded this way by ``predictions.create``). `create` and
`complete` are the two API operations an upload is made of, for callers who send the
parts themselves. The engine is `wriftai._uploads`.

Not to be confused with ``client.files``, the LLM Engine files resource (training data for
fine-tunes), whose ``upload`` sends a file to LLM Engine's ``/v1/files``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from _wriftai_sync.send import http_client
from wriftai._async.send import async_http_client
from wriftai._files import FileInputs
from wriftai._response import RawResponses
from wriftai._uploads import (
    DEFAULT_MAX_CONCURRENCY,
    ProgressCallback,
    Source,
    UploadJob,
    UploadResult,
    UploadSource,
    async_put_parts,
    check_options,
    maybe_await,
    open_source,
    put_parts,
)
from wriftai.resources._base import Resource, body, require_str
from wriftai.types import CompleteUploadParams, CreateUploadParams
from wriftai_api.api.uploads import complete_upload, create_upload
from wriftai_api.models import CompleteUploadRequest as _CompleteBody
from wriftai_api.models import CreateUploadRequest as _CreateBody
from wriftai_api.models import Upload, UploadCompletion

__all__ = ["MAX_FILES_AT_ONCE", "UploadsResource"]

MAX_FILES_AT_ONCE = 4
"""How many files of one prediction input are uploaded at once."""


def _create_body(params: object, size: object, mime_type: object) -> _CreateBody:
    """The body of ``POST /uploads``, from a dict (0.34's form) or keywords."""
    if params is not None:
        if size is not None or mime_type is not None:
            raise TypeError("pass either params or size= and mime_type=, not both")
        return body(_CreateBody, params, "params")
    if isinstance(size, bool) or not isinstance(size, int):
        raise TypeError(f"size must be an int, not {type(size).__name__}")
    if size < 0:
        raise ValueError(f"size must not be negative, got {size}")
    return _CreateBody(size=size, mime_type=require_str("mime_type", mime_type))


def _complete_body(params: object, etags: object) -> _CompleteBody:
    """The body of ``POST /uploads/{id}/complete``, from a dict (0.34's form) or keywords."""
    if params is not None:
        if etags is not None:
            raise TypeError("pass either params or etags=, not both")
        return body(_CompleteBody, params, "params")
    if isinstance(etags, str) or not isinstance(etags, Sequence):
        raise TypeError("etags must be a list of str, in part order")
    if not etags or not all(isinstance(tag, str) and tag for tag in etags):
        raise ValueError("etags must be a non-empty list of non-empty str")
    return _CompleteBody(etags=list(etags))


class UploadsResource(Resource):
    """WriftAI uploads: ``client.uploads``."""

    @property
    def with_raw_response(self) -> UploadsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.create()``."""
        return UploadsRawResponses(self)

    # ------------------------------------------------------------------ the operations
    def create(
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
        """
        new = _create_body(params, size, mime_type)
        return self._call(create_upload, Upload, body=new)

    async def async_create(
        self,
        params: CreateUploadParams | None = None,
        *,
        size: int | None = None,
        mime_type: str | None = None,
    ) -> Upload:
        """Async form of `create`."""
        new = _create_body(params, size, mime_type)
        return await self._async_call(create_upload, Upload, body=new)

    def complete(
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
        """
        uid = require_str("upload_id", upload_id)
        return self._call(
            complete_upload, UploadCompletion, uid, body=_complete_body(params, etags)
        )

    async def async_complete(
        self,
        upload_id: str,
        params: CompleteUploadParams | None = None,
        *,
        etags: Sequence[str] | None = None,
    ) -> UploadCompletion:
        """Async form of `complete`."""
        uid = require_str("upload_id", upload_id)
        done = _complete_body(params, etags)
        return await self._async_call(complete_upload, UploadCompletion, uid, body=done)

    # ------------------------------------------------------------------ whole uploads
    def upload(
        self,
        source: UploadSource,
        *,
        mime_type: str | None = None,
        on_progress: ProgressCallback | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> UploadResult:
        """Upload a file, in parts sent concurrently, and return its ``download_url``.

        The content streams: each part is read from the source in 256 KiB chunks while
        it is sent, so at most `max_concurrency` chunks are in memory, never the whole
        file. A part that fails (a connection error, a 429 or a 5xx) is sent again alone,
        with the client's retries and backoff. The create and the completion are POSTs
        and follow the client's rule for those: one that may have been processed is not
        sent again unless the client trusts idempotency keys.

        Args:
            source: A path (str or os.PathLike), bytes, or a file object opened in binary
                mode (uploaded from its start). A seekable file is read by offset; a
                stream that cannot seek is first copied to a temporary file, because the
                upload needs its size first and a failed part must be read again.
            mime_type: The MIME type; guessed from the file name when None, else
                ``application/octet-stream``.
            on_progress: Called as ``on_progress(sent, total)`` as bytes go, from the
                threads that send the parts (one call at a time, ``sent`` never going
                back, ending at ``total``). A part sent again is not counted twice.
            max_concurrency: How many parts are sent at once.

        Returns:
            The upload's ``id``, ``download_url``, ``size`` and ``mime_type``.

        Raises:
            TypeError: `source` is not a path, bytes or a binary file object (a text-mode
                file), or an option has the wrong type.
            ValueError: `max_concurrency` is below 1.
            FileNotFoundError: The path does not exist.
            IsADirectoryError: The path is a directory.
        """
        check_options(on_progress, max_concurrency)
        opened = open_source(source, mime_type)
        try:
            return self._upload_source(opened, on_progress, max_concurrency)
        finally:
            opened.close()

    async def async_upload(
        self,
        source: UploadSource,
        *,
        mime_type: str | None = None,
        on_progress: ProgressCallback | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> UploadResult:
        """Async form of `upload`: parts are tasks, at most `max_concurrency` sending.

        `on_progress` may be a plain function or a coroutine function (then awaited).
        Chunks of a file are read in the event loop (a local read of 256 KiB at a time).
        """
        check_options(on_progress, max_concurrency)
        opened = open_source(source, mime_type)
        try:
            return await self._async_upload_source(opened, on_progress, max_concurrency)
        finally:
            opened.close()

    def _upload_source(
        self, source: Source, on_progress: ProgressCallback | None, max_concurrency: int
    ) -> UploadResult:
        created = self.create(size=source.size, mime_type=source.mime_type)
        job = UploadJob(source, created, self._http, on_progress)
        etags = put_parts(job, http_client(self._http), max_concurrency)
        result = job.result(self.complete(job.upload_id, etags=etags))
        job.progress.finish()
        return result

    async def _async_upload_source(
        self, source: Source, on_progress: ProgressCallback | None, max_concurrency: int
    ) -> UploadResult:
        created = await self.async_create(size=source.size, mime_type=source.mime_type)
        job = UploadJob(source, created, self._http, on_progress)
        etags = await async_put_parts(job, async_http_client(self._http), max_concurrency)
        result = job.result(await self.async_complete(job.upload_id, etags=etags))
        await maybe_await(job.progress.finish())
        return result

    # ------------------------------------------------------------------ file inputs
    def _upload_inputs(self, files: FileInputs) -> list[str]:
        """Uploads the files of a prediction input, a few at a time; their download URLs."""

        def one(index: int) -> str:
            try:
                source = files.sources[index]
                return self._upload_source(source, None, DEFAULT_MAX_CONCURRENCY).download_url
            except Exception as exc:
                exc.add_note(f"while uploading {files.where[index]}")
                raise

        count = len(files.sources)
        if count == 1:
            return [one(0)]
        with ThreadPoolExecutor(min(MAX_FILES_AT_ONCE, count)) as pool:
            return list(pool.map(one, range(count)))

    async def _async_upload_inputs(self, files: FileInputs) -> list[str]:
        """Async form of `_upload_inputs`."""
        slots = asyncio.Semaphore(MAX_FILES_AT_ONCE)

        async def one(index: int) -> str:
            async with slots:
                try:
                    source = files.sources[index]
                    result = await self._async_upload_source(source, None, DEFAULT_MAX_CONCURRENCY)
                except Exception as exc:
                    exc.add_note(f"while uploading {files.where[index]}")
                    raise
                return result.download_url

        tasks = [asyncio.ensure_future(one(i)) for i in range(len(files.sources))]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise


class UploadsRawResponses(RawResponses):
    """`UploadsResource` methods, each returning an `APIResponse`."""

    complete = RawResponses.of(UploadsResource.complete)
    async_complete = RawResponses.of_async(UploadsResource.async_complete)
    create = RawResponses.of(UploadsResource.create)
    async_create = RawResponses.of_async(UploadsResource.async_create)
    upload = RawResponses.of(UploadsResource.upload)
    async_upload = RawResponses.of_async(UploadsResource.async_upload)
