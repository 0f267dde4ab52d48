"""Cursor pages that fetch the next page when the walk reaches it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from wriftai._core.pages import BasePage

__all__ = ["AsyncPage"]

T = TypeVar("T")


class AsyncPage(BasePage[T, Callable[[str], Awaitable["AsyncPage[T]"]]]):
    """A page of a list, with the means to fetch the pages around it.

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
