"""The hardware resource: the hardware models run on."""

from __future__ import annotations

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai.resources._base import Resource, page_query
from wriftai_api.api.hardware import list_hardware
from wriftai_api.models import Hardware, HardwarePage

__all__ = ["HardwareResource"]


class HardwareResource(Resource):
    """Hardware: ``client.hardware``."""

    def list(self, pagination_options: PaginationOptions | None = None) -> Page[Hardware]:
        """List hardware.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        return self._page(list_hardware, HardwarePage, page_query(pagination_options))

    async def async_list(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[Hardware]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        return await self._async_page(list_hardware, HardwarePage, page_query(pagination_options))
