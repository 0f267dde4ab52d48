"""The few things the sync and async forms do differently, under the same names.

The async I/O code in `wriftai._async` is the source of its sync twin, which
``tools/unasync.py`` writes by substitution. What a substitution cannot turn from one form
into the other lives here, in pairs whose names the table maps onto each other
(``async_sleep`` → ``sleep``, ``AsyncLimiter`` → ``Limiter``, ...). The async forms use
anyio, so they run under asyncio and trio alike; the sync forms use threads.
"""

from __future__ import annotations

import contextvars
import inspect
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import Any, TypeVar

import anyio
import anyio.to_thread

__all__ = [
    "BrokenRun",
    "async_for_each",
    "async_in_thread",
    "async_resolved",
    "async_sleep",
    "for_each",
    "in_thread",
    "resolved",
    "sleep",
]

T = TypeVar("T")


class BrokenRun(Exception):
    """Raised in the other workers of a `for_each` once one of them has failed."""


async def async_sleep(seconds: float) -> None:
    """Waits `seconds` without blocking the event loop."""
    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    """Waits `seconds`, blocking the thread."""
    time.sleep(seconds)


async def async_resolved(value: Any) -> Any:
    """`value`, awaited first when it is awaitable (what an async callback returned)."""
    return await value if inspect.isawaitable(value) else value


def resolved(value: Any) -> Any:
    """`value` as it is: a sync callback's result needs no waiting."""
    return value


async def async_in_thread(func: Callable[..., T], *args: Any) -> T:
    """Runs a blocking call (a file read) in a worker thread, so the event loop goes on."""
    return await anyio.to_thread.run_sync(func, *args)


def in_thread(func: Callable[..., T], *args: Any) -> T:
    """Runs the call here: the sync form blocks its own thread anyway."""
    return func(*args)


async def async_for_each(
    func: Callable[[T], Awaitable[None]], items: Iterable[T], concurrency: int
) -> None:
    """Runs ``func(item)`` for every item, at most `concurrency` at a time.

    The first failure cancels the others and is raised as itself (not in a group).

    Args:
        func: The work for one item.
        items: The items.
        concurrency: How many run at once (at least 1).

    Raises:
        BaseException: The first failure of `func`.
    """
    limiter = anyio.CapacityLimiter(max(1, concurrency))

    async def one(item: T) -> None:
        async with limiter:
            await func(item)

    try:
        async with anyio.create_task_group() as group:
            for item in items:
                group.start_soon(one, item)
    except BaseExceptionGroup as group_error:
        raise _first(group_error) from None


def for_each(func: Callable[[T], None], items: Iterable[T], concurrency: int) -> None:
    """Runs ``func(item)`` for every item in up to `concurrency` threads.

    After the first failure no new item starts, and the failure is raised once the
    running ones end. Each item runs in a copy of the caller's context, as a task of
    `async_for_each` does, so that the caller's span and raw-response record reach it.

    Args:
        func: The work for one item.
        items: The items; a single one runs in this thread.
        concurrency: How many threads run at once (1 or less: none, the items run here).

    Raises:
        BaseException: The first failure of `func`, once the running items end.
    """
    work = list(items)
    if concurrency <= 1 or len(work) <= 1:
        for item in work:
            func(item)
        return
    with _pool(min(concurrency, len(work))) as pool:
        futures = [pool.submit(contextvars.copy_context().run, func, item) for item in work]
        _, pending = wait(futures, return_when=FIRST_EXCEPTION)
        for future in pending:
            future.cancel()
        wait(pending)
        failure = _first_failure(futures)
        if failure is not None:
            raise failure


@contextmanager
def _pool(workers: int) -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(workers, thread_name_prefix="wriftai") as pool:
        yield pool


def _first_failure(futures: list[Future[None]]) -> BaseException | None:
    """The failure of the earliest submitted item that failed, if any.

    A `BrokenRun` (an item that stopped because another failed) is raised only when
    nothing else failed.
    """
    failures = [f.exception() for f in futures if not f.cancelled() and f.exception()]
    return next((e for e in failures if not isinstance(e, BrokenRun)), None) or next(
        iter(failures), None
    )


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first failure in a task group's error that is not a cancellation of the others."""
    cancelled = anyio.get_cancelled_exc_class()
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            return _first(error)
        if not isinstance(error, cancelled | BrokenRun):
            return error
    return group.exceptions[0]
