"""The bulk run: inputs read lazily, items worked on at an adaptive pace, results in order.

One task reads the inputs, looks each up in the journal, and starts a task per item once
the read-ahead window has room; the window is the ceiling of the concurrency plus a small
buffer, so memory does not grow with the number of inputs. An item's task waits for a slot
of the adaptive `CapacityLimiter`, runs the item through its job, and hands the result to
`_finish`, which journals it, writes it to the sink in the chosen order, and counts it.

The whole run is one span, ``bulk.run``, whose children are the API calls' spans (when
OpenTelemetry is configured; see `wriftai._tracing`), with the counts at its end.

When the run ends early (cancelled, interrupted, stopped after too many failures), the
predictions still in flight are cancelled on the server, shielded from the cancellation,
and their journal entries marked ``interrupted`` so that a resumed run creates them anew
under a fresh key.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence, Sized
from pathlib import Path
from typing import Any

import anyio

from wriftai._core.bulk_budget import Budget
from wriftai._core.bulk_control import Concurrency, Control
from wriftai._errors import WriftAIError
from wriftai._tracing import span
from wriftai.bulk._inputs import Inputs, as_async, digest
from wriftai.bulk._jobs import AMBIGUOUS, Item, Sender
from wriftai.bulk._journal import Entry, Journal
from wriftai.bulk._progress import Progress
from wriftai.bulk._results import BulkResult, BulkStats
from wriftai.bulk._sinks import Sink, open_sink

__all__ = ["BulkRunStopped", "Plan", "execute", "item_key"]

_CLEANUP_SECONDS = 20.0


class BulkRunStopped(WriftAIError):
    """A bulk run stopped after `max_failures` failed items; its stats say how far it got.

    Attributes:
        stats: The run's stats when it stopped.
    """

    def __init__(self, stats: BulkStats) -> None:
        self.stats = stats
        super().__init__(f"the bulk run stopped after {stats.failed + stats.ambiguous} failures")


def item_key(run_id: str, index: int, input_digest: str, generation: int = 0) -> str:
    """The idempotency key of an item: the same for the same run, item and input.

    Args:
        run_id: The run's id.
        index: The item's place in the inputs.
        input_digest: The digest of its input.
        generation: How many times the run was interrupted while it was in flight.

    Returns:
        The key.
    """
    suffix = f"-r{generation}" if generation else ""
    return f"wb-{run_id}-{index}-{input_digest[:12]}{suffix}"


def _generation(key: str) -> int:
    head, _, tail = key.rpartition("-r")
    return int(tail) if head and tail.isdigit() else 0


class Plan:
    """What a bulk run does, as its caller set it.

    Args:
        job: The job run for each item (`PredictionJob` or `CompletionJob`).
        inputs: The inputs.
        concurrency: The adaptive concurrency's bounds.
        rate: A fixed cap in requests per second.
        deadline: Seconds each item may take, from when it starts.
        max_failures: Stop the run after this many failed items.
        ordered: Give results in input order, rather than as they finish.
        journal: The journal file; a run with one can be resumed.
        output: The JSONL file or Parquet folder results are written to.
        cancel_on_exit: Cancel the predictions in flight when the run ends early.
        progress: Show a progress bar (None: when stderr is a terminal).
        on_progress: Called with the stats after every finished item.
        run_id: The run's id (keys derive from it); a journal keeps its own.
        ids: One int per input naming the item in its key, the journal and its result,
            instead of its place in the inputs.
        budget: A rate budget shared with runs in other processes.
    """

    def __init__(
        self,
        job: Any,
        inputs: Inputs,
        *,
        concurrency: Concurrency,
        rate: float | None,
        deadline: float | None,
        max_failures: int | None,
        ordered: bool,
        journal: str | Path | None,
        output: str | Path | None,
        cancel_on_exit: bool,
        progress: bool | None,
        on_progress: Callable[[BulkStats], object] | None,
        run_id: str | None,
        ids: Sequence[int] | None = None,
        budget: Budget | None = None,
    ) -> None:
        if not isinstance(concurrency, Concurrency):
            raise TypeError("concurrency must be a wriftai.bulk.Concurrency")
        if deadline is not None and not deadline > 0:
            raise ValueError("deadline must be a positive number of seconds")
        if max_failures is not None and (not isinstance(max_failures, int) or max_failures < 1):
            raise ValueError("max_failures must be a positive int")
        if isinstance(inputs, str | Path) and not Path(inputs).is_file():
            raise FileNotFoundError(f"no inputs file {str(inputs)!r}")
        Control(concurrency, rate)  # checks the rate before any request
        if budget is not None and rate is not None:
            raise ValueError("with a budget, the rate cap is the budget's (RateBudget(rate=))")
        if ids is not None:
            _check_ids(ids)
            if isinstance(inputs, Sized) and len(inputs) != len(ids):
                raise ValueError(f"{len(ids)} ids for {len(inputs)} inputs")
        self.ids, self.budget = ids, budget
        self.job, self.inputs, self.concurrency, self.rate = job, inputs, concurrency, rate
        self.deadline, self.max_failures, self.ordered = deadline, max_failures, ordered
        self.journal, self.output, self.cancel_on_exit = journal, output, cancel_on_exit
        self.progress, self.on_progress, self.run_id = progress, on_progress, run_id
        self.stats = BulkStats()


class _Run:
    """The state of one execution of a `Plan`."""

    def __init__(self, plan: Plan, emit: Callable[[BulkResult], Awaitable[None]]) -> None:
        self.plan = plan
        self.emit = emit
        self.stats = plan.stats
        self.control = (
            Control(plan.concurrency, plan.rate)
            if plan.budget is None
            else plan.budget.control(plan.concurrency)
        )
        self.sender = Sender(self.control, self.stats)
        self.limiter = anyio.CapacityLimiter(plan.concurrency.start)
        self.window = anyio.Semaphore(plan.concurrency.ceiling + 16)
        self.live: dict[int, Item] = {}
        self.waiting: dict[int, BulkResult] = {}
        self.next_index = 0
        self.places: dict[int, int] = {}  # an item's place in the inputs, by its id
        resuming = plan.journal is not None and Path(plan.journal).exists()
        self.journal = (
            None
            if plan.journal is None
            else Journal(plan.journal, plan.job.fingerprint, plan.run_id)
        )
        self.run_id = self.journal.run_id if self.journal else (plan.run_id or _random_id())
        self.sink: Sink | None = (
            None if plan.output is None else open_sink(plan.output, resume=resuming)
        )
        self.settled: dict[int, str | None] = {}
        self.progress = Progress(plan.progress)

    async def main(self) -> None:
        await self._settle_unanswered()
        async with anyio.create_task_group() as group:
            self.group = group
            place = -1
            ids = self.plan.ids
            async for value in as_async(self.plan.inputs):
                place += 1
                index = place if ids is None else _id_at(ids, place)
                self.places[index] = place
                input_digest = digest(value)
                entry = self.journal.entry(index, input_digest) if self.journal else None
                await self.window.acquire()
                if entry is not None and entry.final:
                    await self._finish(self._resumed(index, value))
                    continue
                group.start_soon(self._work, self._item(index, value, input_digest, entry))
            if ids is not None and place + 1 != len(ids):
                raise ValueError(f"{len(ids)} ids for {place + 1} inputs")

    def _item(self, index: int, value: Any, input_digest: str, entry: Entry | None) -> Item:
        key = item_key(self.run_id, index, input_digest)
        item = Item(index, value, input_digest, key, entry)
        if entry is None:
            return item
        if entry.state == "interrupted":
            item.key = item_key(self.run_id, index, input_digest, _generation(entry.key) + 1)
        elif entry.state == "created":
            item.key, item.remote_id = entry.key, entry.remote_id
        elif entry.state == "sent":
            item.key = entry.key
            item.remote_id = self.settled.get(index)
        return item

    def _resumed(self, index: int, value: Any) -> BulkResult:
        assert self.journal is not None
        record = self.journal.record(index)
        return BulkResult.from_record({**record, "input": value})

    async def _settle_unanswered(self) -> None:
        """Looks on the server for the creates a killed run sent but heard nothing of."""
        job, journal = self.plan.job, self.journal
        if journal is None or not hasattr(job, "reconcile"):
            return
        unanswered = journal.unanswered()
        if self.plan.ids is not None:  # a journal shared with other runs: this run's items
            mine = set(self.plan.ids)
            unanswered = [entry for entry in unanswered if entry.index in mine]
        if not unanswered or job.trust_keys:
            return
        found = await job.reconcile(unanswered, self.sender, journal)
        for entry in unanswered:
            remote_id = found.get(entry.index)
            self.settled[entry.index] = remote_id
            if remote_id is not None:
                journal.created(entry.index, remote_id)

    async def _work(self, item: Item) -> None:
        job = self.plan.job
        async with self.limiter:
            self.live[item.index] = item
            self.stats.in_flight += 1
            self.control.busy += 1
            if self.plan.deadline is not None:
                item.deadline = time.monotonic() + self.plan.deadline
            unanswered = item.entry is not None and item.entry.state == "sent"
            if unanswered and item.remote_id is None and hasattr(job, "reconcile"):
                result = await self._unanswered(item)
            else:
                result = await job.run(item, self.sender, self.journal)
            self.control.busy -= 1
            self.stats.in_flight -= 1
            del self.live[item.index]
        self.limiter.total_tokens = max(1, self.control.concurrency)
        if self.journal is not None:
            self.journal.finish(item.index, result.status, result.as_record())
        await self._finish(result)

    async def _unanswered(self, item: Item) -> BulkResult:
        """An item a killed run sent, which nothing on the server was found for."""
        job = self.plan.job
        if job.trust_keys or getattr(job, "ambiguity", "resend") == "resend":
            return await job.run(item, self.sender, self.journal)  # type: ignore[no-any-return]
        return item.result("ambiguous", error=AMBIGUOUS)

    async def _finish(self, result: BulkResult) -> None:
        """Writes, counts and gives out a result, in input order when the plan asks."""
        if not self.plan.ordered:
            await self._give(result)
            return
        self.waiting[self.places.pop(result.index)] = result
        while self.next_index in self.waiting:
            await self._give(self.waiting.pop(self.next_index))
            self.next_index += 1

    async def _give(self, result: BulkResult) -> None:
        self.places.pop(result.index, None)
        self.window.release()
        if self.sink is not None and result.index not in self.sink.present:
            self.sink.write(result.as_record())
        stats = self.stats
        stats.count(result)
        stats.concurrency, stats.pace = self.control.concurrency, self.control.pace
        self.progress.update(stats)
        if self.plan.on_progress is not None:
            self.plan.on_progress(stats)
        await self.emit(result)
        limit = self.plan.max_failures
        if limit is not None and stats.failed + stats.ambiguous >= limit:
            raise BulkRunStopped(stats)

    async def cleanup(self) -> None:
        """Cancels on the server the predictions of the items still in flight."""
        job = self.plan.job
        items = list(self.live.values())
        if not items or not self.plan.cancel_on_exit or not hasattr(job, "reconcile"):
            return
        with anyio.CancelScope(shield=True), anyio.move_on_after(_CLEANUP_SECONDS):
            unknown = [i for i in items if i.remote_id is None]
            if unknown:
                entries = [
                    Entry(i.index, i.digest, i.key, "sent", None, time.time()) for i in unknown
                ]
                found = await job.reconcile(entries, self.sender, self.journal)
                for item in unknown:
                    item.remote_id = found.get(item.index)
            async with anyio.create_task_group() as group:
                for item in items:
                    if item.remote_id is not None:
                        group.start_soon(job.cancel, item.remote_id, self.sender)
            if self.journal is not None:
                for item in items:
                    self.journal.interrupt(item.index)

    def close(self) -> None:
        self.progress.close()
        if self.sink is not None:
            self.sink.close()
        if self.journal is not None:
            self.journal.close()


def _check_ids(ids: Sequence[int]) -> None:
    if isinstance(ids, str | bytes) or not isinstance(ids, Sequence):
        raise TypeError("ids must be a sequence of ints, one per input")
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise TypeError("ids must be ints")
    if len(set(ids)) != len(ids):
        raise ValueError("ids must be unique")


def _id_at(ids: Sequence[int], place: int) -> int:
    if place >= len(ids):
        raise ValueError(f"{len(ids)} ids for more inputs")
    return ids[place]


def _random_id() -> str:
    import uuid

    return uuid.uuid4().hex[:16]


async def execute(plan: Plan, emit: Callable[[BulkResult], Awaitable[None]]) -> BulkStats:
    """Runs a plan, giving each result to `emit`.

    Args:
        plan: The plan.
        emit: Awaited with each result, in the plan's order.

    Returns:
        The stats at the end.

    Raises:
        BulkRunStopped: `max_failures` items failed.
        JournalMismatchError: The journal belongs to another run.
    """
    run = _Run(plan, emit)
    job = plan.job
    attributes = {"wriftai.bulk.kind": job.kind, "wriftai.bulk.model": job.model}
    try:
        with span("bulk.run", attributes) as opened:
            try:
                await run.main()
            except BaseExceptionGroup as group:
                raise _first(group) from None
            finally:
                if opened is not None:
                    opened.set_attributes(run.stats.counts())
    except BaseException:
        await run.cleanup()
        raise
    finally:
        run.close()
    return run.stats


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The failure a task group's exceptions stand for: a stop or an interruption first."""
    leaves: list[BaseException] = []

    def walk(error: BaseException) -> None:
        if isinstance(error, BaseExceptionGroup):
            for inner in error.exceptions:
                walk(inner)
        else:
            leaves.append(error)

    walk(group)
    for kind in (KeyboardInterrupt, BulkRunStopped):
        for leaf in leaves:
            if isinstance(leaf, kind):
                return leaf
    return leaves[0]
