from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_request import CompletionRequest
from ...models.completion_sync_response import CompletionSyncResponse
from ...models.error import Error
from ...types import UNSET, Response, json_loads


def build_request(
    *,
    body: CompletionRequest,
    model_endpoint_name: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_completion`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["model_endpoint_name"] = model_endpoint_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/completions-sync",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CompletionSyncResponse | Error | None:
    """The parsed body of a response to `create_completion`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = CompletionSyncResponse.from_dict(json_loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompletionSyncResponse | Error]:
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
) -> Response[CompletionSyncResponse | Error]:
    """Create a completion

     Completes a prompt on an LLM endpoint and returns the whole completion at once.
    Creates nothing, so sending it again does no harm.

    Beyond the schema, the server answers `400` when a setting does not fit the
    endpoint's inference framework: `top_k`/`top_p` only on vLLM, LightLLM and
    text-generation-inference, and there not with `temperature: 0`, and `top_k` never
    `0`; penalties only on vLLM and LightLLM; `return_token_log_probs` not on
    TensorRT-LLM; `include_stop_str_in_output` and guided decoding only on vLLM; at most
    one `guided_*` field.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionSyncResponse | Error]
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
) -> CompletionSyncResponse | Error | None:
    """Create a completion

     Completes a prompt on an LLM endpoint and returns the whole completion at once.
    Creates nothing, so sending it again does no harm.

    Beyond the schema, the server answers `400` when a setting does not fit the
    endpoint's inference framework: `top_k`/`top_p` only on vLLM, LightLLM and
    text-generation-inference, and there not with `temperature: 0`, and `top_k` never
    `0`; penalties only on vLLM and LightLLM; `return_token_log_probs` not on
    TensorRT-LLM; `include_stop_str_in_output` and guided decoding only on vLLM; at most
    one `guided_*` field.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionSyncResponse | Error
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
) -> Response[CompletionSyncResponse | Error]:
    """Create a completion

     Completes a prompt on an LLM endpoint and returns the whole completion at once.
    Creates nothing, so sending it again does no harm.

    Beyond the schema, the server answers `400` when a setting does not fit the
    endpoint's inference framework: `top_k`/`top_p` only on vLLM, LightLLM and
    text-generation-inference, and there not with `temperature: 0`, and `top_k` never
    `0`; penalties only on vLLM and LightLLM; `return_token_log_probs` not on
    TensorRT-LLM; `include_stop_str_in_output` and guided decoding only on vLLM; at most
    one `guided_*` field.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionSyncResponse | Error]
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
) -> CompletionSyncResponse | Error | None:
    """Create a completion

     Completes a prompt on an LLM endpoint and returns the whole completion at once.
    Creates nothing, so sending it again does no harm.

    Beyond the schema, the server answers `400` when a setting does not fit the
    endpoint's inference framework: `top_k`/`top_p` only on vLLM, LightLLM and
    text-generation-inference, and there not with `temperature: 0`, and `top_k` never
    `0`; penalties only on vLLM and LightLLM; `return_token_log_probs` not on
    TensorRT-LLM; `include_stop_str_in_output` and guided decoding only on vLLM; at most
    one `guided_*` field.

    Args:
        model_endpoint_name (str):
        body (CompletionRequest): A completion request, for the sync and the streaming operation
            alike.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionSyncResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            model_endpoint_name=model_endpoint_name,
        )
    ).parsed
