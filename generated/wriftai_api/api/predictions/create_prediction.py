from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prediction_request import CreatePredictionRequest
from ...models.error import Error
from ...models.prediction_with_io import PredictionWithIO
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    body: CreatePredictionRequest,
    validate_input: bool | Unset = UNSET,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_prediction`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(validate_input, Unset):
        headers["Validate-Input"] = "true" if validate_input else "false"

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/predictions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | PredictionWithIO | None:
    """The parsed body of a response to `create_prediction`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = PredictionWithIO.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = PredictionWithIO.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 202:
        response_202 = PredictionWithIO.from_dict(json_loads(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[Error | PredictionWithIO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePredictionRequest,
    validate_input: bool | Unset = UNSET,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | PredictionWithIO]:
    """Create a prediction

     Runs a model version on an input. `model` names the model as `owner/name` (its latest
    version) or `owner/name:number`.

    With `Prefer: wait` (or `wait=<seconds>`) the server holds the response until the
    prediction is terminal or the time runs out. With `stream: true` and `Prefer: wait`
    the response is instead a `text/event-stream` of the prediction's events (see
    `PredictionStreamEvent`). With `Validate-Input: true` an input that does not match
    the version's input schema is rejected with `422` before anything runs.

    The status says how far the prediction got: the current API answers `202` while it
    is still pending or running and `200` when it ended during a `Prefer: wait` hold
    (and for an event stream); up to release 0.22 it answered `201` either way.

    Args:
        validate_input (bool | Unset):
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePredictionRequest): The body of a prediction creation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictionWithIO]
    """

    kwargs = build_request(
        body=body,
        validate_input=validate_input,
        prefer=prefer,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePredictionRequest,
    validate_input: bool | Unset = UNSET,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Error | PredictionWithIO | None:
    """Create a prediction

     Runs a model version on an input. `model` names the model as `owner/name` (its latest
    version) or `owner/name:number`.

    With `Prefer: wait` (or `wait=<seconds>`) the server holds the response until the
    prediction is terminal or the time runs out. With `stream: true` and `Prefer: wait`
    the response is instead a `text/event-stream` of the prediction's events (see
    `PredictionStreamEvent`). With `Validate-Input: true` an input that does not match
    the version's input schema is rejected with `422` before anything runs.

    The status says how far the prediction got: the current API answers `202` while it
    is still pending or running and `200` when it ended during a `Prefer: wait` hold
    (and for an event stream); up to release 0.22 it answered `201` either way.

    Args:
        validate_input (bool | Unset):
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePredictionRequest): The body of a prediction creation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictionWithIO
    """

    return sync_detailed(
        client=client,
        body=body,
        validate_input=validate_input,
        prefer=prefer,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePredictionRequest,
    validate_input: bool | Unset = UNSET,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | PredictionWithIO]:
    """Create a prediction

     Runs a model version on an input. `model` names the model as `owner/name` (its latest
    version) or `owner/name:number`.

    With `Prefer: wait` (or `wait=<seconds>`) the server holds the response until the
    prediction is terminal or the time runs out. With `stream: true` and `Prefer: wait`
    the response is instead a `text/event-stream` of the prediction's events (see
    `PredictionStreamEvent`). With `Validate-Input: true` an input that does not match
    the version's input schema is rejected with `422` before anything runs.

    The status says how far the prediction got: the current API answers `202` while it
    is still pending or running and `200` when it ended during a `Prefer: wait` hold
    (and for an event stream); up to release 0.22 it answered `201` either way.

    Args:
        validate_input (bool | Unset):
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePredictionRequest): The body of a prediction creation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictionWithIO]
    """

    kwargs = build_request(
        body=body,
        validate_input=validate_input,
        prefer=prefer,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePredictionRequest,
    validate_input: bool | Unset = UNSET,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Error | PredictionWithIO | None:
    """Create a prediction

     Runs a model version on an input. `model` names the model as `owner/name` (its latest
    version) or `owner/name:number`.

    With `Prefer: wait` (or `wait=<seconds>`) the server holds the response until the
    prediction is terminal or the time runs out. With `stream: true` and `Prefer: wait`
    the response is instead a `text/event-stream` of the prediction's events (see
    `PredictionStreamEvent`). With `Validate-Input: true` an input that does not match
    the version's input schema is rejected with `422` before anything runs.

    The status says how far the prediction got: the current API answers `202` while it
    is still pending or running and `200` when it ended during a `Prefer: wait` hold
    (and for an event stream); up to release 0.22 it answered `201` either way.

    Args:
        validate_input (bool | Unset):
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (CreatePredictionRequest): The body of a prediction creation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictionWithIO
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            validate_input=validate_input,
            prefer=prefer,
            idempotency_key=idempotency_key,
        )
    ).parsed
