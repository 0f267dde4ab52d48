"""The ``wriftai`` logger: its level comes from ``WRIFTAI_LOG`` (``debug``, ``info``, ...).

Log lines never show the token, and a presigned URL's query (a credential) is left out.
"""

from __future__ import annotations

import logging
import os

import httpx

__all__ = ["httpx_logger", "loggable", "logger"]

logger = logging.getLogger("wriftai")
httpx_logger = logging.getLogger("httpx")

_SIGNED_QUERY = frozenset(
    {"signature", "sig", "x-amz-signature", "x-amz-credential", "x-goog-signature", "token"}
)
"""Query parameters that make a URL a credential (presigned upload URLs carry them)."""


def loggable(url: httpx.URL) -> str:
    """`url` as logs may show it: a presigned URL's query is a secret, so it is left out."""
    if any(name.lower() in _SIGNED_QUERY for name in url.params):
        return str(url.copy_with(query=None)) + "?<signed query omitted>"
    return str(url)


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
