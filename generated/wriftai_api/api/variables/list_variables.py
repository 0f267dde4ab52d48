from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.variable_page import VariablePage
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `list_variables`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/variables",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | VariablePage | None:
    """The parsed body of a response to `list_variables`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = VariablePage.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

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
) -> Response[Error | VariablePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | VariablePage]:
    """List variables

     Lists the caller's variables, one page at a time (the current API:
    `variables.py:131-169`; `test_variables.py:147-205`, which sends only `cursor` and
    `page_size`). A secret's `value` is the empty string.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VariablePage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | VariablePage | None:
    """List variables

     Lists the caller's variables, one page at a time (the current API:
    `variables.py:131-169`; `test_variables.py:147-205`, which sends only `cursor` and
    `page_size`). A secret's `value` is the empty string.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VariablePage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | VariablePage]:
    """List variables

     Lists the caller's variables, one page at a time (the current API:
    `variables.py:131-169`; `test_variables.py:147-205`, which sends only `cursor` and
    `page_size`). A secret's `value` is the empty string.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VariablePage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | VariablePage | None:
    """List variables

     Lists the caller's variables, one page at a time (the current API:
    `variables.py:131-169`; `test_variables.py:147-205`, which sends only `cursor` and
    `page_size`). A secret's `value` is the empty string.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VariablePage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
