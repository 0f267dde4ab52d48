"""The authenticated user: their profile (get, update) and their models.

Named as in the official client 0.34 (``client.authenticated_user``); the form of the get
in releases up to 0.22, ``client.users.get_authenticated()``, stays.
"""

from __future__ import annotations

from _wriftai_sync.resources.authenticated_user import (
    AuthenticatedUserRawResponses,
    AuthenticatedUserResource,
)

__all__ = ["AuthenticatedUserRawResponses", "AuthenticatedUserResource"]
