from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_variable_params import UpdateVariableParams
from ...models.variable import Variable
from ...types import Response, json_loads


def build_request(
    variable_name: str,
    *,
    body: UpdateVariableParams,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `update_variable`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/variables/{variable_name}".format(
            variable_name=quote(str(variable_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | Variable | None:
    """The parsed body of a response to `update_variable`, by its status; None (or
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Variable]:
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
    body: UpdateVariableParams,
) -> Response[Error | Variable]:
    """Update a variable

     Changes a variable's `value` or `key`; fields left out keep their values (the
    current API: `variables.py:42-49,101-129`; `test_variables.py:100-144`, answered
    `200`).

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.
        body (UpdateVariableParams): Changes to a variable (the current API); every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Variable]
    """

    kwargs = build_request(
        variable_name=variable_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVariableParams,
) -> Error | Variable | None:
    """Update a variable

     Changes a variable's `value` or `key`; fields left out keep their values (the
    current API: `variables.py:42-49,101-129`; `test_variables.py:100-144`, answered
    `200`).

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.
        body (UpdateVariableParams): Changes to a variable (the current API); every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Variable
    """

    return sync_detailed(
        variable_name=variable_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVariableParams,
) -> Response[Error | Variable]:
    """Update a variable

     Changes a variable's `value` or `key`; fields left out keep their values (the
    current API: `variables.py:42-49,101-129`; `test_variables.py:100-144`, answered
    `200`).

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.
        body (UpdateVariableParams): Changes to a variable (the current API); every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Variable]
    """

    kwargs = build_request(
        variable_name=variable_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVariableParams,
) -> Error | Variable | None:
    """Update a variable

     Changes a variable's `value` or `key`; fields left out keep their values (the
    current API: `variables.py:42-49,101-129`; `test_variables.py:100-144`, answered
    `200`).

    Args:
        variable_name (str): The name of a variable, unique per user, as a version's configuration
            names it.
            0.34 shows no rule for names; this document asks for one path segment.
        body (UpdateVariableParams): Changes to a variable (the current API); every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Variable
    """

    return (
        await asyncio_detailed(
            variable_name=variable_name,
            client=client,
            body=body,
        )
    ).parsed
