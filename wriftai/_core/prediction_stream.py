"""A prediction's event stream (no I/O): typed events, and a cursor that resumes.

A prediction's event stream (`EventCursor`) is read across as many connections as it
takes: when one is closed or cut before a terminal event (``error`` or ``done``), the next
asks for the events after the last id seen (``after_id``), and an event already seen is
never yielded again.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from wriftai._core.sse import MAX_WAIT, ServerSentEvent, SSEDecoder, loads, read_model, seconds
from wriftai._errors import (
    APIConnectionError,
    WaitTimeoutError,
    response_validation_error,
)
from wriftai_api.types import ParseIssue, ResponseValidationIssue

if TYPE_CHECKING:
    from wriftai_api.models import (
        PredictionDoneEvent,
        PredictionErrorEvent,
        PredictionInitEvent,
        PredictionOutputEvent,
    )

__all__ = ["EventCursor", "PredictionEvent", "UnknownPredictionEvent", "typed_event"]

TERMINAL_EVENTS = frozenset({"error", "done"})
# A connection asked for no idle time lasts until the server's own idle close; one that
# ends cleanly after at least this many seconds without an event is read as that close.
_UNKNOWN_IDLE_CLOSE = 1.0


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


def typed_event(
    sse: ServerSentEvent, *, operation: str = "", strict: bool = False
) -> PredictionEvent:
    """The typed event of a raw one, read like any response (tolerantly, or strictly).

    Args:
        sse: The raw event.
        operation: The operation whose response it is, for error messages.
        strict: Raise on an event that does not conform, instead of reading it tolerantly.

    Returns:
        The generated model of a known event type, or `UnknownPredictionEvent`.

    Raises:
        ResponseValidationIssue: `strict`, and the event does not conform.
    """
    try:
        data = loads(sse.data) if sse.data else None
    except ValueError:
        return UnknownPredictionEvent(sse.id, sse.event, sse.data)
    model = _prediction_events().get(sse.event)
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
    typed: PredictionEvent = read_model(model, event, operation or "stream_prediction", strict)
    return typed


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
            event = typed_event(sse, operation=self._operation, strict=self._strict)
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
