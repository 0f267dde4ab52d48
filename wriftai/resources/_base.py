"""The names resource modules import: argument checks, parsing and the resource bases."""

from __future__ import annotations

from typing import Generic, TypeVar

from _wriftai_sync.resource import Resource as SyncResource
from _wriftai_sync.resource import SyncListResource
from wriftai._async.resource import AsyncListResource, AsyncResource
from wriftai._core.arguments import (
    Check,
    body,
    check_arguments,
    integer,
    model_path,
    number,
    of_type,
    page_query,
    parse_model_ref,
    require_str,
    str_list,
)
from wriftai._core.parsing import parse
from wriftai._core.requests import REPEATABLE_OPERATIONS, request_kwargs

__all__ = [
    "REPEATABLE_OPERATIONS",
    "Check",
    "ListResource",
    "Resource",
    "body",
    "check_arguments",
    "integer",
    "model_path",
    "number",
    "of_type",
    "page_query",
    "parse",
    "parse_model_ref",
    "request_kwargs",
    "require_str",
    "str_list",
]

T = TypeVar("T")


class Resource(SyncResource, AsyncResource):
    """A resource whose methods are written in both forms by hand."""


class ListResource(SyncListResource[T], AsyncListResource[T], Generic[T]):
    """A list-only resource in both forms."""
