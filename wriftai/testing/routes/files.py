"""Uploaded files: multipart upload, listing, metadata, content, deletion (LLM Engine)."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._store.clock import now
from wriftai.testing._store.llm import FileRecord
from wriftai.testing.routes._common import RouteTable, context, json_response, lookup, renderer

routes = RouteTable()
"""This module's routes, declared on their handlers."""


MAX_FILE_BYTES = 256 * 1024 * 1024  # big enough for the client's 100 MiB streaming test
_MISSING = "The specified file could not be found."


def _info(file: FileRecord) -> dict[str, object]:
    return {"id": file.id, "filename": file.filename, "size": len(file.text())}


@routes("POST", "/v1/files")
async def upload_file(request: Request) -> Response:
    """``POST /v1/files``: the multipart field ``file``, a part with a file name.

    A part without a file name is a plain form field to LLM Engine, which then finds no
    file (``422``). It sets no size limit; the emulator's is far above any test's.
    """
    try:
        async with request.form(max_files=4, max_fields=16) as form:
            upload = form.get("file")
            if isinstance(upload, UploadFile):
                content: bytes | None = await upload.read(MAX_FILE_BYTES + 1)
                filename = upload.filename or ""
            else:
                content, filename = None, ""
    except Exception as exc:  # python-multipart rejects broken bodies in many ways
        raise ApiError(400, f"Malformed multipart body: {exc}") from exc
    if content is None or len(content) > MAX_FILE_BYTES:
        raise field_error(422, ["body", "file"], "field required")
    store = context(request).store
    record = FileRecord(
        seq=store.ids.next_seq(),
        id=store.ids.next("file", sep="-"),
        owner=store.username,
        filename=filename,
        content=content,
        created_at=now(),
    )
    store.files[record.id] = record
    return json_response({"id": record.id})


def _file(request: Request) -> FileRecord:
    return lookup(request, context(request).store.files, "file_id", "File", _MISSING)


@routes("GET", "/v1/files")
async def list_files(request: Request) -> Response:
    """``GET /v1/files``."""
    compat = renderer(request).compat
    files = sorted(context(request).store.files.values(), key=lambda f: f.seq)
    return json_response({"files": [compat.obj(_info(f)) for f in files]})


@routes("GET", "/v1/files/{file_id}")
async def get_file(request: Request) -> Response:
    """``GET /v1/files/{file_id}``."""
    return json_response(renderer(request).compat.obj(_info(_file(request))))


@routes("DELETE", "/v1/files/{file_id}")
async def delete_file(request: Request) -> Response:
    """``DELETE /v1/files/{file_id}``."""
    record = _file(request)
    del context(request).store.files[record.id]
    return json_response({"deleted": True})


@routes("GET", "/v1/files/{file_id}/content")
async def get_file_content(request: Request) -> Response:
    """``GET /v1/files/{file_id}/content``."""
    record = _file(request)
    return json_response({"id": record.id, "content": record.text()})
