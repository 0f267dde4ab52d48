"""The users resource: the authenticated user and other users' public profiles."""

from __future__ import annotations

from typing import Any

from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai._response import RawResponses
from wriftai.resources._base import Resource, page_query, require_str
from wriftai.types import UserPaginationOptions
from wriftai_api.api.users import get_authenticated_user, get_user, list_users, search_users
from wriftai_api.models import SortDirection, User, UserPage, UsersSortBy, UserWithDetails

_SORT_KEYS = frozenset({"sort_by", "sort_direction"})


def _list_query(options: UserPaginationOptions | None) -> Any:
    query = page_query(options, _SORT_KEYS)
    try:
        if "sort_by" in query:
            query["sort_by"] = UsersSortBy(query["sort_by"])
        if "sort_direction" in query:
            query["sort_direction"] = SortDirection(query["sort_direction"])
    except ValueError as exc:
        raise ValueError(f"invalid pagination option: {exc}") from None
    return query


def _search_query(q: str, options: PaginationOptions | None) -> Any:
    return {**page_query(options), "q": require_str("q", q)}


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

    def list(self, pagination_options: UserPaginationOptions | None = None) -> Page[User]:
        """List users.

        Args:
            pagination_options: ``cursor``, ``page_size``, ``sort_by`` (``created_at``)
                and ``sort_direction`` (``asc`` or ``desc``).

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        return self._page(list_users, UserPage, _list_query(pagination_options))

    async def async_list(
        self, pagination_options: UserPaginationOptions | None = None
    ) -> AsyncPage[User]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        return await self._async_page(list_users, UserPage, _list_query(pagination_options))

    def search(self, q: str, pagination_options: PaginationOptions | None = None) -> Page[User]:
        """Search users.

        Args:
            q: The search query.
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page of matches; ``auto_paging_iter()`` walks them all.
        """
        return self._page(search_users, UserPage, _search_query(q, pagination_options))

    async def async_search(
        self, q: str, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[User]:
        """Async form of `search`; ``async for`` over the page walks every page."""
        query = _search_query(q, pagination_options)
        return await self._async_page(search_users, UserPage, query)


class UsersRawResponses(RawResponses):
    """`UsersResource` methods, each returning an `APIResponse`."""

    get = RawResponses.of(UsersResource.get)
    async_get = RawResponses.of_async(UsersResource.async_get)
    get_authenticated = RawResponses.of(UsersResource.get_authenticated)
    async_get_authenticated = RawResponses.of_async(UsersResource.async_get_authenticated)
    list = RawResponses.of(UsersResource.list)
    async_list = RawResponses.of_async(UsersResource.async_list)
    search = RawResponses.of(UsersResource.search)
    async_search = RawResponses.of_async(UsersResource.async_search)
