from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...models.user_page import UserPage
from ...models.users_sort_by import UsersSortBy
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset | UsersSortBy = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `list_users`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    json_sort_by: str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, UsersSortBy):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | UserPage | None:
    """The parsed body of a response to `list_users`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UserPage.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(json_loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(json_loads(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(json_loads(response.content))

        return response_5xx

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset | UsersSortBy = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[Error | UserPage]:
    """List users

     Lists users' public profiles, one page at a time, sorted by `sort_by` (the current API:
    `users.py:62-100`; `test_users.py:68-143` sends `cursor`, `page_size`, `sort_by` and
    `sort_direction`). 0.34 does not say the default order; the emulator sorts by
    `created_at`, newest first.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        sort_by (str | Unset | UsersSortBy): A field to sort users by: one of `UsersSortBy`, or a
            newer field this document
            does not know yet.
        sort_direction (SortDirection | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserPage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset | UsersSortBy = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Error | UserPage | None:
    """List users

     Lists users' public profiles, one page at a time, sorted by `sort_by` (the current API:
    `users.py:62-100`; `test_users.py:68-143` sends `cursor`, `page_size`, `sort_by` and
    `sort_direction`). 0.34 does not say the default order; the emulator sorts by
    `created_at`, newest first.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        sort_by (str | Unset | UsersSortBy): A field to sort users by: one of `UsersSortBy`, or a
            newer field this document
            does not know yet.
        sort_direction (SortDirection | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserPage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset | UsersSortBy = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[Error | UserPage]:
    """List users

     Lists users' public profiles, one page at a time, sorted by `sort_by` (the current API:
    `users.py:62-100`; `test_users.py:68-143` sends `cursor`, `page_size`, `sort_by` and
    `sort_direction`). 0.34 does not say the default order; the emulator sorts by
    `created_at`, newest first.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        sort_by (str | Unset | UsersSortBy): A field to sort users by: one of `UsersSortBy`, or a
            newer field this document
            does not know yet.
        sort_direction (SortDirection | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserPage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset | UsersSortBy = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Error | UserPage | None:
    """List users

     Lists users' public profiles, one page at a time, sorted by `sort_by` (the current API:
    `users.py:62-100`; `test_users.py:68-143` sends `cursor`, `page_size`, `sort_by` and
    `sort_direction`). 0.34 does not say the default order; the emulator sorts by
    `created_at`, newest first.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        sort_by (str | Unset | UsersSortBy): A field to sort users by: one of `UsersSortBy`, or a
            newer field this document
            does not know yet.
        sort_direction (SortDirection | Unset): A sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
