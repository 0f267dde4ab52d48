"""``client.bulk``: bulk runs of predictions and completions, in both forms.

A run is written once, in async (`wriftai.bulk._runner`). `AsyncBulkRun` runs it in the
caller's event loop; `BulkRun` runs it in an event loop of its own in a helper thread
(`anyio.from_thread.start_blocking_portal`), handing results over through a bounded queue,
so a sync caller iterates it like any iterator and Ctrl-C cancels it cleanly.
"""

from __future__ import annotations

import contextlib
import inspect
import queue
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypedDict

import anyio
import anyio.from_thread
import anyio.to_thread

from wriftai._core.bulk_budget import Budget
from wriftai._core.bulk_control import Concurrency
from wriftai.bulk._inputs import Inputs
from wriftai.bulk._jobs import Ambiguity, CompletionJob, PredictionJob
from wriftai.bulk._results import BulkResult, BulkStats
from wriftai.bulk._runner import Plan, execute

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AsyncBulkRun", "Bulk", "BulkOptions", "BulkRun"]

P = ParamSpec("P")

_HANDOVER = 64
_END = object()


class _Client(Protocol):
    """What a run needs of `wriftai.Client` (named here, so that this module stays above it)."""

    @property
    def trust_idempotency_keys(self) -> bool: ...

    def with_options(self, *, max_retries: int | None = None) -> Any: ...


class BulkOptions(TypedDict, total=False):
    """How a bulk run runs; every key is optional.

    Attributes:
        concurrency: The bounds of the adaptive concurrency (``Concurrency(floor, start,
            ceiling)``; by default 1, 8 and 64).
        rate: A fixed cap in requests per second; by default only the server's limit.
        deadline: Seconds each item may take from when it starts; a prediction past it is
            cancelled on the server and its result is ``cancelled``.
        max_failures: Stop the run (`BulkRunStopped`) after this many failed items.
        ordered: Give results in input order; by default as they finish.
        journal: A SQLite file recording each item, so that a killed run resumes where it
            stopped; a run given an existing journal resumes it.
        output: A ``.jsonl`` file, or a ``.parquet`` folder (the ``parquet`` extra), that
            the results are written to; a resumed run keeps what it holds.
        cancel_on_exit: Cancel the predictions in flight when the run ends early
            (cancelled, interrupted, stopped); True by default.
        progress: Show a progress bar (the ``progress`` extra); by default when stderr is
            a terminal.
        on_progress: Called with the `BulkStats` after every finished item.
        run_id: The run's id, which the idempotency keys derive from; a journal keeps the
            one it was created with.
        ids: One int per input, unique, naming the item in its idempotency key, the
            journal and its result's ``index`` instead of its place in the inputs: for
            inputs split among many runs (as `wriftai.ray` splits a dataset into
            batches), so that an item keeps its key whichever run sends it.
        budget: A rate budget shared with runs in other processes (`wriftai.ray.RateBudget`);
            the pace and the pauses are the budget's, the concurrency this run's own.
    """

    concurrency: Concurrency
    rate: float | None
    deadline: float | None
    max_failures: int | None
    ordered: bool
    journal: str | Path | None
    output: str | Path | None
    cancel_on_exit: bool
    progress: bool | None
    on_progress: Callable[[BulkStats], object] | None
    run_id: str | None
    ids: Sequence[int] | None
    budget: Budget | None


_DEFAULTS: dict[str, Any] = {
    "concurrency": Concurrency(),
    "rate": None,
    "deadline": None,
    "max_failures": None,
    "ordered": False,
    "journal": None,
    "output": None,
    "cancel_on_exit": True,
    "progress": None,
    "on_progress": None,
    "run_id": None,
    "ids": None,
    "budget": None,
}


def _plan(job: Any, inputs: Inputs, options: dict[str, Any]) -> Plan:
    unknown = sorted(options.keys() - _DEFAULTS.keys())
    if unknown:
        raise TypeError(f"unknown bulk options: {', '.join(unknown)}")
    return Plan(job, inputs, **{**_DEFAULTS, **options})


class _OneRun:
    """A plan that runs once, and its stats."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._started = False

    @property
    def stats(self) -> BulkStats:
        """The run's counts, updated as it goes."""
        return self._plan.stats

    def _start(self) -> Plan:
        if self._started:
            raise RuntimeError("a bulk run runs once; start another")
        self._started = True
        return self._plan


class AsyncBulkRun(_OneRun):
    """A bulk run in the caller's event loop: ``async for result in run`` or ``await run.run()``.

    It runs once. Leaving the loop early ends the run as a cancellation does.

    Args:
        plan: What the run does.
    """

    def __aiter__(self) -> AsyncIterator[BulkResult]:
        return self._results(self._start())

    async def _results(self, plan: Plan) -> AsyncIterator[BulkResult]:
        send, receive = anyio.create_memory_object_stream[BulkResult](_HANDOVER)

        async def produce() -> None:
            async with send:
                await execute(plan, send.send)

        try:
            async with anyio.create_task_group() as group:
                group.start_soon(produce)
                async with receive:
                    async for result in receive:
                        yield result
        except BaseExceptionGroup as errors:
            raise errors.exceptions[0] from None

    async def run(self) -> BulkStats:
        """Runs to the end, writing to the output if one was given.

        Returns:
            The stats at the end.

        Raises:
            BulkRunStopped: `max_failures` items failed.
            JournalMismatchError: The journal belongs to another run.
        """
        return await execute(self._start(), _discard)


class BulkRun(_OneRun):
    """A bulk run for sync code: ``for result in run`` or ``run.run()``.

    The run goes on in an event loop of its own, in a helper thread. Ctrl-C (or leaving the
    loop early) cancels it there, cancelling the predictions in flight as configured.

    Args:
        plan: What the run does.
    """

    def __iter__(self) -> Iterator[BulkResult]:
        plan = self._start()
        handover: queue.Queue[Any] = queue.Queue(_HANDOVER)

        async def emit(result: BulkResult) -> None:
            try:
                handover.put_nowait(result)
            except queue.Full:
                await anyio.to_thread.run_sync(handover.put, result)

        async def whole() -> BulkStats:
            try:
                return await execute(plan, emit)
            finally:
                await anyio.to_thread.run_sync(handover.put, _END)

        with anyio.from_thread.start_blocking_portal() as portal:
            future = portal.start_task_soon(whole)
            try:
                while (result := handover.get()) is not _END:
                    yield result
                future.result()
            except BaseException:
                future.cancel()
                while not future.done():
                    _drain(handover)
                raise

    def run(self) -> BulkStats:
        """Runs to the end, writing to the output if one was given.

        Returns:
            The stats at the end.

        Raises:
            BulkRunStopped: `max_failures` items failed.
            JournalMismatchError: The journal belongs to another run.
        """
        for _ in self:
            pass
        return self.stats


def _async_form(
    method: Callable[Concatenate[Bulk, P], BulkRun],
) -> Callable[Concatenate[Bulk, P], AsyncBulkRun]:
    """The async form of a `Bulk` method: the same arguments, an `AsyncBulkRun`."""

    def async_method(self: Bulk, /, *args: P.args, **kwargs: P.kwargs) -> AsyncBulkRun:
        return AsyncBulkRun(method(self, *args, **kwargs)._plan)

    async_method.__name__ = f"async_{method.__name__}"
    async_method.__qualname__ = f"Bulk.async_{method.__name__}"
    signature = inspect.signature(method)
    async_method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        return_annotation="AsyncBulkRun"
    )
    summary = f"The async form of `{method.__name__}`: ``async for result in run``, or"
    summary += " ``await run.run()``.\n\n        The arguments are those of"
    async_method.__doc__ = f"{summary} `{method.__name__}`.\n\n" + (method.__doc__ or "")
    return async_method


def _drain(handover: queue.Queue[Any]) -> None:
    """Takes what the run hands over while it winds down, so that it is never blocked."""
    with contextlib.suppress(queue.Empty):
        handover.get(timeout=0.05)


async def _discard(result: BulkResult) -> None:
    """An emit that keeps nothing: the results go to the output."""


class Bulk:
    """Bulk runs: ``client.bulk``.

    Thousands of predictions or completions at a pace that adapts to the server's rate
    limits, each item standing alone, resumable after a crash through a journal.

    Args:
        client: The client the runs send with.
    """

    def __init__(self, client: _Client) -> None:
        self._client = client

    def _runner_client(self) -> Any:
        return self._client.with_options(max_retries=0)  # the run retries, at its own pace

    def _prediction_plan(
        self, inputs: Inputs, model: str, webhook: Any, on_ambiguous: Ambiguity, options: Any
    ) -> Plan:
        if not isinstance(model, str) or not model:
            raise TypeError("model must be a non-empty str (owner/name[:number])")
        if on_ambiguous not in ("reconcile", "resend", "report"):
            raise ValueError("on_ambiguous must be 'reconcile', 'resend' or 'report'")
        trust = self._client.trust_idempotency_keys
        job = PredictionJob(self._runner_client(), model, trust, on_ambiguous, webhook)
        return _plan(job, inputs, dict(options))

    def _completion_plan(
        self, inputs: Inputs, model: str, settings: dict[str, Any], options: Any
    ) -> Plan:
        if not isinstance(model, str) or not model:
            raise TypeError("model must be a non-empty str (the LLM endpoint's name)")
        job = CompletionJob(self._runner_client(), model, settings)
        return _plan(job, inputs, dict(options))

    def predictions(
        self,
        inputs: Inputs,
        *,
        model: str,
        webhook: Any = None,
        on_ambiguous: Ambiguity = "reconcile",
        **options: Unpack[BulkOptions],
    ) -> BulkRun:
        """A bulk run of one prediction per input, on one model.

        Each input is a prediction's ``input``. A create is sent with an idempotency key
        derived from the run and the item. It asks the server to hold its answer until the
        prediction ends; one still running is polled. With a journal, a resumed run skips
        finished items, follows the predictions it created by id, and sends again (same
        key) what got no answer where the server honours keys; elsewhere it settles those
        by `on_ambiguous`.

        Args:
            inputs: An iterable or async iterable of inputs, or a ``.jsonl``, ``.csv`` or
                ``.parquet`` file of them.
            model: ``owner/name`` or ``owner/name:number``.
            webhook: A ``{"url", "secret"}`` webhook sent with every create.
            on_ambiguous: For a create that may have reached a server that may ignore its
                key: ``reconcile`` (look for it; not found is ``ambiguous``), ``resend``
                (look; not found is sent again) or ``report`` (``ambiguous`` at once).
            **options: How it runs; see `BulkOptions`.

        Returns:
            The run; iterate over it for results, or call ``run()``.

        Raises:
            TypeError: `model` is not a string, or an option is unknown.
            ValueError: An option is out of range.
            FileNotFoundError: `inputs` names a file that does not exist.
        """
        return BulkRun(self._prediction_plan(inputs, model, webhook, on_ambiguous, options))

    def completions(
        self,
        inputs: Inputs,
        *,
        model: str,
        max_new_tokens: int = 20,
        temperature: float = 0.2,
        completion_options: dict[str, Any] | None = None,
        **options: Unpack[BulkOptions],
    ) -> BulkRun:
        """A bulk run of one LLM Engine completion per prompt.

        An input is a prompt, or a dict with ``prompt`` and options of its own. A
        completion makes nothing on the server, so a resumed run completes again what
        had not finished.

        Args:
            inputs: An iterable or async iterable of prompts, or a file of them.
            model: The LLM endpoint.
            max_new_tokens: The most tokens to generate.
            temperature: The sampling temperature.
            completion_options: Other options of ``completions.create`` (``top_p``, ...).
            **options: How it runs; see `BulkOptions`.

        Returns:
            The run, as `predictions` gives one.

        Raises:
            TypeError: `model` is not a string, or a bulk option is unknown.
            ValueError: A bulk option is out of range; `FileNotFoundError` for no such file.
        """
        settings = {"max_new_tokens": max_new_tokens, "temperature": temperature}
        settings.update(completion_options or {})
        return BulkRun(self._completion_plan(inputs, model, settings, options))

    async_predictions = _async_form(predictions)
    async_completions = _async_form(completions)
