"""Waiting, written once for predictions and LLM Engine jobs: the steps (no I/O).

A wait algorithm is a generator that yields the steps it needs done (`Get` the latest
state, `Sleep`, `Notify` the caller's ``on_poll``, or a step of its own such as reading
the next stream event) and gets each step's result back. The runners of
`wriftai._async.waiting` (and its sync twin) carry the steps out, so an algorithm never
exists twice. `polling` is the plain poll-until-terminal algorithm, parameterised by a
terminal-status predicate.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

from wriftai._core.arguments import require_str
from wriftai._errors import WaitTimeoutError, WriftAIError
from wriftai._tracing import note_status

__all__ = [
    "BATCH_COMPLETION_TERMINAL_STATUSES",
    "JOB_TERMINAL_STATUSES",
    "Done",
    "Get",
    "Notify",
    "Reporter",
    "Sleep",
    "Steps",
    "advance",
    "deadline",
    "job_polling",
    "polling",
]

T = TypeVar("T")

JOB_TERMINAL_STATUSES = frozenset({"SUCCESS", "FAILURE", "CANCELLED", "TIMEOUT"})
"""Statuses after which a fine-tune does not change any more."""

BATCH_COMPLETION_TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})
"""Statuses after which a batch completion job does not change any more (LLM Engine's
``/v2`` routes, which report a timed-out job as ``failed``)."""


@dataclass(frozen=True)
class Get:
    """Fetch the latest state of the thing waited for."""

    key: str


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds."""

    seconds: float


@dataclass(frozen=True)
class Notify:
    """Report a state to the caller's ``on_poll``."""

    value: Any


Steps: TypeAlias = Generator[Any, Any, T]
"""A wait algorithm: yields steps, receives their results, returns the final state."""


@dataclass(frozen=True)
class Done(Generic[T]):
    """What an algorithm returned: waiting is over."""

    value: T


def deadline(timeout: float | None) -> float | None:
    """The `time.monotonic` deadline of a wait of `timeout` seconds (None: no deadline)."""
    return None if timeout is None else time.monotonic() + timeout


def polling(
    key: str,
    is_terminal: Callable[[T], bool],
    poll_interval: float,
    until: float | None,
    what: str,
) -> Steps[T]:
    """Polls until `is_terminal` holds, reporting every state it fetches.

    Args:
        key: What `Get` fetches (an id).
        is_terminal: The terminal-status predicate.
        poll_interval: Seconds between polls.
        until: A `time.monotonic` deadline, or None.
        what: What is waited for, for the timeout message ("the fine-tune").

    Returns:
        The terminal state.

    Raises:
        WaitTimeoutError: The deadline passed first (with the last state seen).
    """
    while True:
        latest = yield Get(key)
        yield Notify(latest)
        if is_terminal(latest):
            return latest  # type: ignore[no-any-return]
        if until is not None and time.monotonic() >= until:
            raise WaitTimeoutError(f"{what} did not finish before the timeout", latest)
        left = poll_interval if until is None else until - time.monotonic()
        yield Sleep(max(0.0, min(poll_interval, left)))


class Reporter:
    """Calls ``on_poll`` with each state; with `state`, not twice for the same state.

    Each status change is an event on the span of the call that waits (`note`).

    Args:
        on_poll: The caller's callback (sync, or async for async waits), or None.
        state: What makes two states the same, or None to report every state.
        kind: What is waited for (``prediction``, ``job``), for the span's event names.
    """

    def __init__(
        self,
        on_poll: Callable[[Any], Any] | None,
        state: Callable[[Any], object] | None = None,
        kind: str = "job",
    ) -> None:
        self.on_poll = on_poll
        self.state = state
        self.seen: object = Done(None)
        self.kind = kind
        self.status: str | None = None

    def note(self, value: Any) -> None:
        """Notes a state on the waiting call's span (an event when its status changed)."""
        self.status = note_status(self.kind, value, self.status)

    def __call__(self, value: Any) -> Any:
        self.note(value)
        if self.on_poll is None:
            return None
        if self.state is not None:
            state = self.state(value)
            if state == self.seen:
                return None
            self.seen = state
        return self.on_poll(value)


def advance(steps: Steps[T], outcome: tuple[Any, WriftAIError | None]) -> Any:
    """Resumes the algorithm with its last step's outcome: the next step, or `Done`."""
    value, error = outcome
    try:
        return steps.throw(error) if error is not None else steps.send(value)
    except StopIteration as stop:
        return Done(stop.value)


def job_polling(
    what: str,
    is_terminal: Callable[[Any], bool],
    job_id: object,
    poll_interval: object,
    timeout: object,
) -> Steps[Any]:
    """Checks the arguments of a job wait and returns its algorithm."""
    key = require_str("job id", job_id)
    for name, value in (("poll_interval", poll_interval), ("timeout", timeout)):
        if value is None and name == "timeout":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name} must be a number of seconds")
        if not value > 0:
            raise ValueError(f"{name} must be positive")
    return polling(key, is_terminal, float(poll_interval), deadline(timeout), what)  # type: ignore[arg-type]
