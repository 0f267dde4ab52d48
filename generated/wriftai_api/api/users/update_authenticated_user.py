from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_user_params import UpdateUserParams
from ...models.user_with_details import UserWithDetails
from ...types import Response, json_loads


def build_request(
    *,
    body: UpdateUserParams,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `update_authenticated_user`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | UserWithDetails | None:
    """The parsed body of a response to `update_authenticated_user`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UserWithDetails.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(json_loads(response.content))

        return response_409

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
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserParams,
) -> Response[Error | UserWithDetails]:
    """Update the authenticated user

     Changes the given fields of the authenticated user's profile; fields left out keep
    their values, and a nullable field sent as null is cleared (the current API; the 0.34
    client sends the fields it is given, `authenticated_user.py:10-24,92-128`, and its
    test answers `200` with the user, `test_authenticated_user.py:155-219`). `name` is
    the unique handle: a handle another user has is refused. 0.34 gives no evidence of
    that error's status; this document (and the emulator) answer `409`.

    Args:
        body (UpdateUserParams): Changes to the authenticated user's profile (the current API);
            every field is
            optional, and a nullable field sent as null is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWithDetails]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserParams,
) -> Error | UserWithDetails | None:
    """Update the authenticated user

     Changes the given fields of the authenticated user's profile; fields left out keep
    their values, and a nullable field sent as null is cleared (the current API; the 0.34
    client sends the fields it is given, `authenticated_user.py:10-24,92-128`, and its
    test answers `200` with the user, `test_authenticated_user.py:155-219`). `name` is
    the unique handle: a handle another user has is refused. 0.34 gives no evidence of
    that error's status; this document (and the emulator) answer `409`.

    Args:
        body (UpdateUserParams): Changes to the authenticated user's profile (the current API);
            every field is
            optional, and a nullable field sent as null is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWithDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserParams,
) -> Response[Error | UserWithDetails]:
    """Update the authenticated user

     Changes the given fields of the authenticated user's profile; fields left out keep
    their values, and a nullable field sent as null is cleared (the current API; the 0.34
    client sends the fields it is given, `authenticated_user.py:10-24,92-128`, and its
    test answers `200` with the user, `test_authenticated_user.py:155-219`). `name` is
    the unique handle: a handle another user has is refused. 0.34 gives no evidence of
    that error's status; this document (and the emulator) answer `409`.

    Args:
        body (UpdateUserParams): Changes to the authenticated user's profile (the current API);
            every field is
            optional, and a nullable field sent as null is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWithDetails]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserParams,
) -> Error | UserWithDetails | None:
    """Update the authenticated user

     Changes the given fields of the authenticated user's profile; fields left out keep
    their values, and a nullable field sent as null is cleared (the current API; the 0.34
    client sends the fields it is given, `authenticated_user.py:10-24,92-128`, and its
    test answers `200` with the user, `test_authenticated_user.py:155-219`). `name` is
    the unique handle: a handle another user has is refused. 0.34 gives no evidence of
    that error's status; this document (and the emulator) answer `409`.

    Args:
        body (UpdateUserParams): Changes to the authenticated user's profile (the current API);
            every field is
            optional, and a nullable field sent as null is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserWithDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
