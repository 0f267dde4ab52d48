from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_accepted import CancelAccepted
from ...models.error import Error
from ...models.prediction_with_io import PredictionWithIO
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    prediction_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `cancel_prediction`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/predictions/{prediction_id}/cancel".format(
            prediction_id=quote(str(prediction_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> CancelAccepted | Error | PredictionWithIO | None:
    """The parsed body of a response to `cancel_prediction`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = PredictionWithIO.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = CancelAccepted.from_dict(json_loads(response.content))

        return response_202

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[CancelAccepted | Error | PredictionWithIO]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[CancelAccepted | Error | PredictionWithIO]:
    """Cancel a prediction

     Cancels a prediction that is not terminal yet; cancelling a terminal prediction
    changes nothing. The current API answers `202` with an empty JSON object (`{}`): the
    cancel is accepted, and getting the prediction shows its status. An answer of
    `200` carries the prediction, now `cancelled` unless it had already ended.

    Args:
        prediction_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAccepted | Error | PredictionWithIO]
    """

    kwargs = build_request(
        prediction_id=prediction_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> CancelAccepted | Error | PredictionWithIO | None:
    """Cancel a prediction

     Cancels a prediction that is not terminal yet; cancelling a terminal prediction
    changes nothing. The current API answers `202` with an empty JSON object (`{}`): the
    cancel is accepted, and getting the prediction shows its status. An answer of
    `200` carries the prediction, now `cancelled` unless it had already ended.

    Args:
        prediction_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAccepted | Error | PredictionWithIO
    """

    return sync_detailed(
        prediction_id=prediction_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[CancelAccepted | Error | PredictionWithIO]:
    """Cancel a prediction

     Cancels a prediction that is not terminal yet; cancelling a terminal prediction
    changes nothing. The current API answers `202` with an empty JSON object (`{}`): the
    cancel is accepted, and getting the prediction shows its status. An answer of
    `200` carries the prediction, now `cancelled` unless it had already ended.

    Args:
        prediction_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAccepted | Error | PredictionWithIO]
    """

    kwargs = build_request(
        prediction_id=prediction_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prediction_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> CancelAccepted | Error | PredictionWithIO | None:
    """Cancel a prediction

     Cancels a prediction that is not terminal yet; cancelling a terminal prediction
    changes nothing. The current API answers `202` with an empty JSON object (`{}`): the
    cancel is accepted, and getting the prediction shows its status. An answer of
    `200` carries the prediction, now `cancelled` unless it had already ended.

    Args:
        prediction_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAccepted | Error | PredictionWithIO
    """

    return (
        await asyncio_detailed(
            prediction_id=prediction_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
