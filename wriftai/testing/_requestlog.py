"""Request ids and the log of every request received."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._context import AppContext, RequestRecord
from wriftai.testing._spec import is_llm_engine_path, strip_api_prefix

INTERNAL_PREFIX = "/_emulator/"


class RequestLogMiddleware:
    """Gives every WriftAI response an ``x-request-id`` and logs every request in arrival order.

    LLM Engine responses get no ``x-request-id``: the real LLM Engine server sends none.

    A request is logged when it arrives (status 0) and its status is filled in when the
    response starts, so the log is complete even while responses are still streaming or
    when a connection is dropped.
    """

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request with an id."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self.ctx.next_request_id()
        notes: dict[str, Any] = scope.setdefault("wriftai", {})
        notes["request_id"] = request_id
        path: str = scope["path"]
        record: RequestRecord | None = None
        requests = self.ctx.requests
        if not path.startswith(INTERNAL_PREFIX):
            key = None
            for name, value in scope["headers"]:
                if bytes(name).lower() == b"idempotency-key":
                    key = bytes(value).decode("latin-1")
            record = RequestRecord(scope["method"], strip_api_prefix(path), 0, key, request_id)
            requests.append(record)

        def update(**changes: Any) -> None:
            nonlocal record
            if record is None:
                return
            # reset() may have emptied the log meanwhile; then there is nothing to update.
            for index in range(len(requests) - 1, -1, -1):
                if requests[index] is record:
                    record = record._replace(**changes)
                    requests[index] = record
                    return

        with_id = not is_llm_engine_path(path)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if bytes(k).lower() != b"x-request-id"
                ]
                if with_id:
                    headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
                update(status=int(message["status"]))
            await send(message)

        notes["log_update"] = update
        await self.app(scope, receive, send_with_id)
