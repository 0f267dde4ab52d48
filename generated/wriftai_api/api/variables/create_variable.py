from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_variable_params import CreateVariableParams
from ...models.error import Error
from ...models.variable import Variable
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    body: CreateVariableParams,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_variable`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/variables",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | Variable | None:
    """The parsed body of a response to `create_variable`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = Variable.from_dict(json_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Variable]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVariableParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Variable]:
    """Create a variable

     Creates a variable: a value, such as an API token, that the model versions whose
    configuration names it read under `key` (the current API: `variables.py:28-39,57-81`;
    `test_variables.py:16-64`, answered `200`). A secret's value is never sent back.
    0.34 gives no evidence of the status for a name already taken; this document (and
    the emulator) answer `409`.

    Args:
        idempotency_key (str | Unset):
        body (CreateVariableParams): A new variable (the current API); every field is required, as
            0.34 sends them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Variable]
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
    body: CreateVariableParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | Variable | None:
    """Create a variable

     Creates a variable: a value, such as an API token, that the model versions whose
    configuration names it read under `key` (the current API: `variables.py:28-39,57-81`;
    `test_variables.py:16-64`, answered `200`). A secret's value is never sent back.
    0.34 gives no evidence of the status for a name already taken; this document (and
    the emulator) answer `409`.

    Args:
        idempotency_key (str | Unset):
        body (CreateVariableParams): A new variable (the current API); every field is required, as
            0.34 sends them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Variable
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVariableParams,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Variable]:
    """Create a variable

     Creates a variable: a value, such as an API token, that the model versions whose
    configuration names it read under `key` (the current API: `variables.py:28-39,57-81`;
    `test_variables.py:16-64`, answered `200`). A secret's value is never sent back.
    0.34 gives no evidence of the status for a name already taken; this document (and
    the emulator) answer `409`.

    Args:
        idempotency_key (str | Unset):
        body (CreateVariableParams): A new variable (the current API); every field is required, as
            0.34 sends them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Variable]
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
    body: CreateVariableParams,
    idempotency_key: str | Unset = UNSET,
) -> Error | Variable | None:
    """Create a variable

     Creates a variable: a value, such as an API token, that the model versions whose
    configuration names it read under `key` (the current API: `variables.py:28-39,57-81`;
    `test_variables.py:16-64`, answered `200`). A secret's value is never sent back.
    0.34 gives no evidence of the status for a name already taken; this document (and
    the emulator) answer `409`.

    Args:
        idempotency_key (str | Unset):
        body (CreateVariableParams): A new variable (the current API); every field is required, as
            0.34 sends them all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Variable
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
