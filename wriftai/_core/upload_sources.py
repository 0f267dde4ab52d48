"""What an upload reads: a path, bytes or a file object, as byte ranges of known size.

A path is read by offset through its own descriptor; bytes are sliced; a seekable file
object is read by offset from its start (its position is shared, so each read is locked);
a file object that cannot seek is first copied to a temporary file, because the upload
needs its size first and a failed part must be read again.
"""

from __future__ import annotations

import contextlib
import errno
import io
import mimetypes
import os
import stat
import tempfile
import threading
from typing import IO, Any

from wriftai.types._files import UploadSource

__all__ = ["DEFAULT_MIME_TYPE", "Source", "UploadSource", "guess_mime_type", "open_source"]

DEFAULT_MIME_TYPE = "application/octet-stream"
"""The MIME type of content whose type is not given and cannot be guessed from a name."""

_SPOOL_CHUNK = 256 * 1024  # how much of a stream is held at once while it is spooled


class Source:
    """Content to upload: its size, its MIME type, and a reader of byte ranges.

    `read` may be called from several threads at once; each source serialises what it
    must. Open one with `open_source`.

    Attributes:
        size: The size of the content, in bytes.
        mime_type: Its MIME type.
        name: A file name for it (a path's base name), or None.
        in_memory: Reads are slices of memory, too quick to hand to a worker thread.
    """

    size: int
    mime_type: str
    name: str | None
    in_memory = False

    def read(self, offset: int, length: int) -> bytes:
        """Reads up to `length` bytes at `offset` (fewer only at the end of the content)."""
        raise NotImplementedError

    def close(self) -> None:
        """Releases what the source opened (a caller's file object stays open)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name or ''} {self.size} bytes {self.mime_type}>"


class _PathSource(Source):
    """A file on disk, read through one descriptor by offset (``pread``: no shared position)."""

    def __init__(self, path: str) -> None:
        try:
            self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            raise FileNotFoundError(errno.ENOENT, "cannot upload: no such file", path) from None
        except IsADirectoryError:  # Windows
            raise IsADirectoryError(errno.EISDIR, "cannot upload: a directory", path) from None
        info = os.fstat(self._fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(self._fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, "cannot upload: a directory", path)
            raise ValueError(f"cannot upload {path!r}: not a regular file")
        self.size = info.st_size
        self.name = os.path.basename(path)
        self._lock = threading.Lock()

    def read(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            data = os.pread(self._fd, length, offset)
            while len(data) < length:  # a short read before the end: read on
                more = os.pread(self._fd, length - len(data), offset + len(data))
                if not more:
                    break
                data += more
            return data
        with self._lock:  # pragma: no cover (Windows has no pread)
            os.lseek(self._fd, offset, os.SEEK_SET)
            return os.read(self._fd, length)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


class _BytesSource(Source):
    """Bytes in memory, sliced without copying the whole."""

    in_memory = True

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._view = memoryview(data).cast("B")
        self.size = self._view.nbytes
        self.name = None

    def read(self, offset: int, length: int) -> bytes:
        return bytes(self._view[offset : offset + length])


class _FileSource(Source):
    """A seekable binary file object, shared by the parts: each seek and read is locked."""

    def __init__(self, file: IO[bytes], *, owned: bool, name: str | None) -> None:
        self._file = file
        self._owned = owned
        self._lock = threading.Lock()
        self.size = file.seek(0, os.SEEK_END)
        file.seek(0)
        self.name = name

    def read(self, offset: int, length: int) -> bytes:
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(length)
            while len(data) < length:
                more = self._file.read(length - len(data))
                if not more:
                    break
                data += more
            return bytes(data)

    def close(self) -> None:
        if self._owned:
            self._file.close()


def _file_name(file: object) -> str | None:
    name = getattr(file, "name", None)  # an int for a file opened from a descriptor
    return os.path.basename(name) if isinstance(name, str) and name else None


def _binary_file(file: Any) -> IO[bytes]:
    """Checks that an object is a readable binary file object; returns it."""
    if isinstance(file, io.TextIOBase):
        raise TypeError("the file is open in text mode; open it in binary mode ('rb')")
    if getattr(file, "closed", False):
        raise ValueError("the file object is closed")
    mode = getattr(file, "mode", None)
    if isinstance(mode, str) and mode and "b" not in mode and "r" in mode:
        raise TypeError(f"the file is open in mode {mode!r}; open it in binary mode ('rb')")
    readable = getattr(file, "readable", None)
    if callable(readable) and not readable():
        raise ValueError("the file object is not readable (open it with 'rb')")
    probe = file.read(0)
    if not isinstance(probe, bytes | bytearray):
        raise TypeError("the file object reads text, not bytes; open it in binary mode ('rb')")
    return file  # type: ignore[no-any-return]


def _seekable(file: IO[bytes]) -> bool:
    seekable = getattr(file, "seekable", None)
    try:
        return bool(callable(seekable) and seekable())
    except (OSError, ValueError):
        return False


def _spooled(file: IO[bytes], name: str | None) -> _FileSource:
    """A non-seekable stream copied, chunk by chunk, into a temporary file on disk.

    The upload needs the exact size before it starts (``POST /uploads {size}``), which a
    stream cannot tell, and a failed part must be sent again, which a stream cannot replay;
    a temporary file gives both, with memory bounded by one chunk.
    """
    spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the source)
    try:
        while chunk := file.read(_SPOOL_CHUNK):
            spool.write(chunk)
    except BaseException:
        spool.close()
        raise
    return _FileSource(spool, owned=True, name=name)


def guess_mime_type(name: str | None) -> str:
    """The MIME type a file name's suffix suggests, or `DEFAULT_MIME_TYPE`.

    Args:
        name: A file name or path, or None.

    Returns:
        Such as ``image/png`` for ``cat.png``.
    """
    guessed = mimetypes.guess_type(name)[0] if name else None
    return guessed or DEFAULT_MIME_TYPE


def open_source(
    source: object, mime_type: str | None = None, *, filename: str | None = None
) -> Source:
    """Checks and opens what to upload, without reading it (a non-seekable stream is spooled).

    A path is read by offset through its own descriptor; bytes are sliced; a seekable file
    object is read by offset from its start (its position is shared, so each read is
    locked); a file object that cannot seek is first copied to a temporary file (see
    `_spooled`).

    Args:
        source: A path (str or os.PathLike), bytes, bytearray, memoryview, or a binary
            file object.
        mime_type: The content's MIME type; guessed from the file name when None.
        filename: A name to guess the MIME type from, instead of the path's or file's.

    Returns:
        The opened source; the caller closes it.

    Raises:
        TypeError: `source` is none of these, a text-mode file, or `mime_type` is not a str.
        ValueError: `mime_type` is not a MIME type, the content is empty (the API takes
            1 byte or more), the file object is closed, or the path is not a regular file.
        FileNotFoundError: The path does not exist.
        IsADirectoryError: The path is a directory.
    """
    if mime_type is not None and not isinstance(mime_type, str):
        raise TypeError(f"mime_type must be a str, not {type(mime_type).__name__}")
    if mime_type is not None and ("/" not in mime_type or mime_type != mime_type.strip()):
        raise ValueError(f"not a MIME type: {mime_type!r}")
    opened: Source
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if not isinstance(path, str):
            raise TypeError("a path to upload must be a str or an os.PathLike of str")
        if not path:
            raise ValueError("the path to upload is empty")
        opened = _PathSource(path)
    elif isinstance(source, bytes | bytearray | memoryview):
        opened = _BytesSource(source)
    elif callable(getattr(source, "read", None)):
        file = _binary_file(source)
        name = _file_name(file)
        opened = (
            _FileSource(file, owned=False, name=name) if _seekable(file) else _spooled(file, name)
        )
    else:
        raise TypeError(
            "what to upload must be a path, bytes or a file object opened in binary mode, "
            f"not {type(source).__name__}"
        )
    if opened.size == 0:
        opened.close()
        raise ValueError("nothing to upload: the content is empty (an upload holds 1 byte or more)")
    opened.mime_type = mime_type or guess_mime_type(filename or opened.name)
    if filename is not None:
        opened.name = filename
    return opened
