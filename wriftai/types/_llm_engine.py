"""The request types of LLM Engine: completions, batch jobs and LLM endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NotRequired, TypedDict

if TYPE_CHECKING:
    from wriftai_api.models import (
        GpuType,
        LLMInferenceFramework,
        LLMSource,
        ModelEndpointType,
        Quantization,
    )

__all__ = [
    "BatchCompletionsContent",
    "BatchCompletionsModelConfig",
    "CompletionOptions",
    "CreateLLMEndpointParams",
    "LLMEndpointOptions",
    "ToolConfig",
    "UpdateLLMEndpointParams",
]


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
