"""LLM Engine file uploads, checked and opened (no I/O but opening the file).

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

from wriftai._core.arguments import require_str
from wriftai._core.requests import request_kwargs
from wriftai_api.api.files import upload_file
from wriftai_api.models import UploadFileRequest
from wriftai_api.types import File

__all__ = ["FileInput", "Upload", "refuse_wriftai_upload", "upload_request"]

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
class Upload:
    """One upload's request, the file it streams, and whether it may be retried."""

    kwargs: dict[str, Any]
    file: IO[bytes]
    owned: bool
    replayable: bool

    def close(self) -> None:
        """Closes the file if the upload opened it."""
        if self.owned:
            self.file.close()


def upload_request(file: object, filename: str | None) -> Upload:
    """Checks what to upload, opens it, and builds the multipart request (nothing is read)."""
    if filename is not None:
        require_str("filename", filename)
    owned, replayable = True, True
    fh: IO[bytes]
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not isinstance(path, str):
            raise TypeError("a path to upload must be a str or an os.PathLike of str")
        fh = open(path, "rb")  # noqa: SIM115 (closed by Upload.close)
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
    return Upload(kwargs, fh, owned, replayable)


def refuse_wriftai_upload(file: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuses a call meant for a WriftAI upload (the official client 0.34's form).

    0.34 spells a WriftAI upload ``client.files.upload(File(...), on_progress=...)``; here
    ``client.files`` is LLM Engine's files resource, so such a call says where to go.

    Raises:
        TypeError: `file` is a `wriftai.File`, or there are arguments ``upload`` does not
            take (``on_progress``, ``mime_type``, ...).
    """
    from wriftai.types._files import File

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
