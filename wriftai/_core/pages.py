"""What every page shares, and the unpaginated lists that iterate like one.

A page keeps its items, its cursors and a function that fetches the page at a cursor;
`wriftai._async.pagination.AsyncPage` and its sync twin ``Page`` walk with it, holding one
page at a time.

LLM Engine lists are not paginated on the wire: `ListResult` keeps the generated response
as the API gave it and iterates like a last page (``for``, ``async for``, ``len``,
``auto_paging_iter``), so code written for pages works on them too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from wriftai.types._pagination import PaginationOptions

if TYPE_CHECKING:
    from wriftai._core.parsing import PageModel

__all__ = ["BasePage", "ListResult", "PageRequest", "PaginationOptions", "fetch_at"]

T = TypeVar("T")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[[str], Any])


class BasePage(Generic[T, F]):
    """What sync and async pages share: the items, the cursors and the page fetcher."""

    def __init__(
        self, items: Sequence[T], next_cursor: str | None, previous_cursor: str | None, fetch: F
    ) -> None:
        self.items: list[T] = list(items)
        self.next_cursor = next_cursor
        self.previous_cursor = previous_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """Whether a next page exists."""
        return self.next_cursor is not None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items=<{len(self.items)} items>, "
            f"next_cursor={self.next_cursor!r}, previous_cursor={self.previous_cursor!r})"
        )


class ListResult(Generic[T, R]):
    """An unpaginated list, as the API returned it, that iterates like a page.

    Attributes of the generated response are available on the result itself (for
    example ``client.files.list().files``); iterating walks `items`, synchronously or
    with ``async for``.

    Attributes:
        items: The listed items.
        response: The generated response model (``ListFilesResponse``, ...).
    """

    next_cursor: None = None
    previous_cursor: None = None

    def __init__(self, items: Sequence[T], response: R) -> None:
        self.items: list[T] = list(items)
        self.response = response

    def __getattr__(self, name: str) -> Any:
        if name in {"response", "items"}:
            raise AttributeError(name)
        return getattr(self.response, name)

    def has_next_page(self) -> bool:
        """Always False: the whole list came in one response."""
        return False

    def auto_paging_iter(self) -> Iterator[T]:
        """Yields every item (there is only one page)."""
        return iter(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    async def _aiter(self) -> AsyncIterator[T]:
        for item in self.items:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._aiter()

    def __repr__(self) -> str:
        return f"ListResult(<{len(self.items)} {type(self.response).__name__} items>)"


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
