from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_upload_request import CreateUploadRequest
from ...models.error import Error
from ...models.upload import Upload
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    *,
    body: CreateUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `create_upload`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | Upload | None:
    """The parsed body of a response to `create_upload`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = Upload.from_dict(json_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Upload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload

     Starts an upload of `size` bytes of one file (the current API: `uploads.py:9-83`;
    `test_uploads.py:15-61`, answered `200`). The answer gives one presigned URL per
    part and the `part_size`: part `i` holds the bytes from `i * part_size` up to
    `(i + 1) * part_size` (the last part holds the rest). The client then `PUT`s each
    part's bytes to its URL, with no `Authorization` header, `Content-Length` set to the
    part's length and `Content-Type` set to `mime_type` (as 0.34 does, `files.py:365-407`);
    each answer carries the part's `ETag` header. A part's `PUT` may be repeated: it
    replaces the part. Last, `complete_upload` is called with the ETags in part order.

    The size of a part is the server's choice; 0.34's tests choose it freely and show
    no real value. There is no evidence that the server honours `Idempotency-Key` here:
    a repeated create starts a second upload, which is harmless (an upload never
    completed is never used). 0.34 gives no evidence on an empty file; this document
    asks for at least one byte.

    Args:
        idempotency_key (str | Unset):
        body (CreateUploadRequest): What to upload (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = build_request(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload

     Starts an upload of `size` bytes of one file (the current API: `uploads.py:9-83`;
    `test_uploads.py:15-61`, answered `200`). The answer gives one presigned URL per
    part and the `part_size`: part `i` holds the bytes from `i * part_size` up to
    `(i + 1) * part_size` (the last part holds the rest). The client then `PUT`s each
    part's bytes to its URL, with no `Authorization` header, `Content-Length` set to the
    part's length and `Content-Type` set to `mime_type` (as 0.34 does, `files.py:365-407`);
    each answer carries the part's `ETag` header. A part's `PUT` may be repeated: it
    replaces the part. Last, `complete_upload` is called with the ETags in part order.

    The size of a part is the server's choice; 0.34's tests choose it freely and show
    no real value. There is no evidence that the server honours `Idempotency-Key` here:
    a repeated create starts a second upload, which is harmless (an upload never
    completed is never used). 0.34 gives no evidence on an empty file; this document
    asks for at least one byte.

    Args:
        idempotency_key (str | Unset):
        body (CreateUploadRequest): What to upload (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload

     Starts an upload of `size` bytes of one file (the current API: `uploads.py:9-83`;
    `test_uploads.py:15-61`, answered `200`). The answer gives one presigned URL per
    part and the `part_size`: part `i` holds the bytes from `i * part_size` up to
    `(i + 1) * part_size` (the last part holds the rest). The client then `PUT`s each
    part's bytes to its URL, with no `Authorization` header, `Content-Length` set to the
    part's length and `Content-Type` set to `mime_type` (as 0.34 does, `files.py:365-407`);
    each answer carries the part's `ETag` header. A part's `PUT` may be repeated: it
    replaces the part. Last, `complete_upload` is called with the ETags in part order.

    The size of a part is the server's choice; 0.34's tests choose it freely and show
    no real value. There is no evidence that the server honours `Idempotency-Key` here:
    a repeated create starts a second upload, which is harmless (an upload never
    completed is never used). 0.34 gives no evidence on an empty file; this document
    asks for at least one byte.

    Args:
        idempotency_key (str | Unset):
        body (CreateUploadRequest): What to upload (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = build_request(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload

     Starts an upload of `size` bytes of one file (the current API: `uploads.py:9-83`;
    `test_uploads.py:15-61`, answered `200`). The answer gives one presigned URL per
    part and the `part_size`: part `i` holds the bytes from `i * part_size` up to
    `(i + 1) * part_size` (the last part holds the rest). The client then `PUT`s each
    part's bytes to its URL, with no `Authorization` header, `Content-Length` set to the
    part's length and `Content-Type` set to `mime_type` (as 0.34 does, `files.py:365-407`);
    each answer carries the part's `ETag` header. A part's `PUT` may be repeated: it
    replaces the part. Last, `complete_upload` is called with the ETags in part order.

    The size of a part is the server's choice; 0.34's tests choose it freely and show
    no real value. There is no evidence that the server honours `Idempotency-Key` here:
    a repeated create starts a second upload, which is harmless (an upload never
    completed is never used). 0.34 gives no evidence on an empty file; this document
    asks for at least one byte.

    Args:
        idempotency_key (str | Unset):
        body (CreateUploadRequest): What to upload (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
