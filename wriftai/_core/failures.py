"""Turning httpx's failures and error statuses into `wriftai` exceptions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TypeVar

import httpx

from wriftai._core.retry import NOT_SENT, REPEATABLE
from wriftai._errors import APIConnectionError, APIStatusError, APITimeoutError, WriftAIError
from wriftai._logging import loggable

__all__ = ["mapped_errors", "maybe_processed"]

E = TypeVar("E", bound=WriftAIError)


@contextlib.contextmanager
def mapped_errors(request: httpx.Request) -> Iterator[None]:
    """Turns httpx's transport exceptions raised in the block into `wriftai` ones.

    Args:
        request: The request being sent.

    Raises:
        APITimeoutError: The request timed out.
        APIConnectionError: The connection failed or broke.
    """
    try:
        yield
    except httpx.TimeoutException as exc:
        _know_request(exc, request)
        error: APIConnectionError = APITimeoutError(
            f"{request.method} {loggable(request.url)} timed out", request=request
        )
        if not isinstance(exc, NOT_SENT):
            error = maybe_processed(error, request)
        raise error from exc
    except httpx.TransportError as exc:
        _know_request(exc, request)
        error = APIConnectionError(
            f"{request.method} {loggable(request.url)} failed: {type(exc).__name__}: {exc}",
            request=request,
        )
        if not isinstance(exc, NOT_SENT):
            error = maybe_processed(error, request)
        raise error from exc


def _know_request(exc: httpx.TransportError, request: httpx.Request) -> None:
    """Gives httpx's error its request, as `Client.send` does (the direct path has none)."""
    try:
        exc.request  # noqa: B018 - raises RuntimeError when no request was set
    except RuntimeError:
        exc.request = request


def maybe_processed(error: E, request: httpx.Request) -> E:
    """Marks the error of a POST that may have changed state on the server before failing.

    A 5xx, a connection lost after sending, or a timeout tells nothing of whether the
    server acted on a POST. The error then says so and carries the idempotency key, so the
    caller can check, or send the request again with the same key to a server that honours
    it. Requests whose repetition is harmless are left alone (they were retried already).

    Args:
        error: The error to mark.
        request: The request that failed.

    Returns:
        The error, marked when the request may have been processed.
    """
    if request.method != "POST" or request.extensions.get(REPEATABLE):
        return error
    if isinstance(error, APIStatusError) and error.status_code < 500:
        return error
    key = request.headers.get("idempotency-key")
    error.may_have_been_processed = True
    error.idempotency_key = key
    note = "the request may have been processed; check before sending it again"
    if key:
        note += f" (idempotency key {key})"
    error.args = (f"{error.args[0]}; {note}" if error.args else note, *error.args[1:])
    return error
