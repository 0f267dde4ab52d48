from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_version_params import CreateVersionParams
from ...models.error import Error
from ...models.model_version_with_details import ModelVersionWithDetails
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    owner: str,
    name: str,
    *,
    body: CreateVersionParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_model_version`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models/{owner}/{name}/versions".format(
            owner=quote(str(owner), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | ModelVersionWithDetails | None:
    """The parsed body of a response to `create_model_version`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = ModelVersionWithDetails.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ModelVersionWithDetails.from_dict(json_loads(response.content))

        return response_201

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
) -> Response[Error | ModelVersionWithDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVersionParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ModelVersionWithDetails]:
    """Create a model version

     Publishes a new version of a model the caller owns; versions are numbered from 1.
    The current API also takes `compatibilities` and a `configuration` (left out, the
    previous version's is kept) and answers `200`; up to release 0.22 it answered `201`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        idempotency_key (str | Unset):
        body (CreateVersionParams): Parameters for creating a version of a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelVersionWithDetails]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVersionParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | ModelVersionWithDetails | None:
    """Create a model version

     Publishes a new version of a model the caller owns; versions are numbered from 1.
    The current API also takes `compatibilities` and a `configuration` (left out, the
    previous version's is kept) and answers `200`; up to release 0.22 it answered `201`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        idempotency_key (str | Unset):
        body (CreateVersionParams): Parameters for creating a version of a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelVersionWithDetails
    """

    return sync_detailed(
        owner=owner,
        name=name,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVersionParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ModelVersionWithDetails]:
    """Create a model version

     Publishes a new version of a model the caller owns; versions are numbered from 1.
    The current API also takes `compatibilities` and a `configuration` (left out, the
    previous version's is kept) and answers `200`; up to release 0.22 it answered `201`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        idempotency_key (str | Unset):
        body (CreateVersionParams): Parameters for creating a version of a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelVersionWithDetails]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVersionParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | ModelVersionWithDetails | None:
    """Create a model version

     Publishes a new version of a model the caller owns; versions are numbered from 1.
    The current API also takes `compatibilities` and a `configuration` (left out, the
    previous version's is kept) and answers `200`; up to release 0.22 it answered `201`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        idempotency_key (str | Unset):
        body (CreateVersionParams): Parameters for creating a version of a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelVersionWithDetails
    """

    return (
        await asyncio_detailed(
            owner=owner,
            name=name,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
