"""Reading an error response's body: the message and the request id it holds.

`wriftai._errors.status_error` builds its errors with these. A body may have any of the
shapes of the WriftAI API (``{"error": "..."}``, ``{"error": {"message": "..."}}``,
``{"message": "..."}``) or of FastAPI servers (``{"detail": "..."}``,
``{"detail": [{"loc", "msg", "type"}]}``), or be any other JSON value: nothing in it can
make these functions raise, and the message taken from it is at most `_MAX_MESSAGE`
characters long.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

_MAX_MESSAGE = 500
"""The longest message (in characters) taken from an error body."""

_MESSAGE_FIELDS = ("message", "error", "detail")
"""The fields of an error body that hold its message, in order of preference."""


def _raw_text(response: httpx.Response) -> str | None:
    """The text of a body that is not JSON, or None when it is empty or was not read."""
    try:
        return response.text or None
    except httpx.ResponseNotRead:
        return None


def _message_of(body: Any) -> str | None:
    """The message of a decoded JSON error body, or None when it has none.

    Args:
        body: The decoded body: any JSON value.

    Returns:
        The text of the first non-empty ``message``, ``error`` or ``detail`` field of an
        object, or the text of a body that is a string, bounded in length.
    """
    if isinstance(body, str):
        return _bounded(body)
    if not isinstance(body, dict):
        return None
    for field in _MESSAGE_FIELDS:
        text = _field_text(field, body.get(field))
        if text:
            return text
    return None


def _field_text(field: str, value: Any) -> str | None:
    """The text of one message field of an error body, or None when it says nothing.

    Args:
        field: The field's name (``message``, ``error`` or ``detail``).
        value: Its value: any JSON value.

    Returns:
        A string as it is; a number as text; a list (such as FastAPI's validation
        errors) as its entries joined with ``; ``; the ``message`` of an ``error``
        object; any other object as compact JSON. None for null, booleans and empty
        values. The text is bounded in length.
    """
    if isinstance(value, str):
        return _bounded(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _bounded(str(value))
    if isinstance(value, list):
        return _bounded("; ".join(filter(None, map(_entry_text, value))))
    if isinstance(value, dict):
        if field == "error" and "message" in value:
            return _field_text("message", value["message"])
        return _bounded(_compact_json(value)) if value else None
    return None


def _entry_text(entry: Any) -> str | None:
    """One entry of a list of errors, such as FastAPI's ``{"loc", "msg", "type"}``.

    Args:
        entry: The entry: any JSON value.

    Returns:
        ``loc.parts: msg`` for an entry with a ``msg`` (or ``message``), the compact JSON
        of any other object, a string as it is, other values as text; None when null or
        empty.
    """
    if isinstance(entry, str):
        return entry.strip() or None
    if entry is None or entry == [] or entry == {}:
        return None
    if not isinstance(entry, dict):
        return _compact_json(entry)
    msg = entry.get("msg", entry.get("message"))
    if not isinstance(msg, str) or not msg.strip():
        return _compact_json(entry)
    loc = entry.get("loc")
    if isinstance(loc, list):
        where = ".".join(str(part) for part in loc if part is not None)
    else:
        where = loc if isinstance(loc, str) else ""
    return f"{where}: {msg.strip()}" if where else msg.strip()


def _compact_json(value: Any) -> str:
    """The compact JSON text of a decoded value (or its `str` should it not encode)."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        return str(value)


def _bounded(text: str) -> str | None:
    """The text without surrounding blanks and cut to `_MAX_MESSAGE` characters.

    Args:
        text: Any text.

    Returns:
        The text, ending in an ellipsis when it was cut; None when it is blank.
    """
    text = text.strip()
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 1].rstrip() + "\u2026"
    return text or None


def _request_id_of(response: httpx.Response, body: Any) -> str | None:
    """The request id of an error response.

    Args:
        response: The response.
        body: Its decoded body.

    Returns:
        The ``x-request-id`` header, else the body's string ``request_id`` field (at its
        top level or in its ``error`` object), else None.
    """
    header: str = response.headers.get("x-request-id", "")
    if header:
        return header
    if not isinstance(body, dict):
        return None
    for holder in (body, body.get("error")):
        if isinstance(holder, dict):
            request_id = holder.get("request_id")
            if isinstance(request_id, str) and request_id.strip():
                return request_id.strip()
    return None
