from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_page import UserPage
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    q: str,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `search_users`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["q"] = q

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/users",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | UserPage | None:
    """The parsed body of a response to `search_users`, by its status; None (or
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
    q: str,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | UserPage]:
    """Search users

     Searches users' handles and display names, one page at a time (the current API:
    `users.py:101-147`, which sends `q` with the optional `cursor` and `page_size`;
    `test_users.py:146-203`).

    Args:
        q (str):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserPage]
    """

    kwargs = build_request(
        q=q,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | UserPage | None:
    """Search users

     Searches users' handles and display names, one page at a time (the current API:
    `users.py:101-147`, which sends `q` with the optional `cursor` and `page_size`;
    `test_users.py:146-203`).

    Args:
        q (str):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserPage
    """

    return sync_detailed(
        client=client,
        q=q,
        cursor=cursor,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | UserPage]:
    """Search users

     Searches users' handles and display names, one page at a time (the current API:
    `users.py:101-147`, which sends `q` with the optional `cursor` and `page_size`;
    `test_users.py:146-203`).

    Args:
        q (str):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserPage]
    """

    kwargs = build_request(
        q=q,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | UserPage | None:
    """Search users

     Searches users' handles and display names, one page at a time (the current API:
    `users.py:101-147`, which sends `q` with the optional `cursor` and `page_size`;
    `test_users.py:146-203`).

    Args:
        q (str):
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
