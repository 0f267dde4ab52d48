from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_batch_completion_response import CancelBatchCompletionResponse
from ...models.error import Error
from ...types import Response, json_loads


def build_request(
    batch_completion_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `cancel_batch_completion`:
    method, url, and the params, headers and body it takes."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/batch-completions/{batch_completion_id}/actions/cancel".format(
            batch_completion_id=quote(str(batch_completion_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CancelBatchCompletionResponse | Error | None:
    """The parsed body of a response to `cancel_batch_completion`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = CancelBatchCompletionResponse.from_dict(json_loads(response.content))

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
) -> Response[CancelBatchCompletionResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    batch_completion_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelBatchCompletionResponse | Error]:
    """Cancel a batch completion job

     Cancels a batch completion job; `success` is false when there was nothing to
    cancel. Takes no body. Cancelling twice does no harm.

    Args:
        batch_completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelBatchCompletionResponse | Error]
    """

    kwargs = build_request(
        batch_completion_id=batch_completion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_completion_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelBatchCompletionResponse | Error | None:
    """Cancel a batch completion job

     Cancels a batch completion job; `success` is false when there was nothing to
    cancel. Takes no body. Cancelling twice does no harm.

    Args:
        batch_completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelBatchCompletionResponse | Error
    """

    return sync_detailed(
        batch_completion_id=batch_completion_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_completion_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelBatchCompletionResponse | Error]:
    """Cancel a batch completion job

     Cancels a batch completion job; `success` is false when there was nothing to
    cancel. Takes no body. Cancelling twice does no harm.

    Args:
        batch_completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelBatchCompletionResponse | Error]
    """

    kwargs = build_request(
        batch_completion_id=batch_completion_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_completion_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelBatchCompletionResponse | Error | None:
    """Cancel a batch completion job

     Cancels a batch completion job; `success` is false when there was nothing to
    cancel. Takes no body. Cancelling twice does no harm.

    Args:
        batch_completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelBatchCompletionResponse | Error
    """

    return (
        await asyncio_detailed(
            batch_completion_id=batch_completion_id,
            client=client,
        )
    ).parsed
