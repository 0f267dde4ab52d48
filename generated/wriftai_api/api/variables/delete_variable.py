from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, json_loads


def build_request(
    variable_name: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `delete_variable`:
    method, url, and the params, headers and body it takes."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/variables/{variable_name}".format(
            variable_name=quote(str(variable_name), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Any | Error | None:
    """The parsed body of a response to `delete_variable`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a variable

     Deletes a variable (the current API: `variables.py:83-99`; `test_variables.py:67-97`,
    answered `204`). 0.34 gives no evidence of what happens to the versions whose
    configuration names it; the emulator leaves their configurations as they are.

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        variable_name=variable_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a variable

     Deletes a variable (the current API: `variables.py:83-99`; `test_variables.py:67-97`,
    answered `204`). 0.34 gives no evidence of what happens to the versions whose
    configuration names it; the emulator leaves their configurations as they are.

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        variable_name=variable_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a variable

     Deletes a variable (the current API: `variables.py:83-99`; `test_variables.py:67-97`,
    answered `204`). 0.34 gives no evidence of what happens to the versions whose
    configuration names it; the emulator leaves their configurations as they are.

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        variable_name=variable_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a variable

     Deletes a variable (the current API: `variables.py:83-99`; `test_variables.py:67-97`,
    answered `204`). 0.34 gives no evidence of what happens to the versions whose
    configuration names it; the emulator leaves their configurations as they are.

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            variable_name=variable_name,
            client=client,
        )
    ).parsed
