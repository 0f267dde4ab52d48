"""A server-side rate limit: a token bucket per access token, as rate-limited APIs keep.

With ``Faults(rate_limit=R)`` every API request takes a token from its caller's bucket,
which refills at R tokens a second up to ``rate_limit_burst``. A request that finds the
bucket empty is answered 429, as the live WriftAI API answers a rate-limited request: the
error body, ``Retry-After`` (whole seconds, at least 1) and ``x-ratelimit-reset``. Every
answer carries the bucket's state:

- ``x-ratelimit-limit``: the burst (the most requests admitted at once);
- ``x-ratelimit-remaining``: tokens left after this request;
- ``x-ratelimit-reset``: a Unix time, with fractions (the form the official client reads):
  when the next token arrives if none is left, else when the bucket is full again.

On LLM Engine paths the 429 comes in LLM Engine's shape with no headers at all, as its
real server's concurrency limiter answers. No evidence says how the live WriftAI service
counts; a bucket per token is what rate-limited
APIs document, and it admits R a second on average, with bursts of up to the burst.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

__all__ = ["Admission", "TokenBuckets"]


@dataclass(frozen=True)
class Admission:
    """The bucket's answer to one request.

    Attributes:
        admitted: Whether the request may go on.
        limit: The bucket's size.
        remaining: Tokens left after this request (whole).
        reset: The ``x-ratelimit-reset`` Unix time.
        retry_after: Seconds until a token is free, for a refused request.
    """

    admitted: bool
    limit: int
    remaining: int
    reset: float
    retry_after: float

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The ``x-ratelimit-*`` headers (and ``Retry-After`` when refused)."""
        headers = [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(self.remaining).encode()),
            (b"x-ratelimit-reset", f"{self.reset:.3f}".encode()),
        ]
        if not self.admitted:
            wait = max(1, math.ceil(self.retry_after))
            headers.append((b"retry-after", str(wait).encode()))
        return headers


@dataclass
class TokenBuckets:
    """The buckets of every caller, refilled lazily from a monotonic clock (thread-safe).

    Attributes:
        admitted: Requests admitted since the buckets were made.
        refused: Requests answered 429 since then.
    """

    _levels: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    admitted: int = 0
    refused: int = 0

    def take(self, caller: str, rate: float, burst: int) -> Admission:
        """Takes one token of `caller`'s bucket, if it has one.

        Args:
            caller: Whose bucket (the access token).
            rate: Tokens added a second.
            burst: The bucket's size.

        Returns:
            Whether the request is admitted, and the headers' values.
        """
        now, epoch = time.monotonic(), time.time()
        with self._lock:
            level, then = self._levels.get(caller, (float(burst), now))
            level = min(float(burst), level + (now - then) * rate)
            admitted = level >= 1.0
            if admitted:
                level -= 1.0
                self.admitted += 1
            else:
                self.refused += 1
            self._levels[caller] = (level, now)
        next_token = max(0.0, 1.0 - level) / rate
        full = (burst - level) / rate
        reset = epoch + (next_token if level < 1.0 else full)
        return Admission(admitted, burst, int(level), reset, next_token)
