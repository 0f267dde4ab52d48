"""The fine-tunes resource: create, get, list, cancel, read events of and wait for jobs."""

from __future__ import annotations

from _wriftai_sync.resources.fine_tunes import FineTunesRawResponses, FineTunesResource

__all__ = ["FineTunesRawResponses", "FineTunesResource"]
