"""The shared rate budget, sans-IO: leases in batches, one 429 for all, and item ids."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from wriftai._core.bulk_budget import (
    LEASE_SECONDS,
    UNPACED_LEASE,
    BudgetState,
    Grant,
    LeasedControl,
    Report,
)
from wriftai._core.bulk_control import Concurrency
from wriftai.bulk._api import _plan
from wriftai.bulk._runner import Plan


class LocalLink:
    """A `Link` to a `BudgetState` in this process; grants arrive when `deliver` says."""

    def __init__(self, state: BudgetState, clock: Callable[[], float]) -> None:
        self.state, self.clock = state, clock
        self.asked = 0
        self.held = True
        self.limits: list[dict[str, str]] = []

    def ask(self, asker: str, report: Report) -> Callable[[], Grant | None]:
        self.asked += 1
        grant = self.state.lease(self.clock(), asker, report)
        return lambda: None if self.held else grant

    def limited(self, headers: dict[str, str]) -> None:
        self.limits.append(headers)
        self.state.limited(self.clock(), headers)

    def overloaded(self) -> None:
        self.state.overloaded(self.clock())


def test_a_capped_budget_leases_a_share_of_its_pace_per_process() -> None:
    state = BudgetState(rate=40.0)
    first = state.lease(1000.0, "a", Report())
    second = state.lease(1000.0, "b", Report())
    assert len(first.slots) == 40 * LEASE_SECONDS  # 40/s for LEASE_SECONDS, one process
    assert len(second.slots) == 40 * LEASE_SECONDS / 2  # a second one: half each
    every = sorted(first.slots + second.slots)
    gaps = [b - a for a, b in itertools.pairwise(every)]
    assert gaps == pytest.approx([1 / 40] * len(gaps))  # one schedule for both
    assert state.leases == 2 and state.granted == len(every)
    assert state.askers == {"a", "b"}


def test_an_unpaced_budget_grants_slots_for_now() -> None:
    grant = BudgetState().lease(5.0, "a", Report())
    assert grant.slots == (5.0,) * UNPACED_LEASE


def test_a_429_of_one_process_pauses_and_voids_every_process() -> None:
    state = BudgetState(rate=10.0)
    before = state.lease(1000.0, "a", Report())
    state.limited(1000.1, {"retry-after": "2"})
    after = state.lease(1000.2, "b", Report())
    assert after.epoch != before.epoch  # the slots granted before are void
    assert min(after.slots) >= 1002.1  # everyone waits out the Retry-After
    assert state.control.limited == 1


def test_a_leased_control_sends_by_its_slots_and_asks_before_they_run_out() -> None:
    now = [0.0]
    link = LocalLink(BudgetState(rate=10.0), lambda: 1000.0 + now[0])
    control = LeasedControl(Concurrency(), link, "a")
    wait, schedule = control.reserve(0.0)
    assert control.void(schedule) and wait > 0  # no grant yet: look again soon
    link.held = False
    waits = []
    for _ in range(6):
        wait, schedule = control.reserve(now[0])
        assert not control.void(schedule)
        waits.append(round(wait, 3))
        now[0] += wait
    assert waits == [0.0, 0.1, 0.1, 0.1, 0.1, 0.1]  # 10/s, across leases
    assert link.asked >= 2  # one call per batch of slots, not per request


def test_a_leased_control_reports_its_429_at_once_and_drops_its_slots() -> None:
    link = LocalLink(BudgetState(rate=10.0), lambda: 1000.0)
    link.held = False
    control = LeasedControl(Concurrency(), link, "a")
    _, schedule = control.reserve(0.0)
    control.limited_by_server(0.05, {"x-ratelimit-reset": "1001.0", "other": "x"}, 1000.0)
    assert control.void(schedule)
    assert link.limits == [{"x-ratelimit-reset": "1001.0"}]  # only the rate-limit hints
    assert control.reserve(0.06)[0] >= 0.9  # the pause holds here at once


def test_admitted_requests_reach_the_budget_with_the_next_lease() -> None:
    state = BudgetState()
    link = LocalLink(state, lambda: 1000.0)
    link.held = False
    control = LeasedControl(Concurrency(), link, "a")
    control.reserve(0.0)
    for i in range(UNPACED_LEASE):
        control.succeeded(0.01 * i, {}, 1000.0, 0.01 * i)
        control.reserve(0.01 * i)
    assert len(state.control._successes) >= UNPACED_LEASE - 1


def plan(**options: object) -> Plan:
    return _plan(object(), [1, 2], options)


def test_ids_and_a_budget_are_checked_before_any_request() -> None:
    with pytest.raises(ValueError, match="unique"):
        plan(ids=[1, 1])
    with pytest.raises(TypeError, match="ints"):
        plan(ids=["a", "b"])
    with pytest.raises(TypeError, match="sequence"):
        plan(ids="ab")
    with pytest.raises(ValueError, match="budget"):
        plan(rate=5.0, budget=object())
