"""The users resource: the authenticated user and other users' public profiles."""

from __future__ import annotations

from wriftai.resources._base import Resource, require_str
from wriftai_api.api.users import get_authenticated_user, get_user
from wriftai_api.models import UserWithDetails

__all__ = ["UsersResource"]


class UsersResource(Resource):
    """Users: ``client.users``."""

    def get_authenticated(self) -> UserWithDetails:
        """Get the user who owns the access token.

        Returns:
            The authenticated user with details.
        """
        return self._call(get_authenticated_user, UserWithDetails)

    async def async_get_authenticated(self) -> UserWithDetails:
        """Async form of `get_authenticated`."""
        return await self._async_call(get_authenticated_user, UserWithDetails)

    def get(self, username: str) -> UserWithDetails:
        """Get a user by username.

        Args:
            username: The user's username.

        Returns:
            The user with details.
        """
        return self._call(get_user, UserWithDetails, require_str("username", username))

    async def async_get(self, username: str) -> UserWithDetails:
        """Async form of `get`."""
        return await self._async_call(get_user, UserWithDetails, require_str("username", username))
