"""The users resource: the authenticated user and other users' public profiles."""

from __future__ import annotations

from _wriftai_sync.resources.users import UsersRawResponses, UsersResource

__all__ = ["UsersRawResponses", "UsersResource"]
