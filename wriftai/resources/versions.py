"""The versions resource: numbered versions of a model, named ``owner/name:number``."""

from __future__ import annotations

from _wriftai_sync.resources.versions import VersionsRawResponses, VersionsResource

__all__ = ["VersionsRawResponses", "VersionsResource"]
