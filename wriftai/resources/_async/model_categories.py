"""The operations of `wriftai.resources.model_categories`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.resource import AsyncListResource
from wriftai._core.parsing import PageModel
from wriftai_api.api.model_categories import list_model_categories
from wriftai_api.models import ModelCategory, ModelCategoryPage

__all__ = ["AsyncModelCategoriesResource"]


class AsyncModelCategoriesResource(AsyncListResource[ModelCategory]):
    """Model categories: ``await client.model_categories.async_list()``."""

    _endpoint = list_model_categories
    _page_type: type[PageModel[ModelCategory]] = ModelCategoryPage
