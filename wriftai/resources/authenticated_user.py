"""The authenticated user: their profile (get, update) and their models.

Named as in the official client 0.34 (``client.authenticated_user``); the form of the get
in releases up to 0.22, ``client.users.get_authenticated()``, stays.
"""

from __future__ import annotations

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, body, page_query
from wriftai.types import UpdateUserParams
from wriftai_api.api.users import (
    get_authenticated_user,
    list_authenticated_user_models,
    update_authenticated_user,
)
from wriftai_api.models import Model as _Model
from wriftai_api.models import ModelPage, UserWithDetails
from wriftai_api.models import UpdateUserParams as _UpdateBody

__all__ = ["AuthenticatedUserResource"]


class AuthenticatedUserResource(Resource):
    """The user who owns the access token: ``client.authenticated_user``."""

    @property
    def with_raw_response(self) -> AuthenticatedUserRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get()``."""
        return AuthenticatedUserRawResponses(self)

    def get(self) -> UserWithDetails:
        """Get the authenticated user (as ``client.users.get_authenticated()``).

        Returns:
            The user with details.
        """
        return self._call(get_authenticated_user, UserWithDetails)

    async def async_get(self) -> UserWithDetails:
        """Async form of `get`."""
        return await self._async_call(get_authenticated_user, UserWithDetails)

    def update(self, params: UpdateUserParams) -> UserWithDetails:
        """Update the authenticated user's profile; only the given fields change.

        Args:
            params: Any of ``name`` (the handle), ``display_name``, ``bio``, ``urls``,
                ``company`` and ``location``.

        Returns:
            The updated user.
        """
        changes = body(_UpdateBody, params, "params")
        return self._call(update_authenticated_user, UserWithDetails, body=changes)

    async def async_update(self, params: UpdateUserParams) -> UserWithDetails:
        """Async form of `update`."""
        changes = body(_UpdateBody, params, "params")
        return await self._async_call(update_authenticated_user, UserWithDetails, body=changes)

    def models(self, pagination_options: PaginationOptions | None = None) -> Page[_Model]:
        """List the authenticated user's models, private ones included.

        Args:
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        query = page_query(pagination_options)
        return self._page(list_authenticated_user_models, ModelPage, query)

    async def async_models(
        self, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[_Model]:
        """Async form of `models`; ``async for`` over the page walks every page."""
        query = page_query(pagination_options)
        return await self._async_page(list_authenticated_user_models, ModelPage, query)


class AuthenticatedUserRawResponses(RawResponses):
    """`AuthenticatedUserResource` methods, each returning an `APIResponse`."""

    get = RawResponses.of(AuthenticatedUserResource.get)
    async_get = RawResponses.of_async(AuthenticatedUserResource.async_get)
    models = RawResponses.of(AuthenticatedUserResource.models)
    async_models = RawResponses.of_async(AuthenticatedUserResource.async_models)
    update = RawResponses.of(AuthenticatedUserResource.update)
    async_update = RawResponses.of_async(AuthenticatedUserResource.async_update)
