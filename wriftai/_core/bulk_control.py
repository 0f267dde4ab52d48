"""How fast a bulk run sends: adaptive concurrency, a learned request rate, a shared pause.

Sans-IO: the runner tells `Control` what each request met (`succeeded`, `limited`,
`overloaded`), and asks it how many items may be in flight (`concurrency`) and how long to
wait before the next request (`reserve`). Time is passed in, so the logic is tested without
clocks.

- Concurrency grows by one per round of successes (additive) while every slot is busy, and
  shrinks by `BACKOFF` on a 5xx or a connection failure (multiplicative), within the
  caller's floor and ceiling.
- A 429 means the server limits the rate, not the concurrency. The first one turns on
  pacing a little under the average rate so far; each later one sets the pace to
  `_SETTLE` of the rate at which the server admitted the requests sent since the first
  429 (when its bucket was known to be empty, so no burst inflates the measure).
  Between 429s the pace probes upward, by `PROBE` a second near the rate measured and
  faster well below it, so the run settles just under the server's limit with few
  refusals. A fixed rate caps it.
- ``Retry-After``, an ``x-ratelimit-reset`` time, or ``x-ratelimit-remaining: 0`` pause every
  worker until then, not just the one that met it. A 429 without either pauses for an
  exponential backoff that resets on the next success.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
import random
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "BACKOFF",
    "PROBE",
    "WINDOW",
    "Concurrency",
    "Control",
    "monotonic_and_epoch",
    "server_pause",
]

BACKOFF = 0.7
"""The factor concurrency shrinks by on a 5xx or a connection failure."""

PROBE = 0.02
"""How much faster than itself the learned pace tries in the first second after a 429."""

WINDOW = 2.0
"""Seconds of recent successes the admitted rate is measured over."""

_SHORTEST_SPAN = 0.05  # seconds of admissions worth measuring a rate over
_SETTLE = 0.95  # the pace after a 429, as a share of the rate the server admitted
_FASTEST_PROBE = 0.25  # the most the pace rises a second

_LONGEST_PAUSE = 60.0


@dataclass(frozen=True)
class Concurrency:
    """The bounds of a bulk run's adaptive concurrency.

    Attributes:
        floor: The fewest items in flight, however the server answers (at least 1).
        start: Items in flight at the start.
        ceiling: The most items in flight, however well the server keeps up.
    """

    floor: int = 1
    start: int = 8
    ceiling: int = 64

    def __post_init__(self) -> None:
        for name in ("floor", "start", "ceiling"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"Concurrency.{name} must be an int")
        if not 1 <= self.floor <= self.ceiling:
            raise ValueError("Concurrency needs 1 <= floor <= ceiling")
        if not self.floor <= self.start <= self.ceiling:
            raise ValueError("Concurrency.start must lie between floor and ceiling")


def server_pause(headers: Mapping[str, str], now_epoch: float) -> float | None:
    """The seconds a response asks every sender to wait, or None when it asks nothing.

    ``x-ratelimit-reset`` (a Unix time, as the WriftAI API sends it) is preferred when it is
    sooner than ``Retry-After``, since ``Retry-After`` is whole seconds.

    Args:
        headers: The response headers (lower-case names, as httpx gives them).
        now_epoch: The current Unix time.

    Returns:
        The wait in seconds (at least 0), or None.
    """
    waits: list[float] = []
    retry_after = headers.get("retry-after")
    if retry_after:
        try:
            waits.append(float(retry_after))
        except ValueError:
            with contextlib.suppress(TypeError, ValueError):
                when = email.utils.parsedate_to_datetime(retry_after)
                waits.append(when.timestamp() - now_epoch)
    reset = headers.get("x-ratelimit-reset")
    if reset:
        with contextlib.suppress(ValueError):
            waits.append(float(reset) - now_epoch)
    finite = [w for w in waits if math.isfinite(w)]
    return max(0.0, min(finite)) if finite else None


class Control:
    """The shared pace of one bulk run.

    Args:
        concurrency: The concurrency bounds.
        rate: A fixed cap in requests per second, or None for no cap but the server's.
    """

    def __init__(self, concurrency: Concurrency, rate: float | None = None) -> None:
        if rate is not None and (not isinstance(rate, int | float) or not rate > 0):
            raise ValueError("rate must be a positive number of requests per second")
        self.bounds = concurrency
        self._limit = float(concurrency.start)
        self._cap = None if rate is None else float(rate)
        self._pace: float | None = self._cap  # requests per second, None: unpaced
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._successes: deque[float] = deque()
        self._backoffs = 0
        self._last_probe = 0.0
        self._schedule = 0
        self._empty_since: float | None = None
        self._step = PROBE
        self._measured: float | None = None
        self.busy = 0
        self.limited = 0
        self.overloaded = 0

    @property
    def concurrency(self) -> int:
        """How many items may be in flight now."""
        return int(self._limit)

    @property
    def pace(self) -> float | None:
        """The requests per second the run keeps to, or None while unpaced."""
        return self._pace

    def reserve(self, now: float) -> tuple[float, int]:
        """Takes the next request slot; returns how long to wait before sending.

        A slot taken before the server last refused a request is void (`void`): the
        schedule it belonged to was too fast, so the sender takes another.

        Args:
            now: The monotonic time.

        Returns:
            Seconds to wait (0 to send at once), and the schedule's number.
        """
        self._probe(now)
        slot = max(now, self._paused_until)
        if self._pace is not None:
            slot = max(slot, self._next_slot)
            self._next_slot = slot + 1.0 / self._pace
        return slot - now, self._schedule

    def void(self, schedule: int) -> bool:
        """Whether a slot of `schedule` was voided by a refusal since it was taken."""
        return schedule != self._schedule

    def succeeded(
        self, now: float, headers: Mapping[str, str], now_epoch: float, sent: float | None = None
    ) -> None:
        """Records a request the server answered without refusing it.

        Args:
            now: The monotonic time.
            headers: The response headers.
            now_epoch: The Unix time, for ``x-ratelimit-reset``.
            sent: The monotonic time the request was sent (default `now`).
        """
        self._backoffs = 0
        self._successes.append(now if sent is None else sent)
        while self._successes and self._successes[0] < now - WINDOW:
            self._successes.popleft()
        if self.busy >= self.concurrency:
            self._limit = min(float(self.bounds.ceiling), self._limit + 1.0 / self._limit)
        if headers.get("x-ratelimit-remaining") == "0":
            self.pause_as_asked(now, headers, now_epoch)
        self._admitted(now if sent is None else sent, headers)

    def pause_as_asked(self, now: float, headers: Mapping[str, str], now_epoch: float) -> None:
        """Pauses every sender for as long as a response's rate-limit headers ask, if they do.

        Args:
            now: The monotonic time.
            headers: The response headers.
            now_epoch: The Unix time, for ``x-ratelimit-reset``.
        """
        wait = server_pause(headers, now_epoch)
        if wait is not None:
            self._pause(now, wait)

    def void_slots(self, now: float) -> None:
        """Voids every slot taken so far: the senders holding them take new ones.

        Args:
            now: The monotonic time.
        """
        self._schedule += 1
        self._next_slot = max(now, self._paused_until)

    def limited_by_server(
        self,
        now: float,
        headers: Mapping[str, str],
        now_epoch: float,
        known_until: float | None = None,
    ) -> None:
        """Records a 429: pace just under the admitted rate, and pause as asked.

        Args:
            now: The monotonic time.
            headers: The response headers.
            now_epoch: The Unix time, for ``x-ratelimit-reset``.
            known_until: The time up to which every admitted request has been recorded
                (default `now`); later ones are left out of the measure, since the record
                of them is not complete yet (as when other processes report late).
        """
        self.limited += 1
        while self._successes and self._successes[0] < now - WINDOW:
            self._successes.popleft()
        self._learn(now, now if known_until is None else min(now, known_until))
        wait = server_pause(headers, now_epoch)
        if wait is None:
            wait = min(8.0, 0.25 * 2.0**self._backoffs) * (0.5 + random.random() / 2)
            self._backoffs += 1
        self._pause(now, wait)
        self._refused(headers)

    def overloaded_server(self, now: float) -> None:
        """Records a 5xx or a connection failure: fewer items in flight, and a short pause.

        Args:
            now: The monotonic time.
        """
        self.overloaded += 1
        self._limit = max(float(self.bounds.floor), self._limit * BACKOFF)
        wait = min(8.0, 0.25 * 2.0**self._backoffs) * (0.5 + random.random() / 2)
        self._backoffs += 1
        self._pause(now, wait)
        self._overloaded()

    def _admitted(self, sent: float, headers: Mapping[str, str]) -> None:
        """Called after each admitted request: a subclass's hook (`LeasedControl`)."""

    def _refused(self, headers: Mapping[str, str]) -> None:
        """Called after each 429: a subclass's hook."""

    def _overloaded(self) -> None:
        """Called after each 5xx or connection failure: a subclass's hook."""

    def _learn(self, now: float, known_until: float) -> None:
        """Sets the pace after a 429 just under the rate the server was admitting.

        The rate is that of the admitted requests sent since the first 429, when the
        server's bucket was known to be empty (before it, a full bucket may have let a
        burst through faster than the server's rate), over the last `WINDOW` seconds up
        to `known_until`.
        """
        if self._empty_since is None:
            self._empty_since = now
            known = [t for t in self._successes if t <= known_until]
            if len(known) >= 2 and self._pace is None:  # a guess, under the average
                elapsed = max(_SHORTEST_SPAN, known_until - known[0])
                self._repace(now, 0.7 * len(known) / elapsed)
            return
        since = max(self._empty_since, known_until - WINDOW)
        sent = [t for t in self._successes if since <= t <= known_until]
        if len(sent) < 2 or sent[-1] - since < _SHORTEST_SPAN:
            return
        self._step = PROBE
        self._measured = len(sent) / (sent[-1] - since)
        self._repace(now, _SETTLE * self._measured)

    def _pause(self, now: float, wait: float) -> None:
        self._paused_until = max(self._paused_until, now + min(wait, _LONGEST_PAUSE))
        self._next_slot = max(self._next_slot, self._paused_until)

    def _repace(self, now: float, pace: float) -> None:
        """Sets a new pace; one much slower voids the slots taken at the old one."""
        if self._cap is not None:
            pace = min(self._cap, pace)
        if self._pace is None or pace < 0.8 * self._pace:
            self._schedule += 1
            self._next_slot = max(now, self._paused_until)
        self._pace = pace
        self._last_probe = now

    def _probe(self, now: float) -> None:
        """Raises the pace: slowly near the rate last measured, faster well below it.

        Near it (or at the cap) the pace rises by `PROBE` a second, so one near the
        server's limit creeps over it rarely; well below it, or with nothing measured
        yet, twice as fast each second up to 25%, so a pace set too low recovers quickly.
        """
        if self._pace is None or self._pace == self._cap:
            return
        elapsed = now - self._last_probe
        if elapsed >= 0.25:
            raised = self._pace * (1.0 + self._step * elapsed)
            if self._measured is None or self._pace < 0.9 * self._measured:
                self._step = min(_FASTEST_PROBE, self._step * 2.0**elapsed)
            else:
                self._step = PROBE
            self._pace = raised if self._cap is None else min(self._cap, raised)
            self._last_probe = now


def monotonic_and_epoch() -> tuple[float, float]:
    """The monotonic time and the Unix time, read together."""
    return time.monotonic(), time.time()
