"""Error responses: the ``Error`` body of the contract and the exception routes raise.

An ``Error`` body takes the shape of the era of the request being served. Error bodies are
built deep in the middleware stack, so that era is kept in a context variable that
`EraMiddleware`, the outermost layer, sets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from wriftai.testing._eras import CURRENT, LEGACY, Era, is_wriftai

if TYPE_CHECKING:
    from wriftai.testing._context import AppContext

_ERROR_STYLE: ContextVar[Era] = ContextVar("wriftai_emulator_error_era", default=LEGACY)


def error_era() -> Era:
    """Return the era whose error body the request being served gets."""
    return _ERROR_STYLE.get()


def error_body(message: str, detail: Any = None) -> bytes:
    """Encode an ``Error`` body in the shape of the era of the request being served.

    The current WriftAI API answers ``{"error": message}`` (the emulator adds ``detail``
    when there is one, such as the invalid fields of a 422); the legacy era and the LLM
    Engine operations answer ``{"message": message, "detail": detail}``.

    Args:
        message: What went wrong, for people.
        detail: Machine-readable details (any JSON value).

    Returns:
        The JSON bytes.
    """
    if error_era() == CURRENT:
        current: dict[str, Any] = {"error": message}
        if detail is not None:
            current["detail"] = detail
        return json.dumps(current).encode()
    return json.dumps({"message": message, "detail": detail}).encode()


def error_response(status: int, message: str, detail: Any = None) -> Response:
    """Build a JSON error response with the ``Error`` body.

    Args:
        status: The HTTP status.
        message: What went wrong.
        detail: Machine-readable details.

    Returns:
        The response.
    """
    return Response(error_body(message, detail), status_code=status, media_type="application/json")


async def send_error(
    send: Send,
    status: int,
    message: str,
    detail: Any = None,
    extra_headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    """Send an ``Error`` response over raw ASGI.

    Args:
        send: The ASGI send channel.
        status: The HTTP status.
        message: What went wrong.
        detail: Machine-readable details.
        extra_headers: More headers.
    """
    headers = [(b"content-type", b"application/json"), *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": error_body(message, detail)})


class ApiError(Exception):
    """Raised by a route to answer with an ``Error`` body.

    Attributes:
        status: The HTTP status.
        message: What went wrong.
        detail: Machine-readable details.
    """

    def __init__(self, status: int, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def field_error(status: int, loc: list[str | int], msg: str) -> ApiError:
    """Build an error about one request field, FastAPI style.

    Args:
        status: The HTTP status (usually 422).
        loc: Where the field is, such as ``["body", "hardware_identifier"]``.
        msg: What is wrong with it.

    Returns:
        The error, to raise.
    """
    where = ".".join(str(part) for part in loc)
    return ApiError(status, f"Invalid request: {where}: {msg}", [{"loc": loc, "msg": msg}])


class EraMiddleware:
    """Makes the error bodies of WriftAI requests follow the emulator's era."""

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request with the error style of its era."""
        path = str(scope.get("path", ""))
        wriftai = scope["type"] == "http" and is_wriftai(scope["method"], path)
        token = _ERROR_STYLE.set(self.ctx.era if wriftai else LEGACY)
        try:
            await self.app(scope, receive, send)
        finally:
            _ERROR_STYLE.reset(token)
