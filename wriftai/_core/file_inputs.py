"""File inputs: the walk that finds files in a prediction's input (no I/O but opening them).

A prediction's input is JSON, but a caller may put files anywhere in it: a `File` (content
and MIME type), a `pathlib.Path` (any ``os.PathLike``), or a file object opened in binary
mode. `find_files` walks the input (dicts, lists and tuples, nested to any depth), checks
and opens every file it finds before any request, and returns a copy of the input with a
placeholder in place of each; once the files are uploaded, `FileInputs.fill` puts each
file's ``download_url`` in its place. An input without files is left as it is.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from wriftai._core.upload_sources import Source, open_source
from wriftai.types._files import File, UploadSource

__all__ = ["FileInputs", "find_files", "is_file"]


def is_file(value: object) -> bool:
    """Whether a value of a prediction input is a file to upload.

    Args:
        value: A value found in the input.

    Returns:
        True for a `File`, an ``os.PathLike`` (such as `pathlib.Path`) and a file object
        (an `io.IOBase`, text ones included, so that they fail with a clear message).
    """
    return isinstance(value, File | os.PathLike | io.IOBase)


@dataclass(frozen=True)
class _Slot:
    """Where a file was in the input: the index of its upload."""

    index: int


@dataclass
class FileInputs:
    """The files of a prediction input, opened, and the input with placeholders for them.

    Attributes:
        template: A copy of the input with a placeholder in place of each file.
        sources: The opened content of each file, in order of first appearance.
        where: Where each file is in the input (``input["images"][2]``), for messages.
    """

    template: Any
    sources: list[Source] = field(default_factory=list)
    where: list[str] = field(default_factory=list)

    def fill(self, urls: list[str]) -> Any:
        """The input with each file replaced by its ``download_url``.

        Args:
            urls: The download URL of each of `sources`, in order.

        Returns:
            A new input; the caller's is not changed.
        """
        return _fill(self.template, urls)

    def close(self) -> None:
        """Closes what opening the files opened."""
        for source in self.sources:
            source.close()


def _fill(value: Any, urls: list[str]) -> Any:
    if isinstance(value, _Slot):
        return urls[value.index]
    if isinstance(value, dict):
        return {key: _fill(item, urls) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, urls) for item in value]
    return value


def find_files(value: Any, where: str = "input") -> FileInputs | None:
    """Finds, checks and opens every file in a prediction input.

    The same object found twice (one `File` in two places) is uploaded once.

    Args:
        value: The input.
        where: The name of the input, for messages.

    Returns:
        The opened files and the input with placeholders, or None when the input holds
        no file (then nothing is opened and the input is sent as it is).

    Raises:
        TypeError: A file is open in text mode, is of a kind that cannot be uploaded, or
            the input holds bytes (wrap them in `File`); the message names the place.
        OSError: A file cannot be read (missing, a directory); the message names the place.
        ValueError: A file object is closed; the message names the place.
    """
    if not _holds_file(value):
        return None
    found = FileInputs(None)
    seen: dict[int, int] = {}
    try:
        found.template = _extract(value, where, found, seen)
    except BaseException:
        found.close()
        raise
    return found


def _holds_file(value: Any) -> bool:
    if is_file(value) or isinstance(value, bytes | bytearray | memoryview):
        return True
    if isinstance(value, Mapping):
        return any(_holds_file(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_file(item) for item in value)
    return False


def _extract(value: Any, where: str, found: FileInputs, seen: dict[int, int]) -> Any:
    if isinstance(value, Mapping):
        return {key: _extract(item, _at(where, key), found, seen) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_extract(item, f"{where}[{i}]", found, seen) for i, item in enumerate(value)]
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(
            f"{where} is bytes, which JSON cannot hold; to upload them as a file, wrap them: "
            "wriftai.File(data, mime_type=...)"
        )
    if not is_file(value):
        return value
    if id(value) in seen:
        return _Slot(seen[id(value)])
    try:
        source = (
            open_source(value.content, value.mime_type, filename=value.filename)
            if isinstance(value, File)
            else open_source(_as_content(value))
        )
    except (OSError, TypeError, ValueError) as exc:
        _name_the_place(exc, where)
        raise
    seen[id(value)] = len(found.sources)
    found.sources.append(source)
    found.where.append(where)
    return _Slot(seen[id(value)])


def _at(where: str, key: object) -> str:
    """``input["images"]``: the path of a key, quoted as JSON quotes it."""
    shown = json.dumps(key) if isinstance(key, str) else repr(key)
    return f"{where}[{shown}]"


def _as_content(value: Any) -> UploadSource:
    return value if isinstance(value, os.PathLike) else _io(value)


def _io(value: Any) -> IO[bytes]:
    return value  # type: ignore[no-any-return]


def _name_the_place(exc: BaseException, where: str) -> None:
    """Puts the input path at the front of an error's message."""
    if isinstance(exc, OSError) and exc.strerror:
        exc.strerror = f"{where}: {exc.strerror}"
    elif exc.args and isinstance(exc.args[0], str):
        exc.args = (f"{where}: {exc.args[0]}", *exc.args[1:])
    else:
        exc.args = (where, *exc.args)
