from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_request import CompletionRequest
from ...models.error import Error
from ...types import UNSET, Response, json_loads


def build_request(
    *,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_completion_stream`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["model_endpoint_name"] = model_endpoint_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/completions-stream",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | str | None:
    """The parsed body of a response to `create_completion_stream`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> Response[Error | str]:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced.
    Creates nothing, so sending it again does no harm.

    The body is a `text/event-stream` (the server's own OpenAPI document says
    `application/json`; the wire says otherwise). Each event has one `data:` line
    holding a `CompletionStreamResponse`; lines end in CRLF; there are no `event:` or
    `id:` fields and no `[DONE]` sentinel. A comment (`: ping - <time>`) is sent every
    15 seconds while the model is quiet, and an event may carry neither `output` nor
    `error` (the server passes on the model's empty chunks). Most frameworks mark the
    last output `finished: true`, but TensorRT-LLM endpoints never do: the stream is
    complete when the server closes the body cleanly. An error after the stream began
    arrives as an event whose `error` is set (the HTTP status is already `200`), and
    ends the stream; errors before it began are ordinary error responses. A cut
    stream cannot be resumed. The `400` rules of `create_completion` apply.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        body=body,
        model_endpoint_name=model_endpoint_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> Error | str | None:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced.
    Creates nothing, so sending it again does no harm.

    The body is a `text/event-stream` (the server's own OpenAPI document says
    `application/json`; the wire says otherwise). Each event has one `data:` line
    holding a `CompletionStreamResponse`; lines end in CRLF; there are no `event:` or
    `id:` fields and no `[DONE]` sentinel. A comment (`: ping - <time>`) is sent every
    15 seconds while the model is quiet, and an event may carry neither `output` nor
    `error` (the server passes on the model's empty chunks). Most frameworks mark the
    last output `finished: true`, but TensorRT-LLM endpoints never do: the stream is
    complete when the server closes the body cleanly. An error after the stream began
    arrives as an event whose `error` is set (the HTTP status is already `200`), and
    ends the stream; errors before it began are ordinary error responses. A cut
    stream cannot be resumed. The `400` rules of `create_completion` apply.

    Args:
        model_endpoint_name (str):
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> Response[Error | str]:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced.
    Creates nothing, so sending it again does no harm.

    The body is a `text/event-stream` (the server's own OpenAPI document says
    `application/json`; the wire says otherwise). Each event has one `data:` line
    holding a `CompletionStreamResponse`; lines end in CRLF; there are no `event:` or
    `id:` fields and no `[DONE]` sentinel. A comment (`: ping - <time>`) is sent every
    15 seconds while the model is quiet, and an event may carry neither `output` nor
    `error` (the server passes on the model's empty chunks). Most frameworks mark the
    last output `finished: true`, but TensorRT-LLM endpoints never do: the stream is
    complete when the server closes the body cleanly. An error after the stream began
    arrives as an event whose `error` is set (the HTTP status is already `200`), and
    ends the stream; errors before it began are ordinary error responses. A cut
    stream cannot be resumed. The `400` rules of `create_completion` apply.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        body=body,
        model_endpoint_name=model_endpoint_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> Error | str | None:
    """Stream a completion

     Completes a prompt on an LLM endpoint and streams the completion as it is produced.
    Creates nothing, so sending it again does no harm.

    The body is a `text/event-stream` (the server's own OpenAPI document says
    `application/json`; the wire says otherwise). Each event has one `data:` line
    holding a `CompletionStreamResponse`; lines end in CRLF; there are no `event:` or
    `id:` fields and no `[DONE]` sentinel. A comment (`: ping - <time>`) is sent every
    15 seconds while the model is quiet, and an event may carry neither `output` nor
    `error` (the server passes on the model's empty chunks). Most frameworks mark the
    last output `finished: true`, but TensorRT-LLM endpoints never do: the stream is
    complete when the server closes the body cleanly. An error after the stream began
    arrives as an event whose `error` is set (the HTTP status is already `200`), and
    ends the stream; errors before it began are ordinary error responses. A cut
    stream cannot be resumed. The `400` rules of `create_completion` apply.

    Args:
        model_endpoint_name (str):
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
        )
    ).parsed
