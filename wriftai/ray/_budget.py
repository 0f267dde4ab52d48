"""`RateBudget`: one rate budget for every Ray worker, held by a named Ray actor.

The actor holds a `BudgetState` (`wriftai._core.bulk_budget`): the pace learned from
every worker's 429s and the pause they all keep. Each worker process paces its bulk runs
by a `LeasedControl`, which leases request slots from the actor in batches (so the actor
answers one call per batch, not one per request) and tells it of each 429 at once.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import ray

from wriftai._core.bulk_budget import BudgetState, Grant, LeasedControl, Report
from wriftai._core.bulk_control import Concurrency, Control

__all__ = ["RateBudget"]

_NO_GRANT = Grant((), -1, 0.0)  # the actor was lost: drop the slots, and ask again


@ray.remote(num_cpus=0, max_restarts=-1, max_task_retries=-1)
class _BudgetActor:
    """The Ray actor that holds the budget's state (see `BudgetState`)."""

    def __init__(self, rate: float | None) -> None:
        self.state = BudgetState(rate)

    def lease(self, asker: str, report: Report) -> Grant:
        return self.state.lease(time.time(), asker, report)

    def limited(self, headers: dict[str, str]) -> None:
        self.state.limited(time.time(), headers)

    def overloaded(self) -> None:
        self.state.overloaded(time.time())

    def stats(self) -> dict[str, Any]:
        control = self.state.control
        return {
            "leases": self.state.leases,
            "granted": self.state.granted,
            "limited": control.limited,
            "overloaded": control.overloaded,
            "pace": control.pace,
            "processes": sorted(self.state.askers),
        }


class _RayLink:
    """The `Link` of a `LeasedControl` to the budget's actor, through Ray calls."""

    def __init__(self, actor: Any) -> None:
        self._actor = actor

    def ask(self, asker: str, report: Report) -> Callable[[], Grant | None]:
        pending = self._actor.lease.remote(asker, report)

        def grant() -> Grant | None:
            ready, _ = ray.wait([pending], timeout=0)
            if not ready:
                return None
            try:
                got: Grant = ray.get(ready[0])
            except ray.exceptions.RayError:
                return _NO_GRANT
            return got

        return grant

    def limited(self, headers: dict[str, str]) -> None:
        self._actor.limited.remote(headers)

    def overloaded(self) -> None:
        self._actor.overloaded.remote()


class RateBudget:
    """A rate budget that every Ray worker of a bulk run draws from.

    It names a Ray actor, which the constructor creates (or finds, when a budget of that
    name exists), so the actor lives as long as the process that made the budget, the
    driver. The object pickles as its name and settings: a worker finds the actor by
    name. One `Retry-After` or 429 met by any worker slows and pauses all of
    them; the pace is learned from what the server admits to all of them together.

    Args:
        name: The actor's name; runs that share a name share the budget.
        rate: A fixed cap in requests per second for all workers together, or None for
            the server's limit alone.
        namespace: The Ray namespace of the actor (None: the job's).

    Raises:
        ValueError: `rate` is not a positive number.
    """

    def __init__(
        self,
        name: str = "wriftai-rate-budget",
        *,
        rate: float | None = None,
        namespace: str | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise TypeError("name must be a non-empty str")
        Control(Concurrency(), rate)  # checks the rate
        self.name, self.rate, self.namespace = name, rate, namespace
        self._controls: dict[Concurrency, LeasedControl] = {}
        self._lock = threading.Lock()
        self._actor: Any = None
        self.actor()  # made here, so that it lives as long as its maker (the driver)

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, "rate": self.rate, "namespace": self.namespace}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.name, self.rate, self.namespace = state["name"], state["rate"], state["namespace"]
        self._controls, self._lock, self._actor = {}, threading.Lock(), None

    def actor(self) -> Any:
        """The budget's Ray actor, created if no process has made it yet."""
        with self._lock:
            if self._actor is None:
                options: dict[str, Any] = {"name": self.name, "get_if_exists": True}
                if self.namespace is not None:
                    options["namespace"] = self.namespace
                self._actor = _BudgetActor.options(**options).remote(self.rate)  # type: ignore[attr-defined]
            return self._actor

    def control(self, concurrency: Concurrency) -> Control:
        """The `Control` of this process's runs: its own concurrency, the budget's slots.

        One per process and concurrency, so that what a run learned carries over to
        the next batch.

        Args:
            concurrency: The bounds of the runs' adaptive concurrency.

        Returns:
            The control.
        """
        with self._lock:
            control = self._controls.get(concurrency)
        if control is None:
            asker = f"{socket.gethostname()}:{os.getpid()}"
            control = LeasedControl(concurrency, _RayLink(self.actor()), asker)
            with self._lock:
                control = self._controls.setdefault(concurrency, control)
        return control

    def stats(self) -> dict[str, Any]:
        """The actor's counts: leases and slots granted, 429s and overloads, the pace."""
        result: dict[str, Any] = ray.get(self.actor().stats.remote())
        return result

    def __repr__(self) -> str:
        return f"RateBudget({self.name!r}, rate={self.rate!r})"
