"""Server-sent events: an incremental parser, typed prediction events, and resumption.

A prediction's event stream is read across as many connections as it takes: when one
is closed or cut before a terminal event (``error`` or ``done``), the next asks for the
events after the last id seen (``after_id``), and an event already seen is never yielded
again. `EventCursor` holds that state; `iter_events` and `aiter_events` only do the I/O.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from wriftai._errors import APIConnectionError, WaitTimeoutError

if TYPE_CHECKING:
    from wriftai._transport import HTTP
    from wriftai_api.models import (
        PredictionDoneEvent,
        PredictionErrorEvent,
        PredictionInitEvent,
        PredictionOutputEvent,
    )

__all__ = [
    "EventCursor",
    "PredictionEvent",
    "SSEDecoder",
    "ServerSentEvent",
    "UnknownPredictionEvent",
    "aiter_events",
    "iter_events",
]

TERMINAL_EVENTS = frozenset({"error", "done"})
DEFAULT_IDLE = 30
MAX_WAIT = 60


@dataclass(frozen=True)
class ServerSentEvent:
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


class SSEDecoder:
    """An incremental ``text/event-stream`` parser that is fed one line at a time."""

    __slots__ = ("_data", "_event", "_id", "_retry")

    def __init__(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Takes one line (without its line ending).

        Args:
            line: The line.

        Returns:
            The event the line completes (on a blank line), or None.
        """
        if not line:
            if not self._data and self._event is None and self._id is None:
                return None
            event = ServerSentEvent(
                self._event or "message", "\n".join(self._data), self._id, self._retry
            )
            self._event, self._data, self._id, self._retry = None, [], None, None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None


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


def to_prediction_event(sse: ServerSentEvent) -> PredictionEvent:
    """Types a raw event with the generated event models.

    Args:
        sse: The raw event.

    Returns:
        The generated model for a known event type, or `UnknownPredictionEvent`.
    """
    from wriftai_api.models import (
        PredictionDoneEvent,
        PredictionErrorEvent,
        PredictionInitEvent,
        PredictionOutputEvent,
    )

    try:
        data = json.loads(sse.data) if sse.data else None
    except ValueError:
        return UnknownPredictionEvent(sse.id, sse.event, sse.data)
    types: dict[str, Any] = {
        "init": PredictionInitEvent,
        "output": PredictionOutputEvent,
        "error": PredictionErrorEvent,
        "done": PredictionDoneEvent,
    }
    cls = types.get(sse.event)
    if cls is not None and sse.id is not None:
        try:
            event: PredictionEvent = cls.from_dict({"id": sse.id, "event": sse.event, "data": data})
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
        else:
            return event
    return UnknownPredictionEvent(sse.id, sse.event, data)


def _after(event_id: str, last_id: str | None) -> bool:
    """Whether `event_id` comes after `last_id` (numeric ids compare as numbers)."""
    if last_id is None:
        return True
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
        max_failures: How many broken connections in a row without a new event are
            tolerated.
    """

    def __init__(
        self,
        prediction_id: str | None,
        *,
        first: dict[str, Any] | None = None,
        deadline: float | None = None,
        max_failures: int = 3,
    ) -> None:
        self.prediction_id = prediction_id
        self.last_id: str | None = None
        self.finished = False
        self.deadline = deadline
        self._first = first
        self._decoder = SSEDecoder()
        self._json: list[str] | None = None
        self._failures = 0
        self._max_failures = max_failures

    def next_request(self) -> dict[str, Any]:
        """The request of the next connection.

        Raises:
            WaitTimeoutError: The deadline has passed.
            APIConnectionError: The first connection broke before the prediction id was known.
        """
        if self._first is not None:
            first, self._first = self._first, None
            return first
        if self.prediction_id is None:
            raise APIConnectionError(
                "the prediction stream broke before it named the prediction",
                request=httpx.Request("POST", "/predictions"),
            )
        from wriftai_api.api.predictions import stream_prediction
        from wriftai_api.types import UNSET

        idle = long_poll_seconds(self.deadline, DEFAULT_IDLE)
        kwargs: dict[str, Any] = stream_prediction._get_kwargs(
            self.prediction_id,
            after_id=UNSET if self.last_id is None else self.last_id,
            prefer=f"wait={idle}",
        )
        # Without a deadline the server's idle close comes first; with one, a quiet stream
        # times out when the deadline does.
        kwargs["read_timeout"] = idle + 10 if self.deadline is None else self._left() + 0.05
        return kwargs

    def _left(self) -> float:
        return 0.0 if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def start(self, response: httpx.Response) -> None:
        """Begins reading a connection's response."""
        self._decoder = SSEDecoder()
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        self._json = None if is_sse else []

    def feed(self, line: str) -> PredictionEvent | None:
        """Takes one line of the response.

        Args:
            line: The line.

        Returns:
            The new event it completes, or None (also for an event already seen).
        """
        if self._json is not None:
            self._json.append(line)
            return None
        sse = self._decoder.feed(line)
        if sse is None:
            return None
        if sse.id is not None:
            if not _after(sse.id, self.last_id):
                return None
            self.last_id = sse.id
        event = to_prediction_event(sse)
        if sse.event == "init" and not isinstance(event, UnknownPredictionEvent):
            self.prediction_id = event.data.id  # type: ignore[union-attr]
        self.finished = sse.event in TERMINAL_EVENTS
        self._failures = 0
        if not self.finished and self.deadline is not None and self._left() <= 0:
            raise WaitTimeoutError("the prediction did not finish before the timeout")
        return event

    def ended(self, error: Exception | None) -> None:
        """Notes the end of a connection.

        Args:
            error: The transport error that cut it, or None for a clean close.

        Raises:
            APIConnectionError: Too many connections broke in a row without progress.
            WaitTimeoutError: The deadline has passed before a terminal event.
        """
        if self._json is not None and self.prediction_id is None:
            # The server answered a streamed create with the JSON prediction instead.
            with contextlib.suppress(ValueError, KeyError, TypeError):
                self.prediction_id = json.loads("\n".join(self._json))["id"]
        if self.finished:
            return
        if self.deadline is not None and self._left() <= 0:
            raise WaitTimeoutError("the prediction did not finish before the timeout")
        if error is not None:
            self._failures += 1
            if self._failures > self._max_failures:
                raise APIConnectionError(
                    f"the prediction stream broke {self._failures} times in a row: {error}",
                    request=getattr(error, "request", None) or httpx.Request("GET", "/"),
                ) from error


def long_poll_seconds(deadline: float | None, default: int = MAX_WAIT) -> int:
    """The ``Prefer: wait=<n>`` to ask for: the time left until `deadline`, within 1-60.

    Args:
        deadline: A `time.monotonic` deadline, or None.
        default: The value when there is no deadline.

    Returns:
        Whole seconds.
    """
    if deadline is None:
        return default
    return max(1, min(MAX_WAIT, math.ceil(deadline - time.monotonic())))


def iter_events(http: HTTP, cursor: EventCursor) -> Iterator[PredictionEvent]:
    """Yields a prediction's events until a terminal one, reconnecting as needed.

    Args:
        http: The transport layer.
        cursor: Where reading stands.

    Yields:
        Each event once, in order.
    """
    while not cursor.finished:
        response = http.send(cursor.next_request(), stream=True)
        cursor.start(response)
        error: Exception | None = None
        try:
            for line in response.iter_lines():
                if (event := cursor.feed(line)) is not None:
                    yield event
        except httpx.TransportError as exc:
            error = exc
        finally:
            response.close()
        cursor.ended(error)


async def aiter_events(http: HTTP, cursor: EventCursor) -> AsyncIterator[PredictionEvent]:
    """The asynchronous form of `iter_events`.

    Args:
        http: The transport layer.
        cursor: Where reading stands.

    Yields:
        Each event once, in order.
    """
    while not cursor.finished:
        response = await http.async_send(cursor.next_request(), stream=True)
        cursor.start(response)
        error: Exception | None = None
        try:
            async for line in response.aiter_lines():
                if (event := cursor.feed(line)) is not None:
                    yield event
        except httpx.TransportError as exc:
            error = exc
        finally:
            await response.aclose()
        cursor.ended(error)
