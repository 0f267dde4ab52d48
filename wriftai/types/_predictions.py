"""A prediction's create: its input (JSON that may hold files), webhook and file uploads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, NotRequired, TypeAlias, TypedDict

if TYPE_CHECKING:
    import os

    from wriftai.types._files import File

__all__ = [
    "CompleteUploadParams",
    "CreatePredictionParams",
    "CreateUploadParams",
    "JsonValue",
    "JsonValueWithFile",
    "Webhook",
]

JsonValue = list["JsonValue"] | Mapping[str, "JsonValue"] | str | bool | int | float | None
"""A JSON-compatible value."""

JsonValueWithFile: TypeAlias = (
    "list[JsonValueWithFile] | Mapping[str, JsonValueWithFile] | str | bool | int | float"
    " | File | os.PathLike[str] | IO[bytes] | None"
)
"""A JSON-compatible value that may hold files (`wriftai.File`, a `pathlib.Path`, an open
binary file): a prediction's input, whose files are uploaded and replaced by their URLs."""


class Webhook(TypedDict):
    """Where to POST a prediction's updates.

    Attributes:
        url: The HTTP URL to POST updates to.
        secret: The secret that signs each notification (``WriftAI-Signature``).
    """

    url: str
    secret: NotRequired[str | None]


class CreatePredictionParams(TypedDict):
    """Parameters for creating a prediction.

    Attributes:
        input: The prediction's input, usually an object matching the input schema. Files
            in it (`wriftai.File`, `pathlib.Path`, open binary files) are uploaded first and
            sent as their ``download_url``.
        webhook: Where to POST the prediction's updates.
        validate_input: Validate `input` against the version's schema before running.
    """

    input: JsonValueWithFile
    webhook: NotRequired[Webhook | None]
    validate_input: NotRequired[bool]


class CreateUploadParams(TypedDict):
    """The body of an upload's create, in the official client's form (the current API).

    Attributes:
        size: The exact size of the content, in bytes.
        mime_type: Its MIME type.
    """

    size: int
    mime_type: str


class CompleteUploadParams(TypedDict):
    """The body of an upload's completion, in the official client's form (the current API).

    Attributes:
        etags: The ``ETag`` of each part, in part order.
    """

    etags: list[str]
