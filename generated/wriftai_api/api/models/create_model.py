from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_model_params import CreateModelParams
from ...models.error import Error
from ...models.model import Model
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    body: CreateModelParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_model`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | Model | None:
    """The parsed body of a response to `create_model`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = Model.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Model.from_dict(json_loads(response.content))

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Model]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Create a model

     Creates a model owned by the authenticated user. Releases up to 0.22 require a
    `hardware_identifier`; the current API takes `overview` and `category_slugs` instead
    and answers `200`; up to release 0.22 it answered `201`.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelParams): Parameters for creating a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = build_request(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | Model | None:
    """Create a model

     Creates a model owned by the authenticated user. Releases up to 0.22 require a
    `hardware_identifier`; the current API takes `overview` and `category_slugs` instead
    and answers `200`; up to release 0.22 it answered `201`.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelParams): Parameters for creating a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Model]:
    """Create a model

     Creates a model owned by the authenticated user. Releases up to 0.22 require a
    `hardware_identifier`; the current API takes `overview` and `category_slugs` instead
    and answers `200`; up to release 0.22 it answered `201`.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelParams): Parameters for creating a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Model]
    """

    kwargs = build_request(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateModelParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | Model | None:
    """Create a model

     Creates a model owned by the authenticated user. Releases up to 0.22 require a
    `hardware_identifier`; the current API takes `overview` and `category_slugs` instead
    and answers `200`; up to release 0.22 it answered `201`.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelParams): Parameters for creating a model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Model
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
