"""Carrying out wait algorithms (`wriftai._core.waiting`): their I/O.

`async_run` drives an algorithm; `async_perform` does one step. `AsyncJobResource` gives
batch completion jobs and fine-tunes their ``async_wait``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from wriftai._async.resource import AsyncResource
from wriftai._concurrency import async_resolved, async_sleep
from wriftai._core.waiting import (
    JOB_TERMINAL_STATUSES,
    Done,
    Get,
    Notify,
    Reporter,
    Sleep,
    Steps,
    advance,
    job_polling,
)
from wriftai._errors import WriftAIError

__all__ = ["AsyncJobResource", "async_perform", "async_run"]

T = TypeVar("T")
J = TypeVar("J")


async def async_run(steps: Steps[T], do: Callable[[Any], Awaitable[Any]]) -> T:
    """Carries out a wait algorithm.

    Args:
        steps: The algorithm.
        do: Performs one step (usually `async_perform` with its arguments bound).

    Returns:
        What the algorithm returns.

    Raises:
        WriftAIError: What the algorithm raises (a step's error is thrown into it first).
    """
    outcome: tuple[Any, WriftAIError | None] = (None, None)
    while not isinstance(step := advance(steps, outcome), Done):
        try:
            outcome = (await do(step), None)
        except WriftAIError as exc:
            outcome = (None, exc)
    return step.value  # type: ignore[no-any-return]


async def async_perform(
    step: Any,
    *,
    get: Callable[[str], Awaitable[Any]],
    report: Reporter,
    other: Callable[[Any], Awaitable[Any]] | None = None,
) -> Any:
    """Performs one step; what ``on_poll`` returns is awaited when it is awaitable.

    Args:
        step: The step.
        get: Fetches the latest state by key.
        report: Reports a state.
        other: Performs the algorithm's own steps.

    Returns:
        The step's result.

    Raises:
        TypeError: A step this runner does not know, and no `other`.
    """
    if isinstance(step, Get):
        return await get(step.key)
    if isinstance(step, Sleep):
        return await async_sleep(step.seconds)
    if isinstance(step, Notify):
        return await async_resolved(report(step.value))
    if other is None:
        raise TypeError(f"unknown wait step {step!r}")
    return await other(step)


class AsyncJobResource(AsyncResource, Generic[J]):
    """A resource of LLM Engine jobs (batch completions, fine-tunes): wait for one.

    Subclasses define ``async_get``, `_what` (for messages), and, when their jobs report
    status differently from fine-tunes, `_terminal` and `_status`.
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

    async def async_get(self, job_id: str) -> J:
        """Get a job (defined by each subclass).

        Args:
            job_id: The job's id.

        Returns:
            The job.
        """
        raise NotImplementedError

    async def async_wait(
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
            on_poll: Called with the job after every poll (a coroutine function is
                awaited).
            poll_interval: Seconds between polls.
            timeout: Overall seconds to wait; None waits as long as it takes.

        Returns:
            The terminal job.

        Raises:
            TypeError: `poll_interval` or `timeout` is not a number.
            ValueError: `poll_interval` or `timeout` is not positive.
            WaitTimeoutError: It did not end within `timeout` (``latest`` has its last
                state).
            APIStatusError: A poll was refused.
        """
        steps = job_polling(self._what, self._is_terminal, job_id, poll_interval, timeout)
        report = Reporter(on_poll)
        job: J = await async_run(
            steps, lambda step: async_perform(step, get=self.async_get, report=report)
        )
        return job
