"""Rate limits: the ``x-ratelimit-*`` and ``Retry-After`` values of a response (no I/O).

`rate_limit_of` reads them from a response's headers, once `wriftai._core.observing` has
seen that it carries any; this module is imported then, so ``import wriftai`` does not
build its class.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
from dataclasses import dataclass

import httpx

__all__ = ["RateLimit", "rate_limit_of", "retry_after_seconds"]


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit values of one response.

    Attributes:
        limit: ``x-ratelimit-limit``: the requests allowed in a window; None when not sent.
        remaining: ``x-ratelimit-remaining``: the requests left in this window; None when
            not sent.
        reset: ``x-ratelimit-reset``: when the window resets, in Unix seconds; None when
            not sent.
        retry_after: ``Retry-After``: the seconds the server asks the client to wait (an
            HTTP date is counted from `observed_at`); None when not sent.
        status_code: The response's HTTP status.
        observed_at: When the response arrived, in Unix seconds (`time.time`).
    """

    limit: int | None
    remaining: int | None
    reset: float | None
    retry_after: float | None
    status_code: int
    observed_at: float

    @property
    def limited(self) -> bool:
        """Whether the response says the limit is reached: a 429, or no request remaining."""
        return self.status_code == 429 or self.remaining == 0


def rate_limit_of(headers: httpx.Headers, status_code: int, now: float) -> RateLimit:
    """The rate-limit values of a response; a value that does not parse reads None.

    Args:
        headers: The response headers.
        status_code: The response status.
        now: The time it arrived, in Unix seconds.

    Returns:
        The values (all None when the response sent none).
    """
    retry_after = headers.get("retry-after")
    return RateLimit(
        limit=_integer(headers.get("x-ratelimit-limit")),
        remaining=_integer(headers.get("x-ratelimit-remaining")),
        reset=_number(headers.get("x-ratelimit-reset")),
        retry_after=None if retry_after is None else retry_after_seconds(retry_after, now),
        status_code=status_code,
        observed_at=now,
    )


def retry_after_seconds(value: str, now: float) -> float | None:
    """A ``Retry-After`` value in seconds: a number as it is, an HTTP date counted from `now`.

    Returns:
        The seconds (never below 0 for a date), or None when the value is neither.
    """
    seconds = _number(value)
    if seconds is not None:
        return seconds
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
    return None


def _number(value: str | None) -> float | None:
    """A finite number, or None (for nothing, text, NaN or an infinity)."""
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _integer(value: str | None) -> int | None:
    number = _number(value)
    return None if number is None else int(number)
