from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model_version_page import ModelVersionPage
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    owner: str,
    name: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `list_model_versions`:
    method, url, and the params, headers and body it takes."""

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{owner}/{name}/versions".format(
            owner=quote(str(owner), safe=""),
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | ModelVersionPage | None:
    """The parsed body of a response to `list_model_versions`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = ModelVersionPage.from_dict(json_loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ModelVersionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | ModelVersionPage]:
    """List a model's versions

     Lists the versions of a model, newest first, one page at a time. The current API's
    items carry only `number`, `release_notes` and `created_at`; those of releases up to
    0.22 also carry the `container_image_digest`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelVersionPage]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        cursor=cursor,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | ModelVersionPage | None:
    """List a model's versions

     Lists the versions of a model, newest first, one page at a time. The current API's
    items carry only `number`, `release_notes` and `created_at`; those of releases up to
    0.22 also carry the `container_image_digest`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelVersionPage
    """

    return sync_detailed(
        owner=owner,
        name=name,
        client=client,
        cursor=cursor,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | ModelVersionPage]:
    """List a model's versions

     Lists the versions of a model, newest first, one page at a time. The current API's
    items carry only `number`, `release_notes` and `created_at`; those of releases up to
    0.22 also carry the `container_image_digest`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModelVersionPage]
    """

    kwargs = build_request(
        owner=owner,
        name=name,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | ModelVersionPage | None:
    """List a model's versions

     Lists the versions of a model, newest first, one page at a time. The current API's
    items carry only `number`, `release_notes` and `created_at`; those of releases up to
    0.22 also carry the `container_image_digest`.

    Args:
        owner (str): A username.
        name (str): A model name, unique per owner.
        cursor (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModelVersionPage
    """

    return (
        await asyncio_detailed(
            owner=owner,
            name=name,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
