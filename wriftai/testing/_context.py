"""The state one running emulator shares between its middlewares and routes.

It holds what the middlewares and routes act on (the world, the faults in force, the
idempotency keys, the logs); it imports none of them.
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
from dataclasses import dataclass, field
from typing import NamedTuple

from wriftai.testing._eras import DEFAULT_ERA, Era, check_era
from wriftai.testing._fault_state import Faults, FaultState
from wriftai.testing._store.world import Store

DEFAULT_TOKEN = "wriftai-test-token"
DEFAULT_USERNAME = "demo"
DEFAULT_UPLOAD_PART_SIZE = 8 * 1024 * 1024
UPLOAD_PART_SIZE_ENV = "WRIFTAI_EMULATOR_UPLOAD_PART_SIZE"


def default_upload_part_size() -> int:
    """The upload part size when none is given: ``$WRIFTAI_EMULATOR_UPLOAD_PART_SIZE`` or 8 MiB.

    Raises:
        ValueError: The variable is set but is not a positive integer.
    """
    raw = os.environ.get(UPLOAD_PART_SIZE_ENV, "").strip()
    if not raw:
        return DEFAULT_UPLOAD_PART_SIZE
    size = int(raw)
    if size < 1:
        raise ValueError(f"{UPLOAD_PART_SIZE_ENV} must be a positive number of bytes")
    return size


@dataclass(frozen=True)
class Settings:
    """How an emulator behaves; fixed for its lifetime.

    Attributes:
        token: The one bearer token accepted.
        username: The token owner's username.
        prediction_duration: Seconds a prediction takes from pending to terminal.
        job_duration: Seconds a fine-tune, batch job or endpoint update takes.
        forward_compat: Add unknown fields and unknown open-enum values to responses.
        seed: Seed of ids and forward-compatibility choices.
        strict: Answer a response that violates the contract with a 500 naming the
            problem (it is always recorded in ``spec_violations``).
        era: The era of the API the emulator starts in: ``"current"`` (the current API)
            or ``"legacy"`` (the API as the official client's releases up to 0.22
            knew it); the aliases ``"today"`` and ``"seeds"`` are read as these. See
            :mod:`wriftai.testing._eras`. It can be changed at run time.
        upload_part_size: The ``part_size`` of new uploads, in bytes (the real server's
            is unknown; small sizes let tests upload several parts cheaply). It can be
            changed at run time.
    """

    token: str = DEFAULT_TOKEN
    username: str = DEFAULT_USERNAME
    prediction_duration: float = 0.3
    job_duration: float = 0.5
    forward_compat: bool = False
    seed: int = 0
    strict: bool = True
    era: Era = DEFAULT_ERA
    upload_part_size: int = field(default_factory=default_upload_part_size)

    def __post_init__(self) -> None:
        object.__setattr__(self, "era", check_era(self.era))
        if self.upload_part_size < 1:
            raise ValueError("upload_part_size must be at least 1 byte")


class RequestRecord(NamedTuple):
    """One request the emulator received.

    Attributes:
        method: The HTTP method.
        path: The path relative to the base URL (``/predictions``, without ``/v1``); an
            LLM Engine ``/v2`` path keeps its prefix.
        status: The status the emulator produced; 0 when the connection was dropped before
            any processing.
        idempotency_key: The ``Idempotency-Key`` header, if sent.
        request_id: The ``x-request-id`` given to the request.
        fault: The injected fault (``"429"``, ``"503"``, ``"drop_before"``,
            ``"drop_after"``, ``"cut_stream"``, ``"drift"``), or None.
        drift: For a drifted response, the mutation as sent in ``x-emulator-drift``
            (``"<kind> <json path>"``), or None.
    """

    method: str
    path: str
    status: int
    idempotency_key: str | None
    request_id: str
    fault: str | None = None
    drift: str | None = None


class WebhookDelivery(NamedTuple):
    """One webhook POST the emulator made.

    Attributes:
        url: Where it was sent.
        headers: The request headers sent.
        body: The raw JSON body sent.
        status: The receiver's HTTP status, or 0 when it could not be reached.
    """

    url: str
    headers: dict[str, str]
    body: bytes
    status: int


class SpecViolation(NamedTuple):
    """A response the emulator produced that does not conform to ``openapi.yaml``."""

    method: str
    path: str
    status: int
    problems: tuple[str, ...]


@dataclass
class IdempotencyEntry:
    """The first response to one ``Idempotency-Key``, recorded as it is sent.

    Attributes:
        fingerprint: The hash of the first request's query and body.
        created: The event loop time of the first request.
        status: The response's status, once it has started.
        headers: The response headers to replay.
        body: The whole response body so far.
        done: Whether the first request has finished.
    """

    fingerprint: str
    created: float
    status: int | None = None
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)
    done: bool = False


class IdempotencyStore:
    """The first responses of idempotent requests, by (token, path, key)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str, str], IdempotencyEntry] = {}

    def clear(self) -> None:
        """Forget every key."""
        self.entries.clear()


@dataclass
class AppContext:
    """Everything a running emulator app shares.

    Attributes:
        settings: The emulator's settings.
        store: The world.
        faults: The fault injector state.
        requests: Every request received.
        spec_violations: Responses that broke the contract (a bug in the emulator).
        webhook_deliveries: Every webhook POST made.
        era: The era the WriftAI operations answer in (starts as ``settings.era``; kept
            by :meth:`reset`).
        upload_part_size: The ``part_size`` of new uploads (starts as
            ``settings.upload_part_size``; kept by :meth:`reset`).
    """

    settings: Settings
    store: Store = field(init=False)
    faults: FaultState = field(init=False)
    idempotency: IdempotencyStore = field(default_factory=IdempotencyStore)
    requests: list[RequestRecord] = field(default_factory=list)
    spec_violations: list[SpecViolation] = field(default_factory=list)
    webhook_deliveries: list[WebhookDelivery] = field(default_factory=list)
    compat_rng: random.Random = field(init=False)
    background: set[asyncio.Task[None]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closing: bool = False
    era: Era = field(init=False)
    upload_part_size: int = field(init=False)
    _request_counter: int = 0

    def __post_init__(self) -> None:
        self.faults = FaultState(Faults())
        self.era = self.settings.era
        self.upload_part_size = self.settings.upload_part_size
        self.reset()

    def reset(self) -> None:
        """Return to the seeded world with faults off and every log empty."""
        for task in list(self.background):
            task.cancel()
        self.background.clear()
        previous: Store | None = getattr(self, "store", None)
        if previous is not None:
            previous.close()
        self.store = Store(seed=self.settings.seed, username=self.settings.username)
        self.faults.replace(Faults())
        self.idempotency.clear()
        self.requests.clear()
        self.spec_violations.clear()
        self.webhook_deliveries.clear()
        self.compat_rng = random.Random(self.settings.seed)

    def close_streams(self) -> None:
        """End open event streams and waits promptly (before the server stops)."""
        self.closing = True
        for record in self.store.predictions.values():
            record.notify()
        for task in list(self.background):
            task.cancel()

    def next_request_id(self) -> str:
        """Return a new ``x-request-id``."""
        with self.lock:
            self._request_counter += 1
            return f"req_{self.settings.seed:x}_{self._request_counter:06d}"

    def spawn(self, coro: asyncio.Future[None] | asyncio.Task[None] | object) -> None:
        """Run a coroutine in the background, cancelled by :meth:`reset`."""
        task: asyncio.Task[None] = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self.background.add(task)
        task.add_done_callback(self.background.discard)
