from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_llm_endpoint_response import GetLLMEndpointResponse
from ...types import Response, json_loads


def build_request(
    model_endpoint_name: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `get_llm_endpoint`:
    method, url, and the params, headers and body it takes."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/llm/model-endpoints/{model_endpoint_name}".format(
            model_endpoint_name=quote(str(model_endpoint_name), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | GetLLMEndpointResponse | None:
    """The parsed body of a response to `get_llm_endpoint`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = GetLLMEndpointResponse.from_dict(json_loads(response.content))

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetLLMEndpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | GetLLMEndpointResponse]:
    """Get an LLM endpoint

     Returns one LLM model endpoint the caller owns or may use publicly, by name.

    Args:
        model_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLLMEndpointResponse]
    """

    kwargs = build_request(
        model_endpoint_name=model_endpoint_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | GetLLMEndpointResponse | None:
    """Get an LLM endpoint

     Returns one LLM model endpoint the caller owns or may use publicly, by name.

    Args:
        model_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLLMEndpointResponse
    """

    return sync_detailed(
        model_endpoint_name=model_endpoint_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | GetLLMEndpointResponse]:
    """Get an LLM endpoint

     Returns one LLM model endpoint the caller owns or may use publicly, by name.

    Args:
        model_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLLMEndpointResponse]
    """

    kwargs = build_request(
        model_endpoint_name=model_endpoint_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | GetLLMEndpointResponse | None:
    """Get an LLM endpoint

     Returns one LLM model endpoint the caller owns or may use publicly, by name.

    Args:
        model_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLLMEndpointResponse
    """

    return (
        await asyncio_detailed(
            model_endpoint_name=model_endpoint_name,
            client=client,
        )
    ).parsed
