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
        LLMInferenceFramework,
        LLMSource,
        ModelEndpointType,
        ModelsSortBy,
        ModelVisibility,
        PredictionWithIO,
        Quantization,
        SortDirection,
    )

__all__ = [
    "AsyncWaitOptions",
    "BatchCompletionsContent",
    "BatchCompletionsModelConfig",
    "CompletionOptions",
    "CreateLLMEndpointParams",
    "CreateModelParams",
    "CreatePredictionParams",
    "CreateVersionParams",
    "JsonValue",
    "ModelPaginationOptions",
    "PaginationOptions",
    "PredictionPaginationOptions",
    "SchemaIO",
    "Schemas",
    "UpdateLLMEndpointParams",
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
    """Seconds between polls of a prediction that is not terminal yet."""
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

    A create that waits asks the server to hold its answer until the prediction ends
    (``Prefer: wait``, or ``wait=<seconds>`` when there is a `timeout`); a prediction still
    running after that, or one given to ``wait``, is short-polled every `poll_interval`
    seconds.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Called with the prediction after every poll.
    """

    on_poll: Callable[[PredictionWithIO], None] | None = None


@dataclass(frozen=True)
class AsyncWaitOptions(_BaseWaitOptions):
    """Options for waiting on a prediction asynchronously; see `WaitOptions`.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Awaited with the prediction after every poll.
    """

    on_poll: Callable[[PredictionWithIO], Awaitable[None]] | None = None


# ---------------------------------------------------------------------- LLM Engine
class CompletionOptions(TypedDict, total=False):
    """The optional arguments of a completion (`client.completions.create`).

    Attributes:
        stop_sequences: Sequences that end the completion when generated.
        return_token_log_probs: Return each generated token with its log probability.
        presence_penalty: Penalise tokens that already appeared (0-2).
        frequency_penalty: Penalise tokens by how often they already appeared (0-2).
        top_k: Sample from the k most likely tokens; -1 means all (at least -1).
        top_p: Sample from the smallest set of tokens whose probabilities add up to p
            (greater than 0, at most 1).
        include_stop_str_in_output: Keep the matched stop sequence in the output.
        guided_json: A JSON schema the output must follow.
        guided_regex: A regular expression the output must match.
        guided_choice: The output must be one of these strings.
        guided_grammar: A context-free grammar the output must follow.
    """

    stop_sequences: list[str] | None
    return_token_log_probs: bool | None
    presence_penalty: float | None
    frequency_penalty: float | None
    top_k: int | None
    top_p: float | None
    include_stop_str_in_output: bool | None
    guided_json: dict[str, Any] | None
    guided_regex: str | None
    guided_choice: list[str] | None
    guided_grammar: str | None


class BatchCompletionsContent(TypedDict):
    """Prompts and sampling settings of a batch job, given inline.

    Attributes:
        prompts: The prompts to complete.
        max_new_tokens: The maximum number of tokens to generate per prompt (at least 1).
        temperature: Sampling temperature (0-1).
        stop_sequences: Sequences that end a completion when generated.
        return_token_log_probs: Return each generated token with its log probability.
        presence_penalty: Penalise tokens that already appeared (0-2).
        frequency_penalty: Penalise tokens by how often they already appeared (0-2).
        top_k: Sample from the k most likely tokens; -1 means all.
        top_p: Nucleus sampling probability (greater than 0, at most 1).
    """

    prompts: list[str]
    max_new_tokens: int
    temperature: float
    stop_sequences: NotRequired[list[str] | None]
    return_token_log_probs: NotRequired[bool | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    top_k: NotRequired[int | None]
    top_p: NotRequired[float | None]


class BatchCompletionsModelConfig(TypedDict):
    """The model a batch job runs on.

    Attributes:
        model: The name of the model to use.
        labels: Free-form string labels.
        checkpoint_path: A checkpoint to load instead of the model's own weights.
        num_shards: How many GPUs to shard the model over.
        quantize: Quantization to apply (``bitsandbytes`` or ``awq``).
        seed: Random seed for sampling.
    """

    model: str
    labels: dict[str, str]
    checkpoint_path: NotRequired[str | None]
    num_shards: NotRequired[int | None]
    quantize: NotRequired[Quantization | str | None]
    seed: NotRequired[int | None]


class UpdateLLMEndpointParams(TypedDict, total=False):
    """Settings of an LLM endpoint to change; every field is optional.

    Attributes:
        model_name: Name of the base model to serve.
        source: Where the weights come from (``hugging_face``).
        inference_framework: ``deepspeed``, ``text_generation_inference``, ``vllm``,
            ``lightllm`` or ``tensorrt_llm``.
        inference_framework_image_tag: Docker image tag of the inference framework.
        num_shards: How many GPUs to shard the model over.
        quantize: ``bitsandbytes`` or ``awq``.
        checkpoint_path: A checkpoint to serve instead of the model's own weights.
        metadata: Free-form metadata.
        endpoint_type: ``streaming``, ``sync`` or ``async``.
        cpus: CPUs per worker.
        gpus: GPUs per worker.
        memory: Memory per worker, such as ``24Gi``.
        gpu_type: GPU type, such as ``nvidia-ampere-a10``.
        storage: Disk per worker, such as ``40Gi``.
        min_workers: The minimum number of workers.
        max_workers: The maximum number of workers.
        per_worker: Concurrent requests per worker before scaling up.
        labels: Free-form string labels.
        public_inference: Whether any user may run inference on the endpoint.
    """

    model_name: str
    source: LLMSource | str
    inference_framework: LLMInferenceFramework | str
    inference_framework_image_tag: str
    num_shards: int
    quantize: Quantization | str | None
    checkpoint_path: str | None
    metadata: dict[str, Any]
    endpoint_type: ModelEndpointType | str
    cpus: int | None
    gpus: int | None
    memory: str | None
    gpu_type: str | None
    storage: str | None
    min_workers: int
    max_workers: int
    per_worker: int
    labels: dict[str, str]
    public_inference: bool | None


class CreateLLMEndpointParams(UpdateLLMEndpointParams):
    """An LLM endpoint to create.

    ``name``, ``model_name`` and ``inference_framework_image_tag`` are required; the
    others default as in LLM Engine's client (source ``hugging_face``, framework ``vllm``,
    1 shard, endpoint type ``streaming``, 0 to 1 workers, 2 requests per worker, empty
    metadata and labels). See `UpdateLLMEndpointParams` for the other fields.

    Attributes:
        name: The endpoint's name, used as the ``model`` of completions.
    """

    name: str
