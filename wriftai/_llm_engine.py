"""Where the LLM Engine resources send, and how they authenticate there.

Without an LLM Engine base path they send to the root of the WriftAI base URL with the
client's token, on its connections; with one, to that deployment with LLM Engine's key,
on connections of their own.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import Any

import httpx

from wriftai._errors import check_secret
from wriftai._http import HTTP

__all__ = ["LLM_ENGINE_DEFAULT_API_KEY", "llm_engine_http", "llm_engine_root"]


LLM_ENGINE_DEFAULT_API_KEY = "root"
"""The key LLM Engine's official client sends when none is set (what a self-hosted server
with its default authentication accepts)."""


def llm_engine_root(api_base_url: str) -> str:
    """The LLM Engine root URL of a WriftAI base URL: without its final ``/v1``.

    LLM Engine paths carry their version prefix (``/v1/llm/...``, ``/v2/...``), so they
    are sent to the root that holds both.

    Args:
        api_base_url: The WriftAI base URL, such as ``https://api.wrift.ai/v1``.

    Returns:
        ``https://api.wrift.ai`` for that example; a URL without a final ``/v1`` as it is.
    """
    root = api_base_url.rstrip("/")
    return root.removesuffix("/v1") if root.endswith("/v1") else root


def _llm_engine_credentials(api_key: str) -> dict[str, str]:
    """The headers LLM Engine's official client authenticates with.

    The key goes both as the ``x-api-key`` header and as the user name of HTTP Basic
    (with an empty password).
    """
    check_secret("the LLM Engine API key", api_key)
    basic = base64.b64encode(f"{api_key}:".encode()).decode("ascii")
    return {"x-api-key": api_key, "Authorization": f"Basic {basic}"}


def llm_engine_http(
    http: HTTP,
    base_path: str | None,
    api_key: str | None,
    headers: Mapping[str, str] | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    shared: Mapping[str, Any],
) -> HTTP:
    """The HTTP the LLM Engine resources of a client send with.

    Args:
        http: The client's WriftAI HTTP.
        base_path: The client's `llm_engine_base_path`; None reads ``LLM_ENGINE_BASE_PATH``.
        api_key: The client's `llm_engine_api_key`; None reads ``SCALE_API_KEY``, then takes
            `LLM_ENGINE_DEFAULT_API_KEY`. Used only with a base path.
        headers: The client's headers.
        timeout: The client's timeout.
        max_retries: The client's retry budget.
        shared: The other options both send with (httpx clients, strictness, hooks, trace
            propagation).

    Returns:
        A copy of `http` (same pools, token and settings) at its root URL, which never
        trusts idempotency keys (LLM Engine does not read them); or, with a base path, an
        HTTP of its own there.

    Raises:
        TypeError: `base_path` or `api_key` is not a str.
    """
    for name, value in (("llm_engine_base_path", base_path), ("llm_engine_api_key", api_key)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str")
    base = base_path or os.environ.get("LLM_ENGINE_BASE_PATH") or None
    if base is None:
        root = llm_engine_root(http.settings.base_url)
        return http.with_options(trust_idempotency_keys=False, base_url=root)
    key = api_key or os.environ.get("SCALE_API_KEY") or LLM_ENGINE_DEFAULT_API_KEY
    credentials = {**(headers or {}), **_llm_engine_credentials(key)}
    return HTTP(None, base, credentials, timeout, max_retries, **shared)
