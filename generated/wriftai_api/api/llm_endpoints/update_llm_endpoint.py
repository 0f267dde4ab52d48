from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_llm_endpoint_request import UpdateLLMEndpointRequest
from ...models.update_llm_endpoint_response import UpdateLLMEndpointResponse
from ...types import Response, json_loads


def build_request(
    model_endpoint_name: str,
    *,
    body: UpdateLLMEndpointRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `update_llm_endpoint`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/llm/model-endpoints/{model_endpoint_name}".format(
            model_endpoint_name=quote(str(model_endpoint_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | UpdateLLMEndpointResponse | None:
    """The parsed body of a response to `update_llm_endpoint`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UpdateLLMEndpointResponse.from_dict(json_loads(response.content))

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
) -> Response[Error | UpdateLLMEndpointResponse]:
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
    body: UpdateLLMEndpointRequest,
) -> Response[Error | UpdateLLMEndpointResponse]:
    """Update an LLM endpoint

     Changes settings of an LLM model endpoint the caller owns. The body is read as
    the variant of `inference_framework` (`vllm` when left out); only `vllm`,
    `sglang`, `deepspeed` and `text_generation_inference` are variants, so another
    value gets `422`, and the value never changes the endpoint's framework.

    Settings left out keep their values, with one exception: a left-out
    `public_inference` is read as its default, `true`, so an update that does not
    name it makes the endpoint public. Giving `quantize`, `checkpoint_path` or
    `chat_template_override` (even as `null`), a model, a source, an image tag or a
    shard count rebuilds the endpoint's bundle; `latest` as the image tag means the
    newest one. The `400` rules of `create_llm_endpoint` about labels, shards,
    quantization and chat templates apply; `metadata` may not use the keys `_llm` and
    `_CONVERTED_FROM_ARTIFACT_LIKE`. An endpoint the caller may not change gets
    `404`, as an unknown one does.

    Args:
        model_endpoint_name (str):
        body (UpdateLLMEndpointRequest): Settings of an LLM model endpoint to change. Every field
            is optional, but a
            left-out `public_inference` is read as `true`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateLLMEndpointResponse]
    """

    kwargs = build_request(
        model_endpoint_name=model_endpoint_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLLMEndpointRequest,
) -> Error | UpdateLLMEndpointResponse | None:
    """Update an LLM endpoint

     Changes settings of an LLM model endpoint the caller owns. The body is read as
    the variant of `inference_framework` (`vllm` when left out); only `vllm`,
    `sglang`, `deepspeed` and `text_generation_inference` are variants, so another
    value gets `422`, and the value never changes the endpoint's framework.

    Settings left out keep their values, with one exception: a left-out
    `public_inference` is read as its default, `true`, so an update that does not
    name it makes the endpoint public. Giving `quantize`, `checkpoint_path` or
    `chat_template_override` (even as `null`), a model, a source, an image tag or a
    shard count rebuilds the endpoint's bundle; `latest` as the image tag means the
    newest one. The `400` rules of `create_llm_endpoint` about labels, shards,
    quantization and chat templates apply; `metadata` may not use the keys `_llm` and
    `_CONVERTED_FROM_ARTIFACT_LIKE`. An endpoint the caller may not change gets
    `404`, as an unknown one does.

    Args:
        model_endpoint_name (str):
        body (UpdateLLMEndpointRequest): Settings of an LLM model endpoint to change. Every field
            is optional, but a
            left-out `public_inference` is read as `true`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateLLMEndpointResponse
    """

    return sync_detailed(
        model_endpoint_name=model_endpoint_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLLMEndpointRequest,
) -> Response[Error | UpdateLLMEndpointResponse]:
    """Update an LLM endpoint

     Changes settings of an LLM model endpoint the caller owns. The body is read as
    the variant of `inference_framework` (`vllm` when left out); only `vllm`,
    `sglang`, `deepspeed` and `text_generation_inference` are variants, so another
    value gets `422`, and the value never changes the endpoint's framework.

    Settings left out keep their values, with one exception: a left-out
    `public_inference` is read as its default, `true`, so an update that does not
    name it makes the endpoint public. Giving `quantize`, `checkpoint_path` or
    `chat_template_override` (even as `null`), a model, a source, an image tag or a
    shard count rebuilds the endpoint's bundle; `latest` as the image tag means the
    newest one. The `400` rules of `create_llm_endpoint` about labels, shards,
    quantization and chat templates apply; `metadata` may not use the keys `_llm` and
    `_CONVERTED_FROM_ARTIFACT_LIKE`. An endpoint the caller may not change gets
    `404`, as an unknown one does.

    Args:
        model_endpoint_name (str):
        body (UpdateLLMEndpointRequest): Settings of an LLM model endpoint to change. Every field
            is optional, but a
            left-out `public_inference` is read as `true`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateLLMEndpointResponse]
    """

    kwargs = build_request(
        model_endpoint_name=model_endpoint_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_endpoint_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLLMEndpointRequest,
) -> Error | UpdateLLMEndpointResponse | None:
    """Update an LLM endpoint

     Changes settings of an LLM model endpoint the caller owns. The body is read as
    the variant of `inference_framework` (`vllm` when left out); only `vllm`,
    `sglang`, `deepspeed` and `text_generation_inference` are variants, so another
    value gets `422`, and the value never changes the endpoint's framework.

    Settings left out keep their values, with one exception: a left-out
    `public_inference` is read as its default, `true`, so an update that does not
    name it makes the endpoint public. Giving `quantize`, `checkpoint_path` or
    `chat_template_override` (even as `null`), a model, a source, an image tag or a
    shard count rebuilds the endpoint's bundle; `latest` as the image tag means the
    newest one. The `400` rules of `create_llm_endpoint` about labels, shards,
    quantization and chat templates apply; `metadata` may not use the keys `_llm` and
    `_CONVERTED_FROM_ARTIFACT_LIKE`. An endpoint the caller may not change gets
    `404`, as an unknown one does.

    Args:
        model_endpoint_name (str):
        body (UpdateLLMEndpointRequest): Settings of an LLM model endpoint to change. Every field
            is optional, but a
            left-out `public_inference` is read as `true`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateLLMEndpointResponse
    """

    return (
        await asyncio_detailed(
            model_endpoint_name=model_endpoint_name,
            client=client,
            body=body,
        )
    ).parsed
