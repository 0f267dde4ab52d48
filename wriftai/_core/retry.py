"""When a failed request is sent again, and after how long.

A request whose repetition is harmless (``GET``, ``PUT``, ``PATCH``, ``DELETE``, and a
``POST`` marked repeatable, such as a completion) is retried on 429, 5xx and connection
errors. Any other ``POST`` creates something, and nothing shows that the live services
honour ``Idempotency-Key``; so by default it is retried only when the failure shows it was
not processed: a 429, or a connection that failed before the request was sent. A client
told that the server honours keys (``trust_idempotency_keys``) retries a ``POST`` with a key
like the others: the same request, so the same key, on every attempt.
"""

from __future__ import annotations

import contextlib
import random
import time
from dataclasses import dataclass

import httpx

from wriftai._core.observing import OBSERVER, UNOBSERVED, Observer
from wriftai._logging import loggable, logger, request_extra
from wriftai._tracing import CALL

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "NOT_SENT",
    "REPEATABLE",
    "RETRIES",
    "TRUSTS_KEYS",
    "Attempts",
    "RetryPolicy",
    "repeatable",
]

DEFAULT_MAX_RETRIES = 2

# Request extensions: the retry budget (so that `Client.with_options` copies can share one
# pool), a POST whose repetition is harmless, and a server that honours Idempotency-Key.
RETRIES = "wriftai.max_retries"
REPEATABLE = "wriftai.repeatable"
TRUSTS_KEYS = "wriftai.trust_idempotency_keys"

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures that show the request never reached the server."""

_RETRY_STATUSES = frozenset({429})
_NEVER_RETRY = frozenset({501, 505})  # "not implemented" does not get better with time
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts.

    Attributes:
        initial_delay: The backoff before the first retry, in seconds; it doubles per retry.
        max_delay: The cap on the computed backoff, in seconds.
        max_header_delay: The longest ``Retry-After`` / ``x-ratelimit-reset`` wait the
            client sleeps through; a server asking for longer gets its error raised at
            once (with the headers on it) rather than a retry it asked not to get.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_header_delay: float = 60.0

    def delay(self, retry: int, response: httpx.Response | None) -> float | None:
        """The seconds to wait before retry number ``retry`` (0-based).

        Args:
            retry: How many retries were made before this one.
            response: The response that failed, if the attempt got one.

        Returns:
            The server's requested wait when it gives one, or else an exponential backoff
            with jitter, capped at `max_delay`; None (no retry) when the server asks for
            longer than `max_header_delay`.
        """
        if response is not None:
            wanted = requested_delay(response.headers)
            if wanted is not None:
                return max(0.0, wanted) if wanted <= self.max_header_delay else None
        backoff = min(self.max_delay, self.initial_delay * 2.0**retry)
        return backoff * (0.5 + random.random() / 2)


def requested_delay(headers: httpx.Headers) -> float | None:
    """The wait a response asks for (``Retry-After``, ``x-ratelimit-reset``), in seconds."""
    retry_after = headers.get("retry-after")
    if retry_after:
        from wriftai._core.rate_limits import retry_after_seconds  # on the first retry

        seconds = retry_after_seconds(retry_after, time.time())
        if seconds is not None:
            return seconds
    reset = headers.get("x-ratelimit-reset")
    if reset:
        with contextlib.suppress(ValueError):
            return max(0.0, float(reset) - time.time())
    return None


def repeatable(request: httpx.Request) -> bool:
    """Whether sending the request again can do no harm (after any failure).

    Args:
        request: The request.

    Returns:
        True for idempotent methods, a POST marked `REPEATABLE`, and a POST with an
        ``Idempotency-Key`` to a server trusted to honour it.
    """
    if request.method in _IDEMPOTENT_METHODS or request.extensions.get(REPEATABLE):
        return True
    return bool(request.extensions.get(TRUSTS_KEYS)) and "idempotency-key" in request.headers


class Attempts:
    """The retry state of one logical request, which both retry transports drive.

    The transport calls `start` before each attempt and `next_delay` with its outcome
    (or `interrupted` when something else ended it); the request's observer
    (`wriftai._core.observing`) hears of each.

    Args:
        request: The request.
        default_retries: The retry budget when the request does not carry one.
        policy: The backoff policy.
    """

    def __init__(self, request: httpx.Request, default_retries: int, policy: RetryPolicy) -> None:
        self.request = request
        self.budget = request.extensions.get(RETRIES, default_retries)
        self.repeatable = repeatable(request)
        self.policy = policy
        self.retries = 0
        self.observer: Observer = request.extensions.get(OBSERVER) or UNOBSERVED

    _span: object = None
    _started = 0.0

    def start(self) -> None:
        """Before an attempt: the ``on_request`` hook (which may raise), the span, the clock."""
        observer = self.observer
        if observer.hooks is not None or observer.propagate or CALL.get() is not None:
            self._span = observer.sending(self.request, self.retries + 1)
        self._started = time.perf_counter()

    def interrupted(self, error: BaseException) -> None:
        """The attempt ended with something other than a response or a transport error."""
        elapsed = time.perf_counter() - self._started
        self.observer.received(self.request, self.retries + 1, elapsed, self._span, error=error)

    def next_delay(
        self, response: httpx.Response | None = None, error: Exception | None = None
    ) -> float | None:
        """Tells the observer of the attempt; returns the wait before the next, or None.

        Args:
            response: The attempt's response, when it got one.
            error: The attempt's transport error, when it got no response.

        Returns:
            The seconds to wait before sending again, or None to stop here.
        """
        request = self.request
        elapsed = time.perf_counter() - self._started
        self.observer.received(request, self.retries + 1, elapsed, self._span, response, error)
        if response is not None:
            outcome = self._status_outcome(response)
        else:
            outcome = self._error_outcome(error)
        if outcome is None or self.retries >= self.budget:
            return None
        delay = self.policy.delay(self.retries, response)
        extra = request_extra(request, self.retries + 1, elapsed, response)
        if delay is None:
            logger.info(
                "%s %s: the server asks to wait longer than the client will",
                request.method,
                loggable(request.url),
                extra=extra,
            )
            return None
        self.retries += 1
        logger.info(
            "%s %s failed (%s); retry %d of %d in %.2fs",
            request.method,
            loggable(request.url),
            outcome,
            self.retries,
            self.budget,
            delay,
            extra=extra,
        )
        self.observer.retrying(request, self.retries + 1, delay, outcome, response, error, extra)
        return delay

    def _status_outcome(self, response: httpx.Response) -> str | None:
        """What failed, for a response worth retrying; None for one that is final."""
        status = response.status_code
        if status not in _RETRY_STATUSES and status < 500:
            return None
        if status in _NEVER_RETRY:
            return None
        if status >= 500 and not self.repeatable:
            return None  # it may have been processed: the caller decides
        return f"status {status}"

    def _error_outcome(self, error: Exception | None) -> str | None:
        """What failed, for a transport error worth retrying; None for one that is final."""
        request = self.request
        creates = request.method == "POST" and not request.extensions.get(REPEATABLE)
        if isinstance(error, httpx.ReadTimeout) and creates:
            # A creating POST may still be running on the server, even one whose key the
            # server honours: a retry would only meet it there (409); the caller gets the
            # timeout and can send the same key again.
            return None
        if not self.repeatable and not isinstance(error, NOT_SENT):
            return None  # the connection broke after sending: it may have been processed
        return type(error).__name__
