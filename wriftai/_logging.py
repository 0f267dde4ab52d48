"""The ``wriftai`` logger: its level comes from ``WRIFTAI_LOG`` (``debug``, ``info``, ...).

Log lines never show the token, and a presigned URL's query (a credential) is left out.
Records about a request carry its details as attributes (`request_extra`).
"""

from __future__ import annotations

import logging
import os

import httpx

__all__ = ["httpx_logger", "loggable", "logger", "request_extra", "telemetry_url"]

logger = logging.getLogger("wriftai")
httpx_logger = logging.getLogger("httpx")

_SIGNED_QUERY = frozenset(
    {
        "signature",
        "sig",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "awsaccesskeyid",
        "x-goog-signature",
        "x-goog-credential",
        "token",
    }
)
"""Query parameters that make a URL a credential (presigned upload URLs carry them)."""


def loggable(url: httpx.URL) -> str:
    """`url` as logs may show it: a presigned URL's query is a secret, so it is left out."""
    if any(name.lower() in _SIGNED_QUERY for name in url.params):
        return str(url.copy_with(query=None)) + "?<signed query omitted>"
    return str(url)


def telemetry_url(url: httpx.URL) -> str:
    """`url` as a span may show it (``url.full``): without user info, signed values redacted.

    As the OpenTelemetry conventions ask, the value of each query parameter that is a
    credential becomes ``REDACTED`` (the names stay); a user name and password are dropped.
    """
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    params = url.params
    if any(name.lower() in _SIGNED_QUERY for name in params):
        kept = [
            (name, "REDACTED" if name.lower() in _SIGNED_QUERY else value)
            for name, value in params.multi_items()
        ]
        url = url.copy_with(params=kept)
    return str(url)


def request_extra(
    request: httpx.Request,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None = None,
) -> dict[str, object]:
    """The attributes a log record about one HTTP attempt carries (``extra=``).

    ``method``, ``path`` (the URL path: no query, so no presigned signature), ``status``
    (None without a response), ``request_id`` (``x-request-id``, or None), ``attempt``
    (1 for the first sending) and ``elapsed`` (seconds to the response headers). Never
    a header or the token.
    """
    return {
        "method": request.method,
        "path": request.url.path,
        "status": None if response is None else response.status_code,
        "request_id": None if response is None else response.headers.get("x-request-id"),
        "attempt": attempt,
        "elapsed": elapsed,
    }


def _configure() -> None:
    level = os.environ.get("WRIFTAI_LOG", "").strip().upper()
    if not level:
        return
    logger.setLevel(level if level in logging.getLevelNamesMapping() else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_configure()
