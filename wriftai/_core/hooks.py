"""The client's public hooks, and what each is given (no I/O).

``Client(hooks=Hooks(on_request=..., on_response=..., on_retry=..., on_rate_limit=...))``
(or ``client.with_options(hooks=...)``) calls plain functions around every HTTP attempt,
in the sync and the async form alike, through the httpx clients `wriftai` makes and the
caller's own. Each hook gets one event object.

What a hook that raises does:

- ``on_request`` runs before the attempt is sent, so its exception propagates: nothing
  was sent, and raising is how a hook refuses a request (a budget, a guard).
- ``on_response``, ``on_retry`` and ``on_rate_limit`` observe what already happened: the
  request was sent, and a create may have been processed. Their exception is logged
  (``wriftai`` logger, error level, with the traceback) and the call goes on, so that a
  bug in a metrics hook can neither turn a processed create into an error that invites a
  second one nor break a retry half-way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from wriftai._core.rate_limits import RateLimit

__all__ = ["Hooks", "RateLimitEvent", "RequestEvent", "ResponseEvent", "RetryEvent"]


@dataclass(frozen=True)
class RequestEvent:
    """An HTTP attempt about to be sent (`Hooks.on_request`).

    Attributes:
        request: The request; the hook may set headers on it. Its headers hold the
            credentials (``Authorization``): do not log them whole.
        attempt: 1 for the first sending, 2 for the first retry, and so on.
    """

    request: httpx.Request
    attempt: int


@dataclass(frozen=True)
class ResponseEvent:
    """The response to an HTTP attempt, error statuses included (`Hooks.on_response`).

    Attributes:
        request: The request.
        response: The response; its body is not read yet (a stream's never is here).
        attempt: 1 for the first sending, 2 for the first retry, and so on.
        elapsed: Seconds from sending the attempt to receiving the response headers.
    """

    request: httpx.Request
    response: httpx.Response
    attempt: int
    elapsed: float

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` the server gave the request, if any."""
        value: str | None = self.response.headers.get("x-request-id")
        return value


@dataclass(frozen=True)
class RetryEvent:
    """A failed attempt that is about to be sent again (`Hooks.on_retry`).

    Attributes:
        request: The request.
        attempt: The number of the attempt that follows the delay (2 for the first retry),
            which ``on_request`` then gets too.
        delay: The seconds the client waits before it.
        reason: What failed: ``"status 503"``, or the name of the connection error
            (``"ConnectError"``).
        response: The failed attempt's response, if it got one.
        error: The failed attempt's connection error, if it got no response.
    """

    request: httpx.Request
    attempt: int
    delay: float
    reason: str
    response: httpx.Response | None
    error: Exception | None


@dataclass(frozen=True)
class RateLimitEvent:
    """A response that says the rate limit is reached (`Hooks.on_rate_limit`).

    It is given for a ``429`` and for a response with ``x-ratelimit-remaining: 0``.

    Attributes:
        request: The request.
        response: The response.
        attempt: 1 for the first sending, 2 for the first retry, and so on.
        rate_limit: The parsed ``x-ratelimit-*`` and ``Retry-After`` values.
    """

    request: httpx.Request
    response: httpx.Response
    attempt: int
    rate_limit: RateLimit


@dataclass(frozen=True)
class Hooks:
    """Functions the client calls around every HTTP attempt; each is optional.

    They are plain (not async) functions in both forms, called in the thread or task that
    sends. ``on_request`` may raise to refuse a request; an exception of the others is
    logged and the call goes on (see `wriftai._core.hooks`).

    Attributes:
        on_request: Called with a `RequestEvent` before each attempt is sent.
        on_response: Called with a `ResponseEvent` for each response, error statuses
            included, before the client decides whether to retry.
        on_retry: Called with a `RetryEvent` when a failed attempt will be sent again.
        on_rate_limit: Called with a `RateLimitEvent` for a ``429`` or a response with
            ``x-ratelimit-remaining: 0``.
    """

    on_request: Callable[[RequestEvent], object] | None = None
    on_response: Callable[[ResponseEvent], object] | None = None
    on_retry: Callable[[RetryEvent], object] | None = None
    on_rate_limit: Callable[[RateLimitEvent], object] | None = None
