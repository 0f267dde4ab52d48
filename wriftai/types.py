"""The parameter types of the facade: typed dicts for request bodies and wait options.

Responses are the generated attrs models of `wriftai_api.models` (re-exported here under
their own names), returned as the API sent them: unknown fields are kept in
``additional_properties`` and unknown values of open enums (such as a new prediction
status) are kept as plain strings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, NotRequired, TypeAlias, TypedDict

from wriftai._pagination import PaginationOptions

if TYPE_CHECKING:
    import os

    from wriftai._files import File
    from wriftai_api.models import (
        GpuType,
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
    "AsyncCreateWaitOptions",
    "AsyncWaitOptions",
    "BatchCompletionsContent",
    "BatchCompletionsModelConfig",
    "CompleteUploadParams",
    "CompletionOptions",
    "CreateLLMEndpointParams",
    "CreateModelParams",
    "CreatePredictionParams",
    "CreateUploadParams",
    "CreateVariableParams",
    "CreateVersionParams",
    "CreateWaitOptions",
    "JsonValue",
    "JsonValueWithFile",
    "LLMEndpointOptions",
    "ModelPaginationOptions",
    "PaginationOptions",
    "PredictionPaginationOptions",
    "SchemaIO",
    "Schemas",
    "ToolConfig",
    "UpdateLLMEndpointParams",
    "UpdateModelParams",
    "UpdateUserParams",
    "UpdateVariableParams",
    "UpdateVersionConfigurationParams",
    "UserPaginationOptions",
    "VersionCompatibilities",
    "VersionConfiguration",
    "WaitOptions",
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


class ModelPaginationOptions(PaginationOptions):
    """Pagination and sorting options for listing models.

    Attributes:
        sort_by: The field to sort by: `created_at`, or `predictions_count` (release
            0.22's documentation spells it `prediction_count`; either is accepted, and
            sent as the current API spells it).
        sort_direction: `asc` or `desc`.
        category_slugs: Only models in one of these categories (the current API).
    """

    sort_by: NotRequired[ModelsSortBy | str]
    sort_direction: NotRequired[SortDirection | str]
    category_slugs: NotRequired[list[str]]


class UserPaginationOptions(PaginationOptions):
    """Pagination and sorting options for listing users (the current API).

    Attributes:
        sort_by: The field to sort by: `created_at`.
        sort_direction: `asc` or `desc`.
    """

    sort_by: NotRequired[str]
    sort_direction: NotRequired[SortDirection | str]


class UpdateUserParams(TypedDict, total=False):
    """Changes to the authenticated user's profile; every field is optional (the current API).

    Attributes:
        name: The new username.
        display_name: The name shown for the user.
        bio: A short biography.
        urls: Personal or professional website URLs.
        company: The user's company.
        location: Where the user is.
    """

    name: str
    display_name: str | None
    bio: str | None
    urls: list[str] | None
    company: str | None
    location: str | None


class CreateVariableParams(TypedDict):
    """A variable to create (the current API): a value a model version reads, such as a token.

    Attributes:
        name: The variable's name (how versions refer to it).
        key: The environment key the value is given under.
        value: The value.
        secret: Whether the value is a secret: the API never returns a secret's value.
    """

    name: str
    key: str
    value: str
    secret: bool


class UpdateVariableParams(TypedDict, total=False):
    """Changes to a variable; every field is optional (the current API).

    Attributes:
        key: The new environment key.
        value: The new value.
    """

    key: str
    value: str


class UpdateVersionConfigurationParams(TypedDict, total=False):
    """Changes to a version's configuration; every field is optional (the current API).

    Attributes:
        hardware_identifier: The hardware the version runs on.
        variable_names: The variables the version is given (replaces the list).
    """

    hardware_identifier: str
    variable_names: list[str]


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
    """Parameters for updating a model; every field is optional.

    Attributes:
        name: The new name of the model.
        description: Description of the model.
        visibility: `private`, `public` or (the current API) `restricted`.
        hardware_identifier: The identifier of the hardware the model runs on (releases
            up to 0.22).
        source_url: Where the model's code can be found.
        license_url: Where the model's terms of use are given.
        paper_url: The paper describing the model.
        overview: A long-form overview of the model (the current API).
        category_slugs: The slugs of the categories the model belongs to (the current API).
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


@dataclass(frozen=True)
class _CreateWaitFields:
    duration: float | None = None
    """Seconds the server may hold the create's answer; see `CreateWaitOptions`."""
    poll: bool = True
    """Poll a prediction that is still running after the hold; see `CreateWaitOptions`."""

    def _check(self) -> None:
        if self.duration is not None and (
            isinstance(self.duration, bool)
            or not isinstance(self.duration, int | float)
            or self.duration <= 0
        ):
            raise ValueError("duration must be a positive number of seconds or None")
        if not isinstance(self.poll, bool):
            raise TypeError("poll must be a bool")


@dataclass(frozen=True)
class CreateWaitOptions(WaitOptions, _CreateWaitFields):
    """Options for a create that waits (``predictions.create(..., wait=True)``).

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Called with the prediction after every poll.
        duration: The longest the server may hold its answer, sent as given
            (``Prefer: wait=<duration>``); None leaves it to the server (``Prefer: wait``).
            With ``stream=True`` it is instead the idle time the server allows between two
            events, on the create and on every reconnection.
        poll: Poll a prediction that is still running when the server answers, until it
            is terminal; False returns it as the server answered. Ignored with ``stream``.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check()


@dataclass(frozen=True)
class AsyncCreateWaitOptions(AsyncWaitOptions, _CreateWaitFields):
    """Options for an async create that waits; see `CreateWaitOptions`.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Awaited with the prediction after every poll.
        duration: The longest the server may hold its answer, sent as given; with
            ``stream=True`` the idle time allowed between two events.
        poll: Poll a prediction that is still running after the hold; False returns it.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check()


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
        skip_special_tokens: Leave the model's special tokens out of the text (vLLM only;
            the server's default is true).
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
    skip_special_tokens: bool | None


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
        skip_special_tokens: Leave the model's special tokens out of the text (the
            server's default is true).
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
    skip_special_tokens: NotRequired[bool | None]


class BatchCompletionsModelConfig(TypedDict):
    """The model a batch job runs on, and the vLLM engine settings users set most.

    LLM Engine has no ``quantize`` here (the vLLM setting is ``quantization``); it picks
    the hardware and the shard count itself.

    Attributes:
        model: The name of the model to use.
        checkpoint_path: Where the weights are (``s3://``, ``gs://``, ``azure://`` or an
            Azure Blob URL; not a ``.tar``); needed for a model the server does not know.
        labels: Labels of the job.
        num_shards: A suggested number of GPUs to shard the model over.
        seed: Random seed for sampling.
        max_context_length: The longest context to allow (superseded by
            ``max_model_len``).
        response_role: The role of the response in a conversation.
        quantization: How the weights are quantized (a vLLM method name such as ``awq``).
        max_model_len: The model's context length.
        max_num_seqs: The most sequences vLLM runs per iteration.
        enforce_eager: Always run PyTorch in eager mode.
        trust_remote_code: Run code from the model's Hugging Face repository.
        tensor_parallel_size: Tensor parallel replicas.
        pipeline_parallel_size: Pipeline stages.
        dtype: The data type of weights and activations (``auto``, ``bfloat16``, ...).
        revision: The model version to use (a branch, a tag or a commit).
        tokenizer: The Hugging Face tokenizer to use.
        gpu_memory_utilization: The fraction of GPU memory vLLM may use.
        enable_prefix_caching: Cache shared prompt prefixes.
        chat_template: A Jinja chat template to use instead of the tokenizer's.
    """

    model: str
    checkpoint_path: NotRequired[str | None]
    labels: NotRequired[dict[str, str]]
    num_shards: NotRequired[int | None]
    seed: NotRequired[int | None]
    max_context_length: NotRequired[int | None]
    response_role: NotRequired[str | None]
    quantization: NotRequired[str | None]
    max_model_len: NotRequired[int | None]
    max_num_seqs: NotRequired[int | None]
    enforce_eager: NotRequired[bool | None]
    trust_remote_code: NotRequired[bool | None]
    tensor_parallel_size: NotRequired[int | None]
    pipeline_parallel_size: NotRequired[int | None]
    dtype: NotRequired[str | None]
    revision: NotRequired[str | None]
    tokenizer: NotRequired[str | None]
    gpu_memory_utilization: NotRequired[float | None]
    enable_prefix_caching: NotRequired[bool | None]
    chat_template: NotRequired[str | None]


class ToolConfig(TypedDict):
    """Tool use in a batch job (experimental on LLM Engine).

    Attributes:
        name: The tool; LLM Engine accepts only ``code_evaluator``.
        max_iterations: The most tool calls per prompt (server default 10).
        execution_timeout_seconds: The longest a tool call may run (server default 60).
        should_retry_on_error: Whether a failed tool call is tried again (default true).
    """

    name: str
    max_iterations: NotRequired[int | None]
    execution_timeout_seconds: NotRequired[int | None]
    should_retry_on_error: NotRequired[bool | None]


class _LLMEndpointSettings(TypedDict, total=False):
    """The settings an LLM endpoint's create and update share."""

    source: LLMSource | str
    num_shards: int
    quantize: Quantization | str | None
    checkpoint_path: str | None
    metadata: dict[str, Any]
    cpus: int | float | str | None
    gpus: int | None
    memory: int | float | str | None
    gpu_type: GpuType | str | None
    storage: int | float | str | None
    min_workers: int
    max_workers: int
    per_worker: int
    labels: dict[str, str]
    public_inference: bool | None
    post_inference_hooks: list[str] | None
    optimize_costs: bool | None
    prewarm: bool | None
    high_priority: bool | None
    billing_tags: dict[str, Any] | None
    default_callback_url: str | None
    task_expires_seconds: int | None
    queue_message_timeout_seconds: int | None
    enable_startup_metrics: bool | None
    chat_template_override: str | None


class UpdateLLMEndpointParams(_LLMEndpointSettings, total=False):
    """Settings of an LLM endpoint to change; every field is optional.

    Left-out settings keep their values: the client sends the endpoint's current
    ``public_inference`` when it is not given (LLM Engine would read a left-out one as
    ``true``) and the endpoint's framework. Giving ``quantize``, ``checkpoint_path`` or
    ``chat_template_override`` (even as None), ``model_name``, ``source``,
    ``inference_framework_image_tag`` or ``num_shards`` rebuilds the endpoint's bundle.

    Attributes:
        model_name: Name of the base model to serve.
        model: The same, under the name LLM Engine's official client gives it.
        source: Where the weights come from (``hugging_face``).
        inference_framework_image_tag: Docker image tag of the inference framework;
            ``latest`` means the newest.
        num_shards: How many GPUs to shard the model over (equal to ``gpus``).
        quantize: ``awq`` (vLLM) or ``bitsandbytes`` (text-generation-inference).
        checkpoint_path: Where the weights are.
        metadata: Metadata merged into the endpoint's (not ``_llm`` or
            ``_CONVERTED_FROM_ARTIFACT_LIKE``).
        cpus: CPUs per worker.
        gpus: GPUs per worker.
        memory: Memory per worker, such as ``24Gi``.
        gpu_type: GPU type, such as ``nvidia-ampere-a10``.
        storage: Disk per worker, such as ``40Gi``.
        min_workers: The minimum number of workers.
        max_workers: The maximum number of workers (at most 250).
        per_worker: Concurrent requests per worker before scaling up.
        labels: Labels, with ``team`` and ``product``.
        public_inference: Whether any user may run inference on the endpoint.
        post_inference_hooks: Hooks to run after each inference.
        optimize_costs: Pack the endpoint to save cost.
        prewarm: Keep the model loaded in a warm worker.
        high_priority: Schedule the endpoint's workers ahead of others.
        billing_tags: Tags the deployment bills the endpoint under.
        default_callback_url: Where async results are posted.
        task_expires_seconds: How long an async task may wait in the queue.
        queue_message_timeout_seconds: How long an async task may run before the queue
            hands it out again (1 to 43200).
        enable_startup_metrics: Report startup timings through OpenTelemetry.
        chat_template_override: A Jinja chat template (vLLM only).
        force_bundle_recreation: Rebuild the bundle even when nothing that needs it
            changed.
    """

    model_name: str
    model: str
    inference_framework_image_tag: str
    force_bundle_recreation: bool | None


class LLMEndpointOptions(_LLMEndpointSettings, total=False):
    """The optional settings of a new LLM endpoint (`client.llm_endpoints.create`).

    They default as in LLM Engine's official client: framework ``vllm``, source
    ``hugging_face``, endpoint type ``streaming``, 0 to 1 workers, 2 requests per worker,
    empty metadata, public inference, and ``num_shards`` equal to ``gpus`` (1 without).
    Give all of ``cpus``, ``gpus``, ``memory``, ``gpu_type``, ``storage`` and
    ``nodes_per_worker``, or none (the server then picks them). ``labels`` must name
    ``team`` and ``product``. See `UpdateLLMEndpointParams` for the fields both share.

    Attributes:
        inference_framework: ``vllm``, ``sglang``, ``deepspeed``,
            ``text_generation_inference``, ``lightllm`` or ``tensorrt_llm``.
        endpoint_type: ``streaming`` (the only one vLLM, text-generation-inference,
            LightLLM and TensorRT-LLM take), ``sync`` or ``async``.
        nodes_per_worker: Machines per worker (above 1 only for vLLM).
        max_model_len: The model's context length (vLLM only).
    """

    inference_framework: LLMInferenceFramework | str
    endpoint_type: ModelEndpointType | str
    nodes_per_worker: int | None
    max_model_len: int | None


class CreateLLMEndpointParams(LLMEndpointOptions, total=False):
    """An LLM endpoint to create, as one dict (`client.llm_endpoints.create(params)`).

    ``name``, ``model_name`` and ``labels`` are needed; see `LLMEndpointOptions` for the
    rest and their defaults.

    Attributes:
        name: The endpoint's name, used as the ``model`` of completions.
        model_name: Name of the base model to serve.
        inference_framework_image_tag: Docker image tag of the inference framework
            (``latest``, the default, means the newest the server knows).
    """

    name: str
    model_name: str
    inference_framework_image_tag: str
