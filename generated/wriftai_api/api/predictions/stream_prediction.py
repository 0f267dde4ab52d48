from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    prediction_id: str,
    *,
    after_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `stream_prediction`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["after_id"] = after_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/predictions/{prediction_id}/stream".format(
            prediction_id=quote(str(prediction_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | str | None:
    """The parsed body of a response to `stream_prediction`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a prediction's events

     A `text/event-stream` of the prediction's events (`init`, `output`, `error`, `done`;
    see `PredictionStreamEvent`), from the first one or from the one after `after_id`.
    `error` and `done` are terminal. The server may close a quiet connection after the
    `Prefer: wait=<seconds>` idle time (fractions allowed); the client then reconnects
    with `after_id` set to the last event id it saw, and no event is lost or repeated.
    In the current API `init` carries only the prediction's id and `done` only its
    status (or null); up to release 0.22 both carry the whole prediction.

    Args:
        prediction_id (str):
        after_id (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        prediction_id=prediction_id,
        after_id=after_id,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a prediction's events

     A `text/event-stream` of the prediction's events (`init`, `output`, `error`, `done`;
    see `PredictionStreamEvent`), from the first one or from the one after `after_id`.
    `error` and `done` are terminal. The server may close a quiet connection after the
    `Prefer: wait=<seconds>` idle time (fractions allowed); the client then reconnects
    with `after_id` set to the last event id it saw, and no event is lost or repeated.
    In the current API `init` carries only the prediction's id and `done` only its
    status (or null); up to release 0.22 both carry the whole prediction.

    Args:
        prediction_id (str):
        after_id (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        prediction_id=prediction_id,
        client=client,
        after_id=after_id,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | str]:
    """Stream a prediction's events

     A `text/event-stream` of the prediction's events (`init`, `output`, `error`, `done`;
    see `PredictionStreamEvent`), from the first one or from the one after `after_id`.
    `error` and `done` are terminal. The server may close a quiet connection after the
    `Prefer: wait=<seconds>` idle time (fractions allowed); the client then reconnects
    with `after_id` set to the last event id it saw, and no event is lost or repeated.
    In the current API `init` carries only the prediction's id and `done` only its
    status (or null); up to release 0.22 both carry the whole prediction.

    Args:
        prediction_id (str):
        after_id (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        prediction_id=prediction_id,
        after_id=after_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    after_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | str | None:
    """Stream a prediction's events

     A `text/event-stream` of the prediction's events (`init`, `output`, `error`, `done`;
    see `PredictionStreamEvent`), from the first one or from the one after `after_id`.
    `error` and `done` are terminal. The server may close a quiet connection after the
    `Prefer: wait=<seconds>` idle time (fractions allowed); the client then reconnects
    with `after_id` set to the last event id it saw, and no event is lost or repeated.
    In the current API `init` carries only the prediction's id and `done` only its
    status (or null); up to release 0.22 both carry the whole prediction.

    Args:
        prediction_id (str):
        after_id (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            prediction_id=prediction_id,
            client=client,
            after_id=after_id,
            prefer=prefer,
        )
    ).parsed
