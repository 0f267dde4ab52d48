"""One rate budget for bulk runs in many processes: the holder's state and the leasing side.

Sans-IO, like `wriftai._core.bulk_control`, which both sides are built on:

- `BudgetState` is held once (by a Ray actor, see `wriftai.ray`). It keeps the shared
  `Control`: the learned pace, the pause every sender keeps, the 429s of every process.
  It grants request slots in batches (`lease`), so that its holder answers one call per
  batch rather than one per request, and takes the outcomes the processes report.
- `LeasedControl` is a `Control` for one process's runs. Its concurrency adapts to what
  this process meets, as on one machine; its request slots come from the budget's leases.
  A 429 it meets goes to the budget at once, and voids its own unused slots; the other
  processes learn of it with their next lease, which is at most `LEASE_SECONDS` away.

Clocks: the holder and the processes may be on different machines, whose clocks need not
agree. So times travel as offsets: a slot as its distance from the holder's time of the
grant, a send as its age when the report leaves. Each side reads them on its own clock;
what is lost is the call's latency, a millisecond or two.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from wriftai._core.bulk_control import Concurrency, Control

__all__ = [
    "LEASE_SECONDS",
    "Budget",
    "BudgetState",
    "Grant",
    "LeasedControl",
    "Link",
    "Report",
]

LEASE_SECONDS = 0.25
"""How far ahead one lease's slots reach, at the pace of the process that asks."""

UNPACED_LEASE = 8
"""Slots in a lease while the budget is unpaced (no 429 yet): they are all for now."""

_LONGEST_LEASE = 256
_STALE = 0.05  # seconds late after which a slot is dropped: sent now, it would bunch
_RETRY_LEASE = 0.002  # seconds to wait before looking again for a lease on its way
_REPORT_LAG = 0.25  # seconds a request may still be in flight when its process reports
_HINTS = ("retry-after", "x-ratelimit-reset", "x-ratelimit-remaining")


@dataclass(frozen=True)
class Grant:
    """Request slots the budget granted to one process.

    Attributes:
        slots: When each request may be sent, on the holder's clock, earliest first.
        epoch: The budget's schedule; a newer one voids the slots of older grants.
        holder_time: The holder's time when it granted them; a slot is due its distance
            from it after the grant arrives.
    """

    slots: tuple[float, ...]
    epoch: int
    holder_time: float


@dataclass
class Report:
    """What one process's requests met since its last lease: sent with the next one.

    Attributes:
        admitted: How long before the report each request the server admitted was sent
            (seconds).
        hints: The rate-limit headers of admitted responses that asked for a pause
            (``x-ratelimit-remaining: 0``).
    """

    admitted: list[float] = field(default_factory=list)
    hints: list[dict[str, str]] = field(default_factory=list)


class BudgetState:
    """The shared pace of every process's bulk runs, held in one place.

    Args:
        rate: A fixed cap in requests per second for all processes together, or None
            for the server's limit alone.
    """

    def __init__(self, rate: float | None = None) -> None:
        self.control = Control(Concurrency(1, 1, 1), rate)
        self.leases = 0
        self.granted = 0
        self._askers: dict[str, float] = {}
        self.askers: set[str] = set()
        """Every process that leased slots, by the name it gave."""

    def lease(self, now: float, asker: str, report: Report) -> Grant:
        """Takes a process's report and grants it its next slots.

        Args:
            now: The holder's Unix time.
            asker: A name of the asking process, to count the processes sharing the pace.
            report: What its requests met since its last lease.

        Returns:
            The grant.
        """
        control = self.control
        for age in report.admitted:
            control.succeeded(now, {}, now, now - age)
        for hints in report.hints:
            control.pause_as_asked(now, hints, now)
        self._askers[asker] = now
        self.askers.add(asker)
        for name, seen in list(self._askers.items()):
            if seen < now - 10 * LEASE_SECONDS:
                del self._askers[name]
        pace = control.pace
        if pace is None:
            count = UNPACED_LEASE
        else:
            share = pace * LEASE_SECONDS / len(self._askers)
            count = max(1, min(_LONGEST_LEASE, math.ceil(share)))
        slots = []
        for _ in range(count):
            wait, epoch = control.reserve(now)
            slots.append(now + wait)
        self.leases += 1
        self.granted += count
        return Grant(tuple(slots), epoch, now)

    def limited(self, now: float, headers: Mapping[str, str]) -> None:
        """Takes a 429 one process met: every process slows down and pauses as asked.

        The slots granted before it are void: each process drops them at its next lease.

        Args:
            now: The holder's Unix time.
            headers: The 429's rate-limit headers.
        """
        active = [seen for seen in self._askers.values() if seen >= now - 4 * _REPORT_LAG]
        reported = min(active, default=now)  # the last report of every active process
        self.control.limited_by_server(now, headers, now, reported - _REPORT_LAG)
        self.control.void_slots(now)

    def overloaded(self, now: float) -> None:
        """Takes a 5xx or a connection failure one process met: a short pause for all.

        Args:
            now: The holder's Unix time.
        """
        self.control.overloaded_server(now)


class Link(Protocol):
    """How a `LeasedControl` reaches the budget's holder, without waiting for answers."""

    def ask(self, asker: str, report: Report) -> Callable[[], Grant | None]:
        """Sends a lease request; the returned function gives the grant once it is here."""
        ...

    def limited(self, headers: dict[str, str]) -> None:
        """Tells the holder of a 429 (fire and forget)."""
        ...

    def overloaded(self) -> None:
        """Tells the holder of a 5xx or a connection failure (fire and forget)."""
        ...


class Budget(Protocol):
    """A rate budget that bulk runs in many processes share (``budget=`` of a bulk run)."""

    def control(self, concurrency: Concurrency) -> Control:
        """The `Control` a run in this process paces itself by."""
        ...


class LeasedControl(Control):
    """A process's `Control` whose request slots come from a shared budget.

    Args:
        concurrency: The concurrency bounds of this process's runs.
        link: The way to the budget's holder.
        asker: This process's name.
    """

    def __init__(self, concurrency: Concurrency, link: Link, asker: str) -> None:
        super().__init__(concurrency)
        self._link, self._asker = link, asker
        self._slots: deque[float] = deque()
        self._epoch = 0
        self._local_epoch = 0
        self._pending: Callable[[], Grant | None] | None = None
        self._report = Report()

    def reserve(self, now: float) -> tuple[float, int]:
        """Takes the next leased slot, asking for the next lease before this one runs out.

        Args:
            now: The monotonic time.

        Returns:
            Seconds to wait, and the schedule's number; while no lease has come, a short
            wait and a void schedule, so that the sender looks again.
        """
        self._take_grant(now)
        while self._slots and self._slots[0] < now - _STALE:
            self._slots.popleft()
        if len(self._slots) <= 1 and self._pending is None:
            sent, hints = self._report.admitted, self._report.hints
            self._pending = self._link.ask(self._asker, Report([now - t for t in sent], hints))
            self._report = Report()
            self._take_grant(now)
        if not self._slots:
            return _RETRY_LEASE, -1
        slot = max(self._slots.popleft(), self._paused_until)
        return max(slot - now, 0.0), self._local_epoch

    def void(self, schedule: int) -> bool:
        """Whether a slot of `schedule` was voided by a refusal since it was taken."""
        return schedule != self._local_epoch

    def _admitted(self, sent: float, headers: Mapping[str, str]) -> None:
        """Goes to the budget with the next lease: the send time, and any pause asked."""
        self._report.admitted.append(sent)  # monotonic here; an age when reported
        if headers.get("x-ratelimit-remaining") == "0":
            self._report.hints.append({k: headers[k] for k in _HINTS if k in headers})

    def _refused(self, headers: Mapping[str, str]) -> None:
        """Drops the unused slots and tells the budget at once, so every process pauses."""
        self._slots.clear()
        self._local_epoch += 1
        self._link.limited({k: headers[k] for k in _HINTS if k in headers})

    def _overloaded(self) -> None:
        self._link.overloaded()

    def _take_grant(self, now: float) -> None:
        if self._pending is None:
            return
        grant = self._pending()
        if grant is None:
            return
        self._pending = None
        if grant.epoch != self._epoch:
            self._epoch = grant.epoch
            self._slots.clear()
        self._slots.extend(now + (slot - grant.holder_time) for slot in grant.slots)
