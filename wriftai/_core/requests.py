"""Describing a request: idempotency keys, timeouts, URLs and stream headers."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import httpx

from wriftai._version import __version__

__all__ = [
    "DEFAULT_TIMEOUT",
    "REPEATABLE_OPERATIONS",
    "USER_AGENT",
    "as_timeout",
    "for_stream",
    "new_idempotency_key",
    "parsed_url",
    "request_kwargs",
    "with_read",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"wriftai-python/{__version__}"
"""The ``User-Agent`` of every request."""

REPEATABLE_OPERATIONS = frozenset(
    {
        "create_completion",
        "create_completion_stream",
        "cancel_prediction",
        "cancel_batch_completion",
        "download_model",
    }
)
"""The POST operations that create nothing, so that sending one twice does no harm: they
are retried after any transient failure, like a GET (see `wriftai._core.retry`)."""


def new_idempotency_key() -> str:
    """Returns a fresh idempotency key for one logical request."""
    import uuid  # on first use: it imports platform, and `import wriftai` needs neither

    return str(uuid.uuid4())


def request_kwargs(endpoint: ModuleType, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The generated ``build_request`` of an endpoint, with an idempotency key when it takes one.

    Args:
        endpoint: A generated endpoint module.
        args: Its positional (path) parameters.
        kwargs: Its keyword parameters; ``idempotency_key=None`` asks for a new key.

    Returns:
        The request description for ``send``.
    """
    if "idempotency_key" in kwargs and kwargs["idempotency_key"] is None:
        kwargs = {**kwargs, "idempotency_key": new_idempotency_key()}
    request = endpoint.build_request(*args, **kwargs)
    if endpoint.__name__.rpartition(".")[2] in REPEATABLE_OPERATIONS:
        request["repeatable"] = True
    return request


def for_stream(kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
    """A streamed request asks for an uncompressed body, so each event arrives as sent."""
    return {**kwargs, "headers": {**kwargs.get("headers", {}), "Accept-Encoding": "identity"}}


def with_read(timeout: httpx.Timeout, read: float | None) -> httpx.Timeout:
    """The timeout with its read part set to `read` (for long polls and quiet streams)."""
    if read is None:
        return timeout
    return httpx.Timeout(timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A caller's timeout (seconds, an `httpx.Timeout` or None for the default) as a Timeout.

    Raises:
        TypeError: It is neither a number nor an `httpx.Timeout`.
    """
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


@functools.lru_cache(maxsize=256)
def parsed_url(text: str) -> httpx.URL:
    """The parsed URL; the same URL asked for again (a poll, a refresh) is not parsed again.

    `httpx.URL` is immutable, so one parsed URL serves any number of requests.
    """
    return httpx.URL(text)
