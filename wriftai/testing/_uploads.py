"""The emulator's stand-in for the storage behind uploads: presigned part URLs, downloads.

``POST /uploads`` (see :mod:`wriftai.testing.routes.uploads`) answers with one URL per
part on the emulator's own address, outside the API prefix and without bearer auth, as a
storage service's presigned URLs are:

* ``PUT /_uploads/{upload_id}/parts/{number}?signature=...`` stores the part's bytes (in a
  file, streamed, never whole in memory) and answers ``200`` with the part's ``ETag``: the
  quoted MD5 of its bytes. Sending a part again replaces it.
* ``GET /_uploads/{upload_id}/download?signature=...`` (the completed upload's
  ``download_url``) serves the file's bytes with its declared MIME type.

A URL whose signature does not match answers ``403``; an unknown upload or part number
``404``; a part sent to a completed upload ``409``. Errors carry the ``Error`` body. The
fault injector treats these paths like API paths, so ``Faults(only=("PUT /_uploads",))``
makes part uploads fail, drop or slow down.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from wriftai.testing._context import AppContext
from wriftai.testing._errors import ApiError
from wriftai.testing._faults import UPLOAD_STORAGE_PREFIX as UPLOADS_PREFIX
from wriftai.testing._store.resources import UploadPart, UploadRecord

_CHUNK = 1024 * 1024


def _key(ctx: AppContext) -> bytes:
    seed = f"{ctx.settings.token}:{ctx.settings.seed}:uploads".encode()
    return hashlib.sha256(seed).digest()


def sign(ctx: AppContext, action: str, upload_id: str) -> str:
    """Return the signature of one presigned URL.

    Args:
        ctx: The emulator's state (its token and seed make the signing key).
        action: What the URL allows: ``"part:<number>"`` or ``"download"``.
        upload_id: The upload.

    Returns:
        Hex HMAC-SHA256 of the action and upload id.
    """
    message = f"{action}:{upload_id}".encode()
    return hmac.new(_key(ctx), message, hashlib.sha256).hexdigest()


def part_url(ctx: AppContext, root: str, upload_id: str, number: int) -> str:
    """Return the presigned URL of part ``number`` (from 1) of an upload.

    Args:
        ctx: The emulator's state.
        root: The emulator's root URL, ``http://host:port``.
        upload_id: The upload.
        number: The part number, from 1.
    """
    signature = sign(ctx, f"part:{number}", upload_id)
    return f"{root}{UPLOADS_PREFIX}{upload_id}/parts/{number}?signature={signature}"


def download_url(ctx: AppContext, root: str, upload_id: str) -> str:
    """Return the presigned download URL of a completed upload.

    Args:
        ctx: The emulator's state.
        root: The emulator's root URL, ``http://host:port``.
        upload_id: The upload.
    """
    signature = sign(ctx, "download", upload_id)
    return f"{root}{UPLOADS_PREFIX}{upload_id}/download?signature={signature}"


def resolve_download(ctx: AppContext, root: str, url: str) -> UploadRecord | bool | None:
    """Find the completed upload a URL in a prediction's input names.

    Args:
        ctx: The emulator's state.
        root: The emulator's root URL.
        url: Any string of the input.

    Returns:
        False when the string is not one of this emulator's upload URLs, the upload when
        it is a valid download URL of a completed upload, and None when it looks like
        one but is not (bad signature, unknown or unfinished upload).
    """
    if not url.startswith(root + UPLOADS_PREFIX):
        return False
    parts = urlsplit(url)
    segments = parts.path[len(UPLOADS_PREFIX) :].split("/")
    if len(segments) != 2 or segments[1] != "download":
        return None
    upload = ctx.store.uploads.get(segments[0])
    query = dict(p.partition("=")[::2] for p in parts.query.split("&") if p)
    expected = sign(ctx, "download", segments[0])
    if upload is None or upload.completed_etags is None:
        return None
    if not hmac.compare_digest(query.get("signature", ""), expected):
        return None
    return upload


def _checked(request: Request, action: str) -> tuple[AppContext, UploadRecord]:
    ctx: AppContext = request.app.state.ctx
    upload_id = request.path_params["upload_id"]
    signature = request.query_params.get("signature", "")
    if not hmac.compare_digest(signature, sign(ctx, action, upload_id)):
        raise ApiError(403, "The URL's signature does not match; use the URL as it was given.")
    upload = ctx.store.uploads.get(upload_id)
    if upload is None:
        raise ApiError(404, f"Upload {upload_id} not found.")
    return ctx, upload


async def put_part(request: Request) -> Response:
    """``PUT /_uploads/{upload_id}/parts/{number}``: store one part, answer its ETag."""
    number = int(request.path_params["number"])
    ctx, upload = _checked(request, f"part:{number}")
    if not 1 <= number <= upload.part_count:
        raise ApiError(404, f"Upload {upload.id} has no part {number}.")
    if upload.completed_etags is not None:
        raise ApiError(409, f"Upload {upload.id} is already complete.")
    digest = hashlib.md5(usedforsecurity=False)
    size = 0
    fd, scratch = tempfile.mkstemp(dir=ctx.store.upload_dir(), prefix=f"{upload.id}-")
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in request.stream():
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except BaseException:
        os.unlink(scratch)
        raise
    etag = f'"{digest.hexdigest()}"'
    previous = upload.parts.get(number)
    upload.parts[number] = UploadPart(scratch, size, etag)
    if previous is not None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(previous.path)
    return Response(status_code=200, headers={"ETag": etag})


def _read_parts(upload: UploadRecord) -> Iterator[bytes]:
    for number in range(1, upload.part_count + 1):
        with open(upload.parts[number].path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                yield chunk


async def _stream(upload: UploadRecord) -> AsyncIterator[bytes]:
    for chunk in _read_parts(upload):
        yield chunk


async def download(request: Request) -> Response:
    """``GET /_uploads/{upload_id}/download``: the completed file, with its MIME type."""
    _, upload = _checked(request, "download")
    if upload.completed_etags is None:
        raise ApiError(404, f"Upload {upload.id} is not complete.")
    # The declared type exactly, without the charset Starlette adds to text types.
    headers = {"Content-Type": upload.mime_type, "Content-Length": str(upload.size)}
    return StreamingResponse(_stream(upload), headers=headers)


routes = [
    Route(UPLOADS_PREFIX + "{upload_id}/parts/{number:int}", put_part, methods=["PUT"]),
    Route(UPLOADS_PREFIX + "{upload_id}/download", download, methods=["GET"]),
]
