from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model_download_request import ModelDownloadRequest
from ...models.model_download_response import ModelDownloadResponse
from ...types import Response, json_loads


def build_request(
    *,
    body: ModelDownloadRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `download_model`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/model-endpoints/download",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | ModelDownloadResponse | None:
    """The parsed body of a response to `download_model`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = ModelDownloadResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | ModelDownloadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ModelDownloadRequest,
) -> Response[Error | ModelDownloadResponse]:
    """Download a model's weights

     Returns signed URLs to download the weights of a model the caller's team has an
    endpoint for (usually a fine-tuned model). Creates nothing, so sending it again
    does no harm. A model without such an endpoint gets `404`; the server does not
    read `download_format`.

    Args:
        body (ModelDownloadRequest): A request for a model's download URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelDownloadResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ModelDownloadRequest,
) -> Error | ModelDownloadResponse | None:
    """Download a model's weights

     Returns signed URLs to download the weights of a model the caller's team has an
    endpoint for (usually a fine-tuned model). Creates nothing, so sending it again
    does no harm. A model without such an endpoint gets `404`; the server does not
    read `download_format`.

    Args:
        body (ModelDownloadRequest): A request for a model's download URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelDownloadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ModelDownloadRequest,
) -> Response[Error | ModelDownloadResponse]:
    """Download a model's weights

     Returns signed URLs to download the weights of a model the caller's team has an
    endpoint for (usually a fine-tuned model). Creates nothing, so sending it again
    does no harm. A model without such an endpoint gets `404`; the server does not
    read `download_format`.

    Args:
        body (ModelDownloadRequest): A request for a model's download URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelDownloadResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ModelDownloadRequest,
) -> Error | ModelDownloadResponse | None:
    """Download a model's weights

     Returns signed URLs to download the weights of a model the caller's team has an
    endpoint for (usually a fine-tuned model). Creates nothing, so sending it again
    does no harm. A model without such an endpoint gets `404`; the server does not
    read `download_format`.

    Args:
        body (ModelDownloadRequest): A request for a model's download URLs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelDownloadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
