"""Reading a stream of server-sent events, across as many connections as its cursor asks.

The cursor (`wriftai._core.sse.SSECursor`) names each connection's request, turns text
into typed events and decides, when a connection ends, whether to go on; this module only
does the I/O. `AsyncStream` lets the caller stop early and close the connection.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from wriftai import _tracing
from wriftai._async.send import async_send
from wriftai._concurrency import async_sleep

if TYPE_CHECKING:
    from wriftai._core.sse import SSECursor
    from wriftai._http import HTTP

__all__ = ["AsyncStream", "async_iter_events"]

E = TypeVar("E")


def async_iter_events(http: HTTP, cursor: SSECursor[E]) -> AsyncGenerator[E, None]:
    """Yields a stream's events until the cursor is finished, reconnecting as it asks.

    Nothing is sent before iteration starts. A stream made inside an API call's span
    takes that span over: it ends when reading ends, and each connection's request is its
    child.

    Args:
        http: The client's configuration and httpx clients.
        cursor: Where reading stands.

    Returns:
        The events, each once, in order.
    """
    return _async_events(http, cursor, _tracing.adopt())


async def _async_events(
    http: HTTP, cursor: SSECursor[E], call: _tracing.Call | None
) -> AsyncGenerator[E, None]:
    """The events of `async_iter_events`, in the span of `call` (when there is one).

    Raises:
        APIStatusError: A connection was answered with an error status.
        APIConnectionError: A connection could not be made, or the cursor cannot go on.
    """
    connections = 0
    try:
        while not cursor.finished:
            if cursor.backoff > 0:
                await async_sleep(cursor.backoff)
            if connections:
                _reconnecting(call, connections, cursor)
            connections += 1
            with _tracing.within(call):
                response = await async_send(http, cursor.next_request(), stream=True)
            cursor.start(response)
            error: Exception | None = None
            try:
                async for text in response.aiter_text():
                    for event in cursor.feed(text):
                        yield event
                    if cursor.finished:
                        break
            except httpx.TransportError as exc:
                error = exc
            finally:
                await response.aclose()
            cursor.ended(error)
    except Exception as exc:
        if call is not None:
            call.fail(exc)
        raise
    finally:
        if call is not None:
            call.end()


def _reconnecting(call: _tracing.Call | None, connections: int, cursor: Any) -> None:
    """Tells the stream's span that it connects again (after a cut or a server's end)."""
    if call is not None:
        attributes: dict[str, _tracing.AttributeValue] = {
            "wriftai.stream.connection": connections + 1
        }
        after = getattr(cursor, "last_id", None)
        if isinstance(after, str):
            attributes["wriftai.stream.after_id"] = after
        _tracing.event(call, "wriftai.stream.reconnect", attributes)


class AsyncStream(Generic[E]):
    """The events of a streamed response, read as they arrive.

    Iterate over it with ``async for``; leave an ``async with`` block (or call `aclose`) to
    stop early and close the connection.

    Args:
        events: The event generator (from `async_iter_events`).
        cursor: Its cursor (gives access to the HTTP response).
    """

    def __init__(self, events: AsyncGenerator[E, None], cursor: Any = None) -> None:
        self._events = events
        self._cursor = cursor

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response being read, once the request has been sent."""
        return getattr(self._cursor, "response", None)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> E:
        return await anext(self._events)

    async def aclose(self) -> None:
        """Stops reading and closes the connection."""
        await self._events.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
