from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_upload_request import CompleteUploadRequest
from ...models.error import Error
from ...models.upload_completion import UploadCompletion
from ...types import UNSET, Response, Unset, json_loads


def build_request(
    upload_id: str,
    *,
    body: CompleteUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for `complete_upload`:
    method, url, and the params, headers and body it takes."""
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads/{upload_id}/complete".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | UploadCompletion | None:
    """The parsed body of a response to `complete_upload`, by its status; None (or
    `errors.UnexpectedStatus` when `raise_on_unexpected_status`) for a status it does not
    document."""
    if response.status_code == 200:
        response_200 = UploadCompletion.from_dict(json_loads(response.content))

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
) -> Response[Error | UploadCompletion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | UploadCompletion]:
    """Complete a multipart upload

     Joins the uploaded parts into the file and returns a time-limited `download_url`
    that needs no authentication (the current API: `uploads.py:38-43,85-123`,
    `common_types.py:231-236`; 0.34's file upload test answers `200` with
    `{"download_url": ...}`, `test_files.py:57-174`). A prediction's input may hold
    that URL wherever the model takes a file.

    `etags` lists every part's `ETag`, in the order of the upload's `urls`. The server
    checks them against the parts it received: their number, each ETag, that every
    part but the last is `part_size` bytes long, and that the parts add up to the
    declared `size`. 0.34 gives no evidence of the status of a failed check; this
    document (and the emulator) answer `422`, with `detail` naming the part. A
    completion is not safe to send blindly again: there is no evidence that the server
    honours `Idempotency-Key`, and no evidence of what completing a completed upload
    answers (the emulator answers the same `download_url` again for the same ETags, and
    `409` for others).

    Args:
        upload_id (str):
        idempotency_key (str | Unset):
        body (CompleteUploadRequest): The parts of an upload, to complete it (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadCompletion]
    """

    kwargs = build_request(
        upload_id=upload_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | UploadCompletion | None:
    """Complete a multipart upload

     Joins the uploaded parts into the file and returns a time-limited `download_url`
    that needs no authentication (the current API: `uploads.py:38-43,85-123`,
    `common_types.py:231-236`; 0.34's file upload test answers `200` with
    `{"download_url": ...}`, `test_files.py:57-174`). A prediction's input may hold
    that URL wherever the model takes a file.

    `etags` lists every part's `ETag`, in the order of the upload's `urls`. The server
    checks them against the parts it received: their number, each ETag, that every
    part but the last is `part_size` bytes long, and that the parts add up to the
    declared `size`. 0.34 gives no evidence of the status of a failed check; this
    document (and the emulator) answer `422`, with `detail` naming the part. A
    completion is not safe to send blindly again: there is no evidence that the server
    honours `Idempotency-Key`, and no evidence of what completing a completed upload
    answers (the emulator answers the same `download_url` again for the same ETags, and
    `409` for others).

    Args:
        upload_id (str):
        idempotency_key (str | Unset):
        body (CompleteUploadRequest): The parts of an upload, to complete it (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadCompletion
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | UploadCompletion]:
    """Complete a multipart upload

     Joins the uploaded parts into the file and returns a time-limited `download_url`
    that needs no authentication (the current API: `uploads.py:38-43,85-123`,
    `common_types.py:231-236`; 0.34's file upload test answers `200` with
    `{"download_url": ...}`, `test_files.py:57-174`). A prediction's input may hold
    that URL wherever the model takes a file.

    `etags` lists every part's `ETag`, in the order of the upload's `urls`. The server
    checks them against the parts it received: their number, each ETag, that every
    part but the last is `part_size` bytes long, and that the parts add up to the
    declared `size`. 0.34 gives no evidence of the status of a failed check; this
    document (and the emulator) answer `422`, with `detail` naming the part. A
    completion is not safe to send blindly again: there is no evidence that the server
    honours `Idempotency-Key`, and no evidence of what completing a completed upload
    answers (the emulator answers the same `download_url` again for the same ETags, and
    `409` for others).

    Args:
        upload_id (str):
        idempotency_key (str | Unset):
        body (CompleteUploadRequest): The parts of an upload, to complete it (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadCompletion]
    """

    kwargs = build_request(
        upload_id=upload_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Error | UploadCompletion | None:
    """Complete a multipart upload

     Joins the uploaded parts into the file and returns a time-limited `download_url`
    that needs no authentication (the current API: `uploads.py:38-43,85-123`,
    `common_types.py:231-236`; 0.34's file upload test answers `200` with
    `{"download_url": ...}`, `test_files.py:57-174`). A prediction's input may hold
    that URL wherever the model takes a file.

    `etags` lists every part's `ETag`, in the order of the upload's `urls`. The server
    checks them against the parts it received: their number, each ETag, that every
    part but the last is `part_size` bytes long, and that the parts add up to the
    declared `size`. 0.34 gives no evidence of the status of a failed check; this
    document (and the emulator) answer `422`, with `detail` naming the part. A
    completion is not safe to send blindly again: there is no evidence that the server
    honours `Idempotency-Key`, and no evidence of what completing a completed upload
    answers (the emulator answers the same `download_url` again for the same ETags, and
    `409` for others).

    Args:
        upload_id (str):
        idempotency_key (str | Unset):
        body (CompleteUploadRequest): The parts of an upload, to complete it (the current API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadCompletion
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
