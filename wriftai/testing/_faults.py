"""Fault injection: rate limits, errors, dropped connections, cut streams, latency, drift.

Each request's fault is decided by :class:`~wriftai.testing._fault_state.FaultState`,
from seeded draws, so a run with the same seed and the same requests injects the same
faults. A dropped connection is really dropped: the TCP transport is aborted, so the
client sees a reset connection and no response at all. A drifted response goes out with
one mutation of its JSON body (see :mod:`wriftai.testing._drift`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._asgi import holding_send
from wriftai.testing._drift import DRIFT_HEADER, drift_document, drifts
from wriftai.testing._errors import send_error
from wriftai.testing._fault_state import Faults, FaultState
from wriftai.testing._spec import API_PREFIX, is_llm_engine_path, strip_api_prefix

UPLOAD_STORAGE_PREFIX = "/_uploads/"
"""The presigned part and download URLs (see `wriftai.testing._uploads`): faults apply there too."""


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


async def _send_status_fault(send: Send, kind: str, faults: Faults) -> None:
    """Answer an injected ``429`` or ``503``, with ``Retry-After`` (a 429 with its reset too)."""
    wait = str(max(0, int(faults.retry_after))).encode()
    headers = [(b"retry-after", wait)]
    if kind == "429":
        reset = f"{time.time() + faults.retry_after:.3f}".encode()
        headers.append((b"x-ratelimit-reset", reset))
        await send_error(send, 429, "Rate limit exceeded.", {"injected_fault": "429"}, headers)
        return
    detail = {"injected_fault": "503"}
    await send_error(send, 503, "Service temporarily unavailable.", detail, headers)


def _count_events(chunk: bytes, wanted: int) -> tuple[int, int]:
    """Count complete SSE events (with data) in ``chunk``, stopping after ``wanted``.

    Returns:
        The events counted and the byte offset just past the last one counted.
    """
    count = 0
    offset = 0
    position = 0
    while count < wanted:
        # Blocks end in a blank line: LF (the emulator's own streams) or CRLF (LLM Engine's).
        ends = [
            (at, size)
            for at, size in (
                (chunk.find(b"\n\n", position), 2),
                (chunk.find(b"\r\n\r\n", position), 4),
            )
            if at >= 0
        ]
        if not ends:
            break
        end, size = min(ends)
        block = chunk[position:end]
        position = end + size
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
        faultable = path.startswith((API_PREFIX + "/", UPLOAD_STORAGE_PREFIX))
        if scope["type"] != "http" or not faultable:
            await self.app(scope, receive, send)
            return
        api_path = strip_api_prefix(path)
        faults, kind, drift_seed = self.state.decide(scope["method"], api_path)
        notes: dict[str, Any] = scope.setdefault("wriftai", {})
        if faults.rate_limit > 0 and path.startswith(API_PREFIX + "/"):
            limited = await self._rate_limited(scope, send, faults, notes)
            if limited is None:
                return
            send = limited
        if faults.latency > 0 and faults.applies_to(scope["method"], api_path):
            await asyncio.sleep(faults.latency)
        if kind is not None and kind != "drift":
            _note(notes, fault=kind)
        if kind == "drop_before":
            await drop_connection(scope, receive, self.registry)
            return
        if kind in {"429", "503"}:
            await _send_status_fault(send, kind, faults)
            return
        if kind == "drop_after":
            await self._drop_after(scope, receive, notes)
            return
        target = f"{scope['method']} {api_path}"
        if drift_seed is not None:
            send = self._drifting(send, random.Random(drift_seed), target, notes)
        if faults.cut_stream_after is not None and faults.applies_to(scope["method"], api_path):
            await self._cut_streams(scope, receive, send, faults.cut_stream_after, target, notes)
            return
        await self.app(scope, receive, send)

    async def _rate_limited(
        self, scope: Scope, send: Send, faults: Faults, notes: dict[str, Any]
    ) -> Send | None:
        """Takes a token of the caller's bucket; None when the request got a 429.

        Returns:
            A `send` that adds the ``x-ratelimit-*`` headers, or None.
        """
        caller = next((bytes(v) for k, v in scope["headers"] if k == b"authorization"), b"")
        admission = self.state.buckets.take(
            caller.decode("latin-1"), faults.rate_limit, faults.burst
        )
        # LLM Engine's server refuses with no hints at all (its concurrency limiter).
        headers = [] if is_llm_engine_path(str(scope["path"])) else admission.headers()
        if not admission.admitted:
            _note(notes, fault="rate_limit")
            await send_error(
                send, 429, "Rate limit exceeded.", {"rate_limit": faults.rate_limit}, headers
            )
            return None

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        return with_headers

    def _drifting(self, send: Send, rng: random.Random, target: str, notes: dict[str, Any]) -> Send:
        """Wrap ``send`` so a response drift applies to goes out mutated.

        The original response start and body are left in ``notes["drift_original"]``
        for the response validator, which checks them instead of the mutated ones.
        """

        async def release(held: Message, whole: bytes) -> None:
            start, body = self._drift(held, whole, rng, target, notes)
            await send(start)
            await send({"type": "http.response.body", "body": body})

        return holding_send(send, drifts, release)

    def _drift(
        self,
        start: Message,
        body: bytes,
        rng: random.Random,
        target: str,
        notes: dict[str, Any],
    ) -> tuple[Message, bytes]:
        try:
            document = json.loads(body)
        except ValueError:
            return start, body
        applied = drift_document(document, rng)
        if applied is None or not self.state.take(target, "drift"):
            return start, body
        kind, where = applied
        mutated = json.dumps(document, separators=(",", ":")).encode()
        headers = [
            (k, v)
            for k, v in start.get("headers", [])
            if bytes(k).lower() not in {b"content-length", DRIFT_HEADER}
        ]
        headers.append((b"content-length", str(len(mutated)).encode()))
        headers.append((DRIFT_HEADER, f"{kind} {where}".encode()))
        notes["drift_original"] = (start, body)
        _note(notes, fault="drift", drift=f"{kind} {where}")
        return {**start, "headers": headers}, mutated

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
            if sent + count < limit or not self.state.take(target, "cut_stream"):
                sent += count
                await send(message)
                return
            # Forward up to the limit-th event, then cut the connection mid-stream.
            await send({"type": "http.response.body", "body": body[:offset], "more_body": True})
            cut = True
            _note(notes, fault="cut_stream")
            await drop_connection(scope, receive, self.registry)

        await self.app(scope, receive, counting_send)
