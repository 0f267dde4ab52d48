"""The users resource: the authenticated user and other users' public profiles."""

from __future__ import annotations

from wriftai._response import RawResponses
from wriftai.resources._base import Resource, require_str
from wriftai_api.api.users import get_authenticated_user, get_user
from wriftai_api.models import UserWithDetails

__all__ = ["UsersResource"]


class UsersResource(Resource):
    """Users: ``client.users``."""

    @property
    def with_raw_response(self) -> UsersRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return UsersRawResponses(self)

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


class UsersRawResponses(RawResponses[UsersResource]):
    """`UsersResource` methods, each returning an `APIResponse`."""

    get = RawResponses.of(UsersResource.get)
    async_get = RawResponses.of_async(UsersResource.async_get)
    get_authenticated = RawResponses.of(UsersResource.get_authenticated)
    async_get_authenticated = RawResponses.of_async(UsersResource.async_get_authenticated)
