"""LLM Engine's own error bodies, for the LLM Engine paths of the emulator.

The rest of the emulator answers errors with ``{"message", "detail"}``. LLM Engine is a
FastAPI server: its routes answer ``{"detail": "<text>"}``, its request validation
``422 {"detail": [{"type", "loc", "msg", "input"}, ...]}``, and its middleware (the
concurrency limiter's 429, an unhandled error) ``{"error": "<text>", "timestamp": ...}``
without ``Retry-After`` or rate-limit headers. `LLMEngineErrors` rewrites every error the
layers inside it produce on an LLM Engine path into those shapes, so the routes, the
request validation and the fault injector are written once for both APIs.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._asgi import holding_send
from wriftai.testing._spec import is_llm_engine_path

_DROPPED_HEADERS = frozenset({b"content-length", b"retry-after", b"x-ratelimit-reset"})
_PACIFIC = timedelta(hours=-8)


def llm_timestamp() -> str:
    """Return the time as LLM Engine's middleware writes it (``2025-03-02 08:00:00 PST``)."""
    moment = datetime.now(UTC) + _PACIFIC
    return moment.strftime("%Y-%m-%d %H:%M:%S PST")


def llm_error_body(status: int, body: Any, *, middleware: bool) -> dict[str, Any]:
    """Return LLM Engine's error body for an emulator ``{"message", "detail"}`` body.

    Args:
        status: The HTTP status.
        body: The emulator's error body (anything else is returned as it is).
        middleware: Whether the error comes from outside the routes (an injected fault),
            which LLM Engine's middleware answers with ``error`` and ``timestamp``.

    Returns:
        The body LLM Engine sends.
    """
    if not isinstance(body, dict) or "message" not in body:
        return body if isinstance(body, dict) else {"detail": body}
    message = str(body["message"])
    detail = body.get("detail")
    if middleware:
        return {"error": message, "timestamp": llm_timestamp()}
    if status == 422 and isinstance(detail, list) and detail:
        fields = [_field(item) for item in detail if isinstance(item, dict)]
        if fields:
            return {"detail": fields}
    return {"detail": message}


def _field(item: dict[str, Any]) -> dict[str, Any]:
    msg = str(item.get("msg", "Invalid value"))
    kind = "missing" if msg == "field required" else "value_error"
    text = "Field required" if kind == "missing" else msg
    return {"type": kind, "loc": list(item.get("loc", [])), "msg": text, "input": None}


class LLMEngineErrors:
    """Rewrites error responses on LLM Engine paths into LLM Engine's shapes.

    It sits between the fault injector (outside) and the response validation (further
    out), so the rewritten body is what the contract checks.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, rewriting its error body on an LLM Engine path."""
        if scope["type"] != "http" or not is_llm_engine_path(str(scope.get("path", ""))):
            await self.app(scope, receive, send)
            return

        async def release(start: Message, data: bytes) -> None:
            await self._send_rewritten(scope, start, data, send)

        errors = holding_send(send, lambda start: int(start["status"]) >= 400, release)
        await self.app(scope, receive, errors)

    @staticmethod
    async def _send_rewritten(scope: Scope, start: Message, data: bytes, send: Send) -> None:
        status = int(start["status"])
        headers = [
            (bytes(k), bytes(v))
            for k, v in start.get("headers", [])
            if bytes(k).lower() not in _DROPPED_HEADERS
        ]
        if status == 401:
            headers = [(k, v) for k, v in headers if k.lower() != b"www-authenticate"]
            headers.append((b"www-authenticate", b"Basic"))
        try:
            body: Any = json.loads(data) if data else None
        except ValueError:
            body = None
        if body is not None:
            fault = scope.get("wriftai", {}).get("fault")
            middleware = fault in {"429", "503", "rate_limit"}
            data = json.dumps(llm_error_body(status, body, middleware=middleware)).encode()
        headers.append((b"content-length", str(len(data)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": data})
