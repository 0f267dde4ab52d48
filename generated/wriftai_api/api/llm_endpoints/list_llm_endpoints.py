from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_llm_endpoints_response import ListLLMEndpointsResponse
from ...models.model_endpoint_order_by import ModelEndpointOrderBy
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    name: str | Unset = UNSET,
    order_by: ModelEndpointOrderBy | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `list_llm_endpoints`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["name"] = name

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/llm/model-endpoints",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | ListLLMEndpointsResponse | None:
    """The parsed body of a response to `list_llm_endpoints`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = ListLLMEndpointsResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | ListLLMEndpointsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    order_by: ModelEndpointOrderBy | Unset = UNSET,
) -> Response[Error | ListLLMEndpointsResponse]:
    """List LLM endpoints

     Lists the caller's LLM model endpoints and every endpoint open to public inference
    (not paginated), optionally only those with one name, in an order.

    Args:
        name (str | Unset):
        order_by (ModelEndpointOrderBy | Unset): How to order listed endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListLLMEndpointsResponse]
    """

    kwargs = build_request(
        name=name,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    order_by: ModelEndpointOrderBy | Unset = UNSET,
) -> Error | ListLLMEndpointsResponse | None:
    """List LLM endpoints

     Lists the caller's LLM model endpoints and every endpoint open to public inference
    (not paginated), optionally only those with one name, in an order.

    Args:
        name (str | Unset):
        order_by (ModelEndpointOrderBy | Unset): How to order listed endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListLLMEndpointsResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    order_by: ModelEndpointOrderBy | Unset = UNSET,
) -> Response[Error | ListLLMEndpointsResponse]:
    """List LLM endpoints

     Lists the caller's LLM model endpoints and every endpoint open to public inference
    (not paginated), optionally only those with one name, in an order.

    Args:
        name (str | Unset):
        order_by (ModelEndpointOrderBy | Unset): How to order listed endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListLLMEndpointsResponse]
    """

    kwargs = build_request(
        name=name,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    order_by: ModelEndpointOrderBy | Unset = UNSET,
) -> Error | ListLLMEndpointsResponse | None:
    """List LLM endpoints

     Lists the caller's LLM model endpoints and every endpoint open to public inference
    (not paginated), optionally only those with one name, in an order.

    Args:
        name (str | Unset):
        order_by (ModelEndpointOrderBy | Unset): How to order listed endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListLLMEndpointsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            order_by=order_by,
        )
    ).parsed
