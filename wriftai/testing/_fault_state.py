"""Which faults an emulator injects, and the seeded draws that decide them per request.

Decisions come from seeded random draws per matching request, in arrival order, so a run
with the same seed and the same requests injects the same faults. The fault injector
(:mod:`wriftai.testing._faults`) asks :class:`FaultState` for each request's fault.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import NamedTuple

from wriftai.testing._rate_limit import TokenBuckets


@dataclass
class Faults:
    """Which faults an emulator injects; all off by default.

    Attributes:
        rate_429: Fraction of requests answered 429 (with ``x-ratelimit-reset`` and
            ``Retry-After``).
        rate_503: Fraction of requests answered 503 (with ``Retry-After``).
        drop_before: Fraction of connections dropped before the request is processed.
        drop_after: Fraction of connections dropped after the request was processed (its
            effects happened; the client gets no response).
        cut_stream_after: Cut event streams (prediction and completion streams) after
            this many events.
        latency: Seconds added before every response.
        drift: Fraction of successful JSON responses (2xx with a JSON body; not 204s,
            errors or event streams) that get one seeded mutation: a dropped key, a
            null, a value of another type, an unknown field or an unknown string value.
            The response's ``x-emulator-drift`` header names the kind and JSON path.
        only: When non-empty, faults apply only to requests whose ``"METHOD /path"``
            (path without ``/v1``) starts with one of these, e.g. ``("POST /predictions",)``.
            Uploads' presigned part URLs are ``PUT /_uploads/...``: ``("PUT /_uploads",)``
            makes faults hit part uploads only.
        max_faults: Stop injecting after this many faults.
        seed: Seed of the fault decisions, so a failing run can be replayed.
        retry_after: Seconds sent in ``Retry-After`` (and added to ``x-ratelimit-reset``)
            on injected 429s and 503s; 0 keeps test suites fast.
        rate_limit: Requests a second each access token may send (a token bucket; see
            `wriftai.testing._rate_limit`); 0 for no limit. Unlike the drawn faults it
            applies to every API request, whatever `only` says.
        rate_limit_burst: The bucket's size: requests admitted at once after a pause; 0
            takes the rate (one second's worth, at least 1).
        ignore_idempotency_keys: Act on every POST, as a server that does not read
            ``Idempotency-Key`` does (LLM Engine's real server does not).
    """

    rate_429: float = 0.0
    rate_503: float = 0.0
    drop_before: float = 0.0
    drop_after: float = 0.0
    cut_stream_after: int | None = None
    latency: float = 0.0
    drift: float = 0.0
    only: tuple[str, ...] = ()
    max_faults: int | None = None
    seed: int = 0
    retry_after: int = 0
    rate_limit: float = 0.0
    rate_limit_burst: int = 0
    ignore_idempotency_keys: bool = False

    @property
    def burst(self) -> int:
        """The rate-limit bucket's size."""
        return self.rate_limit_burst or max(1, int(self.rate_limit))

    def applies_to(self, method: str, api_path: str) -> bool:
        """Return whether faults apply to a request, by the ``only`` filter."""
        target = f"{method.upper()} {api_path}"
        return not self.only or any(target.startswith(prefix) for prefix in self.only)


class FaultDecision(NamedTuple):
    """The fault decided for one request.

    Attributes:
        faults: The faults in force when it was decided.
        kind: ``"drop_before"``, ``"429"``, ``"503"``, ``"drop_after"``, ``"drift"``,
            or None for no fault.
        drift_seed: For ``"drift"``, the seed of the mutation; otherwise None.
    """

    faults: Faults
    kind: str | None
    drift_seed: int | None = None


@dataclass
class FaultState:
    """The faults in force and the seeded generator that decides them (thread-safe)."""

    faults: Faults
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=random.Random)
    injected: int = 0
    history: list[tuple[str, str]] = field(default_factory=list)
    buckets: TokenBuckets = field(default_factory=TokenBuckets)

    def __post_init__(self) -> None:
        self.replace(self.faults)

    def replace(self, faults: Faults) -> None:
        """Put ``faults`` in force, restarting the decision sequence from its seed."""
        with self.lock:
            self.faults = faults
            self.rng = random.Random(faults.seed)
            self.injected = 0
            self.history = []
            self.buckets = TokenBuckets()

    def _budget_left(self) -> bool:
        limit = self.faults.max_faults
        return limit is None or self.injected < limit

    def decide(self, method: str, api_path: str) -> FaultDecision:
        """Decide the fault for one request.

        One draw picks among the connection and status faults; when none is picked and
        drift is on, a second draw decides drift and a third seeds its mutation. A
        drift decision is only counted (in ``injected`` and ``history``) when the
        response turns out to be one that drifts, by :meth:`take`.

        Args:
            method: The HTTP method.
            api_path: The path without ``/v1``.

        Returns:
            The faults in force and the fault kind to inject (``"drop_before"``,
            ``"429"``, ``"503"``, ``"drop_after"``, ``"drift"``), or None; for
            ``"drift"``, the seed of the mutation too.
        """
        with self.lock:
            faults = self.faults
            if not faults.applies_to(method, api_path):
                return FaultDecision(faults, None)
            draw = self.rng.random()
            kind: str | None = None
            threshold = 0.0
            for name, rate in (
                ("drop_before", faults.drop_before),
                ("429", faults.rate_429),
                ("503", faults.rate_503),
                ("drop_after", faults.drop_after),
            ):
                threshold += rate
                if draw < threshold:
                    kind = name
                    break
            if not self._budget_left():
                return FaultDecision(faults, None)
            if kind is None:
                if faults.drift > 0 and self.rng.random() < faults.drift:
                    return FaultDecision(faults, "drift", self.rng.getrandbits(64))
                return FaultDecision(faults, None)
            self.injected += 1
            self.history.append((f"{method.upper()} {api_path}", kind))
            return FaultDecision(faults, kind)

    def take(self, target: str, kind: str) -> bool:
        """Count a fault found to apply mid-response against ``max_faults``.

        Args:
            target: The request, as ``"METHOD /path"``.
            kind: ``"cut_stream"`` or ``"drift"``.

        Returns:
            Whether to inject it: False when the budget is spent.
        """
        with self.lock:
            if not self._budget_left():
                return False
            self.injected += 1
            self.history.append((target, kind))
            return True
