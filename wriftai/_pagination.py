"""Cursor pages and the iterators that walk every item of every page.

One implementation serves every WriftAI list endpoint: a page keeps its items, its cursors
and a function that fetches the page at a cursor. Walking holds one page at a time.

LLM Engine lists are not paginated on the wire: `ListResult` keeps the generated response
as the API gave it and iterates like a last page (``for``, ``async for``, ``len``,
``auto_paging_iter``), so code written for pages works on them too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, NotRequired, TypedDict, TypeVar

__all__ = ["AsyncPage", "ListResult", "Page", "PaginationOptions"]

T = TypeVar("T")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[[str], Any])


class PaginationOptions(TypedDict):
    """Options that control pagination.

    Attributes:
        cursor: The cursor of the page to fetch (from `next_cursor` or `previous_cursor`).
        page_size: How many items a page holds (1-100, default 20).
    """

    cursor: NotRequired[str]
    page_size: NotRequired[int]


class _BasePage(Generic[T, F]):
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


class Page(_BasePage[T, Callable[[str], "Page[T]"]]):
    """A page of a list, with the means to fetch the next one.

    ``for item in page`` walks every item of this page and every following page, fetching
    each page when it is reached; `items` (and ``len(page)``) is this page alone.

    Attributes:
        items: The items of this page.
        next_cursor: The cursor of the next page; None on the last page.
        previous_cursor: The cursor of the previous page; None on the first page.
    """

    def next_page(self) -> Page[T] | None:
        """Fetches the next page.

        Returns:
            The next page, or None when this is the last page.
        """
        return None if self.next_cursor is None else self._fetch(self.next_cursor)

    def previous_page(self) -> Page[T] | None:
        """Fetches the previous page.

        Returns:
            The previous page, or None when this is the first page.
        """
        return None if self.previous_cursor is None else self._fetch(self.previous_cursor)

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yields this page and every following page, fetching each when it is reached."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def auto_paging_iter(self) -> Iterator[T]:
        """Yields every item of this page and of every following page, lazily."""
        for page in self.iter_pages():
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        """Walks every item of this page and every following page, as `auto_paging_iter`."""
        return self.auto_paging_iter()


class AsyncPage(_BasePage[T, Callable[[str], Awaitable["AsyncPage[T]"]]]):
    """A page of a list fetched asynchronously.

    ``async for item in page`` walks every item of this page and every following page,
    fetching each page when it is reached; `items` (and ``len(page)``) is this page alone.

    Attributes:
        items: The items of this page.
        next_cursor: The cursor of the next page; None on the last page.
        previous_cursor: The cursor of the previous page; None on the first page.
    """

    async def async_next_page(self) -> AsyncPage[T] | None:
        """Fetches the next page.

        Returns:
            The next page, or None when this is the last page.
        """
        return None if self.next_cursor is None else await self._fetch(self.next_cursor)

    async def async_previous_page(self) -> AsyncPage[T] | None:
        """Fetches the previous page.

        Returns:
            The previous page, or None when this is the first page.
        """
        if self.previous_cursor is None:
            return None
        return await self._fetch(self.previous_cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yields this page and every following page, fetching each when it is reached."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.async_next_page()

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Yields every item of this page and of every following page, lazily."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        """Walks every item of this page and every following page, as `auto_paging_iter`."""
        return self.auto_paging_iter()


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
