from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prediction_page import PredictionPage
from ...models.prediction_status import PredictionStatus
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    statuses: list[PredictionStatus | str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `list_predictions`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str
            if isinstance(statuses_item_data, PredictionStatus):
                statuses_item = statuses_item_data.value
            else:
                statuses_item = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/predictions",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | PredictionPage | None:
    """The parsed body of a response to `list_predictions`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = PredictionPage.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

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
) -> Response[Error | PredictionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    statuses: list[PredictionStatus | str] | Unset = UNSET,
) -> Response[Error | PredictionPage]:
    """List predictions

     Lists the caller's predictions, newest first, one page at a time, optionally filtered by status.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        statuses (list[PredictionStatus | str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictionPage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
        statuses=statuses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    statuses: list[PredictionStatus | str] | Unset = UNSET,
) -> Error | PredictionPage | None:
    """List predictions

     Lists the caller's predictions, newest first, one page at a time, optionally filtered by status.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        statuses (list[PredictionStatus | str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictionPage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        statuses=statuses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    statuses: list[PredictionStatus | str] | Unset = UNSET,
) -> Response[Error | PredictionPage]:
    """List predictions

     Lists the caller's predictions, newest first, one page at a time, optionally filtered by status.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        statuses (list[PredictionStatus | str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PredictionPage]
    """

    kwargs = build_request(
        cursor=cursor,
        page_size=page_size,
        statuses=statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    statuses: list[PredictionStatus | str] | Unset = UNSET,
) -> Error | PredictionPage | None:
    """List predictions

     Lists the caller's predictions, newest first, one page at a time, optionally filtered by status.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):
        statuses (list[PredictionStatus | str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PredictionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            statuses=statuses,
        )
    ).parsed
