from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_request import CompletionRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompletionRequest,
    model_endpoint_name: str,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["model_endpoint_name"] = model_endpoint_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm/completions-stream",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    model_endpoint_name: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced:
    a `text/event-stream` whose events each have one `data:` line holding a
    `CompletionStreamResponse`. The last output has `finished: true`; an event whose
    `error` is set ends the stream. A cut stream cannot be resumed.

    Args:
        model_endpoint_name (str):
        idempotency_key (str | Unset):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
        model_endpoint_name=model_endpoint_name,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    model_endpoint_name: str,
    idempotency_key: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced:
    a `text/event-stream` whose events each have one `data:` line holding a
    `CompletionStreamResponse`. The last output has `finished: true`; an event whose
    `error` is set ends the stream. A cut stream cannot be resumed.

    Args:
        model_endpoint_name (str):
        idempotency_key (str | Unset):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
        model_endpoint_name=model_endpoint_name,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    model_endpoint_name: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced:
    a `text/event-stream` whose events each have one `data:` line holding a
    `CompletionStreamResponse`. The last output has `finished: true`; an event whose
    `error` is set ends the stream. A cut stream cannot be resumed.

    Args:
        model_endpoint_name (str):
        idempotency_key (str | Unset):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
        model_endpoint_name=model_endpoint_name,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionRequest,
    model_endpoint_name: str,
    idempotency_key: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced:
    a `text/event-stream` whose events each have one `data:` line holding a
    `CompletionStreamResponse`. The last output has `finished: true`; an event whose
    `error` is set ends the stream. A cut stream cannot be resumed.

    Args:
        model_endpoint_name (str):
        idempotency_key (str | Unset):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            model_endpoint_name=model_endpoint_name,
            idempotency_key=idempotency_key,
        )
    ).parsed
