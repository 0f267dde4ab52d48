"""The raw HTTP response behind a call: ``client.models.with_raw_response.get(...)``.

Every resource has a ``with_raw_response`` attribute with the same methods, sync and async,
that return an `APIResponse` instead of the parsed result: the status, the headers (rate
limits, request id) and the parsed result of one call. `HTTP.send` notes each response it
gets in the context of the call (a context variable), so no method body is written twice.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from wriftai._core.observing import RATE_LIMIT
from wriftai._errors import APIResponseValidationError, WriftAIError

if TYPE_CHECKING:
    from wriftai._core.rate_limits import RateLimit

__all__ = [
    "APIResponse",
    "RawAccess",
    "RawResponses",
    "async_raw",
    "capturing",
    "note_response",
    "raw",
]

T = TypeVar("T")
S = TypeVar("S")
P = ParamSpec("P")

_CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar("wriftai_capture", default=None)


def note_response(response: httpx.Response) -> None:
    """Records a successful response for the raw-response call running in this context."""
    slot = _CAPTURE.get()
    if slot is not None:
        slot.append(response)


class APIResponse(Generic[T]):
    """One call's HTTP response and its parsed result.

    For a call that sends several requests (a wait that polls, a create that waits), the
    response is the last one; `responses` has them all. For a stream it is the response
    that opened the stream, and `parse()` gives the stream.

    Attributes:
        http_response: The `httpx.Response` (its body is read, except for a stream's).
        responses: Every successful response the call received, in order.
    """

    def __init__(
        self,
        responses: list[httpx.Response],
        parsed: T | None,
        error: APIResponseValidationError | None,
    ) -> None:
        self.responses = responses
        self.http_response = responses[-1]
        self._parsed = parsed
        self._error = error

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (``x-ratelimit-*``, ``x-request-id``, ...)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` the server gave the request, if any."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def rate_limit(self) -> RateLimit | None:
        """The response's ``x-ratelimit-*`` and ``Retry-After`` values; None when it has none."""
        value: RateLimit | None = self.http_response.extensions.get(RATE_LIMIT)
        return value

    @property
    def url(self) -> httpx.URL:
        """The URL the request went to."""
        return self.http_response.request.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_response.request.method

    @property
    def content(self) -> bytes:
        """The body as it came (empty for a stream, whose body is read by iterating)."""
        return self.http_response.content if self.http_response.is_stream_consumed else b""

    def parse(self) -> T:
        """The parsed result, as the plain method would have returned it.

        Raises:
            APIResponseValidationError: The response did not conform and the client is
                strict (the raw response is still readable here).
        """
        if self._error is not None:
            raise self._error
        return self._parsed  # type: ignore[return-value]


@contextmanager
def capturing() -> Iterator[list[httpx.Response]]:
    """Collects the responses `HTTP.send` receives in this context."""
    slot: list[httpx.Response] = []
    token = _CAPTURE.set(slot)
    try:
        yield slot
    finally:
        _CAPTURE.reset(token)


def _finish(responses: list[httpx.Response], result: Any, error: Any) -> APIResponse[Any]:
    if not responses:
        raise WriftAIError("the call finished without receiving a response")
    return APIResponse(responses, result, error)


def raw(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """The raw-response form of a sync resource method.

    Args:
        method: A bound resource method.

    Returns:
        A function with the same parameters that returns an `APIResponse`.
    """

    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with capturing() as slot:
            try:
                result: Any = method(*args, **kwargs)
                if isinstance(result, Iterator) and not slot:
                    result = _primed(result)
            except APIResponseValidationError as exc:
                return _finish(slot, None, exc)
        return _finish(slot, result, None)

    return call


def async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The raw-response form of an async resource method (or one returning an async stream).

    Args:
        method: A bound resource method.

    Returns:
        A coroutine function with the same parameters that returns an `APIResponse`.
    """

    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        with capturing() as slot:
            try:
                outcome: Any = method(*args, **kwargs)
                result = await outcome if isinstance(outcome, Awaitable) else outcome
                if isinstance(result, AsyncIterator) and not slot:
                    result = await _async_primed(result)
            except APIResponseValidationError as exc:
                return _finish(slot, None, exc)
        return _finish(slot, result, None)

    return call


_NOTHING: Any = object()


def _primed(result: Any) -> Any:
    """Opens a lazy stream (reads its first event) so that its response is known.

    The result stays what the method returned: a `Stream` keeps its type (a context
    manager that closes the connection), a generator stays a generator whose `close`
    closes the stream; the first event is handed out again first.
    """
    events = getattr(result, "_events", result)  # a Stream keeps its generator there
    first = next(events, _NOTHING)
    chained = _chain(first, events)
    if events is result:
        return chained
    result._events = chained
    return result


def _chain(first: Any, rest: Iterator[Any]) -> Generator[Any, None, None]:
    try:
        if first is not _NOTHING:
            yield first
        yield from rest
    finally:
        close = getattr(rest, "close", None)
        if close is not None:
            close()


async def _async_primed(result: Any) -> Any:
    """The asynchronous form of `_primed`."""
    events = getattr(result, "_events", result)
    first = await anext(events, _NOTHING)
    chained = _achain(first, events)
    if events is result:
        return chained
    result._events = chained
    return result


async def _achain(first: Any, rest: AsyncIterator[Any]) -> AsyncGenerator[Any, None]:
    try:
        if first is not _NOTHING:
            yield first
        async for item in rest:
            yield item
    finally:
        aclose = getattr(rest, "aclose", None)
        if aclose is not None:
            await aclose()


RR = TypeVar("RR", bound="RawResponses")


class _Declared:
    """A method of a `RawResponses` class: the raw form of the resource's method of that name."""

    wrap: Callable[[Callable[..., Any]], Callable[..., Any]]

    def __init__(self, method: Callable[..., Any]) -> None:
        self._name = method.__name__

    def _bound(self, obj: RawResponses | None) -> Any:
        if obj is None:
            return self
        return type(self).wrap(getattr(obj._resource, self._name))


class _RawMethod(_Declared, Generic[P, T]):
    """``get = RawResponses.of(Resource.get)``: the raw form of a sync method."""

    wrap = staticmethod(raw)

    def __init__(self, method: Callable[Concatenate[Any, P], T]) -> None:
        super().__init__(method)

    @overload
    def __get__(self, obj: None, owner: type) -> _RawMethod[P, T]: ...
    @overload
    def __get__(self, obj: RawResponses, owner: type) -> Callable[P, APIResponse[T]]: ...
    def __get__(self, obj: RawResponses | None, owner: type) -> Any:
        return self._bound(obj)


class _AsyncRawMethod(_Declared, Generic[P, T]):
    """``async_get = RawResponses.of_async(Resource.async_get)``: an async method's raw form."""

    wrap = staticmethod(async_raw)

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None:
        super().__init__(method)

    @overload
    def __get__(self, obj: None, owner: type) -> _AsyncRawMethod[P, T]: ...
    @overload
    def __get__(self, obj: RawResponses, owner: type) -> Callable[P, Awaitable[APIResponse[T]]]: ...
    def __get__(self, obj: RawResponses | None, owner: type) -> Any:
        return self._bound(obj)


class _AsyncStreamRawMethod(_AsyncRawMethod[P, T]):
    """The raw form of a method that returns an async stream: awaited, since it opens it."""

    def __init__(self, method: Callable[Concatenate[Any, P], T]) -> None:
        _Declared.__init__(self, method)


class RawResponses:
    """The raw-response forms of a resource's methods (its ``with_raw_response``).

    Args:
        resource: The resource whose methods are wrapped.
    """

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_raw_response>"

    of = _RawMethod
    """Declares the raw form of a sync method: ``get = RawResponses.of(Resource.get)``."""
    of_async = _AsyncRawMethod
    """Declares the raw form of an async method."""
    of_async_stream = _AsyncStreamRawMethod
    """Declares the raw form of a method that returns an async stream (awaited here)."""


class RawAccess(Generic[RR]):
    """A resource's ``with_raw_response``: its methods, each returning an `APIResponse`.

    ``client.models.with_raw_response.get(...)`` returns the response of one call with
    its parsed result (``.parse()``), its status, headers and request id.

    Args:
        cls: The resource's `RawResponses` class.
    """

    def __init__(self, cls: type[RR]) -> None:
        self._cls = cls

    @overload
    def __get__(self, obj: None, owner: type) -> RawAccess[RR]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> RR: ...
    def __get__(self, obj: object | None, owner: type) -> Any:
        return self if obj is None else self._cls(obj)
