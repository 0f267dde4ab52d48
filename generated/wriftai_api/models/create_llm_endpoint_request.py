from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..models.llm_inference_framework import LLMInferenceFramework
from ..models.llm_source import LLMSource
from ..models.model_endpoint_type import ModelEndpointType
from ..models.quantization import Quantization
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.billing_tags import BillingTags
    from ..models.callback_auth import CallbackAuth
    from ..models.labels import Labels
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateLLMEndpointRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateLLMEndpointRequest:
    """An LLM model endpoint to create: the settings every framework's variant shares,
    plus `max_model_len` and `chat_template_override` (vLLM only). The server takes
    more framework-specific engine arguments than are listed here.

    """

    name: str
    """ Name of the endpoint, used as `model_endpoint_name` for completions. """
    model_name: str
    """ Name of the base model to serve. """
    metadata: Metadata
    """ Free-form metadata kept with an endpoint. """
    min_workers: int
    """ The minimum number of workers. """
    max_workers: int
    """ The maximum number of workers (at most 250). """
    per_worker: int
    """ Concurrent requests per worker before scaling up. """
    labels: Labels
    """ Free-form string labels, for example a team or a cost centre. """
    source: LLMSource | Unset = UNSET
    """ Where an LLM's weights come from. """
    inference_framework: LLMInferenceFramework | Unset = UNSET
    """ The inference framework serving an LLM. """
    inference_framework_image_tag: str | Unset = "latest"
    """ Docker image tag of the inference framework; `latest` means the newest the server knows. """
    num_shards: int | Unset = 1
    """ How many GPUs to shard the model over; must equal `gpus`. """
    quantize: None | Quantization | Unset = UNSET
    """ Quantization to apply to the model (vLLM `awq`, text-generation-inference `bitsandbytes`). """
    checkpoint_path: None | str | Unset = UNSET
    """ Where the weights are, instead of the server's copy of the model's. """
    endpoint_type: ModelEndpointType | Unset = UNSET
    """ How an endpoint answers. """
    cpus: float | int | None | str | Unset = UNSET
    """ CPUs per worker (give all six hardware fields or none). """
    gpus: int | None | Unset = UNSET
    """ GPUs per worker (give all six hardware fields or none). """
    memory: float | int | None | str | Unset = UNSET
    """ Memory per worker, such as `24Gi` (give all six hardware fields or none). """
    gpu_type: GpuType | None | Unset = UNSET
    """ GPU type (give all six hardware fields or none). """
    storage: float | int | None | str | Unset = UNSET
    """ Disk per worker, such as `40Gi` (give all six hardware fields or none). """
    nodes_per_worker: int | None | Unset = UNSET
    """ Machines per worker, above 1 only for vLLM (give all six hardware fields or none). """
    public_inference: bool | None | Unset = True
    """ Whether any user may run inference on the endpoint. """
    post_inference_hooks: list[str] | None | Unset = UNSET
    """ Hooks to run after each inference, such as `callback`. """
    optimize_costs: bool | None | Unset = UNSET
    """ Pack the endpoint to save cost. """
    prewarm: bool | None | Unset = UNSET
    """ Keep the model loaded in a warm worker (the server's default is true). """
    high_priority: bool | None | Unset = UNSET
    """ Schedule the endpoint's workers ahead of others. """
    billing_tags: BillingTags | None | Unset = UNSET
    """ Tags the deployment bills the endpoint under. """
    default_callback_url: None | str | Unset = UNSET
    """ Where async results are posted. """
    default_callback_auth: CallbackAuth | None | Unset = UNSET
    """ How the callback authenticates. """
    task_expires_seconds: int | None | Unset = UNSET
    """ How long an async task may wait in the queue. """
    queue_message_timeout_seconds: int | None | Unset = UNSET
    """ How long an async task may run before the queue hands it out again. """
    enable_startup_metrics: bool | None | Unset = False
    """ Report startup timings through OpenTelemetry. """
    chat_template_override: None | str | Unset = UNSET
    """ A Jinja chat template to use instead of the tokenizer's (vLLM only). """
    max_model_len: int | None | Unset = UNSET
    """ The model's context length (vLLM only); derived from the model's config when None. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "model_name",
            "metadata",
            "min_workers",
            "max_workers",
            "per_worker",
            "labels",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("model_name", "model_name", True),
        ("metadata", "metadata", True),
        ("min_workers", "min_workers", True),
        ("max_workers", "max_workers", True),
        ("per_worker", "per_worker", True),
        ("labels", "labels", True),
        ("source", "source", False),
        ("inference_framework", "inference_framework", False),
        ("inference_framework_image_tag", "inference_framework_image_tag", False),
        ("num_shards", "num_shards", False),
        ("quantize", "quantize", False),
        ("checkpoint_path", "checkpoint_path", False),
        ("endpoint_type", "endpoint_type", False),
        ("cpus", "cpus", False),
        ("gpus", "gpus", False),
        ("memory", "memory", False),
        ("gpu_type", "gpu_type", False),
        ("storage", "storage", False),
        ("nodes_per_worker", "nodes_per_worker", False),
        ("public_inference", "public_inference", False),
        ("post_inference_hooks", "post_inference_hooks", False),
        ("optimize_costs", "optimize_costs", False),
        ("prewarm", "prewarm", False),
        ("high_priority", "high_priority", False),
        ("billing_tags", "billing_tags", False),
        ("default_callback_url", "default_callback_url", False),
        ("default_callback_auth", "default_callback_auth", False),
        ("task_expires_seconds", "task_expires_seconds", False),
        ("queue_message_timeout_seconds", "queue_message_timeout_seconds", False),
        ("enable_startup_metrics", "enable_startup_metrics", False),
        ("chat_template_override", "chat_template_override", False),
        ("max_model_len", "max_model_len", False),
    )

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise field_missing(self, name)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if self.additional_properties and not _WIRE_NAMES.isdisjoint(self.additional_properties):
            return partial_to_dict(self)  # a field kept as it came is written as it came
        try:
            return self._to_dict()
        except AttributeError:  # ResponseFieldError, or the class a caller set for it
            return partial_to_dict(self)

    def _to_dict(self) -> dict[str, Any]:
        name = self.name

        model_name = self.model_name

        metadata = self.metadata.to_dict()

        min_workers = self.min_workers

        max_workers = self.max_workers

        per_worker = self.per_worker

        labels = self.labels.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        inference_framework: str | Unset = UNSET
        if not isinstance(self.inference_framework, Unset):
            inference_framework = self.inference_framework.value

        inference_framework_image_tag = self.inference_framework_image_tag

        num_shards = self.num_shards

        quantize: None | str | Unset
        if isinstance(self.quantize, Unset):
            quantize = UNSET
        elif isinstance(self.quantize, Quantization):
            quantize = self.quantize.value
        else:
            quantize = self.quantize

        checkpoint_path: None | str | Unset
        if isinstance(self.checkpoint_path, Unset):
            checkpoint_path = UNSET
        else:
            checkpoint_path = self.checkpoint_path

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        cpus: float | int | None | str | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        else:
            cpus = self.cpus

        gpus: int | None | Unset
        if isinstance(self.gpus, Unset):
            gpus = UNSET
        else:
            gpus = self.gpus

        memory: float | int | None | str | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        gpu_type: None | str | Unset
        if isinstance(self.gpu_type, Unset):
            gpu_type = UNSET
        elif isinstance(self.gpu_type, GpuType):
            gpu_type = self.gpu_type.value
        else:
            gpu_type = self.gpu_type

        storage: float | int | None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        nodes_per_worker: int | None | Unset
        if isinstance(self.nodes_per_worker, Unset):
            nodes_per_worker = UNSET
        else:
            nodes_per_worker = self.nodes_per_worker

        public_inference: bool | None | Unset
        if isinstance(self.public_inference, Unset):
            public_inference = UNSET
        else:
            public_inference = self.public_inference

        post_inference_hooks: list[str] | None | Unset
        if isinstance(self.post_inference_hooks, Unset):
            post_inference_hooks = UNSET
        elif isinstance(self.post_inference_hooks, list):
            post_inference_hooks = self.post_inference_hooks

        else:
            post_inference_hooks = self.post_inference_hooks

        optimize_costs: bool | None | Unset
        if isinstance(self.optimize_costs, Unset):
            optimize_costs = UNSET
        else:
            optimize_costs = self.optimize_costs

        prewarm: bool | None | Unset
        if isinstance(self.prewarm, Unset):
            prewarm = UNSET
        else:
            prewarm = self.prewarm

        high_priority: bool | None | Unset
        if isinstance(self.high_priority, Unset):
            high_priority = UNSET
        else:
            high_priority = self.high_priority

        billing_tags: dict[str, Any] | None | Unset
        if isinstance(self.billing_tags, Unset):
            billing_tags = UNSET
        elif isinstance(self.billing_tags, BillingTags):
            billing_tags = self.billing_tags.to_dict()
        else:
            billing_tags = self.billing_tags

        default_callback_url: None | str | Unset
        if isinstance(self.default_callback_url, Unset):
            default_callback_url = UNSET
        else:
            default_callback_url = self.default_callback_url

        default_callback_auth: dict[str, Any] | None | Unset
        if isinstance(self.default_callback_auth, Unset):
            default_callback_auth = UNSET
        elif isinstance(self.default_callback_auth, CallbackAuth):
            default_callback_auth = self.default_callback_auth.to_dict()
        else:
            default_callback_auth = self.default_callback_auth

        task_expires_seconds: int | None | Unset
        if isinstance(self.task_expires_seconds, Unset):
            task_expires_seconds = UNSET
        else:
            task_expires_seconds = self.task_expires_seconds

        queue_message_timeout_seconds: int | None | Unset
        if isinstance(self.queue_message_timeout_seconds, Unset):
            queue_message_timeout_seconds = UNSET
        else:
            queue_message_timeout_seconds = self.queue_message_timeout_seconds

        enable_startup_metrics: bool | None | Unset
        if isinstance(self.enable_startup_metrics, Unset):
            enable_startup_metrics = UNSET
        else:
            enable_startup_metrics = self.enable_startup_metrics

        chat_template_override: None | str | Unset
        if isinstance(self.chat_template_override, Unset):
            chat_template_override = UNSET
        else:
            chat_template_override = self.chat_template_override

        max_model_len: int | None | Unset
        if isinstance(self.max_model_len, Unset):
            max_model_len = UNSET
        else:
            max_model_len = self.max_model_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model_name": model_name,
                "metadata": metadata,
                "min_workers": min_workers,
                "max_workers": max_workers,
                "per_worker": per_worker,
                "labels": labels,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if inference_framework is not UNSET:
            field_dict["inference_framework"] = inference_framework
        if inference_framework_image_tag is not UNSET:
            field_dict["inference_framework_image_tag"] = inference_framework_image_tag
        if num_shards is not UNSET:
            field_dict["num_shards"] = num_shards
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if storage is not UNSET:
            field_dict["storage"] = storage
        if nodes_per_worker is not UNSET:
            field_dict["nodes_per_worker"] = nodes_per_worker
        if public_inference is not UNSET:
            field_dict["public_inference"] = public_inference
        if post_inference_hooks is not UNSET:
            field_dict["post_inference_hooks"] = post_inference_hooks
        if optimize_costs is not UNSET:
            field_dict["optimize_costs"] = optimize_costs
        if prewarm is not UNSET:
            field_dict["prewarm"] = prewarm
        if high_priority is not UNSET:
            field_dict["high_priority"] = high_priority
        if billing_tags is not UNSET:
            field_dict["billing_tags"] = billing_tags
        if default_callback_url is not UNSET:
            field_dict["default_callback_url"] = default_callback_url
        if default_callback_auth is not UNSET:
            field_dict["default_callback_auth"] = default_callback_auth
        if task_expires_seconds is not UNSET:
            field_dict["task_expires_seconds"] = task_expires_seconds
        if queue_message_timeout_seconds is not UNSET:
            field_dict["queue_message_timeout_seconds"] = queue_message_timeout_seconds
        if enable_startup_metrics is not UNSET:
            field_dict["enable_startup_metrics"] = enable_startup_metrics
        if chat_template_override is not UNSET:
            field_dict["chat_template_override"] = chat_template_override
        if max_model_len is not UNSET:
            field_dict["max_model_len"] = max_model_len

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object; what does not conform to the schema is kept as it came.

        A field that is missing or of another shape is reported (logged at debug level on the
        ``wriftai`` logger, or raised in a strict `ParseContext`) and its value, if any, kept
        in ``additional_properties``.
        """
        try:
            return cls._from_dict(src_dict)
        except PARSE_ERRORS:
            return read_tolerantly(cls, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object that conforms to the schema; raises on the first value that does not."""
        d = src_dict
        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        model_name = d["model_name"]
        if not (type(model_name) is str):
            raise TypeError(model_name)

        metadata = _read_Metadata(d["metadata"])

        min_workers = d["min_workers"]
        if not (type(min_workers) is int):
            raise TypeError(min_workers)

        max_workers = d["max_workers"]
        if not (type(max_workers) is int):
            raise TypeError(max_workers)

        per_worker = d["per_worker"]
        if not (type(per_worker) is int):
            raise TypeError(per_worker)

        labels = _read_Labels(d["labels"])

        _source = d.get("source", UNSET)
        source: LLMSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = LLMSource(_source)

        _inference_framework = d.get("inference_framework", UNSET)
        inference_framework: LLMInferenceFramework | Unset
        if isinstance(_inference_framework, Unset):
            inference_framework = UNSET
        else:
            inference_framework = LLMInferenceFramework(_inference_framework)

        inference_framework_image_tag = d.get("inference_framework_image_tag", UNSET)
        if not (type(inference_framework_image_tag) is str) and inference_framework_image_tag is not UNSET:
            raise TypeError(inference_framework_image_tag)

        num_shards = d.get("num_shards", UNSET)
        if not (type(num_shards) is int) and num_shards is not UNSET:
            raise TypeError(num_shards)

        _quantize = d.get("quantize", UNSET)
        quantize: None | Quantization | Unset
        if _quantize is None or _quantize is UNSET:
            quantize = _quantize
        else:
            if not isinstance(_quantize, str):
                raise TypeError()
            quantize_type_0 = Quantization(_quantize)

            quantize = quantize_type_0

        checkpoint_path: None | str | Unset = d.get("checkpoint_path", UNSET)
        if not (type(checkpoint_path) is str or checkpoint_path is None or checkpoint_path is UNSET):
            raise TypeError(checkpoint_path)

        _endpoint_type = d.get("endpoint_type", UNSET)
        endpoint_type: ModelEndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = ModelEndpointType(_endpoint_type)

        cpus: float | int | None | str | Unset = d.get("cpus", UNSET)
        if not (
            type(cpus) is str
            or type(cpus) is int
            or (type(cpus) is float or type(cpus) is int)
            or cpus is None
            or cpus is UNSET
        ):
            raise TypeError(cpus)

        gpus: int | None | Unset = d.get("gpus", UNSET)
        if not (type(gpus) is int or gpus is None or gpus is UNSET):
            raise TypeError(gpus)

        memory: float | int | None | str | Unset = d.get("memory", UNSET)
        if not (
            type(memory) is str
            or type(memory) is int
            or (type(memory) is float or type(memory) is int)
            or memory is None
            or memory is UNSET
        ):
            raise TypeError(memory)

        _gpu_type = d.get("gpu_type", UNSET)
        gpu_type: GpuType | None | Unset
        if _gpu_type is None or _gpu_type is UNSET:
            gpu_type = _gpu_type
        else:
            if not isinstance(_gpu_type, str):
                raise TypeError()
            gpu_type_type_0 = GpuType(_gpu_type)

            gpu_type = gpu_type_type_0

        storage: float | int | None | str | Unset = d.get("storage", UNSET)
        if not (
            type(storage) is str
            or type(storage) is int
            or (type(storage) is float or type(storage) is int)
            or storage is None
            or storage is UNSET
        ):
            raise TypeError(storage)

        nodes_per_worker: int | None | Unset = d.get("nodes_per_worker", UNSET)
        if not (type(nodes_per_worker) is int or nodes_per_worker is None or nodes_per_worker is UNSET):
            raise TypeError(nodes_per_worker)

        public_inference: bool | None | Unset = d.get("public_inference", UNSET)
        if not (type(public_inference) is bool or public_inference is None or public_inference is UNSET):
            raise TypeError(public_inference)

        _post_inference_hooks = d.get("post_inference_hooks", UNSET)
        post_inference_hooks: list[str] | None | Unset
        if _post_inference_hooks is None or _post_inference_hooks is UNSET:
            post_inference_hooks = _post_inference_hooks
        else:
            if not isinstance(_post_inference_hooks, list):
                raise TypeError()
            post_inference_hooks_type_0 = cast(list[str], _post_inference_hooks)
            if type(post_inference_hooks_type_0) is not list or not all(
                type(item) is str for item in post_inference_hooks_type_0
            ):
                raise TypeError(post_inference_hooks_type_0)

            post_inference_hooks = post_inference_hooks_type_0

        optimize_costs: bool | None | Unset = d.get("optimize_costs", UNSET)
        if not (type(optimize_costs) is bool or optimize_costs is None or optimize_costs is UNSET):
            raise TypeError(optimize_costs)

        prewarm: bool | None | Unset = d.get("prewarm", UNSET)
        if not (type(prewarm) is bool or prewarm is None or prewarm is UNSET):
            raise TypeError(prewarm)

        high_priority: bool | None | Unset = d.get("high_priority", UNSET)
        if not (type(high_priority) is bool or high_priority is None or high_priority is UNSET):
            raise TypeError(high_priority)

        _billing_tags = d.get("billing_tags", UNSET)
        billing_tags: BillingTags | None | Unset
        if _billing_tags is None or _billing_tags is UNSET:
            billing_tags = _billing_tags
        else:
            if not isinstance(_billing_tags, dict):
                raise TypeError()
            billing_tags_type_0 = _read_BillingTags(_billing_tags)

            billing_tags = billing_tags_type_0

        default_callback_url: None | str | Unset = d.get("default_callback_url", UNSET)
        if not (type(default_callback_url) is str or default_callback_url is None or default_callback_url is UNSET):
            raise TypeError(default_callback_url)

        _default_callback_auth = d.get("default_callback_auth", UNSET)
        default_callback_auth: CallbackAuth | None | Unset
        if _default_callback_auth is None or _default_callback_auth is UNSET:
            default_callback_auth = _default_callback_auth
        else:
            if not isinstance(_default_callback_auth, dict):
                raise TypeError()
            default_callback_auth_type_0 = _read_CallbackAuth(_default_callback_auth)

            default_callback_auth = default_callback_auth_type_0

        task_expires_seconds: int | None | Unset = d.get("task_expires_seconds", UNSET)
        if not (type(task_expires_seconds) is int or task_expires_seconds is None or task_expires_seconds is UNSET):
            raise TypeError(task_expires_seconds)

        queue_message_timeout_seconds: int | None | Unset = d.get("queue_message_timeout_seconds", UNSET)
        if not (
            type(queue_message_timeout_seconds) is int
            or queue_message_timeout_seconds is None
            or queue_message_timeout_seconds is UNSET
        ):
            raise TypeError(queue_message_timeout_seconds)

        enable_startup_metrics: bool | None | Unset = d.get("enable_startup_metrics", UNSET)
        if not (
            type(enable_startup_metrics) is bool or enable_startup_metrics is None or enable_startup_metrics is UNSET
        ):
            raise TypeError(enable_startup_metrics)

        chat_template_override: None | str | Unset = d.get("chat_template_override", UNSET)
        if not (
            type(chat_template_override) is str or chat_template_override is None or chat_template_override is UNSET
        ):
            raise TypeError(chat_template_override)

        max_model_len: int | None | Unset = d.get("max_model_len", UNSET)
        if not (type(max_model_len) is int or max_model_len is None or max_model_len is UNSET):
            raise TypeError(max_model_len)

        create_llm_endpoint_request = cls(
            name,
            model_name,
            metadata,
            min_workers,
            max_workers,
            per_worker,
            labels,
            source,
            inference_framework,
            inference_framework_image_tag,
            num_shards,
            quantize,
            checkpoint_path,
            endpoint_type,
            cpus,
            gpus,
            memory,
            gpu_type,
            storage,
            nodes_per_worker,
            public_inference,
            post_inference_hooks,
            optimize_costs,
            prewarm,
            high_priority,
            billing_tags,
            default_callback_url,
            default_callback_auth,
            task_expires_seconds,
            queue_message_timeout_seconds,
            enable_startup_metrics,
            chat_template_override,
            max_model_len,
        )

        if len(d) != 7 + (source is not UNSET) + (inference_framework is not UNSET) + (
            inference_framework_image_tag is not UNSET
        ) + (num_shards is not UNSET) + (quantize is not UNSET) + (checkpoint_path is not UNSET) + (
            endpoint_type is not UNSET
        ) + (cpus is not UNSET) + (gpus is not UNSET) + (memory is not UNSET) + (gpu_type is not UNSET) + (
            storage is not UNSET
        ) + (nodes_per_worker is not UNSET) + (public_inference is not UNSET) + (post_inference_hooks is not UNSET) + (
            optimize_costs is not UNSET
        ) + (prewarm is not UNSET) + (high_priority is not UNSET) + (billing_tags is not UNSET) + (
            default_callback_url is not UNSET
        ) + (default_callback_auth is not UNSET) + (task_expires_seconds is not UNSET) + (
            queue_message_timeout_seconds is not UNSET
        ) + (enable_startup_metrics is not UNSET) + (chat_template_override is not UNSET) + (
            max_model_len is not UNSET
        ):
            create_llm_endpoint_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "model_name",
                    "metadata",
                    "min_workers",
                    "max_workers",
                    "per_worker",
                    "labels",
                    "source",
                    "inference_framework",
                    "inference_framework_image_tag",
                    "num_shards",
                    "quantize",
                    "checkpoint_path",
                    "endpoint_type",
                    "cpus",
                    "gpus",
                    "memory",
                    "gpu_type",
                    "storage",
                    "nodes_per_worker",
                    "public_inference",
                    "post_inference_hooks",
                    "optimize_costs",
                    "prewarm",
                    "high_priority",
                    "billing_tags",
                    "default_callback_url",
                    "default_callback_auth",
                    "task_expires_seconds",
                    "queue_message_timeout_seconds",
                    "enable_startup_metrics",
                    "chat_template_override",
                    "max_model_len",
                }
            }
        return create_llm_endpoint_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateLLMEndpointRequest._wire_fields)


from ..models.billing_tags import BillingTags  # noqa: E402
from ..models.callback_auth import CallbackAuth  # noqa: E402
from ..models.labels import Labels  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

_read_CreateLLMEndpointRequest = CreateLLMEndpointRequest._from_dict
_read_BillingTags = BillingTags._from_dict
_read_CallbackAuth = CallbackAuth._from_dict
_read_Labels = Labels._from_dict
_read_Metadata = Metadata._from_dict
