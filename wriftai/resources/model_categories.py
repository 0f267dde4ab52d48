"""The model categories resource: the categories that group models."""

from __future__ import annotations

from _wriftai_sync.resources.model_categories import (
    ModelCategoriesRawResponses,
    ModelCategoriesResource,
)

__all__ = ["ModelCategoriesRawResponses", "ModelCategoriesResource"]
