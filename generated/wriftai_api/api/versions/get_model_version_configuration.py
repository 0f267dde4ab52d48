from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.version_configuration import VersionConfiguration
from ...types import Response, json_loads


def build_request(
    owner: str,
    name: str,
    number: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `get_model_version_configuration`:
    method, url, and the params, headers and body it takes."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{owner}/{name}/versions/{number}/configuration".format(
            owner=quote(str(owner), safe=""),
            name=quote(str(name), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | VersionConfiguration | None:
    """The parsed body of a response to `get_model_version_configuration`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = VersionConfiguration.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

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
) -> Response[Error | VersionConfiguration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | VersionConfiguration]:
    """Get a model version's configuration

     Returns how a version runs: its hardware and the names of the variables it reads
    (the current API: `model_versions.py:351-391`; `test_model_versions.py:362-420`). 0.34
    gives no evidence of whether others than the owner may read it; the emulator answers
    `403` to them, as the names of a user's variables are theirs.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VersionConfiguration]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | VersionConfiguration | None:
    """Get a model version's configuration

     Returns how a version runs: its hardware and the names of the variables it reads
    (the current API: `model_versions.py:351-391`; `test_model_versions.py:362-420`). 0.34
    gives no evidence of whether others than the owner may read it; the emulator answers
    `403` to them, as the names of a user's variables are theirs.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VersionConfiguration
    """

    return sync_detailed(
        owner=owner,
        name=name,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | VersionConfiguration]:
    """Get a model version's configuration

     Returns how a version runs: its hardware and the names of the variables it reads
    (the current API: `model_versions.py:351-391`; `test_model_versions.py:362-420`). 0.34
    gives no evidence of whether others than the owner may read it; the emulator answers
    `403` to them, as the names of a user's variables are theirs.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VersionConfiguration]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | VersionConfiguration | None:
    """Get a model version's configuration

     Returns how a version runs: its hardware and the names of the variables it reads
    (the current API: `model_versions.py:351-391`; `test_model_versions.py:362-420`). 0.34
    gives no evidence of whether others than the owner may read it; the emulator answers
    `403` to them, as the names of a user's variables are theirs.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VersionConfiguration
    """

    return (
        await asyncio_detailed(
            owner=owner,
            name=name,
            number=number,
            client=client,
        )
    ).parsed
