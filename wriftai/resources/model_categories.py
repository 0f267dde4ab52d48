"""The model categories resource: the categories that group models."""

from __future__ import annotations

from wriftai._response import RawResponses
from wriftai.resources._base import ListResource
from wriftai_api.api.model_categories import list_model_categories
from wriftai_api.models import ModelCategory, ModelCategoryPage

__all__ = ["ModelCategoriesResource"]


class ModelCategoriesResource(ListResource[ModelCategory]):
    """Model categories: ``client.model_categories.list()`` and its ``async_list`` form."""

    @property
    def with_raw_response(self) -> ModelCategoriesRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return ModelCategoriesRawResponses(self)

    _endpoint = list_model_categories
    _page_type = ModelCategoryPage


class ModelCategoriesRawResponses(RawResponses):
    """`ModelCategoriesResource` methods, each returning an `APIResponse`."""

    list = RawResponses.of(ModelCategoriesResource.list)
    async_list = RawResponses.of_async(ModelCategoriesResource.async_list)
