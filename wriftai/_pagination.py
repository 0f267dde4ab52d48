"""Cursor pages (`Page`, `AsyncPage`) and unpaginated lists that iterate like them."""

from __future__ import annotations

from _wriftai_sync.pagination import Page
from wriftai._async.pagination import AsyncPage
from wriftai._core.pages import ListResult, PaginationOptions

__all__ = ["AsyncPage", "ListResult", "Page", "PaginationOptions"]
