"""Uploads: start one (presigned part URLs), complete it (check the parts, give a URL).

The part URLs and the download URL are served by :mod:`wriftai.testing._uploads`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._store.clock import now
from wriftai.testing._store.resources import UploadRecord
from wriftai.testing._uploads import download_url, part_url
from wriftai.testing.routes._common import RouteTable, body, context, json_response, lookup

routes = RouteTable()
"""This module's routes, declared on their handlers."""


def _root(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@routes("POST", "/uploads")
async def create_upload(request: Request) -> Response:
    """``POST /uploads``: one presigned URL per part of the emulator's part size.

    An upload of one part has the file's size as its ``part_size``.
    """
    ctx = context(request)
    data: dict[str, Any] = body(request)
    size = int(data["size"])
    store = ctx.store
    upload = UploadRecord(
        seq=store.ids.next_seq(),
        id=store.ids.next("upl"),
        owner=store.username,
        size=size,
        mime_type=str(data["mime_type"]),
        part_size=min(ctx.upload_part_size, size),
        created_at=now(),
    )
    store.uploads[upload.id] = upload
    root = _root(request)
    urls = [part_url(ctx, root, upload.id, n) for n in range(1, upload.part_count + 1)]
    return json_response({"id": upload.id, "urls": urls, "part_size": upload.part_size})


def _unquoted(etag: str) -> str:
    return etag.strip().removeprefix("W/").strip('"')


def _check_parts(upload: UploadRecord, etags: list[str]) -> None:
    """Raise a 422 naming the first part that does not add up."""
    if len(etags) != upload.part_count:
        expected = f"expected {upload.part_count} etags, one per part, got {len(etags)}"
        raise field_error(422, ["body", "etags"], expected)
    total = 0
    for index, etag in enumerate(etags):
        number = index + 1
        part = upload.parts.get(number)
        if part is None:
            raise field_error(422, ["body", "etags", index], f"part {number} was never uploaded")
        if _unquoted(etag) != _unquoted(part.etag):
            raise field_error(
                422,
                ["body", "etags", index],
                f"does not match the ETag of part {number} ({part.etag}); "
                "send the etags in part order",
            )
        if number < upload.part_count and part.size != upload.part_size:
            raise field_error(
                422,
                ["body", "etags", index],
                f"part {number} holds {part.size} bytes; every part but the last must hold "
                f"part_size ({upload.part_size}) bytes",
            )
        total += part.size
    if total != upload.size:
        raise field_error(
            422,
            ["body", "etags"],
            f"the parts hold {total} bytes in all, but the upload declared {upload.size}",
        )


@routes("POST", "/uploads/{upload_id}/complete")
async def complete_upload(request: Request) -> Response:
    """``POST /uploads/{upload_id}/complete``: check the parts, answer the ``download_url``.

    Completing again with the same etags answers the same URL; with others, 409.
    """
    ctx = context(request)
    upload = lookup(request, ctx.store.uploads, "upload_id", "Upload")
    etags: list[str] = list(body(request)["etags"])
    if upload.completed_etags is not None:
        if [_unquoted(e) for e in etags] != [_unquoted(e) for e in upload.completed_etags]:
            raise ApiError(409, f"Upload {upload.id} is already complete, with other parts.")
    else:
        _check_parts(upload, etags)
        upload.completed_etags = etags
    return json_response({"download_url": download_url(ctx, _root(request), upload.id)})
