"""The models resource: list, get, create, update, delete and search models."""

from __future__ import annotations

from _wriftai_sync.resources.models import ModelsRawResponses, ModelsResource

__all__ = ["ModelsRawResponses", "ModelsResource"]
