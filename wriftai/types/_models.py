"""Models and their versions: creating and updating them, schemas and configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

if TYPE_CHECKING:
    from wriftai_api.models import ModelVisibility

__all__ = [
    "CreateModelParams",
    "CreateVersionParams",
    "SchemaIO",
    "Schemas",
    "UpdateModelParams",
    "UpdateVersionConfigurationParams",
    "VersionCompatibilities",
    "VersionConfiguration",
]


class CreateModelParams(TypedDict):
    """Parameters for creating a model.

    Attributes:
        name: The name of the model.
        hardware_identifier: The identifier of the hardware the model runs on. Releases
            up to 0.22 required it; the current API has no hardware on models (a version's
            configuration chooses it), so it is optional.
        visibility: `private`, `public` or (the current API) `restricted`.
        description: Description of the model.
        source_url: Where the model's code can be found.
        license_url: Where the model's terms of use are given.
        paper_url: The paper describing the model.
        overview: A long-form overview of the model (the current API).
        category_slugs: The slugs of the categories the model belongs to (the current API).
    """

    name: str
    hardware_identifier: NotRequired[str]
    visibility: NotRequired[ModelVisibility | str]
    description: NotRequired[str | None]
    source_url: NotRequired[str | None]
    license_url: NotRequired[str | None]
    paper_url: NotRequired[str | None]
    overview: NotRequired[str | None]
    category_slugs: NotRequired[list[str]]


class UpdateModelParams(TypedDict, total=False):
    """Parameters for updating a model: the fields of `CreateModelParams` that change.

    Attributes:
        name: The new name of the model.
        description: The new description.
        visibility: The new visibility.
        hardware_identifier: The new hardware (releases up to 0.22).
        source_url: The new URL of the model's code.
        license_url: The new URL of its terms of use.
        paper_url: The new URL of its paper.
        overview: The new long-form overview (the current API).
        category_slugs: The categories the model now belongs to, replacing the old ones
            (the current API).
    """

    name: str
    description: str | None
    visibility: ModelVisibility | str
    hardware_identifier: str
    source_url: str | None
    license_url: str | None
    paper_url: str | None
    overview: str | None
    category_slugs: list[str]


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
        compatibilities: Which compatible endpoints the version serves (the current API), such
            as ``{"openai_chat_completions": True}``.
        configuration: The version's ``hardware_identifier`` and ``variable_names``
            (the current API).
    """

    release_notes: str
    schemas: Schemas
    container_image_digest: str
    compatibilities: NotRequired[VersionCompatibilities]
    configuration: NotRequired[VersionConfiguration]


class VersionCompatibilities(TypedDict, total=False):
    """The compatible endpoints a version serves (the current API).

    Attributes:
        openai_chat_completions: OpenAI-compatible chat completions.
        openai_embeddings: OpenAI-compatible embeddings.
        openai_images_generations: OpenAI-compatible image generation.
        openai_responses: OpenAI-compatible responses.
        anthropic_messages: Anthropic-compatible messages.
    """

    openai_chat_completions: bool
    openai_embeddings: bool
    openai_images_generations: bool
    openai_responses: bool
    anthropic_messages: bool


class VersionConfiguration(TypedDict):
    """How a version runs (the current API).

    Attributes:
        hardware_identifier: The hardware it runs on.
        variable_names: The names of the variables (secrets) it is given.
    """

    hardware_identifier: str
    variable_names: list[str]


class UpdateVersionConfigurationParams(TypedDict, total=False):
    """Changes to a version's configuration; every field is optional (the current API).

    Attributes:
        hardware_identifier: The hardware the version runs on.
        variable_names: The variables the version is given (replaces the list).
    """

    hardware_identifier: str
    variable_names: list[str]
