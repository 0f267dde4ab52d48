"""Predictions: their timeline from ``pending`` to terminal, and their logged stream events."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any

from wriftai.testing._engine import PredictionPlan
from wriftai.testing._store.clock import now

TERMINAL_PREDICTION = frozenset({"succeeded", "failed", "cancelled"})

# The fraction of a prediction's duration it spends pending.
_SETUP_FRACTION = 0.25


@dataclass
class StreamEvent:
    """One logged prediction event (``output``, ``error`` or ``done``)."""

    id: int
    event: str
    data: Any


@dataclass
class PredictionRecord:
    """A prediction and its timeline.

    The prediction is ``pending`` for the first quarter of ``duration``, ``started`` until
    ``duration`` has passed, then ``succeeded`` or ``failed``; output pieces are spread over
    the started phase. Cancelling freezes the timeline at the time of the cancel.
    """

    seq: int
    id: str
    owner: str
    model_owner: str
    model_name: str
    version_number: int
    input: Any
    webhook: dict[str, Any] | None
    created_at: float
    duration: float
    plan: PredictionPlan
    cancelled_at: float | None = None
    stream: bool = False
    events: list[StreamEvent] = field(default_factory=list)
    _changed: asyncio.Event | None = field(default=None, repr=False)

    @property
    def started_at(self) -> float:
        """When the prediction starts (or would have started)."""
        return self.created_at + self.duration * _SETUP_FRACTION

    @property
    def ends_at(self) -> float:
        """When the prediction ends on its own."""
        return self.created_at + self.duration

    def _piece_time(self, index: int) -> float:
        count = self.plan.emitted_pieces()
        run = self.ends_at - self.started_at
        return self.started_at + run * (index + 1) / (count + 1)

    def status(self, at: float) -> str:
        """Return the status at time ``at``."""
        if self.cancelled_at is not None and at >= self.cancelled_at:
            return "cancelled"
        if at < self.started_at:
            return "pending"
        if at < self.ends_at:
            return "started"
        return "failed" if self.plan.error else "succeeded"

    def ended_at(self) -> float:
        """Return when the prediction ends (its cancel time if cancelled)."""
        return self.cancelled_at if self.cancelled_at is not None else self.ends_at

    def pieces_at(self, at: float) -> int:
        """Return how many output pieces exist at time ``at``."""
        limit = min(at, self.ended_at())
        return sum(1 for i in range(self.plan.emitted_pieces()) if self._piece_time(i) <= limit)

    def next_change(self, at: float) -> float | None:
        """Return the time of the next scheduled status change or output piece after ``at``."""
        if self.status(at) in TERMINAL_PREDICTION:
            return None
        times = [self.started_at, self.ends_at]
        times += [self._piece_time(i) for i in range(self.plan.emitted_pieces())]
        later = [t for t in times if t > at]
        return min(later) if later else None

    def next_status_change(self, at: float) -> float | None:
        """Return the time of the next scheduled status change after ``at``."""
        if self.status(at) in TERMINAL_PREDICTION:
            return None
        later = [t for t in (self.started_at, self.ends_at) if t > at]
        return min(later) if later else None

    def advance(self, at: float) -> None:
        """Log the ``output`` and terminal events that have happened by time ``at``."""
        emitted = sum(1 for e in self.events if e.event == "output")
        for index in range(emitted, self.pieces_at(at)):
            self._log("output", self.plan.pieces[index])
        if self.status(at) in TERMINAL_PREDICTION and not self.terminal_logged():
            if self.status(at) == "failed":
                self._log("error", self.task_error())
            else:
                self._log("done", None)  # data is the final prediction, rendered on send

    def terminal_logged(self) -> bool:
        """Return whether the terminal event is in the log."""
        return bool(self.events) and self.events[-1].event in {"error", "done"}

    def _log(self, event: str, data: Any) -> None:
        # id 1 is the init event that each new stream starts with.
        self.events.append(StreamEvent(len(self.events) + 2, event, data))

    def task_error(self) -> dict[str, Any] | None:
        """Return the TaskError body once failed, else None."""
        if self.plan.error is None:
            return None
        return {
            "source": "external",
            "message": self.plan.error,
            "detail": {"model": f"{self.model_owner}/{self.model_name}"},
        }

    @property
    def changed(self) -> asyncio.Event:
        """The event set (and replaced) whenever the prediction changes out of schedule."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def notify(self) -> None:
        """Wake every waiter of this prediction (used on cancel)."""
        event = self.changed
        self._changed = asyncio.Event()
        event.set()

    async def wait_change(self, until: float | None) -> None:
        """Sleep until the next scheduled change, a notification, or ``until``.

        Args:
            until: A Unix time to stop waiting at, or None for no limit.
        """
        at = now()
        if until is None and self.status(at) in TERMINAL_PREDICTION:
            return  # a terminal prediction has no change scheduled
        candidates = [t for t in (self.next_change(at), until) if t is not None]
        timeout = max(0.0, min(candidates) - at) if candidates else None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.changed.wait(), timeout)
