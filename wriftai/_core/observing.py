"""What the client tells about each HTTP attempt: hooks, rate limits, log records, spans.

An `Observer` travels with every request (its ``wriftai.observer`` extension), so that
`Client.with_options` copies sharing one pool each keep their own hooks. The retry
transports call it around each attempt (`wriftai._core.retry.Attempts`); it calls the
hooks of `wriftai._core.hooks`, keeps the rate-limit values, writes the log records and
the attempt spans (`wriftai._tracing`). The hook and rate-limit classes are imported when
first needed, so that ``import wriftai`` builds none of them.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import httpx

from wriftai import _tracing
from wriftai._httpx_compat import has_any_header
from wriftai._logging import loggable, logger, request_extra

if TYPE_CHECKING:
    from wriftai._core.hooks import Hooks
    from wriftai._core.rate_limits import RateLimit

__all__ = ["OBSERVER", "RATE_LIMIT", "RATE_LIMIT_HEADERS", "UNOBSERVED", "Observer", "RateLimits"]

OBSERVER = "wriftai.observer"
"""The request extension that holds the request's `Observer`."""
RATE_LIMIT = "wriftai.rate_limit"
"""The response extension that holds the `RateLimit` read from the response, if any."""

RATE_LIMIT_HEADERS = frozenset(
    {b"x-ratelimit-limit", b"x-ratelimit-remaining", b"x-ratelimit-reset", b"retry-after"}
)
"""The headers whose values `wriftai._core.rate_limits.RateLimit` holds."""


class RateLimits:
    """The latest rate-limit values a client (and its ``with_options`` copies) has seen."""

    __slots__ = ("latest",)

    def __init__(self) -> None:
        self.latest: RateLimit | None = None


class Observer:
    """The hooks, trace propagation and rate-limit record of one client's requests.

    Args:
        hooks: The caller's hooks, or None.
        propagate: Send the W3C ``traceparent`` of each attempt.
        rate_limits: Where the latest rate-limit values go (shared by a client's copies).
    """

    __slots__ = ("hooks", "propagate", "rate_limits")

    def __init__(self, hooks: Hooks | None, propagate: bool, rate_limits: RateLimits) -> None:
        self.hooks = hooks
        self.propagate = propagate
        self.rate_limits = rate_limits

    def sending(self, request: httpx.Request, attempt: int) -> Any:
        """Before an attempt: ``on_request`` (which may raise), its span, ``traceparent``.

        Returns:
            The attempt's span, or None when no span is made.
        """
        hook = None if self.hooks is None else self.hooks.on_request
        if hook is not None:
            from wriftai._core.hooks import RequestEvent

            hook(RequestEvent(request, attempt))
        span = _tracing.attempt_started(request, attempt)
        if self.propagate:
            _tracing.inject(request.headers, span)
        return span

    def received(
        self,
        request: httpx.Request,
        attempt: int,
        elapsed: float,
        span: Any,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
    ) -> None:
        """After an attempt: its span ends, rate limits are kept, hooks and the log told.

        Every response passes here: what nobody asked for costs a test, not a call.
        """
        if span is not None:
            _tracing.attempt_ended(span, response, error)
        if response is not None:
            limit = None
            if response.status_code == 429 or has_any_header(response.headers, RATE_LIMIT_HEADERS):
                limit = self._keep(response)
            if self.hooks is not None:
                _tell(self.hooks, request, response, attempt, elapsed, limit)
        if logger.isEnabledFor(logging.DEBUG):  # the arguments cost more than the check
            logger.debug(
                "%s %s -> %s (request id %s, attempt %d, %.1f ms)",
                request.method,
                loggable(request.url),
                response.status_code if response is not None else type(error).__name__,
                None if response is None else response.headers.get("x-request-id"),
                attempt,
                elapsed * 1000,
                extra=request_extra(request, attempt, elapsed, response),
            )

    def _keep(self, response: httpx.Response) -> RateLimit:
        """Reads a response's rate-limit values and keeps them as the latest."""
        from wriftai._core.rate_limits import rate_limit_of

        limit = rate_limit_of(response.headers, response.status_code, time.time())
        response.extensions[RATE_LIMIT] = limit
        self.rate_limits.latest = limit
        return limit

    def retrying(
        self,
        request: httpx.Request,
        attempt: int,
        delay: float,
        reason: str,
        response: httpx.Response | None,
        error: Exception | None,
        extra: dict[str, object],
    ) -> None:
        """Before a retry: ``on_retry`` with the attempt that follows the delay.

        `extra` describes the failed attempt, for a log record.
        """
        hook = None if self.hooks is None else self.hooks.on_retry
        if hook is not None:
            from wriftai._core.hooks import RetryEvent

            event = RetryEvent(request, attempt, delay, reason, response, error)
            _observe("on_retry", hook, event, extra)


def _tell(
    hooks: Hooks,
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    elapsed: float,
    limit: RateLimit | None,
) -> None:
    """Calls ``on_response``, and ``on_rate_limit`` when the limit is reached."""
    from wriftai._core.hooks import RateLimitEvent, ResponseEvent

    extra = request_extra(request, attempt, elapsed, response)
    if hooks.on_response is not None:
        event = ResponseEvent(request, response, attempt, elapsed)
        _observe("on_response", hooks.on_response, event, extra)
    if hooks.on_rate_limit is not None and limit is not None and limit.limited:
        limited = RateLimitEvent(request, response, attempt, limit)
        _observe("on_rate_limit", hooks.on_rate_limit, limited, extra)


def _observe(name: str, hook: Any, event: object, extra: dict[str, object]) -> None:
    """Calls an observing hook; its exception is logged (with the attempt's details)."""
    try:
        hook(event)
    except Exception:
        logger.exception(
            "the %s hook raised; the request goes on as if it had not", name, extra=extra
        )


UNOBSERVED = Observer(None, False, RateLimits())
"""The observer of a request the client did not build (no hooks, no propagation)."""
