"""Raw ASGI helpers the middlewares share: a request's decoded parts, held-back responses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from starlette.types import Message, Scope, Send

from wriftai.testing._spec import is_api_path


def is_api(scope: Scope) -> bool:
    """Return whether the request is an API request (under ``/v1``, or LLM Engine's ``/v2``)."""
    return scope["type"] == "http" and is_api_path(str(scope.get("path", "")))


def scope_headers(scope: Scope) -> list[tuple[str, str]]:
    """Return the request's header pairs, decoded, as openapi-core is shown them."""
    return [(bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in scope["headers"]]


def scope_query(scope: Scope) -> list[tuple[str, str]]:
    """Return the request's query pairs, decoded, in order (blank values kept)."""
    raw = bytes(scope.get("query_string", b"")).decode("latin-1")
    return parse_qsl(raw, keep_blank_values=True)


def holding_send(
    send: Send,
    holds: Callable[[Message], bool],
    release: Callable[[Message, bytes], Awaitable[None]],
) -> Send:
    """Wrap ``send`` so that a response whose start ``holds`` accepts is held back whole.

    Args:
        send: The ASGI send channel.
        holds: Whether to hold the response that this ``http.response.start`` begins.
        release: Called with the held start and the whole body once its last chunk has
            come; it sends what it likes in their place.

    Returns:
        The wrapped channel; a response it does not hold passes straight through.
    """
    held: Message | None = None
    chunks: list[bytes] = []

    async def holding(message: Message) -> None:
        nonlocal held
        if message["type"] == "http.response.start" and holds(message):
            held = message
            return
        if held is None or message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            await release(held, b"".join(chunks))

    return holding
