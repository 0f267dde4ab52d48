"""Server-sent events (no I/O): an incremental parser, and what a stream's reader is.

A stream is read through a cursor (`SSECursor`): it names the request of each connection,
turns text into typed events and decides, when a connection ends, whether to go on.
`wriftai._async.streaming.async_iter_events` (and its sync twin) only do the I/O. The
cursors are `wriftai._core.prediction_stream.EventCursor` and
`wriftai._core.completion_stream.CompletionCursor`.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator
from typing import Any, NamedTuple, Protocol, TypeVar

import httpx

from wriftai_api.types import (
    PARSE_CONTEXT,
    PARSE_ERRORS,
    ParseContext,
    json_loads,
    read_tolerantly,
)

__all__ = [
    "MAX_WAIT",
    "SSECursor",
    "SSEDecoder",
    "ServerSentEvent",
    "loads",
    "long_poll_seconds",
    "read_in_context",
    "read_model",
    "seconds",
]

MAX_WAIT = 60
"""The longest hold, in seconds, a ``Prefer: wait`` asks for."""

M = TypeVar("M")
E_co = TypeVar("E_co", covariant=True)


class ServerSentEvent(NamedTuple):
    """One raw server-sent event.

    Attributes:
        event: The ``event:`` field (``message`` when absent).
        data: The ``data:`` lines joined with newlines.
        id: The ``id:`` field, if any.
        retry: The ``retry:`` field in milliseconds, if any.
    """

    event: str
    data: str
    id: str | None = None
    retry: int | None = None


# The block almost every server sends: one id, one event type, one data line, in that
# order. It is matched whole by one regular expression; a block of one data line alone
# (what LLM Engine sends) is read with two string operations; anything else takes the
# general field-by-field path of the SSE specification.
_CANONICAL = re.compile(r"id: ?([^\n\0]*)\nevent: ?([^\n]*)\ndata: ?([^\n]*)")
_new_tuple = tuple.__new__

loads = json_loads
"""`json.loads` of one event's data (msgspec reads it when it can; the result is json.loads')."""


def _parse_block(block: str) -> ServerSentEvent | None:
    """The event of one block of lines (the text between two blank lines), if any."""
    if block[:5] == "data:" and "\n" not in block:
        payload = block[6:] if block[5:6] == " " else block[5:]
        return _new_tuple(ServerSentEvent, ("message", payload, None, None))
    match = _CANONICAL.fullmatch(block)
    if match is not None:
        return _new_tuple(ServerSentEvent, (match[2] or "message", match[3], match[1], None))
    event: str | None = None
    data: list[str] = []
    event_id: str | None = None
    retry: int | None = None
    for line in block.split("\n"):
        if not line or line[0] == ":":
            continue
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
        elif name == "id" and "\0" not in value:
            event_id = value
        elif name == "retry" and value.isdigit():
            retry = int(value)
    if not data:  # the specification dispatches no event without a data line
        return None
    return ServerSentEvent(event or "message", "\n".join(data), event_id, retry)


class SSEDecoder:
    r"""An incremental ``text/event-stream`` parser fed text as it arrives, in any pieces.

    Lines may end in ``\n``, ``\r\n`` or ``\r``, and a piece may end anywhere (even
    between the two characters of a ``\r\n``). Text is split into events a whole block
    at a time, so the cost per event is a few C-level string operations.
    """

    __slots__ = ("_after_cr", "_ends_in_newline", "_pending", "_started")

    def __init__(self) -> None:
        self._pending: list[str] = []
        self._ends_in_newline = False
        self._after_cr = False
        self._started = False

    def feed(self, text: str) -> list[ServerSentEvent]:
        """Takes the next piece of the stream's text.

        Args:
            text: The piece.

        Returns:
            The events the piece completes, in order (often none or several).
        """
        return [event for block in self._blocks(text) if (event := _parse_block(block)) is not None]

    def feed_data(self, text: str) -> list[str]:
        """Takes the next piece of the stream's text, for a reader of the data alone.

        The same events as `feed`, without their type, id and retry fields.

        Args:
            text: The piece.

        Returns:
            The data of each event the piece completes, in order.
        """
        found: list[str] = []
        for block in self._blocks(text):
            if block[:5] == "data:" and "\n" not in block:  # `_parse_block`'s first case
                found.append(block[6:] if block[5:6] == " " else block[5:])
            elif (event := _parse_block(block)) is not None:
                found.append(event.data)
        return found

    def _blocks(self, text: str) -> list[str]:
        """The blocks of lines the piece completes; the text after the last one is kept."""
        if not text:
            return []
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")  # a byte order mark may open the stream
        if self._after_cr and text[:1] == "\n":
            text = text[1:]  # the second half of a "\r\n" cut between two pieces
        if "\r" in text:
            self._after_cr = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            self._after_cr = False
        if not text:
            return []
        if "\n\n" not in text and not (self._ends_in_newline and text[0] == "\n"):
            self._pending.append(text)
            self._ends_in_newline = text[-1] == "\n"
            return []
        if self._pending:
            self._pending.append(text)
            text = "".join(self._pending)
        blocks = text.split("\n\n")
        rest = blocks.pop()
        self._pending = [rest] if rest else []
        self._ends_in_newline = rest[-1:] == "\n"
        return blocks


def read_model(model: type[M], data: Any, operation: str, strict: bool) -> M:
    """``model.from_dict(data)`` as a read of `operation`'s response (strict or tolerant).

    Raises:
        ResponseValidationIssue: `strict`, and `data` does not conform.
    """
    try:  # the exact reader: a conforming event needs no parse context
        exact: M = model._from_dict(data)  # type: ignore[attr-defined]
        return exact
    except PARSE_ERRORS:
        return read_in_context(model, data, operation, strict)


def read_in_context(model: type[M], data: Any, operation: str, strict: bool) -> M:
    """The tolerant read of `data` as `model`, in a parse context of `operation`.

    It is what ``model.from_dict(data)`` gives once the exact reader has raised (strict or
    tolerant, as `strict` says).

    Raises:
        ResponseValidationIssue: `strict`, and `data` does not conform.
    """
    token = PARSE_CONTEXT.set(ParseContext(operation, strict=strict))
    try:
        return read_tolerantly(model, data)
    finally:
        PARSE_CONTEXT.reset(token)


def long_poll_seconds(deadline: float | None, default: int = MAX_WAIT) -> int:
    """The longest hold to expect: the time left until `deadline`, within 1-60 seconds.

    Args:
        deadline: A `time.monotonic` deadline, or None.
        default: The value when there is no deadline.

    Returns:
        Whole seconds.
    """
    if deadline is None:
        return default
    return max(1, min(MAX_WAIT, math.ceil(deadline - time.monotonic())))


def seconds(value: float) -> str:
    """A number of seconds as a ``Prefer: wait=<seconds>`` value: as given, never rounded.

    ``10`` is ``10``, ``2.567`` is ``2.567``; no exponent (``1e-05`` is ``0.00001``).
    """
    text = f"{value:g}" if value == int(value) else repr(float(value))
    if "e" in text:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text


class SSECursor(Protocol[E_co]):
    """Where the reader of one event stream stands; see `EventCursor`, `CompletionCursor`.

    Attributes:
        finished: Whether the last event has been read (reading stops there).
        backoff: Seconds to wait before the next connection.
    """

    finished: bool
    backoff: float

    def next_request(self) -> dict[str, Any]:
        """The request (``build_request`` form) of the next connection."""
        ...

    def start(self, response: httpx.Response) -> None:
        """Begins reading a connection's response."""
        ...

    def feed(self, text: str) -> Iterator[E_co]:
        """Takes the next piece of text; yields the events it completes, in order."""
        ...

    def ended(self, error: Exception | None) -> None:
        """Notes the end of a connection; raises when reading cannot go on."""
        ...
