"""The operations of `wriftai.resources.files`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.resource import AsyncResource
from wriftai._async.send import async_send
from wriftai._core.engine_files import FileInput, refuse_wriftai_upload, upload_request
from wriftai._core.pages import ListResult
from wriftai._core.parsing import parse
from wriftai_api.api.files import delete_file, get_file, get_file_content, list_files, upload_file
from wriftai_api.models import (
    DeleteFileResponse,
    GetFileContentResponse,
    GetFileResponse,
    ListFilesResponse,
    UploadFileResponse,
)

__all__ = ["AsyncFilesResource", "FileInput"]


class AsyncFilesResource(AsyncResource):
    """Files: ``client.files``."""

    async def async_upload(
        self, /, file: FileInput, *args: object, filename: str | None = None, **kwargs: object
    ) -> UploadFileResponse:
        """Upload a file to LLM Engine (for example training data for a fine-tune).

        This is LLM Engine's ``/v1/files``. To upload a file to WriftAI, for a prediction
        input, use ``client.uploads.upload`` (the official WriftAI client 0.34 calls that
        ``client.files.upload(File(...), on_progress=...)``; such a call raises a
        `TypeError` that says so, rather than sending the file to LLM Engine).

        The content is streamed in chunks, never read into memory at once. A seekable
        file object is uploaded from its start.

        Args:
            file: A path (str or os.PathLike), the content as bytes, or a file object
                opened in binary mode.
            *args: Not taken: present to refuse the official client 0.34's call of a
                WriftAI upload with a clear error.
            filename: The name to store it under; defaults to the path's or file
                object's base name (``upload`` for bytes).
            **kwargs: Not taken, likewise (``on_progress``, ``mime_type``).

        Returns:
            The new file's id.

        Raises:
            TypeError: `file` is none of these (or a text-mode file), or the call is a
                WriftAI upload (a `wriftai.File`, ``mime_type`` or ``on_progress``).
            FileNotFoundError: The path does not exist.
        """
        refuse_wriftai_upload(file, args, kwargs)
        upload = upload_request(file, filename)
        http = self._http if upload.replayable else self._http.with_options(max_retries=0)
        try:
            response = await async_send(http, upload.kwargs)
        finally:
            upload.close()
        return parse(upload_file, UploadFileResponse, response, strict=self._http.settings.strict)

    async def async_get(self, file_id: str) -> GetFileResponse:
        """Get a file's name and size.

        Args:
            file_id: The file's id, as `upload` or `list` gives it.

        Returns:
            The file's id, name and size.

        Raises:
            NotFoundError: LLM Engine does not know the file.
        """
        return await self._async_call_id(get_file, GetFileResponse, "file_id", file_id)

    async def async_list(self) -> ListResult[GetFileResponse, ListFilesResponse]:
        """List the uploaded files (the whole list; it is not paginated).

        Returns:
            The files: a `ListFilesResponse`, iterable over its ``.files``.

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_list(list_files, ListFilesResponse, "files")

    async def async_delete(self, file_id: str) -> DeleteFileResponse:
        """Delete a file.

        Args:
            file_id: The file's id, as `upload` or `list` gives it.

        Returns:
            Whether it was deleted.

        Raises:
            NotFoundError: LLM Engine does not know the file.
        """
        return await self._async_call_id(delete_file, DeleteFileResponse, "file_id", file_id)

    async def async_content(self, file_id: str) -> GetFileContentResponse:
        """Get a file's content.

        Args:
            file_id: The file's id, as `upload` or `list` gives it.

        Returns:
            The file's id and its content as text.

        Raises:
            NotFoundError: LLM Engine does not know the file.
        """
        return await self._async_call_id(
            get_file_content, GetFileContentResponse, "file_id", file_id
        )
