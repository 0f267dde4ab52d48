"""``Idempotency-Key`` on POST requests.

Keys are scoped to the bearer token and the request path. The first request with a key
runs; its response (status, headers, whole body, streams included) is stored and every
later request with the same key and the same body gets it back without acting again
(marked ``Idempotent-Replayed: true``). The same key with another body gets 422, and a key
whose first request is still running gets 409. Server errors (5xx) are not stored, so a
retry runs again.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._context import IdempotencyEntry, IdempotencyStore
from wriftai.testing._errors import send_error
from wriftai.testing._fault_state import FaultState
from wriftai.testing._spec import is_llm_engine_path

IDEMPOTENCY_TTL = 24 * 3600.0


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _fingerprint(scope: Scope, body: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(scope.get("query_string", b""))
    digest.update(b"\0")
    digest.update(body)
    return digest.hexdigest()


class IdempotencyMiddleware:
    """ASGI middleware applying ``Idempotency-Key`` to POST requests.

    It expects the request body in ``scope["wriftai"]["body"]`` (the validation layer
    reads it) and the caller's token in ``scope["wriftai"]["token"]``.
    """

    def __init__(self, app: ASGIApp, store: IdempotencyStore, faults: FaultState) -> None:
        self.app = app
        self.store = store
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, replaying a stored response for a repeated key."""
        key = _header(scope, b"idempotency-key") if scope["type"] == "http" else None
        # LLM Engine does not read the header: a repeated POST acts again there.
        if (
            key is None
            or scope["method"] != "POST"
            or is_llm_engine_path(str(scope["path"]))
            or self.faults.faults.ignore_idempotency_keys
        ):
            await self.app(scope, receive, send)
            return
        notes: dict[str, Any] = scope.setdefault("wriftai", {})
        scoped = (str(notes.get("token", "")), str(scope["path"]), key)
        fingerprint = _fingerprint(scope, bytes(notes.get("body", b"")))
        loop_time = asyncio.get_running_loop().time()
        entry = self.store.entries.get(scoped)
        if entry is not None and loop_time - entry.created > IDEMPOTENCY_TTL:
            entry = None
        if entry is not None:
            if entry.fingerprint != fingerprint:
                await send_error(
                    send,
                    422,
                    "This Idempotency-Key was already used with a different request body.",
                    {"idempotency_key": key},
                )
            elif not entry.done:
                await send_error(
                    send,
                    409,
                    "A request with this Idempotency-Key is still being processed.",
                    {"idempotency_key": key},
                )
            else:
                await _replay(entry, send)
            return
        entry = IdempotencyEntry(fingerprint, loop_time)
        self.store.entries[scoped] = entry

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = int(message["status"])
                entry.headers = [
                    (bytes(k), bytes(v))
                    for k, v in message.get("headers", [])
                    if bytes(k).lower() not in {b"x-request-id", b"content-length"}
                ]
            elif message["type"] == "http.response.body":
                entry.body.extend(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            if entry.status is None or entry.status >= 500:
                self.store.entries.pop(scoped, None)
            else:
                entry.done = True


async def _replay(entry: IdempotencyEntry, send: Send) -> None:
    headers = [*entry.headers, (b"idempotent-replayed", b"true")]
    await send({"type": "http.response.start", "status": entry.status, "headers": headers})
    await send({"type": "http.response.body", "body": bytes(entry.body)})
