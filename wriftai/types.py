"""The parameter types of the facade: typed dicts for request bodies and wait options.

Responses are the generated attrs models of `wriftai_api.models` (re-exported here under
their own names), returned as the API sent them: unknown fields are kept in
``additional_properties`` and unknown values of open enums (such as a new prediction
status) are kept as plain strings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

from wriftai._pagination import PaginationOptions

if TYPE_CHECKING:
    from wriftai_api.models import (
        ModelsSortBy,
        ModelVisibility,
        PredictionWithIO,
        SortDirection,
    )

__all__ = [
    "AsyncWaitOptions",
    "CreateModelParams",
    "CreatePredictionParams",
    "CreateVersionParams",
    "JsonValue",
    "ModelPaginationOptions",
    "PaginationOptions",
    "PredictionPaginationOptions",
    "SchemaIO",
    "Schemas",
    "UpdateModelParams",
    "WaitOptions",
    "Webhook",
]

JsonValue = list["JsonValue"] | Mapping[str, "JsonValue"] | str | bool | int | float | None
"""A JSON-compatible value."""


class ModelPaginationOptions(PaginationOptions):
    """Pagination and sorting options for listing models.

    Attributes:
        sort_by: The field to sort by (`created_at` or `prediction_count`).
        sort_direction: `asc` or `desc`.
    """

    sort_by: NotRequired[ModelsSortBy | str]
    sort_direction: NotRequired[SortDirection | str]


class PredictionPaginationOptions(PaginationOptions):
    """Pagination and filter options for listing predictions.

    Attributes:
        statuses: Only predictions in one of these statuses.
    """

    statuses: NotRequired[list[str]]


class CreateModelParams(TypedDict):
    """Parameters for creating a model.

    Attributes:
        name: The name of the model.
        hardware_identifier: The identifier of the hardware the model runs on.
        visibility: `private` or `public`.
        description: Description of the model.
        source_url: Where the model's code can be found.
        license_url: Where the model's terms of use are given.
        paper_url: The paper describing the model.
    """

    name: str
    hardware_identifier: str
    visibility: NotRequired[ModelVisibility | str]
    description: NotRequired[str | None]
    source_url: NotRequired[str | None]
    license_url: NotRequired[str | None]
    paper_url: NotRequired[str | None]


class UpdateModelParams(TypedDict, total=False):
    """Parameters for updating a model; every field is optional.

    Attributes:
        name: The new name of the model.
        description: Description of the model.
        visibility: `private` or `public`.
        hardware_identifier: The identifier of the hardware the model runs on.
        source_url: Where the model's code can be found.
        license_url: Where the model's terms of use are given.
        paper_url: The paper describing the model.
    """

    name: str
    description: str | None
    visibility: ModelVisibility | str
    hardware_identifier: str
    source_url: str | None
    license_url: str | None
    paper_url: str | None


class SchemaIO(TypedDict):
    """Input and output JSON Schemas (draft 2020-12) of a prediction.

    Attributes:
        input: The schema of a prediction's input.
        output: The schema of a prediction's output.
    """

    input: dict[str, Any]
    output: dict[str, Any]


class Schemas(TypedDict):
    """The schemas of a model version.

    Attributes:
        prediction: The input and output schemas of a prediction.
    """

    prediction: SchemaIO


class CreateVersionParams(TypedDict):
    """Parameters for creating a version of a model.

    Attributes:
        release_notes: What changed in this version.
        schemas: The version's schemas.
        container_image_digest: ``sha256:`` and 64 hex digits.
    """

    release_notes: str
    schemas: Schemas
    container_image_digest: str


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
        input: The prediction's input, usually an object matching the input schema.
        webhook: Where to POST the prediction's updates.
        validate_input: Validate `input` against the version's schema before running.
    """

    input: JsonValue
    webhook: NotRequired[Webhook | None]
    validate_input: NotRequired[bool]


@dataclass(frozen=True)
class _BaseWaitOptions:
    poll_interval: float = 1.0
    """Seconds between polls when the client falls back to short polling."""
    timeout: float | None = None
    """Overall seconds to wait before `WaitTimeoutError`; None waits as long as it takes."""

    def __post_init__(self) -> None:
        if self.poll_interval <= 0:
            raise ValueError("poll_interval must be positive")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError("timeout must be positive or None")


@dataclass(frozen=True)
class WaitOptions(_BaseWaitOptions):
    """Options for waiting on a prediction.

    Waiting first uses the server's long-poll (``Prefer: wait``) and the prediction's event
    stream; it falls back to short polling every `poll_interval` seconds only when the
    stream is not available.

    Attributes:
        poll_interval: Seconds between polls in the short-polling fallback.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Called with the latest prediction each time the client learns of a new
            state of it.
    """

    on_poll: Callable[[PredictionWithIO], None] | None = None


@dataclass(frozen=True)
class AsyncWaitOptions(_BaseWaitOptions):
    """Options for waiting on a prediction asynchronously; see `WaitOptions`.

    Attributes:
        poll_interval: Seconds between polls in the short-polling fallback.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Awaited with the latest prediction each time the client learns of a new
            state of it.
    """

    on_poll: Callable[[PredictionWithIO], Awaitable[None]] | None = None
