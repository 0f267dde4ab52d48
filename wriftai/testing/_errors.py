"""Error responses: the ``Error`` body of the contract and the exception routes raise."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from wriftai.testing._eras import CURRENT, error_era


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


def error_response(
    status: int, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> Response:
    """Build a JSON error response with the ``Error`` body.

    Args:
        status: The HTTP status.
        message: What went wrong.
        detail: Machine-readable details.
        headers: Extra headers.

    Returns:
        The response.
    """
    return Response(
        error_body(message, detail),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


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
