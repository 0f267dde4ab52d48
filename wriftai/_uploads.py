"""The upload engine: content split into the server's parts and PUT to presigned URLs.

An upload is three steps. ``POST /uploads {size, mime_type}`` answers with the upload's
``id``, one presigned URL per part and the ``part_size``; every part is then ``PUT`` to its
URL (concurrently, a bounded number at a time) and answers with an ``ETag``; and
``POST /uploads/{id}/complete {etags}`` (in part order) answers with the ``download_url``.

The planning is written once and does no I/O: `plan_parts` cuts the content into
parts (`Part`), `Source` reads a byte range of any content, `Progress` counts bytes sent, and
`UploadJob` builds each part's request and reads its answer. Two thin drivers send the
parts, `put_parts` with threads and `async_put_parts` with tasks and a semaphore.

Streaming: a part's body is an httpx stream that reads its byte range in chunks of
`CHUNK_SIZE` while it is sent, so at most ``max_concurrency`` chunks of the content are in
memory at once, never a whole part and never the whole file. The body can be iterated
again, so the client's retry transport retries a failed part alone (a ``PUT`` of a part is
idempotent) with the client's backoff; the create and the completion are ``POST`` requests and
follow the client's rule for those (see `wriftai._core.retry`).

A part's ``PUT`` carries no ``Authorization`` header and none of the client's default
headers: the presigned URL carries its own signature and may point at another host.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import inspect
import io
import mimetypes
import operator
import os
import stat
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TypeAlias

import httpx

from wriftai._core.retry import RETRIES as _RETRIES
from wriftai._errors import APIConnectionError, APITimeoutError, WriftAIError, status_error
from wriftai._http import HTTP, USER_AGENT

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MIME_TYPE",
    "Part",
    "Progress",
    "ProgressCallback",
    "Source",
    "UploadJob",
    "UploadResult",
    "UploadSource",
    "async_put_parts",
    "check_options",
    "maybe_await",
    "open_source",
    "plan_parts",
    "put_parts",
]

UploadSource: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]"
"""What an upload takes: a path, the bytes themselves, or a file object opened in binary mode."""

ProgressCallback: TypeAlias = Callable[[int, int], Any]
"""``on_progress(sent, total)``: the bytes sent so far and the size of the content."""

DEFAULT_MIME_TYPE = "application/octet-stream"
"""The MIME type of content whose type is not given and cannot be guessed from a name."""

CHUNK_SIZE = 256 * 1024
"""How many bytes of a part are read (and held) at a time while it is sent."""

DEFAULT_MAX_CONCURRENCY = 8
"""How many parts of one upload are sent at once by default."""


# ---------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class Part:
    """One part of an upload: its position in the part list and its byte range.

    Attributes:
        index: The part's index (0-based), the index of its URL and of its ETag.
        offset: The offset of its first byte in the content.
        length: How many bytes it has.
    """

    index: int
    offset: int
    length: int


def plan_parts(size: int, part_size: int, url_count: int) -> list[Part]:
    """Cuts content of `size` bytes into the server's parts.

    Every part but the last has `part_size` bytes; the last has the rest. Empty content
    is one empty part.

    Args:
        size: The size of the content, in bytes.
        part_size: The part size the server chose.
        url_count: How many part URLs the server gave.

    Returns:
        The parts, in order.

    Raises:
        WriftAIError: The server's plan does not fit the content (a part size that is not
            positive, or a number of URLs other than the number of parts the size needs).
    """
    if size < 0:
        raise ValueError("size must not be negative")
    not_int = isinstance(part_size, bool) or not isinstance(part_size, int)
    if not_int or (part_size <= 0 and not (size == 0 and part_size == 0)):
        raise WriftAIError(f"the server gave an upload part size of {part_size!r}")
    count = 1 if size == 0 else -(-size // part_size)
    if url_count != count:
        raise WriftAIError(
            f"the server gave {url_count} part URL(s) for {size} bytes in parts of "
            f"{part_size} bytes, which need {count}"
        )
    if size == 0:
        return [Part(0, 0, 0)]
    return [Part(i, i * part_size, min(part_size, size - i * part_size)) for i in range(count)]


# ---------------------------------------------------------------------- sources
class Source:
    """Content to upload: its size, its MIME type, and a reader of byte ranges.

    `read` may be called from several threads at once; each source serialises what it
    must. Open one with `open_source`.

    Attributes:
        size: The size of the content, in bytes.
        mime_type: Its MIME type.
        name: A file name for it (a path's base name), or None.
    """

    size: int
    mime_type: str
    name: str | None

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
        while chunk := file.read(CHUNK_SIZE):
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


def check_options(on_progress: object, max_concurrency: object) -> None:
    """Checks an upload's options before any request.

    Raises:
        TypeError: `on_progress` is not callable, or `max_concurrency` is not an int.
        ValueError: `max_concurrency` is below 1.
    """
    if on_progress is not None and not callable(on_progress):
        raise TypeError("on_progress must be a callable taking (sent, total)")
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
        raise TypeError(f"max_concurrency must be an int, not {type(max_concurrency).__name__}")
    if max_concurrency < 1:
        raise ValueError(f"max_concurrency must be at least 1, got {max_concurrency}")


# ---------------------------------------------------------------------- progress
class Progress:
    """Counts the bytes of an upload sent so far and reports them to ``on_progress``.

    Each part counts up to the furthest byte any attempt of it sent: a part that is sent
    again after a failure reports nothing until it passes where the failed attempt got
    to, so the count never goes back and never counts a byte twice. The sync form calls
    the callback under a lock, in order, from the threads that send the parts.

    Args:
        total: The size of the content.
        parts: How many parts it has.
        callback: ``on_progress(sent, total)``, or None.
    """

    def __init__(self, total: int, parts: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self.sent = 0
        self._furthest = [0] * parts
        self._callback = callback
        self._lock = threading.Lock()
        self._reported = -1

    def advance(self, index: int, upto: int) -> int | None:
        """Notes that part `index` has sent `upto` of its bytes; the new count, if it grew."""
        if upto <= self._furthest[index]:
            return None
        self.sent += upto - self._furthest[index]
        self._furthest[index] = upto
        return self.sent

    def report(self, index: int, upto: int) -> None:
        """`advance`, then calls the callback with the new count (sync form)."""
        if self._callback is None:
            return
        with self._lock:
            sent = self.advance(index, upto)
            if sent is not None:
                self._reported = sent
                self._callback(sent, self.total)

    async def async_report(self, index: int, upto: int) -> None:
        """`advance`, then calls (and awaits, if it returns an awaitable) the callback."""
        if self._callback is None:
            return
        sent = self.advance(index, upto)
        if sent is not None:
            self._reported = sent
            await maybe_await(self._callback(sent, self.total))

    def finish(self) -> Any:
        """Reports ``(total, total)`` if that was not the last report (empty content)."""
        if self._callback is None or self._reported == self.total:
            return None
        self._reported = self.sent = self.total
        return self._callback(self.total, self.total)


async def maybe_await(value: Any) -> None:
    """Awaits `value` if it is awaitable (the result of an async callback)."""
    if inspect.isawaitable(value):
        await value


# ---------------------------------------------------------------------- one upload
class _Cancelled(Exception):
    """Stops a part's body: another part of the same upload failed."""


class _PartBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A part's request body: its byte range, read chunk by chunk while it is sent.

    Each iteration starts again at the part's first byte, so the retry transport can send
    the same request again.
    """

    def __init__(self, job: UploadJob, part: Part) -> None:
        self._job = job
        self._part = part

    def _want(self, done: int) -> int:
        """The length of the chunk after `done` bytes (raises if the upload was cancelled)."""
        if self._job.cancelled.is_set():
            raise _Cancelled
        return min(self._job.chunk_size, self._part.length - done)

    def _check(self, done: int, want: int, data: bytes) -> int:
        """The bytes sent once `data` is; raises if the content ended early."""
        if len(data) != want:
            raise WriftAIError(
                f"the content to upload changed size while it was sent: part "
                f"{self._part.index + 1} ended {self._part.length - done - len(data)} byte(s) early"
            )
        return done + want

    def __iter__(self) -> Iterator[bytes]:
        part, read = self._part, self._job.source.read
        done = 0
        while done < part.length:
            want = self._want(done)
            data = read(part.offset + done, want)
            done = self._check(done, want, data)
            yield data
            self._job.progress.report(part.index, done)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """The chunks, each read from a file in a worker thread.

        A slow disk or network file system then does not hold up the event loop; bytes in
        memory are sliced in place.
        """
        import anyio.to_thread

        part, read = self._part, self._job.source.read
        in_memory = isinstance(self._job.source, _BytesSource)
        done = 0
        while done < part.length:
            want = self._want(done)
            offset = part.offset + done
            if in_memory:
                data = read(offset, want)
            else:
                data = await anyio.to_thread.run_sync(read, offset, want)
            done = self._check(done, want, data)
            yield data
            await self._job.progress.async_report(part.index, done)


@dataclass(frozen=True, repr=False)
class UploadResult:
    """A completed upload.

    Attributes:
        id: The upload's id.
        download_url: Where the uploaded content can be downloaded (pass it as a
            prediction input). Read from `completion`: if the completion's answer lacked
            it, reading it raises `ResponseFieldError`, as reading any model field the
            response did not send does.
        size: The size of the content, in bytes.
        mime_type: Its MIME type.
        completion: The completion's answer as the API sent it (`UploadCompletion`).
    """

    id: str
    size: int
    mime_type: str
    completion: Any

    # attrgetter: the read happens on the completion model, so a field the response did
    # not send raises the model's own ResponseFieldError at the caller's line.
    if TYPE_CHECKING:

        @property
        def download_url(self) -> str:
            """Where the uploaded content can be downloaded."""

    else:
        download_url = property(operator.attrgetter("completion.download_url"))

    def __repr__(self) -> str:
        url = getattr(self.completion, "download_url", "<missing>")
        return (
            f"UploadResult(id={self.id!r}, download_url={url!r}, size={self.size}, "
            f"mime_type={self.mime_type!r})"
        )


class UploadJob:
    """One upload under way: its parts, their requests and their answers.

    Args:
        source: The content.
        created: The answer to ``POST /uploads`` (``id``, ``urls``, ``part_size``).
        http: The client's transport (timeout and retry budget of the parts).
        on_progress: ``on_progress(sent, total)``, or None.
        chunk_size: How many bytes of a part are read at a time.

    Raises:
        WriftAIError: The server's answer lacks the id or URLs, or its plan does not fit.
    """

    def __init__(
        self,
        source: Source,
        created: Any,
        http: HTTP,
        on_progress: ProgressCallback | None,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        upload_id = getattr(created, "id", None)
        urls = getattr(created, "urls", None)
        part_size = getattr(created, "part_size", None)
        if not isinstance(upload_id, str) or not upload_id:
            raise WriftAIError("the server's answer to the upload's create has no id")
        if not isinstance(urls, list) or not all(isinstance(u, str) and u for u in urls):
            raise WriftAIError(f"upload {upload_id}: the server's answer has no part URLs")
        self.source = source
        self.upload_id = upload_id
        self.urls: list[str] = urls
        self.parts = plan_parts(source.size, part_size, len(urls))  # type: ignore[arg-type]
        self.progress = Progress(source.size, len(self.parts), on_progress)
        self.chunk_size = chunk_size
        self.cancelled = threading.Event()
        self._timeout = http.timeout.as_dict()
        self._retries = http.max_retries

    def request(self, part: Part) -> httpx.Request:
        """The ``PUT`` of a part to its presigned URL (no ``Authorization``: the URL signs it)."""
        headers = {
            "Content-Length": str(part.length),
            "Content-Type": self.source.mime_type,
            "User-Agent": USER_AGENT,
        }
        url = httpx.URL(self.urls[part.index])
        return httpx.Request(
            "PUT",
            url,
            headers={"Host": url.netloc.decode("ascii"), **headers},
            stream=_PartBody(self, part),
            extensions={"timeout": self._timeout, _RETRIES: self._retries},
        )

    def etag(self, part: Part, response: httpx.Response) -> str:
        """The part's ``ETag`` from its (read) response.

        Raises:
            APIStatusError: The part's ``PUT`` failed (after the retries it was allowed).
            WriftAIError: The answer has no ``ETag``.
        """
        if response.is_error:
            error = status_error(response)
            error.args = (f"{self._what(part)} failed: {error.args[0]}", *error.args[1:])
            raise error
        tag = response.headers.get("etag")
        if not tag:
            raise WriftAIError(f"{self._what(part)}: the answer has no ETag")
        return str(tag)

    @contextlib.contextmanager
    def mapped_errors(self, part: Part) -> Iterator[None]:
        """Turns httpx's transport errors of a part's ``PUT`` into `wriftai` errors.

        The message names the part, not its URL (the URL carries a signature).
        """
        try:
            yield
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"{self._what(part)} timed out", request=exc.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"{self._what(part)} failed: {type(exc).__name__}: {exc}", request=exc.request
            ) from exc

    def _what(self, part: Part) -> str:
        return f"PUT of part {part.index + 1} of {len(self.parts)} (upload {self.upload_id})"

    def result(self, completion: Any) -> UploadResult:
        """The result of the upload, around the completion's answer (read tolerantly)."""
        return UploadResult(self.upload_id, self.source.size, self.source.mime_type, completion)


# ---------------------------------------------------------------------- the drivers
def put_parts(job: UploadJob, client: httpx.Client, max_concurrency: int) -> list[str]:
    """Sends every part, at most `max_concurrency` at a time (threads); the ETags in order.

    The first part that fails (after its retries) stops the others and is raised.
    """
    etags = [""] * len(job.parts)

    def put(part: Part) -> None:
        with job.mapped_errors(part):
            response = client.send(job.request(part), auth=None)
        etags[part.index] = job.etag(part, response)

    workers = min(max_concurrency, len(job.parts))
    if workers == 1:
        for part in job.parts:
            put(part)
        return etags
    with ThreadPoolExecutor(workers, thread_name_prefix="wriftai-upload") as pool:
        futures = [pool.submit(put, part) for part in job.parts]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = _first_failure(futures, done)
        if failed is not None:
            job.cancelled.set()
            for future in futures:
                future.cancel()
            raise failed
    return etags


def _first_failure(
    futures: Sequence[Future[None]], done: set[Future[None]]
) -> BaseException | None:
    for future in futures:
        if future in done and not future.cancelled() and future.exception() is not None:
            return future.exception()
    return None


async def async_put_parts(
    job: UploadJob, client: httpx.AsyncClient, max_concurrency: int
) -> list[str]:
    """The async form of `put_parts`: one task per part, `max_concurrency` sending at once."""
    etags = [""] * len(job.parts)
    slots = asyncio.Semaphore(max_concurrency)

    async def put(part: Part) -> None:
        async with slots:
            with job.mapped_errors(part):
                response = await client.send(job.request(part), auth=None)
            etags[part.index] = job.etag(part, response)

    try:
        async with asyncio.TaskGroup() as group:
            for part in job.parts:
                group.create_task(put(part))
    except BaseExceptionGroup as failures:
        job.cancelled.set()
        raise _first(failures) from None
    return etags


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error of a task group that is not a cancellation (else the first)."""
    leaves: list[BaseException] = []
    stack: list[BaseException] = [group]
    while stack:
        error = stack.pop(0)
        if isinstance(error, BaseExceptionGroup):
            stack[:0] = list(error.exceptions)
        else:
            leaves.append(error)
    for error in leaves:
        if not isinstance(error, asyncio.CancelledError | _Cancelled):
            return error
    return leaves[0]
