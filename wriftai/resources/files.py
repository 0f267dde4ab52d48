"""The files resource: upload (streamed from disk), get, list, delete, and read files.

An upload is a multipart body that httpx renders in 64 KiB chunks while sending: a file
is never read into memory at once, and its Content-Length comes from the file system. An
upload creates a file and LLM Engine does not read ``Idempotency-Key``, so it is sent again
only when the failure shows it was not processed (a 429, or a connection that failed
before sending); then each attempt seeks the file back to its start. A file object that
cannot seek is sent once, without retries, because its bytes cannot be read twice.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import IO, Any, TypeAlias

from _wriftai_sync.send import send
from wriftai._async.send import async_send
from wriftai._http import HTTP
from wriftai._pagination import ListResult
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, parse, request_kwargs, require_str
from wriftai_api.api.files import delete_file, get_file, get_file_content, list_files, upload_file
from wriftai_api.models import (
    DeleteFileResponse,
    GetFileContentResponse,
    GetFileResponse,
    ListFilesResponse,
    UploadFileRequest,
    UploadFileResponse,
)
from wriftai_api.types import File

__all__ = ["FileInput", "FilesResource"]

FileInput: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]"
"""What `FilesResource.upload` takes: a path, the bytes themselves, or a binary file."""


class _OneShot(io.RawIOBase):
    """A non-seekable file seen through ``read`` only: sent chunked, never re-read."""

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__()
        self._file = file

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._file.read(size)

    def fileno(self) -> int:
        raise OSError("no file descriptor")  # so httpx does not trust st_size of a pipe

    def tell(self) -> int:
        raise OSError("not seekable")


@dataclass
class _Upload:
    """One upload's request, the file it streams, and whether it may be retried."""

    kwargs: dict[str, Any]
    file: IO[bytes]
    owned: bool
    replayable: bool

    def http(self, http: HTTP) -> HTTP:
        """The transport to send it with: without retries when the body is not replayable."""
        return http if self.replayable else http.with_options(max_retries=0)

    def close(self) -> None:
        """Closes the file if the upload opened it."""
        if self.owned:
            self.file.close()


def _upload(file: object, filename: str | None) -> _Upload:
    """Checks what to upload, opens it, and builds the multipart request (nothing is read)."""
    if filename is not None:
        require_str("filename", filename)
    owned, replayable = True, True
    fh: IO[bytes]
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not isinstance(path, str):
            raise TypeError("a path to upload must be a str or an os.PathLike of str")
        fh = open(path, "rb")  # noqa: SIM115 (closed by _Upload.close)
        name = filename or os.path.basename(path)
    elif isinstance(file, bytes | bytearray | memoryview):
        fh, name = io.BytesIO(file), filename or "upload"
    elif callable(getattr(file, "read", None)):
        if isinstance(file, io.TextIOBase):
            raise TypeError("open the file in binary mode ('rb') to upload it")
        source: IO[bytes] = file  # type: ignore[assignment]
        owned = False
        seekable = getattr(source, "seekable", None)
        replayable = bool(callable(seekable) and seekable())
        fh = source if replayable else _OneShot(source)  # type: ignore[assignment]
        name = filename or os.path.basename(str(getattr(source, "name", "") or "")) or "upload"
    else:
        raise TypeError(
            f"file must be a path, bytes or a binary file object, not {type(file).__name__}"
        )
    body = UploadFileRequest(file=File(payload=fh, file_name=name))  # type: ignore[arg-type]
    kwargs = request_kwargs(upload_file, (), {"body": body})
    # The generated request fixes the multipart boundary ("+++"), which file content could
    # contain; without the header httpx picks a random boundary.
    kwargs["headers"].pop("Content-Type", None)
    return _Upload(kwargs, fh, owned, replayable)


def _not_a_wriftai_upload(file: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuses a call meant for a WriftAI upload (the official client 0.34's form).

    0.34 spells a WriftAI upload ``client.files.upload(File(...), on_progress=...)``; here
    ``client.files`` is LLM Engine's files resource, so such a call says where to go.

    Raises:
        TypeError: `file` is a `wriftai.File`, or there are arguments ``upload`` does not
            take (``on_progress``, ``mime_type``, ...).
    """
    from wriftai._files import File

    if not (isinstance(file, File) or args or kwargs):
        return
    given = ", ".join([*(["a wriftai.File"] if isinstance(file, File) else []), *kwargs])
    if args:
        given = ", ".join(filter(None, [given, f"{len(args)} more positional argument(s)"]))
    raise TypeError(
        f"client.files.upload is LLM Engine's file upload (training data for fine-tunes) and "
        f"takes (file, filename=...), not {given}. To upload a file to WriftAI (for a "
        "prediction input), as client.files.upload(File(...), on_progress=...) does in the "
        "official WriftAI client 0.34, use client.uploads.upload(content, mime_type=..., "
        "on_progress=...), or await client.uploads.async_upload(...)."
    )


class FilesResource(Resource):
    """Files: ``client.files``."""

    @property
    def with_raw_response(self) -> FilesRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return FilesRawResponses(self)

    def upload(
        self, /, file: FileInput, *args: object, filename: str | None = None, **kwargs: object
    ) -> UploadFileResponse:
        """Upload a file to LLM Engine (for example training data for a fine-tune).

        This is LLM Engine's ``/v1/files``. To upload a file to WriftAI, for a prediction
        input, use ``client.uploads.upload`` (the official WriftAI client 0.34 calls that
        ``client.files.upload(File(...), on_progress=...)``; such a call raises a
        `TypeError` that says so, rather than sending the file to LLM Engine).

        The content is streamed in chunks, never read into memory at once. A seekable
        file object is uploaded from its start.

        Args:
            file: A path (str or os.PathLike), the content as bytes, or a file object
                opened in binary mode.
            *args: Not taken: present to refuse the official client 0.34's call of a
                WriftAI upload with a clear error.
            filename: The name to store it under; defaults to the path's or file
                object's base name (``upload`` for bytes).
            **kwargs: Not taken, likewise (``on_progress``, ``mime_type``).

        Returns:
            The new file's id.

        Raises:
            TypeError: `file` is none of these (or a text-mode file), or the call is a
                WriftAI upload (a `wriftai.File`, ``mime_type`` or ``on_progress``).
            FileNotFoundError: The path does not exist.
        """
        _not_a_wriftai_upload(file, args, kwargs)
        upload = _upload(file, filename)
        try:
            response = send(upload.http(self._http), upload.kwargs)
        finally:
            upload.close()
        return parse(upload_file, UploadFileResponse, response, strict=self._http.strict)

    async def async_upload(
        self, /, file: FileInput, *args: object, filename: str | None = None, **kwargs: object
    ) -> UploadFileResponse:
        """Async form of `upload` (the file is read in 64 KiB chunks as it is sent).

        For a WriftAI upload use ``await client.uploads.async_upload(...)``.
        """
        _not_a_wriftai_upload(file, args, kwargs)
        upload = _upload(file, filename)
        try:
            response = await async_send(upload.http(self._http), upload.kwargs)
        finally:
            upload.close()
        return parse(upload_file, UploadFileResponse, response, strict=self._http.strict)

    def get(self, file_id: str) -> GetFileResponse:
        """Get a file's name and size.

        Args:
            file_id: The file's id.

        Returns:
            The file's id, name and size.
        """
        return self._call(get_file, GetFileResponse, require_str("file_id", file_id))

    async def async_get(self, file_id: str) -> GetFileResponse:
        """Async form of `get`."""
        return await self._async_call(get_file, GetFileResponse, require_str("file_id", file_id))

    def list(self) -> ListResult[GetFileResponse, ListFilesResponse]:
        """List the uploaded files (the whole list; it is not paginated).

        Returns:
            The `ListFilesResponse` (``.files``), iterable over its files.
        """
        return self._list(list_files, ListFilesResponse, "files")

    async def async_list(self) -> ListResult[GetFileResponse, ListFilesResponse]:
        """Async form of `list`; ``for`` and ``async for`` both walk the files."""
        return await self._async_list(list_files, ListFilesResponse, "files")

    def delete(self, file_id: str) -> DeleteFileResponse:
        """Delete a file.

        Args:
            file_id: The file's id.

        Returns:
            Whether it was deleted.
        """
        return self._call(delete_file, DeleteFileResponse, require_str("file_id", file_id))

    async def async_delete(self, file_id: str) -> DeleteFileResponse:
        """Async form of `delete`."""
        fid = require_str("file_id", file_id)
        return await self._async_call(delete_file, DeleteFileResponse, fid)

    def content(self, file_id: str) -> GetFileContentResponse:
        """Get a file's content.

        Args:
            file_id: The file's id.

        Returns:
            The file's id and its content as text.
        """
        fid = require_str("file_id", file_id)
        return self._call(get_file_content, GetFileContentResponse, fid)

    async def async_content(self, file_id: str) -> GetFileContentResponse:
        """Async form of `content`."""
        fid = require_str("file_id", file_id)
        return await self._async_call(get_file_content, GetFileContentResponse, fid)


class FilesRawResponses(RawResponses):
    """`FilesResource` methods, each returning an `APIResponse`."""

    content = RawResponses.of(FilesResource.content)
    async_content = RawResponses.of_async(FilesResource.async_content)
    delete = RawResponses.of(FilesResource.delete)
    async_delete = RawResponses.of_async(FilesResource.async_delete)
    get = RawResponses.of(FilesResource.get)
    async_get = RawResponses.of_async(FilesResource.async_get)
    list = RawResponses.of(FilesResource.list)
    async_list = RawResponses.of_async(FilesResource.async_list)
    upload = RawResponses.of(FilesResource.upload)
    async_upload = RawResponses.of_async(FilesResource.async_upload)
