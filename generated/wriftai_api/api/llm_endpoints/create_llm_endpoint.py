from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_llm_endpoint_request import CreateLLMEndpointRequest
from ...models.create_llm_endpoint_response import CreateLLMEndpointResponse
from ...models.error import Error
from ...types import Response, json_loads


def build_request(
    *,
    body: CreateLLMEndpointRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_llm_endpoint`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/model-endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CreateLLMEndpointResponse | Error | None:
    """The parsed body of a response to `create_llm_endpoint`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = CreateLLMEndpointResponse.from_dict(json_loads(response.content))

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
) -> Response[CreateLLMEndpointResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLLMEndpointRequest,
) -> Response[CreateLLMEndpointResponse | Error]:
    """Create an LLM endpoint

     Starts creating an LLM model endpoint; it serves once its status is `READY`. The
    body is read as the variant of `inference_framework` (`vllm` when left out).

    Beyond the schema, the server answers `400` when: `labels` lacks `team` or
    `product` (or has `user_id` or `endpoint_name`); some but not all of `cpus`,
    `gpus`, `memory`, `gpu_type`, `storage`, `nodes_per_worker` are given (give all or
    none; with none the server picks the hardware); `gpu_type` is
    `nvidia-ampere-a100e`; `num_shards` differs from the number of GPUs (DeepSpeed:
    and is not above 1); `endpoint_type` is not `streaming` for vLLM,
    text-generation-inference, LightLLM or TensorRT-LLM; `quantize` is not supported
    by the framework (vLLM: `awq`; text-generation-inference: `bitsandbytes`; others:
    none); `nodes_per_worker` is above 1 for a framework other than vLLM;
    `chat_template_override` is given for a framework other than vLLM; or an
    endpoint with the name exists. `min_workers: 0` needs an `async` endpoint on
    servers that cannot scale HTTP endpoints from zero.

    Args:
        body (CreateLLMEndpointRequest): An LLM model endpoint to create: the settings every
            framework's variant shares,
            plus `max_model_len` and `chat_template_override` (vLLM only). The server takes
            more framework-specific engine arguments than are listed here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLLMEndpointResponse | Error]
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
    body: CreateLLMEndpointRequest,
) -> CreateLLMEndpointResponse | Error | None:
    """Create an LLM endpoint

     Starts creating an LLM model endpoint; it serves once its status is `READY`. The
    body is read as the variant of `inference_framework` (`vllm` when left out).

    Beyond the schema, the server answers `400` when: `labels` lacks `team` or
    `product` (or has `user_id` or `endpoint_name`); some but not all of `cpus`,
    `gpus`, `memory`, `gpu_type`, `storage`, `nodes_per_worker` are given (give all or
    none; with none the server picks the hardware); `gpu_type` is
    `nvidia-ampere-a100e`; `num_shards` differs from the number of GPUs (DeepSpeed:
    and is not above 1); `endpoint_type` is not `streaming` for vLLM,
    text-generation-inference, LightLLM or TensorRT-LLM; `quantize` is not supported
    by the framework (vLLM: `awq`; text-generation-inference: `bitsandbytes`; others:
    none); `nodes_per_worker` is above 1 for a framework other than vLLM;
    `chat_template_override` is given for a framework other than vLLM; or an
    endpoint with the name exists. `min_workers: 0` needs an `async` endpoint on
    servers that cannot scale HTTP endpoints from zero.

    Args:
        body (CreateLLMEndpointRequest): An LLM model endpoint to create: the settings every
            framework's variant shares,
            plus `max_model_len` and `chat_template_override` (vLLM only). The server takes
            more framework-specific engine arguments than are listed here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLLMEndpointResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLLMEndpointRequest,
) -> Response[CreateLLMEndpointResponse | Error]:
    """Create an LLM endpoint

     Starts creating an LLM model endpoint; it serves once its status is `READY`. The
    body is read as the variant of `inference_framework` (`vllm` when left out).

    Beyond the schema, the server answers `400` when: `labels` lacks `team` or
    `product` (or has `user_id` or `endpoint_name`); some but not all of `cpus`,
    `gpus`, `memory`, `gpu_type`, `storage`, `nodes_per_worker` are given (give all or
    none; with none the server picks the hardware); `gpu_type` is
    `nvidia-ampere-a100e`; `num_shards` differs from the number of GPUs (DeepSpeed:
    and is not above 1); `endpoint_type` is not `streaming` for vLLM,
    text-generation-inference, LightLLM or TensorRT-LLM; `quantize` is not supported
    by the framework (vLLM: `awq`; text-generation-inference: `bitsandbytes`; others:
    none); `nodes_per_worker` is above 1 for a framework other than vLLM;
    `chat_template_override` is given for a framework other than vLLM; or an
    endpoint with the name exists. `min_workers: 0` needs an `async` endpoint on
    servers that cannot scale HTTP endpoints from zero.

    Args:
        body (CreateLLMEndpointRequest): An LLM model endpoint to create: the settings every
            framework's variant shares,
            plus `max_model_len` and `chat_template_override` (vLLM only). The server takes
            more framework-specific engine arguments than are listed here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLLMEndpointResponse | Error]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateLLMEndpointRequest,
) -> CreateLLMEndpointResponse | Error | None:
    """Create an LLM endpoint

     Starts creating an LLM model endpoint; it serves once its status is `READY`. The
    body is read as the variant of `inference_framework` (`vllm` when left out).

    Beyond the schema, the server answers `400` when: `labels` lacks `team` or
    `product` (or has `user_id` or `endpoint_name`); some but not all of `cpus`,
    `gpus`, `memory`, `gpu_type`, `storage`, `nodes_per_worker` are given (give all or
    none; with none the server picks the hardware); `gpu_type` is
    `nvidia-ampere-a100e`; `num_shards` differs from the number of GPUs (DeepSpeed:
    and is not above 1); `endpoint_type` is not `streaming` for vLLM,
    text-generation-inference, LightLLM or TensorRT-LLM; `quantize` is not supported
    by the framework (vLLM: `awq`; text-generation-inference: `bitsandbytes`; others:
    none); `nodes_per_worker` is above 1 for a framework other than vLLM;
    `chat_template_override` is given for a framework other than vLLM; or an
    endpoint with the name exists. `min_workers: 0` needs an `async` endpoint on
    servers that cannot scale HTTP endpoints from zero.

    Args:
        body (CreateLLMEndpointRequest): An LLM model endpoint to create: the settings every
            framework's variant shares,
            plus `max_model_len` and `chat_template_override` (vLLM only). The server takes
            more framework-specific engine arguments than are listed here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLLMEndpointResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
