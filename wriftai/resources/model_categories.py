"""The model categories resource: the categories that group models."""

from __future__ import annotations

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai.resources._base import Resource, page_query
from wriftai_api.api.model_categories import list_model_categories
from wriftai_api.models import ModelCategory, ModelCategoryPage

__all__ = ["ModelCategoriesResource"]


class ModelCategoriesResource(Resource):
    """Model categories: ``client.model_categories``."""

    def list(self, pagination_options: PaginationOptions | None = None) -> Page[ModelCategory]:
        """List model categories.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        query = page_query(pagination_options)
        return self._page(list_model_categories, ModelCategoryPage, query)

    async def async_list(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[ModelCategory]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        query = page_query(pagination_options)
        return await self._async_page(list_model_categories, ModelCategoryPage, query)
