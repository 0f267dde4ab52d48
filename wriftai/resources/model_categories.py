"""The model categories resource: the categories that group models."""

from __future__ import annotations

from _wriftai_sync.resources.model_categories import (
    SyncModelCategoriesRawResponses,
    SyncModelCategoriesResource,
)
from wriftai._async.resource import AsyncListResource
from wriftai._core.parsing import PageModel
from wriftai._response import RawAccess, RawResponses
from wriftai_api.api.model_categories import list_model_categories
from wriftai_api.models import ModelCategory, ModelCategoryPage

__all__ = ["ModelCategoriesResource"]


class AsyncModelCategoriesResource(AsyncListResource[ModelCategory]):
    """Model categories: ``await client.model_categories.async_list()``."""

    _endpoint = list_model_categories
    _page_type: type[PageModel[ModelCategory]] = ModelCategoryPage


class AsyncModelCategoriesRawResponses(RawResponses):
    """`AsyncModelCategoriesResource` methods, each returning an `APIResponse`."""

    async_list = RawResponses.of_async(AsyncModelCategoriesResource.async_list)


# unasync: end


class ModelCategoriesRawResponses(
    SyncModelCategoriesRawResponses, AsyncModelCategoriesRawResponses
):
    """`ModelCategoriesResource` methods, each returning an `APIResponse`."""


class ModelCategoriesResource(SyncModelCategoriesResource, AsyncModelCategoriesResource):
    """Model categories: ``client.model_categories.list()`` and its ``async_list`` form."""

    with_raw_response = RawAccess(ModelCategoriesRawResponses)
