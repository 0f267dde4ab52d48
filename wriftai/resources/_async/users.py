"""The operations of `wriftai.resources.users`: the source of its sync twin."""

from __future__ import annotations

from typing import Any

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._core.arguments import page_query
from wriftai._core.pages import PaginationOptions
from wriftai.types import UserPaginationOptions
from wriftai_api.api.users import get_authenticated_user, get_user, list_users, search_users
from wriftai_api.models import SortDirection, User, UserPage, UsersSortBy, UserWithDetails

__all__ = ["AsyncUsersResource"]

_SORT_KEYS = frozenset({"sort_by", "sort_direction"})


def _list_query(options: UserPaginationOptions | None) -> Any:
    """The query of `list`: the pagination options, with the sort read as the API's enums."""
    query = page_query(options, _SORT_KEYS)
    try:
        if "sort_by" in query:
            query["sort_by"] = UsersSortBy(query["sort_by"])
        if "sort_direction" in query:
            query["sort_direction"] = SortDirection(query["sort_direction"])
    except ValueError as exc:
        raise ValueError(f"invalid pagination option: {exc}") from None
    return query


class AsyncUsersResource(AsyncResource):
    """Users: ``await client.users.async_get(username)`` and the others."""

    async def async_get_authenticated(self) -> UserWithDetails:
        """Get the user who owns the access token.

        Returns:
            The authenticated user with details (as ``client.authenticated_user.get()``).

        Raises:
            AuthenticationError: The access token is missing or not valid.
        """
        return await self._async_call(get_authenticated_user, UserWithDetails)

    async def async_get(self, username: str) -> UserWithDetails:
        """Get a user by username.

        Args:
            username: The user's handle (``username`` up to release 0.22, ``name`` in the
                current API).

        Returns:
            The user with details.

        Raises:
            NotFoundError: There is no such user.
        """
        return await self._async_call_id(get_user, UserWithDetails, "username", username)

    async def async_list(
        self, pagination_options: UserPaginationOptions | None = None
    ) -> AsyncPage[User]:
        """List users.

        Args:
            pagination_options: ``cursor``, ``page_size``, ``sort_by`` (``created_at``)
                and ``sort_direction`` (``asc`` or ``desc``).

        Returns:
            The first (or requested) page; iterating over it walks every item of every page.

        Raises:
            TypeError: An unknown option, or a value of the wrong type.
            ValueError: ``page_size`` is outside 1-100, or an unknown sort.
        """
        return await self._async_page(list_users, UserPage, _list_query(pagination_options))

    async def async_search(
        self, q: str, pagination_options: PaginationOptions | None = None
    ) -> AsyncPage[User]:
        """Search users by their handles and display names.

        Args:
            q: The text to look for in a handle or display name.
            pagination_options: ``cursor`` and ``page_size``.

        Returns:
            The first (or requested) page of matching users (iterable over all of them).

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_search(search_users, UserPage, q, pagination_options)
