"""Contract enforcement on the way out: every API response is checked against the contract.

Responses are checked after the route ran: a violation is recorded in ``spec_violations``
and, in strict mode, replaced by a 500 that names it, so a test can never miss it. Event
streams are forwarded as they are produced and checked when they end (status, headers,
and every event against its schema). A stream cut on purpose by the fault injector, or
closed because the emulator is stopping, ends early by design: its body is not checked as
a whole, but each event sent before the end still is. A response the fault injector
drifted on purpose is checked as the routes produced it, before the mutation: the drift
is not a violation, an emulator bug under it still is.
"""

from __future__ import annotations

import logging
from typing import Any

from openapi_core.validation.response.exceptions import DataValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._asgi import is_api, scope_headers, scope_query
from wriftai.testing._context import AppContext, SpecViolation
from wriftai.testing._errors import send_error
from wriftai.testing._spec import (
    Operation,
    SpecRequest,
    SpecResponse,
    find_operation,
    openapi,
    sse_event_errors,
)
from wriftai.testing._validation import schema_details, where

logger = logging.getLogger("wriftai.testing")


def _response_problems(
    scope: Scope,
    operation: Operation,
    start: Message,
    data: bytes,
    streaming: bool,
    ended_early: bool = False,
) -> list[str]:
    headers = [
        (bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in start["headers"]
    ]
    status = int(start["status"])
    request = SpecRequest.build(
        scope["method"], scope["path"], scope_query(scope), scope_headers(scope), None
    )
    response = SpecResponse.build(status, headers, data)
    # Validation only: unmarshalling would also build typed values, which nothing here reads.
    # A stream's events are checked one by one below. As a whole body, a stream cut short
    # on purpose may be partial, and a stream with no events (closed for being idle
    # before anything new happened) is empty: neither is a contract violation.
    lenient = streaming and (ended_early or not data)
    problems = [
        _describe_response_error(e)
        for e in openapi().iter_response_errors(request, response)
        if not (lenient and isinstance(e, DataValidationError))
    ]
    if streaming and status < 300:
        problems += sse_event_errors(operation.operation_id, data)
    return problems


def _describe_response_error(error: Exception) -> str:
    cause = error.__cause__
    details = schema_details(cause, ["response"])
    if details:
        return "; ".join(f"{where(d['loc'])}: {d['msg']}" for d in details[:5])
    return f"{type(error).__name__}: {error}"


def _cut_on_purpose(scope: Scope) -> bool:
    """Return whether the fault injector cut this request's stream."""
    notes: dict[str, Any] = scope.get("wriftai", {})
    return notes.get("fault") == "cut_stream"


def _as_produced(scope: Scope, start: Message, data: bytes) -> tuple[Message, bytes]:
    """Return the response as the routes produced it, before any drift mutation."""
    notes: dict[str, Any] = scope.get("wriftai", {})
    original: tuple[Message, bytes] | None = notes.get("drift_original")
    return original if original is not None else (start, data)


class ResponseValidationMiddleware:
    """Checks every API response against the contract.

    A violating response is recorded and, in strict mode, replaced by a 500 naming it.
    """

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request and check its response."""
        operation = find_operation(scope["method"], scope["path"]) if is_api(scope) else None
        if operation is None:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []
        streaming = False

        async def capture(message: Message) -> None:
            nonlocal start, streaming
            if message["type"] == "http.response.start":
                start = message
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                streaming = content_type.startswith(b"text/event-stream")
                if streaming:
                    await send(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if streaming:
                    await send(message)

        try:
            await self.app(scope, receive, capture)
        except Exception as exc:
            logger.exception("the emulator failed on %s %s", scope["method"], scope["path"])
            self._record(scope, 500, [f"unhandled exception: {type(exc).__name__}: {exc}"])
            if start is None or not streaming:
                await send_error(send, 500, f"Emulator bug: {type(exc).__name__}: {exc}")
            return
        if start is None:
            return  # the connection was dropped on purpose; nothing was answered
        data = b"".join(chunks)
        ended_early = streaming and (_cut_on_purpose(scope) or self.ctx.closing)
        checked_start, checked_data = _as_produced(scope, start, data)
        try:
            problems = _response_problems(
                scope, operation, checked_start, checked_data, streaming, ended_early
            )
        except Exception as exc:
            problems = [f"response could not be checked: {type(exc).__name__}: {exc}"]
        if problems:
            self._record(scope, int(start["status"]), problems)
        if streaming:
            return
        if problems and self.ctx.settings.strict:
            await send_error(
                send,
                500,
                "Emulator bug: the response violated openapi.yaml: " + problems[0],
                {"status": start["status"], "problems": problems},
            )
            return
        await send(start)
        await send({"type": "http.response.body", "body": data})

    def _record(self, scope: Scope, status: int, problems: list[str]) -> None:
        violation = SpecViolation(scope["method"], scope["path"], status, tuple(problems))
        logger.error("contract violation: %s", violation)
        self.ctx.spec_violations.append(violation)
