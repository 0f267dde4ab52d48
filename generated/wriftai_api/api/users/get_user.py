from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_with_details import UserWithDetails
from ...types import Response, json_loads


def build_request(
    username: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `get_user`:
    method, url, and the params, headers and body it takes."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | UserWithDetails | None:
    """The parsed body of a response to `get_user`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UserWithDetails.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UserWithDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | UserWithDetails]:
    """Get a user

     Returns a user's public profile by their unique handle (`username` up to release 0.22, `name` in the
    current API).

    Args:
        username (str): A username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWithDetails]
    """

    kwargs = build_request(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | UserWithDetails | None:
    """Get a user

     Returns a user's public profile by their unique handle (`username` up to release 0.22, `name` in the
    current API).

    Args:
        username (str): A username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWithDetails
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | UserWithDetails]:
    """Get a user

     Returns a user's public profile by their unique handle (`username` up to release 0.22, `name` in the
    current API).

    Args:
        username (str): A username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWithDetails]
    """

    kwargs = build_request(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | UserWithDetails | None:
    """Get a user

     Returns a user's public profile by their unique handle (`username` up to release 0.22, `name` in the
    current API).

    Args:
        username (str): A username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWithDetails
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
