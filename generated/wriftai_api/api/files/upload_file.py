from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_file_request import UploadFileRequest
from ...models.upload_file_response import UploadFileResponse
from ...types import Response, json_loads


def build_request(
    *,
    body: UploadFileRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `upload_file`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | UploadFileResponse | None:
    """The parsed body of a response to `upload_file`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UploadFileResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

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
) -> Response[Error | UploadFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> Response[Error | UploadFileResponse]:
    """Upload a file

     Uploads a file (for example a CSV of training data) as the multipart form field
    `file`. The part needs a file name in its `Content-Disposition` (without one the
    server reads a plain form field and answers `422`); the file is stored under that
    name. A body that is not readable multipart gets `400`. The server sets no size
    limit of its own.

    Args:
        body (UploadFileRequest): The multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadFileResponse]
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
    body: UploadFileRequest,
) -> Error | UploadFileResponse | None:
    """Upload a file

     Uploads a file (for example a CSV of training data) as the multipart form field
    `file`. The part needs a file name in its `Content-Disposition` (without one the
    server reads a plain form field and answers `422`); the file is stored under that
    name. A body that is not readable multipart gets `400`. The server sets no size
    limit of its own.

    Args:
        body (UploadFileRequest): The multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadFileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> Response[Error | UploadFileResponse]:
    """Upload a file

     Uploads a file (for example a CSV of training data) as the multipart form field
    `file`. The part needs a file name in its `Content-Disposition` (without one the
    server reads a plain form field and answers `422`); the file is stored under that
    name. A body that is not readable multipart gets `400`. The server sets no size
    limit of its own.

    Args:
        body (UploadFileRequest): The multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadFileResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadFileRequest,
) -> Error | UploadFileResponse | None:
    """Upload a file

     Uploads a file (for example a CSV of training data) as the multipart form field
    `file`. The part needs a file name in its `Content-Disposition` (without one the
    server reads a plain form field and answers `422`); the file is stored under that
    name. A body that is not readable multipart gets `400`. The server sets no size
    limit of its own.

    Args:
        body (UploadFileRequest): The multipart form of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
