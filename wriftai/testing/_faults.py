"""Fault injection: rate limits, server errors, dropped connections, cut streams, latency.

Decisions come from one seeded random draw per matching request, in arrival order, so a
run with the same seed and the same requests injects the same faults. A dropped
connection is really dropped: the TCP transport is aborted, so the client sees a reset
connection and no response at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._spec import API_PREFIX


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
        only: When non-empty, faults apply only to requests whose ``"METHOD /path"``
            (path without ``/v1``) starts with one of these, e.g. ``("POST /predictions",)``.
        max_faults: Stop injecting after this many faults.
        seed: Seed of the fault decisions, so a failing run can be replayed.
        retry_after: Seconds sent in ``Retry-After`` (and added to ``x-ratelimit-reset``)
            on injected 429s and 503s; 0 keeps test suites fast.
    """

    rate_429: float = 0.0
    rate_503: float = 0.0
    drop_before: float = 0.0
    drop_after: float = 0.0
    cut_stream_after: int | None = None
    latency: float = 0.0
    only: tuple[str, ...] = ()
    max_faults: int | None = None
    seed: int = 0
    retry_after: int = 0

    def applies_to(self, method: str, api_path: str) -> bool:
        """Return whether faults apply to a request, by the ``only`` filter."""
        target = f"{method.upper()} {api_path}"
        return not self.only or any(target.startswith(prefix) for prefix in self.only)


@dataclass
class FaultState:
    """The faults in force and the seeded generator that decides them (thread-safe)."""

    faults: Faults
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=random.Random)
    injected: int = 0
    history: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.replace(self.faults)

    def replace(self, faults: Faults) -> None:
        """Put ``faults`` in force, restarting the decision sequence from its seed."""
        with self.lock:
            self.faults = faults
            self.rng = random.Random(faults.seed)
            self.injected = 0
            self.history = []

    def _budget_left(self) -> bool:
        limit = self.faults.max_faults
        return limit is None or self.injected < limit

    def decide(self, method: str, api_path: str) -> tuple[Faults, str | None]:
        """Decide the fault for one request.

        Args:
            method: The HTTP method.
            api_path: The path without ``/v1``.

        Returns:
            The faults in force and the fault kind to inject (``"drop_before"``,
            ``"429"``, ``"503"``, ``"drop_after"``), or None.
        """
        with self.lock:
            faults = self.faults
            if not faults.applies_to(method, api_path):
                return faults, None
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
            if kind is not None and not self._budget_left():
                kind = None
            if kind is not None:
                self.injected += 1
                self.history.append((f"{method.upper()} {api_path}", kind))
            return faults, kind

    def take_cut(self, target: str) -> bool:
        """Count a stream cut against ``max_faults``; False when the budget is spent."""
        with self.lock:
            if not self._budget_left():
                return False
            self.injected += 1
            self.history.append((target, "cut_stream"))
            return True


class ConnectionRegistry:
    """Maps a client address to its transport, so a fault can abort the connection."""

    def __init__(self) -> None:
        self._transports: dict[tuple[str, int], asyncio.Transport] = {}

    def add(self, client: tuple[str, int] | None, transport: asyncio.Transport) -> None:
        """Remember the transport of a new connection."""
        if client is not None:
            self._transports[(str(client[0]), int(client[1]))] = transport

    def discard(self, client: tuple[str, int] | None) -> None:
        """Forget a closed connection."""
        if client is not None:
            self._transports.pop((str(client[0]), int(client[1])), None)

    def get(self, client: Any) -> asyncio.Transport | None:
        """Return the transport of the connection from ``client``, if known."""
        if not client:
            return None
        return self._transports.get((str(client[0]), int(client[1])))


class DropUnsupportedError(RuntimeError):
    """The server running the app does not let the emulator abort connections."""


async def drop_connection(scope: Scope, receive: Receive, registry: ConnectionRegistry) -> None:
    """Abort the request's TCP connection and wait until the server has noticed.

    Args:
        scope: The ASGI scope.
        receive: The ASGI receive channel.
        registry: Where the connection's transport is found.

    Raises:
        DropUnsupportedError: When the transport is not known (not served by the
            emulator's own uvicorn protocol).
    """
    transport = registry.get(scope.get("client"))
    if transport is None:
        raise DropUnsupportedError("cannot drop a connection not served by the emulator")
    transport.abort()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2):
            while (await receive())["type"] != "http.disconnect":
                pass


def _fault_response(kind: str, faults: Faults) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    wait = str(max(0, int(faults.retry_after))).encode()
    headers = [(b"content-type", b"application/json"), (b"retry-after", wait)]
    if kind == "429":
        reset = f"{time.time() + faults.retry_after:.3f}".encode()
        headers.append((b"x-ratelimit-reset", reset))
        body = {"message": "Rate limit exceeded.", "detail": {"injected_fault": "429"}}
        return 429, headers, json.dumps(body).encode()
    body = {"message": "Service temporarily unavailable.", "detail": {"injected_fault": "503"}}
    return 503, headers, json.dumps(body).encode()


def _count_events(chunk: bytes, wanted: int) -> tuple[int, int]:
    """Count complete SSE events (with data) in ``chunk``, stopping after ``wanted``.

    Returns:
        The events counted and the byte offset just past the last one counted.
    """
    count = 0
    offset = 0
    position = 0
    while count < wanted:
        end = chunk.find(b"\n\n", position)
        if end < 0:
            break
        block = chunk[position:end]
        position = end + 2
        if b"data:" in block:
            count += 1
            offset = position
    return count, offset


def _note(notes: dict[str, Any], **changes: Any) -> None:
    """Record an injected fault on the request's log entry right away."""
    notes.update(changes)
    update = notes.get("log_update")
    if update is not None:
        update(**changes)


class FaultMiddleware:
    """ASGI middleware that injects the faults in force."""

    def __init__(self, app: ASGIApp, state: FaultState, registry: ConnectionRegistry) -> None:
        self.app = app
        self.state = state
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, maybe with a fault."""
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(API_PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        api_path = path[len(API_PREFIX) :]
        faults, kind = self.state.decide(scope["method"], api_path)
        notes: dict[str, Any] = scope.setdefault("wriftai", {})
        if faults.latency > 0 and faults.applies_to(scope["method"], api_path):
            await asyncio.sleep(faults.latency)
        if kind is not None:
            _note(notes, fault=kind)
        if kind == "drop_before":
            await drop_connection(scope, receive, self.registry)
            return
        if kind in {"429", "503"}:
            status, headers, body = _fault_response(kind, faults)
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if kind == "drop_after":
            await self._drop_after(scope, receive, notes)
            return
        if faults.cut_stream_after is not None and faults.applies_to(scope["method"], api_path):
            target = f"{scope['method']} {api_path}"
            await self._cut_streams(scope, receive, send, faults.cut_stream_after, target, notes)
            return
        await self.app(scope, receive, send)

    async def _drop_after(self, scope: Scope, receive: Receive, notes: dict[str, Any]) -> None:
        async def swallow(message: Message) -> None:
            if message["type"] == "http.response.start":
                _note(notes, status=int(message["status"]))

        await self.app(scope, receive, swallow)
        await drop_connection(scope, receive, self.registry)

    async def _cut_streams(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        limit: int,
        target: str,
        notes: dict[str, Any],
    ) -> None:
        streaming = False
        sent = 0
        cut = False

        async def counting_send(message: Message) -> None:
            nonlocal streaming, sent, cut
            if cut:
                return
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                streaming = headers.get(b"content-type", b"").startswith(b"text/event-stream")
                await send(message)
                return
            body: bytes = message.get("body", b"")
            if not streaming or message["type"] != "http.response.body":
                await send(message)
                return
            count, offset = _count_events(body, limit - sent)
            if sent + count < limit or not self.state.take_cut(target):
                sent += count
                await send(message)
                return
            # Forward up to the limit-th event, then cut the connection mid-stream.
            await send({"type": "http.response.body", "body": body[:offset], "more_body": True})
            cut = True
            _note(notes, fault="cut_stream")
            await drop_connection(scope, receive, self.registry)

        await self.app(scope, receive, counting_send)
