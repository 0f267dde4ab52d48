"""What every resource does: call a generated endpoint, walk its pages.

A resource method checks its arguments (`wriftai._core.arguments`), then calls
``_async_call`` (or its sync twin ``_call``) with the generated endpoint module and the
type it must return. The request is built by the endpoint's ``build_request``, sent by
``async_send``, and parsed by the endpoint's ``parse_response``
(`wriftai._core.parsing.parse`). Each public method of a resource class runs in the span of
an API call (`wriftai._tracing.trace_methods`), and so do the pages a list fetches later.
"""

from __future__ import annotations

from functools import partial
from types import ModuleType
from typing import Any, Generic, TypeVar

from wriftai import _tracing
from wriftai._async.pagination import AsyncPage
from wriftai._async.send import async_send
from wriftai._core.arguments import page_query, require_str
from wriftai._core.pages import ListResult, PageRequest, PaginationOptions, fetch_at
from wriftai._core.parsing import PageModel, page_parts, parse
from wriftai._core.requests import request_kwargs
from wriftai._http import HTTP

__all__ = ["AsyncListResource", "AsyncResource"]

T = TypeVar("T")
R = TypeVar("R")


class AsyncResource:
    """A resource's calls: one endpoint call, a page of a list, an unpaginated list.

    Args:
        http: The client's configuration and httpx clients.
    """

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _tracing.trace_methods(cls)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {self._http.settings.base_url}>"

    async def _async_call(
        self, endpoint: ModuleType, expect: type[T], /, *args: Any, **kwargs: Any
    ) -> T:
        """Calls a generated endpoint and parses its response as `expect`."""
        response = await async_send(self._http, request_kwargs(endpoint, args, kwargs))
        return parse(endpoint, expect, response, strict=self._http.settings.strict)

    async def _async_call_id(
        self, endpoint: ModuleType, expect: type[T], name: str, value: str, /
    ) -> T:
        """`_async_call` of an endpoint whose path is one id: `value`, the argument `name`."""
        return await self._async_call(endpoint, expect, require_str(name, value))

    async def _async_page(
        self, endpoint: ModuleType, page_type: type[PageModel[T]], query: Any, /, *args: Any
    ) -> AsyncPage[T]:
        """Fetches the first (or requested) page of a paginated list endpoint."""
        return await self._async_fetch_page(PageRequest(endpoint, page_type, query, args))

    async def _async_pages(
        self,
        endpoint: ModuleType,
        page_type: type[PageModel[T]],
        options: PaginationOptions | None,
        /,
        *args: Any,
    ) -> AsyncPage[T]:
        """`_async_page` of a list whose query is just the pagination options."""
        return await self._async_page(endpoint, page_type, page_query(options), *args)

    async def _async_search(
        self,
        endpoint: ModuleType,
        page_type: type[PageModel[T]],
        q: str,
        options: PaginationOptions | None,
    ) -> AsyncPage[T]:
        """`_async_page` of a search endpoint: its matches for the query `q`."""
        query = {**page_query(options), "q": require_str("q", q)}
        return await self._async_page(endpoint, page_type, query)

    async def _async_fetch_page(self, request: PageRequest[T]) -> AsyncPage[T]:
        result = await self._async_call(
            request.endpoint, request.page_type, *request.args, **request.query
        )
        fetch = partial(fetch_at, _tracing.like_current(self._async_fetch_page), request)
        return AsyncPage(*page_parts(result), fetch)

    async def _async_list(
        self, endpoint: ModuleType, expect: type[R], field: str, /, *args: Any
    ) -> ListResult[Any, R]:
        """Calls an unpaginated list endpoint; the result iterates over ``response.<field>``."""
        result = await self._async_call(endpoint, expect, *args)
        return ListResult(getattr(result, field, []), result)


class AsyncListResource(AsyncResource, Generic[T]):
    """A resource whose only operation is a plain paginated list.

    Subclasses set `_endpoint` (the generated list endpoint) and `_page_type`.
    """

    _endpoint: ModuleType
    _page_type: type[PageModel[T]]

    async def async_list(self, pagination_options: PaginationOptions | None = None) -> AsyncPage[T]:
        """List the resource's items.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; iterating over it walks every item of every page.

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_pages(self._endpoint, self._page_type, pagination_options)
