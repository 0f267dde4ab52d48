"""The operations of `wriftai.resources.authenticated_user`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import body
from wriftai._core.pages import PaginationOptions
from wriftai.types import UpdateUserParams
from wriftai_api.api.users import (
    get_authenticated_user,
    list_authenticated_user_models,
    update_authenticated_user,
)
from wriftai_api.models import Model as _Model
from wriftai_api.models import ModelPage, UserWithDetails
from wriftai_api.models import UpdateUserParams as _UpdateBody

__all__ = ["AsyncAuthenticatedUserResource"]


class AsyncAuthenticatedUserResource(AsyncResource):
    """The user who owns the access token: ``await client.authenticated_user.async_get()``."""

    async def async_get(self) -> UserWithDetails:
        """Get the authenticated user, the one whose access token the client sends.

        Returns:
            The user with details (as ``client.users.async_get_authenticated()``).

        Raises:
            AuthenticationError: The access token is missing or not valid.
        """
        return await self._async_call(get_authenticated_user, UserWithDetails)

    async def async_update(self, params: UpdateUserParams) -> UserWithDetails:
        """Update the authenticated user's profile; only the given fields change.

        Args:
            params: Any of ``name`` (the handle), ``display_name``, ``bio``, ``urls``,
                ``company`` and ``location``.

        Returns:
            The updated user.

        Raises:
            TypeError: `params` is not a dict, or has an unknown key or a wrong type.
            ValueError: A value is not valid.
            ConflictError: The new ``name`` is taken.
        """
        changes = body(_UpdateBody, params, "params")
        return await self._async_call(update_authenticated_user, UserWithDetails, body=changes)

    async def async_models(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[_Model]:
        """List the authenticated user's models, private ones included.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page of the user's models, public and private
            (iterating over it walks them all).

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        endpoint = list_authenticated_user_models
        return await self._async_pages(endpoint, ModelPage, pagination_options)
