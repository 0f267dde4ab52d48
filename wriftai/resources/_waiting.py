"""Waiting, written once for predictions and LLM Engine jobs.

A wait algorithm is a generator that yields the steps it needs done (`Get` the latest
state, `Sleep`, `Notify` the caller's ``on_poll``, or a step of its own such as reading
the next stream event) and gets each step's result back. `run` and `async_run` carry the
steps out with sync or async I/O (`perform` / `async_perform`), so an algorithm never
exists twice. `polling` is the plain poll-until-terminal algorithm, parameterised by a
terminal-status predicate; `JobResource` gives batch jobs and fine-tunes their ``wait``.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

from wriftai._errors import WaitTimeoutError, WriftAIError
from wriftai.resources._base import Resource, require_str

__all__ = [
    "BATCH_COMPLETION_TERMINAL_STATUSES",
    "JOB_TERMINAL_STATUSES",
    "Get",
    "JobResource",
    "Notify",
    "Reporter",
    "Sleep",
    "async_perform",
    "async_run",
    "deadline",
    "is_job_terminal",
    "perform",
    "polling",
    "run",
]

T = TypeVar("T")
J = TypeVar("J")

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
class _Done(Generic[T]):
    value: T


def deadline(timeout: float | None) -> float | None:
    """The `time.monotonic` deadline of a wait of `timeout` seconds (None: no deadline)."""
    return None if timeout is None else time.monotonic() + timeout


def is_job_terminal(job: Any) -> bool:
    """Whether a fine-tune is terminal (SUCCESS, FAILURE, CANCELLED, TIMEOUT).

    A status this client does not know is not terminal.

    Args:
        job: A generated job model with a ``status``.

    Returns:
        Whether waiting is over.
    """
    return str(getattr(job, "status", "")) in JOB_TERMINAL_STATUSES  # missing: not over


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

    Args:
        on_poll: The caller's callback (sync, or async for async waits), or None.
        state: What makes two states the same, or None to report every state.
    """

    def __init__(
        self, on_poll: Callable[[Any], Any] | None, state: Callable[[Any], object] | None = None
    ) -> None:
        self.on_poll = on_poll
        self.state = state
        self.seen: object = _Done(None)

    def __call__(self, value: Any) -> Any:
        if self.on_poll is None:
            return None
        if self.state is not None:
            state = self.state(value)
            if state == self.seen:
                return None
            self.seen = state
        return self.on_poll(value)


def _advance(steps: Steps[T], outcome: tuple[Any, WriftAIError | None]) -> Any:
    """Resumes the algorithm with its last step's outcome: the next step, or `_Done`."""
    value, error = outcome
    try:
        return steps.throw(error) if error is not None else steps.send(value)
    except StopIteration as stop:
        return _Done(stop.value)


def run(steps: Steps[T], do: Callable[[Any], Any]) -> T:
    """Carries out a wait algorithm with sync I/O.

    Args:
        steps: The algorithm.
        do: Performs one step (usually `perform` with its arguments bound).

    Returns:
        What the algorithm returns.
    """
    outcome: tuple[Any, WriftAIError | None] = (None, None)
    while not isinstance(step := _advance(steps, outcome), _Done):
        try:
            outcome = (do(step), None)
        except WriftAIError as exc:
            outcome = (None, exc)
    return step.value  # type: ignore[no-any-return]


async def async_run(steps: Steps[T], do: Callable[[Any], Awaitable[Any]]) -> T:
    """The asynchronous form of `run`."""
    outcome: tuple[Any, WriftAIError | None] = (None, None)
    while not isinstance(step := _advance(steps, outcome), _Done):
        try:
            outcome = (await do(step), None)
        except WriftAIError as exc:
            outcome = (None, exc)
    return step.value  # type: ignore[no-any-return]


def perform(
    step: Any,
    *,
    get: Callable[[str], Any],
    report: Reporter,
    other: Callable[[Any], Any] | None = None,
) -> Any:
    """Performs one step with sync I/O.

    Args:
        step: The step.
        get: Fetches the latest state by key.
        report: Reports a state.
        other: Performs the algorithm's own steps.

    Returns:
        The step's result.
    """
    if isinstance(step, Get):
        return get(step.key)
    if isinstance(step, Sleep):
        return time.sleep(step.seconds)
    if isinstance(step, Notify):
        return report(step.value)
    if other is None:
        raise TypeError(f"unknown wait step {step!r}")
    return other(step)


async def async_perform(
    step: Any,
    *,
    get: Callable[[str], Awaitable[Any]],
    report: Reporter,
    other: Callable[[Any], Awaitable[Any]] | None = None,
) -> Any:
    """The asynchronous form of `perform`; an async ``on_poll`` is awaited."""
    import anyio

    if isinstance(step, Get):
        return await get(step.key)
    if isinstance(step, Sleep):
        return await anyio.sleep(step.seconds)
    if isinstance(step, Notify):
        result = report(step.value)
        return await result if inspect.isawaitable(result) else result
    if other is None:
        raise TypeError(f"unknown wait step {step!r}")
    return await other(step)


def _job_polling(
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


class JobResource(Resource, Generic[J]):
    """A resource of LLM Engine jobs (batch completions, fine-tunes): ``wait`` for one.

    Subclasses define ``get`` / ``async_get``, `_what` (for messages), and, when their
    jobs report status differently from fine-tunes, `_terminal` and `_status`.
    """

    _what = "the job"
    _terminal: frozenset[str] = JOB_TERMINAL_STATUSES
    """The statuses after which the job does not change any more."""

    @staticmethod
    def _status(job: Any) -> str:
        """A job's status as a string (empty when the response lacked it)."""
        return str(getattr(job, "status", ""))

    def _is_terminal(self, job: Any) -> bool:
        return self._status(job) in self._terminal  # unknown or missing: not over

    def get(self, job_id: str) -> J:
        """Get a job (defined by each subclass)."""
        raise NotImplementedError

    async def async_get(self, job_id: str) -> J:
        """Async form of `get` (defined by each subclass)."""
        raise NotImplementedError

    def wait(
        self,
        job_id: str,
        *,
        on_poll: Callable[[J], Any] | None = None,
        poll_interval: float = 1.0,
        timeout: float | None = None,
    ) -> J:
        """Wait until a job is terminal.

        A fine-tune is terminal once ``SUCCESS``, ``FAILURE``, ``CANCELLED`` or
        ``TIMEOUT``; a batch completion job once ``completed``, ``failed`` or
        ``cancelled``. The job is polled every `poll_interval` seconds; a status this
        client does not know (``unknown`` included) is not terminal, so waiting goes on.

        Args:
            job_id: The job's id.
            on_poll: Called with the job after every poll.
            poll_interval: Seconds between polls.
            timeout: Overall seconds to wait; None waits as long as it takes.

        Returns:
            The terminal job.

        Raises:
            WaitTimeoutError: It did not end within `timeout` (``latest`` has its last
                state).
        """
        steps = _job_polling(self._what, self._is_terminal, job_id, poll_interval, timeout)
        report = Reporter(on_poll)
        job: J = run(steps, lambda step: perform(step, get=self.get, report=report))
        return job

    async def async_wait(
        self,
        job_id: str,
        *,
        on_poll: Callable[[J], Any] | None = None,
        poll_interval: float = 1.0,
        timeout: float | None = None,
    ) -> J:
        """Async form of `wait`; `on_poll` may be a coroutine function."""
        steps = _job_polling(self._what, self._is_terminal, job_id, poll_interval, timeout)
        report = Reporter(on_poll)
        job: J = await async_run(
            steps, lambda step: async_perform(step, get=self.async_get, report=report)
        )
        return job
