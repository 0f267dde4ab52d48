from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_with_details import UserWithDetails
from ...types import Response, json_loads


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserWithDetails | None:
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

    if client.raise_on_unexpected_status:
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
        parsed=_parse_response(client=client, response=response),
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

    kwargs = _get_kwargs(
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

    kwargs = _get_kwargs(
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
