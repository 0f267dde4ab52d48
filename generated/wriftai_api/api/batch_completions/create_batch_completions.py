from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_batch_completions_request import CreateBatchCompletionsRequest
from ...models.create_batch_completions_response import CreateBatchCompletionsResponse
from ...models.error import Error
from ...types import Response, json_loads


def build_request(
    *,
    body: CreateBatchCompletionsRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_batch_completions`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/batch-completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CreateBatchCompletionsResponse | Error | None:
    """The parsed body of a response to `create_batch_completions`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = CreateBatchCompletionsResponse.from_dict(json_loads(response.content))

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
) -> Response[CreateBatchCompletionsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchCompletionsRequest,
) -> Response[CreateBatchCompletionsResponse | Error]:
    """Create a batch completion job

     Starts a job that completes many prompts, read from `input_data_path` or given
    inline in `content` (one of the two). The job runs offline, without an endpoint.
    Its id is read and cancelled through the `/v2` routes.

    Beyond the schema, the server answers `400` for `data_parallelism` above 1 ("Data
    parallelism is disabled for batch completions."), a `tool_config` other than
    `code_evaluator`, a model the server does not know without a `checkpoint_path`,
    and a `checkpoint_path` that is not an `s3://`, `gs://`, `azure://` or Azure Blob
    URL (or is a `.tar`). It picks the hardware and the shard count itself. Top-level
    `labels`, `cpus`, `gpus`, `memory`, `gpu_type`, `storage` and `nodes_per_worker`
    are accepted but ignored by this route (`model_config.labels` labels the job).

    Args:
        body (CreateBatchCompletionsRequest): A batch completion job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchCompletionsResponse | Error]
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
    body: CreateBatchCompletionsRequest,
) -> CreateBatchCompletionsResponse | Error | None:
    """Create a batch completion job

     Starts a job that completes many prompts, read from `input_data_path` or given
    inline in `content` (one of the two). The job runs offline, without an endpoint.
    Its id is read and cancelled through the `/v2` routes.

    Beyond the schema, the server answers `400` for `data_parallelism` above 1 ("Data
    parallelism is disabled for batch completions."), a `tool_config` other than
    `code_evaluator`, a model the server does not know without a `checkpoint_path`,
    and a `checkpoint_path` that is not an `s3://`, `gs://`, `azure://` or Azure Blob
    URL (or is a `.tar`). It picks the hardware and the shard count itself. Top-level
    `labels`, `cpus`, `gpus`, `memory`, `gpu_type`, `storage` and `nodes_per_worker`
    are accepted but ignored by this route (`model_config.labels` labels the job).

    Args:
        body (CreateBatchCompletionsRequest): A batch completion job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchCompletionsResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchCompletionsRequest,
) -> Response[CreateBatchCompletionsResponse | Error]:
    """Create a batch completion job

     Starts a job that completes many prompts, read from `input_data_path` or given
    inline in `content` (one of the two). The job runs offline, without an endpoint.
    Its id is read and cancelled through the `/v2` routes.

    Beyond the schema, the server answers `400` for `data_parallelism` above 1 ("Data
    parallelism is disabled for batch completions."), a `tool_config` other than
    `code_evaluator`, a model the server does not know without a `checkpoint_path`,
    and a `checkpoint_path` that is not an `s3://`, `gs://`, `azure://` or Azure Blob
    URL (or is a `.tar`). It picks the hardware and the shard count itself. Top-level
    `labels`, `cpus`, `gpus`, `memory`, `gpu_type`, `storage` and `nodes_per_worker`
    are accepted but ignored by this route (`model_config.labels` labels the job).

    Args:
        body (CreateBatchCompletionsRequest): A batch completion job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchCompletionsResponse | Error]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBatchCompletionsRequest,
) -> CreateBatchCompletionsResponse | Error | None:
    """Create a batch completion job

     Starts a job that completes many prompts, read from `input_data_path` or given
    inline in `content` (one of the two). The job runs offline, without an endpoint.
    Its id is read and cancelled through the `/v2` routes.

    Beyond the schema, the server answers `400` for `data_parallelism` above 1 ("Data
    parallelism is disabled for batch completions."), a `tool_config` other than
    `code_evaluator`, a model the server does not know without a `checkpoint_path`,
    and a `checkpoint_path` that is not an `s3://`, `gs://`, `azure://` or Azure Blob
    URL (or is a `.tar`). It picks the hardware and the shard count itself. Top-level
    `labels`, `cpus`, `gpus`, `memory`, `gpu_type`, `storage` and `nodes_per_worker`
    are accepted but ignored by this route (`model_config.labels` labels the job).

    Args:
        body (CreateBatchCompletionsRequest): A batch completion job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchCompletionsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
