"""`File`: a file to pass as a prediction input, and what an upload takes."""

from __future__ import annotations

import os
from typing import IO, TypeAlias

__all__ = ["File", "UploadSource"]

UploadSource: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]"
"""What an upload takes: a path, the bytes themselves, or a file object opened in binary mode."""


class File:
    """A file to pass as a prediction input: its content, MIME type and name.

    ``client.predictions.create({"input": {"image": File("cat.png")}}, ...)`` uploads the
    file first and sends its ``download_url`` in its place. A `pathlib.Path` or an open
    binary file object in the input is uploaded the same way; `File` adds a MIME type or
    a name to one, or wraps bytes.

    Args:
        content: A path (str or os.PathLike), the content as bytes, or a file object
            opened in binary mode (read from its start).
        mime_type: The content's MIME type; when None, guessed from `filename`, the path
            or the file object's name, else ``application/octet-stream``.
        filename: The file's name, for the MIME type guess.

    Attributes:
        content: The content as given.
        mime_type: The MIME type given, or None to guess it.
        filename: The name given, or None.
    """

    __slots__ = ("content", "filename", "mime_type")

    def __init__(
        self, content: UploadSource, mime_type: str | None = None, filename: str | None = None
    ) -> None:
        if not (
            isinstance(content, str | os.PathLike | bytes | bytearray | memoryview)
            or callable(getattr(content, "read", None))
        ):
            raise TypeError(
                "File content must be a path, bytes or a file object opened in binary mode, "
                f"not {type(content).__name__}"
            )
        if mime_type is not None and not isinstance(mime_type, str):
            raise TypeError(f"mime_type must be a str, not {type(mime_type).__name__}")
        if filename is not None and not isinstance(filename, str):
            raise TypeError(f"filename must be a str, not {type(filename).__name__}")
        self.content = content
        self.mime_type = mime_type
        self.filename = filename

    def __repr__(self) -> str:
        content = self.content
        if isinstance(content, bytes | bytearray | memoryview):
            shown = f"<{memoryview(content).nbytes} bytes>"
        elif isinstance(content, str | os.PathLike):
            shown = repr(os.fspath(content))
        else:
            shown = f"<{type(content).__name__}>"
        return f"File({shown}, mime_type={self.mime_type!r}, filename={self.filename!r})"
