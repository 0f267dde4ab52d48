"""WriftAI uploads, planned (no I/O): parts, progress, and each part's request and answer.

An upload is three steps. ``POST /uploads {size, mime_type}`` answers with the upload's
``id``, one presigned URL per part and the ``part_size``; every part is then ``PUT`` to its
URL (concurrently, a bounded number at a time) and answers with an ``ETag``; and
``POST /uploads/{id}/complete {etags}`` (in part order) answers with the ``download_url``.

`plan_parts` cuts the content into parts (`Part`), `Progress` counts bytes sent, and
`UploadJob` builds each part's request and reads its answer. `wriftai._async.uploads`
(and its sync twin) send the parts; the content is read through
`wriftai._core.upload_sources`.

A part's body reads its byte range in chunks of `CHUNK_SIZE` while it is sent, so at most
``max_concurrency`` chunks of the content are in memory at once, never a whole part and
never the whole file. The body can be iterated again, so the client's retry transport
retries a failed part alone (a ``PUT`` of a part is idempotent) with the client's backoff;
the create and the completion are ``POST`` requests and follow the client's rule for those
(see `wriftai._core.retry`).

A part's ``PUT`` carries no ``Authorization`` header and none of the client's default
headers: the presigned URL carries its own signature and may point at another host.
"""

from __future__ import annotations

import contextlib
import operator
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from wriftai._concurrency import BrokenRun
from wriftai._core.arguments import body, require_str
from wriftai._core.requests import USER_AGENT
from wriftai._core.retry import RETRIES as _RETRIES
from wriftai._core.upload_sources import Source
from wriftai._errors import APIConnectionError, APITimeoutError, WriftAIError, status_error
from wriftai_api.models import CompleteUploadRequest, CreateUploadRequest

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_MAX_CONCURRENCY",
    "Part",
    "Progress",
    "ProgressCallback",
    "UploadJob",
    "UploadResult",
    "check_options",
    "complete_body",
    "create_body",
    "plan_parts",
]

ProgressCallback: TypeAlias = Callable[[int, int], Any]
"""``on_progress(sent, total)``: the bytes sent so far and the size of the content."""

CHUNK_SIZE = 256 * 1024
"""How many bytes of a part are read (and held) at a time while it is sent."""

DEFAULT_MAX_CONCURRENCY = 8
"""How many parts of one upload are sent at once by default."""


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


class Progress:
    """Counts the bytes of an upload sent so far and reports them to ``on_progress``.

    Each part counts up to the furthest byte any attempt of it sent: a part that is sent
    again after a failure reports nothing until it passes where the failed attempt got
    to, so the count never goes back and never counts a byte twice. The callback is
    called under a lock, in order, from the threads (or tasks) that send the parts.

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

    def report(self, index: int, upto: int) -> Any:
        """`advance`, then calls the callback with the new count, under a lock.

        Returns:
            What the callback returned (an awaitable, from an async callback), or None
            when the count did not grow or there is no callback.
        """
        if self._callback is None:
            return None
        with self._lock:
            sent = self.advance(index, upto)
            if sent is None:
                return None
            self._reported = sent
            return self._callback(sent, self.total)

    def finish(self) -> Any:
        """Reports ``(total, total)`` if that was not the last report (empty content)."""
        if self._callback is None or self._reported == self.total:
            return None
        self._reported = self.sent = self.total
        return self._callback(self.total, self.total)


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
        timeout: The timeout of each part's request (httpx's ``Timeout.as_dict()``).
        max_retries: The retry budget of each part.
        on_progress: ``on_progress(sent, total)``, or None.
        chunk_size: How many bytes of a part are read at a time.

    Raises:
        WriftAIError: The server's answer lacks the id or URLs, or its plan does not fit.
    """

    def __init__(
        self,
        source: Source,
        created: Any,
        timeout: dict[str, float | None],
        max_retries: int,
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
        self._timeout = timeout
        self._retries = max_retries

    def chunk_length(self, part: Part, done: int) -> int:
        """The length of the chunk of `part` after `done` bytes.

        Raises:
            BrokenRun: Another part of the upload failed, so this one stops.
        """
        if self.cancelled.is_set():
            raise BrokenRun
        return min(self.chunk_size, part.length - done)

    def checked(self, part: Part, done: int, want: int, data: bytes) -> int:
        """The bytes of `part` sent once `data` is; raises if the content ended early."""
        if len(data) != want:
            raise WriftAIError(
                f"the content to upload changed size while it was sent: part "
                f"{part.index + 1} ended {part.length - done - len(data)} byte(s) early"
            )
        return done + want

    def request(
        self, part: Part, stream: httpx.SyncByteStream | httpx.AsyncByteStream
    ) -> httpx.Request:
        """The ``PUT`` of a part to its presigned URL (no ``Authorization``: the URL signs it).

        Args:
            part: The part.
            stream: Its body, which reads its byte range while it is sent.
        """
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
            stream=stream,
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


def create_body(params: object, size: object, mime_type: object) -> CreateUploadRequest:
    """The body of ``POST /uploads``, from a dict (0.34's form) or keywords."""
    if params is not None:
        if size is not None or mime_type is not None:
            raise TypeError("pass either params or size= and mime_type=, not both")
        return body(CreateUploadRequest, params, "params")
    if isinstance(size, bool) or not isinstance(size, int):
        raise TypeError(f"size must be an int, not {type(size).__name__}")
    if size < 0:
        raise ValueError(f"size must not be negative, got {size}")
    return CreateUploadRequest(size=size, mime_type=require_str("mime_type", mime_type))


def complete_body(params: object, etags: object) -> CompleteUploadRequest:
    """The body of ``POST /uploads/{id}/complete``, from a dict (0.34's form) or keywords."""
    if params is not None:
        if etags is not None:
            raise TypeError("pass either params or etags=, not both")
        return body(CompleteUploadRequest, params, "params")
    if isinstance(etags, str) or not isinstance(etags, Sequence):
        raise TypeError("etags must be a list of str, in part order")
    if not etags or not all(isinstance(tag, str) and tag for tag in etags):
        raise ValueError("etags must be a non-empty list of non-empty str")
    return CompleteUploadRequest(etags=list(etags))
