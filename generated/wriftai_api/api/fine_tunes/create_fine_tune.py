from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_fine_tune_request import CreateFineTuneRequest
from ...models.create_fine_tune_response import CreateFineTuneResponse
from ...models.error import Error
from ...types import Response, json_loads


def build_request(
    *,
    body: CreateFineTuneRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_fine_tune`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/llm/fine-tunes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CreateFineTuneResponse | Error | None:
    """The parsed body of a response to `create_fine_tune`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = CreateFineTuneResponse.from_dict(json_loads(response.content))

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
) -> Response[CreateFineTuneResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFineTuneRequest,
) -> Response[CreateFineTuneResponse | Error]:
    """Create a fine-tune

     Starts fine-tuning a base model on a training file. `hyperparameters` is required
    (`{}` for the defaults).

    Beyond the schema, the server answers `400` for a `suffix` that is longer than 28
    characters or has characters other than letters, digits and `-`; for a training
    or validation file whose first line names neither the columns `prompt` and
    `response` nor `input` and `output` (read as a CSV header, or as the keys of a
    JSON object when the line is one); for a file it cannot read; and when the
    caller's quota of running fine-tunes and fine-tuned endpoints is used up. An
    uploaded file id (`file-...`) it does not know gets `404`.

    Args:
        body (CreateFineTuneRequest): A fine-tuning job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFineTuneResponse | Error]
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
    body: CreateFineTuneRequest,
) -> CreateFineTuneResponse | Error | None:
    """Create a fine-tune

     Starts fine-tuning a base model on a training file. `hyperparameters` is required
    (`{}` for the defaults).

    Beyond the schema, the server answers `400` for a `suffix` that is longer than 28
    characters or has characters other than letters, digits and `-`; for a training
    or validation file whose first line names neither the columns `prompt` and
    `response` nor `input` and `output` (read as a CSV header, or as the keys of a
    JSON object when the line is one); for a file it cannot read; and when the
    caller's quota of running fine-tunes and fine-tuned endpoints is used up. An
    uploaded file id (`file-...`) it does not know gets `404`.

    Args:
        body (CreateFineTuneRequest): A fine-tuning job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFineTuneResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFineTuneRequest,
) -> Response[CreateFineTuneResponse | Error]:
    """Create a fine-tune

     Starts fine-tuning a base model on a training file. `hyperparameters` is required
    (`{}` for the defaults).

    Beyond the schema, the server answers `400` for a `suffix` that is longer than 28
    characters or has characters other than letters, digits and `-`; for a training
    or validation file whose first line names neither the columns `prompt` and
    `response` nor `input` and `output` (read as a CSV header, or as the keys of a
    JSON object when the line is one); for a file it cannot read; and when the
    caller's quota of running fine-tunes and fine-tuned endpoints is used up. An
    uploaded file id (`file-...`) it does not know gets `404`.

    Args:
        body (CreateFineTuneRequest): A fine-tuning job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFineTuneResponse | Error]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateFineTuneRequest,
) -> CreateFineTuneResponse | Error | None:
    """Create a fine-tune

     Starts fine-tuning a base model on a training file. `hyperparameters` is required
    (`{}` for the defaults).

    Beyond the schema, the server answers `400` for a `suffix` that is longer than 28
    characters or has characters other than letters, digits and `-`; for a training
    or validation file whose first line names neither the columns `prompt` and
    `response` nor `input` and `output` (read as a CSV header, or as the keys of a
    JSON object when the line is one); for a file it cannot read; and when the
    caller's quota of running fine-tunes and fine-tuned endpoints is used up. An
    uploaded file id (`file-...`) it does not know gets `404`.

    Args:
        body (CreateFineTuneRequest): A fine-tuning job to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFineTuneResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
