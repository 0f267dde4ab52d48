"""The model categories resource: the categories that group models."""

from __future__ import annotations

from wriftai.resources._base import ListResource
from wriftai_api.api.model_categories import list_model_categories
from wriftai_api.models import ModelCategory, ModelCategoryPage

__all__ = ["ModelCategoriesResource"]


class ModelCategoriesResource(ListResource[ModelCategory]):
    """Model categories: ``client.model_categories.list()`` and its ``async_list`` form."""

    _endpoint = list_model_categories
    _page_type = ModelCategoryPage
