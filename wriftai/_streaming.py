"""Server-sent events: an incremental parser, typed events, resumption, and stream objects.

A stream is read through a cursor (`SSECursor`): it names the request of each connection,
turns lines into typed events and decides, when a connection ends, whether to go on.
``iter_events`` and `wriftai._async.streaming.async_iter_events` only do the I/O.

* A prediction's event stream (`EventCursor`) is read across as many connections as it
  takes: when one is closed or cut before a terminal event (``error`` or ``done``), the
  next asks for the events after the last id seen (``after_id``), and an event already
  seen is never yielded again.
* A completion stream (`CompletionCursor`) cannot be resumed: it ends after the output
  marked ``finished`` or when the server ends the body cleanly (TensorRT-LLM endpoints
  never mark an output finished), raises `StreamError` on an ``error`` event, and raises
  `StreamInterruptedError` only when the connection breaks. Keep-alive comments and
  events that carry neither output nor error are skipped.

``Stream`` and ``AsyncStream`` (`wriftai._async.streaming`) wrap an event iterator so that
the caller can stop early and close the connection.
"""

from __future__ import annotations

import contextlib
import json
import json.scanner
import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    NamedTuple,
    Protocol,
    TypeAlias,
    TypeVar,
    cast,
)

import httpx

from wriftai._errors import (
    APIConnectionError,
    StreamError,
    StreamInterruptedError,
    WaitTimeoutError,
    WriftAIError,
    response_validation_error,
)
from wriftai_api.types import (
    PARSE_CONTEXT,
    PARSE_ERRORS,
    ParseContext,
    ParseIssue,
    ResponseValidationIssue,
)

if TYPE_CHECKING:
    from wriftai_api.models import (
        CompletionStreamResponse,
        PredictionDoneEvent,
        PredictionErrorEvent,
        PredictionInitEvent,
        PredictionOutputEvent,
    )

__all__ = [
    "CompletionCursor",
    "EventCursor",
    "PredictionEvent",
    "SSECursor",
    "SSEDecoder",
    "ServerSentEvent",
    "UnknownPredictionEvent",
]

TERMINAL_EVENTS = frozenset({"error", "done"})
MAX_WAIT = 60
# A connection asked for no idle time lasts until the server's own idle close; one that
# ends cleanly after at least this many seconds without an event is read as that close.
_UNKNOWN_IDLE_CLOSE = 1.0

E = TypeVar("E")
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
# order. It is matched whole by one regular expression; anything else takes the general
# field-by-field path of the SSE specification.
_CANONICAL = re.compile(r"id: ?([^\n\0]*)\nevent: ?([^\n]*)\ndata: ?([^\n]*)")
_new_tuple = tuple.__new__

# The C scanner behind `json.loads`, called directly: an event's data is nearly always one
# bare JSON value, and skipping json.loads' Python wrapper makes small values ~8x cheaper.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    cast(Any, json.JSONDecoder())
)


def _loads(text: str) -> Any:
    """`json.loads` of one event's data, through the C scanner when it reads it all."""
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:  # leading white space, or not JSON at all
        return json.loads(text)
    if end != len(text):  # something follows the value (white space, or garbage)
        return json.loads(text)
    return value


def _parse_block(block: str) -> ServerSentEvent | None:
    """The event of one block of lines (the text between two blank lines), if any."""
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
        return [event for block in blocks if (event := _parse_block(block)) is not None]


@dataclass(frozen=True)
class UnknownPredictionEvent:
    """An event this client does not know (a newer event type, or data it cannot parse).

    Attributes:
        id: The event id.
        event: The event type.
        data: The decoded JSON data (or the raw text when it is not JSON).
    """

    id: str | None
    event: str
    data: Any


PredictionEvent: TypeAlias = (
    "PredictionInitEvent | PredictionOutputEvent | PredictionErrorEvent | "
    "PredictionDoneEvent | UnknownPredictionEvent"
)
"""A typed event of a prediction stream."""


M = TypeVar("M")
_EventTable: TypeAlias = dict[str, type[Any]]
_event_table: _EventTable | None = None


def _prediction_events() -> _EventTable:
    """Each known event type's generated model."""
    global _event_table
    if _event_table is None:
        from wriftai_api.models import (
            PredictionDoneEvent,
            PredictionErrorEvent,
            PredictionInitEvent,
            PredictionOutputEvent,
        )

        _event_table = {
            "init": PredictionInitEvent,
            "output": PredictionOutputEvent,
            "error": PredictionErrorEvent,
            "done": PredictionDoneEvent,
        }
    return _event_table


def to_prediction_event(sse: ServerSentEvent) -> PredictionEvent:
    """Types a raw event with the generated event models.

    Args:
        sse: The raw event.

    Returns:
        The generated model for a known event type, or `UnknownPredictionEvent`.
    """
    return _typed(sse, _prediction_events())


def _typed(
    sse: ServerSentEvent, table: _EventTable, *, operation: str = "", strict: bool = False
) -> PredictionEvent:
    """The typed event of a raw one, read like any response (tolerantly, or strictly).

    Raises:
        ResponseValidationIssue: `strict`, and the event does not conform.
    """
    try:
        data = _loads(sse.data) if sse.data else None
    except ValueError:
        return UnknownPredictionEvent(sse.id, sse.event, sse.data)
    model = table.get(sse.event)
    if model is None:
        return UnknownPredictionEvent(sse.id, sse.event, data)
    if sse.id is None:
        if strict:
            raise ResponseValidationIssue(ParseIssue("$.id", "required, missing", None))
        return UnknownPredictionEvent(sse.id, sse.event, data)
    if sse.event == "output":
        # Most events of a stream: any JSON data conforms, and the id and event name come
        # from the SSE fields, so there is nothing to check.
        output: PredictionEvent = model(id=sse.id, event="output", data=data)
        return output
    if not (isinstance(data, dict) or (sse.event == "done" and data is None)):
        if strict:
            raise ResponseValidationIssue(ParseIssue("$.data", "expected an object", data))
        return UnknownPredictionEvent(sse.id, sse.event, data)
    event = {"id": sse.id, "event": sse.event, "data": data}
    typed: PredictionEvent = _read(model, event, operation or "stream_prediction", strict)
    return typed


def _read(model: type[M], data: Any, operation: str, strict: bool) -> M:
    """``model.from_dict(data)`` as a read of `operation`'s response (strict or tolerant).

    Raises:
        ResponseValidationIssue: `strict`, and `data` does not conform.
    """
    try:  # the exact reader: a conforming event needs no parse context
        exact: M = model._from_dict(data)  # type: ignore[attr-defined]
        return exact
    except PARSE_ERRORS:
        pass
    token = PARSE_CONTEXT.set(ParseContext(operation, strict=strict))
    try:
        result: M = model.from_dict(data)  # type: ignore[attr-defined]
        return result
    finally:
        PARSE_CONTEXT.reset(token)


def _after(event_id: str, last_id: str) -> bool:
    """Whether `event_id` comes after `last_id` (numeric ids compare as numbers)."""
    if event_id.isdigit() and last_id.isdigit():
        return int(event_id) > int(last_id)
    return event_id != last_id


class EventCursor:
    """Where a reader of one prediction's events stands, across connections.

    Args:
        prediction_id: The prediction, or None while only the creating request knows it.
        first: The request of the first connection (a streamed create), or None to start
            with ``GET /predictions/{id}/stream``.
        deadline: A `time.monotonic` deadline after which reading stops, or None.
        idle: The seconds the server may keep a quiet stream open between two events,
            asked for with ``Prefer: wait=<idle>`` on every ``GET .../stream``; None sends
            no ``Prefer`` and leaves it to the server.
        max_failures: How many connections in a row may end without a new event (broken,
            or closed sooner than the idle time asked for) before reading gives up.
        resend_first: The server honours ``Idempotency-Key``, so a streamed create cut
            before it named the prediction may be sent again with its key (the server then
            answers with the same prediction). Otherwise it is never sent twice.
        strict: Raise `APIResponseValidationError` on an event that does not conform.

    Attributes:
        backoff: Seconds to wait before the next connection: nothing after one that
            brought new events or was closed for being idle, a growing wait after one
            that ended without progress.
    """

    backoff_base = 0.25
    """The wait after the first connection that ended without progress; it doubles."""
    backoff_cap = 4.0
    """The longest wait between connections."""

    def __init__(
        self,
        prediction_id: str | None,
        *,
        first: dict[str, Any] | None = None,
        deadline: float | None = None,
        idle: float | None = None,
        max_failures: int = 3,
        resend_first: bool = False,
        strict: bool = False,
    ) -> None:
        self.prediction_id = prediction_id
        self._resend_first = resend_first
        self._strict = strict
        self._operation = "create_prediction" if first is not None else "stream_prediction"
        self._response: httpx.Response | None = None
        self.last_id: str | None = None
        self.finished = False
        self.deadline = deadline
        self.idle = idle
        self.backoff = 0.0
        # A streamed create is sent once: after the server has answered it, the prediction
        # exists, and a cut stream resumes with GET .../stream once an event named it.
        self._create = first
        # A clean close after this many seconds without an event is the server's idle
        # close (None: the connection asked for no idle time, a streamed create).
        self._idle_close_after: float | None = None
        self._opened = 0.0
        self._progress = False
        self._decoder = SSEDecoder()
        self._events = _prediction_events()
        self._json: list[str] | None = None
        self._failures = 0
        self._max_failures = max_failures

    def next_request(self) -> dict[str, Any]:
        """The request of the next connection.

        Raises:
            APIConnectionError: There is neither a prediction id nor a create to send.
        """
        if self.prediction_id is None:
            if self._create is None:
                error = APIConnectionError(
                    "the stream of the created prediction broke before it named the "
                    "prediction; the prediction was created, and the create is not sent again",
                    request=httpx.Request("POST", "/predictions"),
                )
                error.may_have_been_processed = True
                raise error
            create = self._create
            if not self._resend_first:
                self._create = None  # never sent twice
            self._idle_close_after = None
            return create
        from wriftai_api.api.predictions import stream_prediction
        from wriftai_api.types import UNSET

        kwargs: dict[str, Any] = stream_prediction.build_request(
            self.prediction_id,
            after_id=UNSET if self.last_id is None else self.last_id,
            prefer=UNSET if self.idle is None else f"wait={seconds(self.idle)}",
        )
        # Without a deadline the server's idle close comes first; with one, a quiet stream
        # times out when the deadline does.
        idle = MAX_WAIT if self.idle is None else min(self.idle, MAX_WAIT)
        kwargs["read_timeout"] = idle + 10 if self.deadline is None else self._left() + 0.05
        self._idle_close_after = _UNKNOWN_IDLE_CLOSE if self.idle is None else self.idle / 2
        return kwargs

    def _left(self) -> float:
        return 0.0 if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def start(self, response: httpx.Response) -> None:
        """Begins reading a connection's response."""
        self._decoder = SSEDecoder()
        self._opened = time.monotonic()
        self._progress = False
        self._response = response
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        self._json = None if is_sse else []

    def feed(self, text: str) -> Iterator[PredictionEvent]:
        """Takes the next piece of the response's text.

        Args:
            text: The piece.

        Yields:
            Each new event it completes (an event already seen is skipped), up to and
            including a terminal one.
        """
        if self._json is not None:
            self._json.append(text)
            return
        for sse in self._decoder.feed(text):
            event = self._accept(sse)
            if event is not None:
                yield event
                if self.finished:
                    return

    def _accept(self, sse: ServerSentEvent) -> PredictionEvent | None:
        """The typed event of a raw one, or None when it was seen already."""
        if sse.id is not None:
            if self.last_id is not None and not _after(sse.id, self.last_id):
                return None
            self.last_id = sse.id
        try:
            event = _typed(sse, self._events, operation=self._operation, strict=self._strict)
        except ResponseValidationIssue as exc:
            response = self._response or httpx.Response(200, request=httpx.Request("GET", "/"))
            raise response_validation_error(self._operation, response, exc.issue) from None
        kind = sse.event
        if kind != "output":
            if kind == "init":
                # The prediction's id, from a typed init or from the raw object of one the
                # client could not type (an init without an SSE id line, say).
                data = event.data
                known_id = data.get("id") if isinstance(data, dict) else getattr(data, "id", None)
                if isinstance(known_id, str) and known_id:
                    self.prediction_id = known_id
            self.finished = kind in TERMINAL_EVENTS
        self._progress = True
        if not self.finished and self.deadline is not None and self._left() <= 0:
            raise WaitTimeoutError("the prediction did not finish before the timeout")
        return event

    def ended(self, error: Exception | None) -> None:
        """Notes the end of a connection.

        Args:
            error: The transport error that cut it, or None for a clean close.

        Raises:
            APIConnectionError: Too many connections in a row ended without a new event.
            WaitTimeoutError: The deadline has passed before a terminal event.
        """
        if self._json is not None and self.prediction_id is None:
            # The server answered a streamed create with the JSON prediction instead.
            with contextlib.suppress(ValueError, KeyError, TypeError):
                self.prediction_id = json.loads("".join(self._json))["id"]
                self._progress = True
        if self.finished:
            return
        if self.deadline is not None and self._left() <= 0:
            raise WaitTimeoutError("the prediction did not finish before the timeout")
        lasted = time.monotonic() - self._opened
        after = self._idle_close_after
        idle_close = error is None and after is not None and lasted >= after
        if self._progress or idle_close:
            # New events, or a quiet prediction whose stream the server closed for being
            # idle (as it was asked to): carry on at once.
            self._failures = 0
            self.backoff = 0.0
            return
        self._failures += 1
        if self._failures > self._max_failures:
            how = f": {error}" if error is not None else " (closed with no new event)"
            raise APIConnectionError(
                f"the prediction stream ended {self._failures} times in a row{how}",
                request=getattr(error, "request", None) or httpx.Request("GET", "/"),
            ) from error
        self.backoff = min(self.backoff_cap, self.backoff_base * 2 ** (self._failures - 1))
        if self.deadline is not None:
            self.backoff = min(self.backoff, self._left())


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


# ---------------------------------------------------------------------- completion streams
_NOT_RESUMABLE = (
    "the completion stream broke before the completion finished; completions cannot be "
    "resumed, so the output so far is incomplete (send the request again)"
)


_COMPLETION_STREAM = "create_completion_stream"


class CompletionCursor:
    """The reader of one completion stream: one connection, no resumption.

    The stream is complete after an output marked ``finished``, or when the server ends
    the body cleanly: LLM Engine sends no end marker, and its TensorRT-LLM endpoints never
    mark an output finished. Only a connection that breaks (a transport error while
    reading) leaves the completion incomplete.

    Args:
        request: The request of the stream (``create_completion_stream.build_request``).
        strict: Raise `APIResponseValidationError` on an event that does not conform.
    """

    def __init__(self, request: dict[str, Any], *, strict: bool = False) -> None:
        self._strict = strict
        self._request: dict[str, Any] | None = request
        self.finished = False
        self.backoff = 0.0
        self.response: httpx.Response | None = None
        self._decoder = SSEDecoder()

    def next_request(self) -> dict[str, Any]:
        """The stream's request; there is no second connection.

        Raises:
            StreamInterruptedError: Asked for a second connection.
        """
        if self._request is None:
            raise StreamInterruptedError(_NOT_RESUMABLE, request=self._failed_request())
        request, self._request = self._request, None
        return request

    def start(self, response: httpx.Response) -> None:
        """Begins reading the response."""
        self.response = response
        self._decoder = SSEDecoder()

    def feed(self, text: str) -> Iterator[CompletionStreamResponse]:
        """Takes the next piece of the response's text.

        Args:
            text: The piece.

        Yields:
            Each `CompletionStreamResponse` it completes that carries output, up to the
            finished output.

        Raises:
            StreamError: An event is an ``error`` event.
            WriftAIError: An event's data is not a completion stream response.
        """
        for sse in self._decoder.feed(text):
            if sse.data:
                chunk = self._accept(sse)
                if chunk is not None:
                    yield chunk
                if self.finished:
                    return

    def _accept(self, sse: ServerSentEvent) -> CompletionStreamResponse | None:
        """The typed chunk of one event (None for an event with neither output nor error)."""
        from wriftai_api.models import CompletionStreamResponse

        try:
            data = _loads(sse.data)
            if isinstance(data, dict) and data.get("error") is not None:
                raise self._error(data)
            chunk = _read(CompletionStreamResponse, data, _COMPLETION_STREAM, self._strict)
        except ResponseValidationIssue as exc:
            response = self.response or httpx.Response(200, request=self._failed_request())
            raise response_validation_error(_COMPLETION_STREAM, response, exc.issue) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WriftAIError(f"unreadable completion stream event: {sse.data[:200]!r}") from exc
        output = getattr(chunk, "output", None)
        if output is None:
            return None  # LLM Engine passes on the model's empty chunks
        if getattr(output, "finished", False) is True:
            self.finished = True
        return chunk

    def _error(self, data: dict[str, Any]) -> StreamError:
        error = data["error"]
        content = error.get("content") if isinstance(error, dict) else error
        message = content.get("error") if isinstance(content, dict) else content
        status = error.get("status_code") if isinstance(error, dict) else None
        response = self.response or httpx.Response(500, request=self._failed_request())
        return StreamError(
            str(message or "the completion stream reported an error"),
            response=response,
            body=error,
            request_id=data.get("request_id") or response.headers.get("x-request-id"),
            status_code=status if isinstance(status, int) else 500,
        )

    def ended(self, error: Exception | None) -> None:
        """Notes the end of the connection: a clean end completes the stream.

        Raises:
            StreamInterruptedError: The connection broke before the finished output.
        """
        if error is not None and not self.finished:
            raise StreamInterruptedError(_NOT_RESUMABLE, request=self._failed_request()) from error
        self.finished = True

    def _failed_request(self) -> httpx.Request:
        if self.response is not None:
            return self.response.request
        return httpx.Request("POST", "/v1/llm/completions-stream")
