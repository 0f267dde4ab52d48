from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_version_configuration_params import UpdateVersionConfigurationParams
from ...models.version_configuration import VersionConfiguration
from ...types import Response, json_loads


def build_request(
    owner: str,
    name: str,
    number: int,
    *,
    body: UpdateVersionConfigurationParams,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `update_model_version_configuration`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/models/{owner}/{name}/versions/{number}/configuration".format(
            owner=quote(str(owner), safe=""),
            name=quote(str(name), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | VersionConfiguration | None:
    """The parsed body of a response to `update_model_version_configuration`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = VersionConfiguration.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

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
    body: UpdateVersionConfigurationParams,
) -> Response[Error | VersionConfiguration]:
    """Update a model version's configuration

     Changes the hardware of a version the caller owns, or the variables it reads:
    `variable_names`, when given, replaces the whole list (the current API:
    `model_versions.py:49-57,293-349`; `test_model_versions.py:288-357`, answered
    `200` with the configuration). 0.34 gives no evidence of the status of an unknown
    hardware identifier (this document and the emulator answer `422`), nor of whether
    the named variables must exist (the emulator does not check, as on a create).

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):
        body (UpdateVersionConfigurationParams): Changes to a version's configuration (the current
            API); every field is optional.

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
        body=body,
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
    body: UpdateVersionConfigurationParams,
) -> Error | VersionConfiguration | None:
    """Update a model version's configuration

     Changes the hardware of a version the caller owns, or the variables it reads:
    `variable_names`, when given, replaces the whole list (the current API:
    `model_versions.py:49-57,293-349`; `test_model_versions.py:288-357`, answered
    `200` with the configuration). 0.34 gives no evidence of the status of an unknown
    hardware identifier (this document and the emulator answer `422`), nor of whether
    the named variables must exist (the emulator does not check, as on a create).

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):
        body (UpdateVersionConfigurationParams): Changes to a version's configuration (the current
            API); every field is optional.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVersionConfigurationParams,
) -> Response[Error | VersionConfiguration]:
    """Update a model version's configuration

     Changes the hardware of a version the caller owns, or the variables it reads:
    `variable_names`, when given, replaces the whole list (the current API:
    `model_versions.py:49-57,293-349`; `test_model_versions.py:288-357`, answered
    `200` with the configuration). 0.34 gives no evidence of the status of an unknown
    hardware identifier (this document and the emulator answer `422`), nor of whether
    the named variables must exist (the emulator does not check, as on a create).

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):
        body (UpdateVersionConfigurationParams): Changes to a version's configuration (the current
            API); every field is optional.

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    name: str,
    number: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVersionConfigurationParams,
) -> Error | VersionConfiguration | None:
    """Update a model version's configuration

     Changes the hardware of a version the caller owns, or the variables it reads:
    `variable_names`, when given, replaces the whole list (the current API:
    `model_versions.py:49-57,293-349`; `test_model_versions.py:288-357`, answered
    `200` with the configuration). 0.34 gives no evidence of the status of an unknown
    hardware identifier (this document and the emulator answer `422`), nor of whether
    the named variables must exist (the emulator does not check, as on a create).

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        number (int):
        body (UpdateVersionConfigurationParams): Changes to a version's configuration (the current
            API); every field is optional.

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
            body=body,
        )
    ).parsed
