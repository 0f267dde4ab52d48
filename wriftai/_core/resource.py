"""What both forms of every resource share (no I/O): its settings and its page requests.

A resource method checks its arguments (`wriftai._core.arguments`), then calls
``_async_call`` (or its sync twin ``_call``) of `wriftai._async.resource.AsyncResource`
with the generated endpoint module and the type it must return. The request is built by
the endpoint's ``build_request``, sent by ``send``, and parsed by the endpoint's
``parse_response`` (`wriftai._core.parsing.parse`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any, Generic, TypeVar

from wriftai._core.parsing import PageModel
from wriftai._http import HTTP

__all__ = ["PageRequest", "ResourceBase", "fetch_at"]

T = TypeVar("T")
R = TypeVar("R")


class ResourceBase:
    """Base class of the resources on a `wriftai.Client`.

    Args:
        http: The client's configuration and httpx clients.
    """

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {self._http.base_url}>"


@dataclass(frozen=True)
class PageRequest(Generic[T]):
    """One list call: the endpoint, its page model, its query and its path arguments."""

    endpoint: ModuleType
    page_type: type[PageModel[T]]
    query: dict[str, Any]
    args: tuple[Any, ...]


def fetch_at(fetch: Callable[[PageRequest[T]], R], request: PageRequest[T], cursor: str) -> R:
    """Fetches the page of `request` at `cursor` (the fetcher a page keeps)."""
    return fetch(replace(request, query={**request.query, "cursor": cursor}))
