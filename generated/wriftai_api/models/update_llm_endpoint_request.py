from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..models.llm_source import LLMSource
from ..models.llm_update_inference_framework import LLMUpdateInferenceFramework
from ..models.quantization import Quantization
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.billing_tags import BillingTags
    from ..models.callback_auth import CallbackAuth
    from ..models.labels import Labels
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdateLLMEndpointRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class UpdateLLMEndpointRequest:
    """Settings of an LLM model endpoint to change. Every field is optional, but a
    left-out `public_inference` is read as `true`.

    """

    inference_framework: LLMUpdateInferenceFramework | Unset = UNSET
    """ The frameworks whose endpoints the update route reads a body for (the others are read as `vllm`). """
    model_name: None | str | Unset = UNSET
    """ Name of the base model to serve. """
    source: LLMSource | None | Unset = UNSET
    """ Where the weights come from. """
    inference_framework_image_tag: None | str | Unset = UNSET
    """ Docker image tag of the inference framework; `latest` means the newest. """
    num_shards: int | None | Unset = UNSET
    """ How many GPUs to shard the model over. """
    quantize: None | Quantization | Unset = UNSET
    """ Quantization to apply to the model; giving it (even null) rebuilds the bundle. """
    checkpoint_path: None | str | Unset = UNSET
    """ Where the weights are; giving it (even null) rebuilds the bundle. """
    chat_template_override: None | str | Unset = UNSET
    """ A Jinja chat template (vLLM only); giving it (even null) rebuilds the bundle. """
    force_bundle_recreation: bool | None | Unset = UNSET
    """ Rebuild the endpoint's bundle even when nothing that needs it changed (the server's default is false). """
    metadata: Metadata | None | Unset = UNSET
    """ Metadata merged into the endpoint's (not the keys `_llm` and `_CONVERTED_FROM_ARTIFACT_LIKE`). """
    cpus: float | int | None | str | Unset = UNSET
    """ CPUs per worker. """
    gpus: int | None | Unset = UNSET
    """ GPUs per worker. """
    memory: float | int | None | str | Unset = UNSET
    """ Memory per worker, such as `24Gi`. """
    gpu_type: GpuType | None | Unset = UNSET
    """ GPU type. """
    storage: float | int | None | str | Unset = UNSET
    """ Disk per worker, such as `40Gi`. """
    min_workers: int | None | Unset = UNSET
    """ The minimum number of workers. """
    max_workers: int | None | Unset = UNSET
    """ The maximum number of workers. """
    per_worker: int | None | Unset = UNSET
    """ Concurrent requests per worker before scaling up. """
    labels: Labels | None | Unset = UNSET
    """ The endpoint's labels (with `team` and `product`). """
    public_inference: bool | None | Unset = UNSET
    """ Whether any user may run inference on the endpoint. Left out, the server reads
    it as its default, `true` (so an update that leaves it out makes the endpoint
    public); null keeps the current value.
     """
    post_inference_hooks: list[str] | None | Unset = UNSET
    """ Hooks to run after each inference. """
    optimize_costs: bool | None | Unset = UNSET
    """ Pack the endpoint to save cost. """
    prewarm: bool | None | Unset = UNSET
    """ Keep the model loaded in a warm worker. """
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
    enable_startup_metrics: bool | None | Unset = UNSET
    """ Report startup timings through OpenTelemetry (the server's default is false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("inference_framework", "inference_framework", False),
        ("model_name", "model_name", False),
        ("source", "source", False),
        ("inference_framework_image_tag", "inference_framework_image_tag", False),
        ("num_shards", "num_shards", False),
        ("quantize", "quantize", False),
        ("checkpoint_path", "checkpoint_path", False),
        ("chat_template_override", "chat_template_override", False),
        ("force_bundle_recreation", "force_bundle_recreation", False),
        ("metadata", "metadata", False),
        ("cpus", "cpus", False),
        ("gpus", "gpus", False),
        ("memory", "memory", False),
        ("gpu_type", "gpu_type", False),
        ("storage", "storage", False),
        ("min_workers", "min_workers", False),
        ("max_workers", "max_workers", False),
        ("per_worker", "per_worker", False),
        ("labels", "labels", False),
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
        inference_framework: str | Unset = UNSET
        if not isinstance(self.inference_framework, Unset):
            inference_framework = self.inference_framework.value

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, LLMSource):
            source = self.source.value
        else:
            source = self.source

        inference_framework_image_tag: None | str | Unset
        if isinstance(self.inference_framework_image_tag, Unset):
            inference_framework_image_tag = UNSET
        else:
            inference_framework_image_tag = self.inference_framework_image_tag

        num_shards: int | None | Unset
        if isinstance(self.num_shards, Unset):
            num_shards = UNSET
        else:
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

        chat_template_override: None | str | Unset
        if isinstance(self.chat_template_override, Unset):
            chat_template_override = UNSET
        else:
            chat_template_override = self.chat_template_override

        force_bundle_recreation: bool | None | Unset
        if isinstance(self.force_bundle_recreation, Unset):
            force_bundle_recreation = UNSET
        else:
            force_bundle_recreation = self.force_bundle_recreation

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        min_workers: int | None | Unset
        if isinstance(self.min_workers, Unset):
            min_workers = UNSET
        else:
            min_workers = self.min_workers

        max_workers: int | None | Unset
        if isinstance(self.max_workers, Unset):
            max_workers = UNSET
        else:
            max_workers = self.max_workers

        per_worker: int | None | Unset
        if isinstance(self.per_worker, Unset):
            per_worker = UNSET
        else:
            per_worker = self.per_worker

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, Labels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inference_framework is not UNSET:
            field_dict["inference_framework"] = inference_framework
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if source is not UNSET:
            field_dict["source"] = source
        if inference_framework_image_tag is not UNSET:
            field_dict["inference_framework_image_tag"] = inference_framework_image_tag
        if num_shards is not UNSET:
            field_dict["num_shards"] = num_shards
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
        if chat_template_override is not UNSET:
            field_dict["chat_template_override"] = chat_template_override
        if force_bundle_recreation is not UNSET:
            field_dict["force_bundle_recreation"] = force_bundle_recreation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        if min_workers is not UNSET:
            field_dict["min_workers"] = min_workers
        if max_workers is not UNSET:
            field_dict["max_workers"] = max_workers
        if per_worker is not UNSET:
            field_dict["per_worker"] = per_worker
        if labels is not UNSET:
            field_dict["labels"] = labels
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
        _inference_framework = d.get("inference_framework", UNSET)
        inference_framework: LLMUpdateInferenceFramework | Unset
        if isinstance(_inference_framework, Unset):
            inference_framework = UNSET
        else:
            inference_framework = LLMUpdateInferenceFramework(_inference_framework)

        model_name: None | str | Unset = d.get("model_name", UNSET)
        if not (type(model_name) is str or model_name is None or model_name is UNSET):
            raise TypeError(model_name)

        _source = d.get("source", UNSET)
        source: LLMSource | None | Unset
        if _source is None or _source is UNSET:
            source = _source
        else:
            if not isinstance(_source, str):
                raise TypeError()
            source_type_0 = LLMSource(_source)

            source = source_type_0

        inference_framework_image_tag: None | str | Unset = d.get("inference_framework_image_tag", UNSET)
        if not (
            type(inference_framework_image_tag) is str
            or inference_framework_image_tag is None
            or inference_framework_image_tag is UNSET
        ):
            raise TypeError(inference_framework_image_tag)

        num_shards: int | None | Unset = d.get("num_shards", UNSET)
        if not (type(num_shards) is int or num_shards is None or num_shards is UNSET):
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

        chat_template_override: None | str | Unset = d.get("chat_template_override", UNSET)
        if not (
            type(chat_template_override) is str or chat_template_override is None or chat_template_override is UNSET
        ):
            raise TypeError(chat_template_override)

        force_bundle_recreation: bool | None | Unset = d.get("force_bundle_recreation", UNSET)
        if not (
            type(force_bundle_recreation) is bool or force_bundle_recreation is None or force_bundle_recreation is UNSET
        ):
            raise TypeError(force_bundle_recreation)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | None | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = _metadata
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata_type_0 = _read_Metadata(_metadata)

            metadata = metadata_type_0

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

        min_workers: int | None | Unset = d.get("min_workers", UNSET)
        if not (type(min_workers) is int or min_workers is None or min_workers is UNSET):
            raise TypeError(min_workers)

        max_workers: int | None | Unset = d.get("max_workers", UNSET)
        if not (type(max_workers) is int or max_workers is None or max_workers is UNSET):
            raise TypeError(max_workers)

        per_worker: int | None | Unset = d.get("per_worker", UNSET)
        if not (type(per_worker) is int or per_worker is None or per_worker is UNSET):
            raise TypeError(per_worker)

        _labels = d.get("labels", UNSET)
        labels: Labels | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not isinstance(_labels, dict):
                raise TypeError()
            labels_type_0 = _read_Labels(_labels)

            labels = labels_type_0

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

        update_llm_endpoint_request = cls(
            inference_framework,
            model_name,
            source,
            inference_framework_image_tag,
            num_shards,
            quantize,
            checkpoint_path,
            chat_template_override,
            force_bundle_recreation,
            metadata,
            cpus,
            gpus,
            memory,
            gpu_type,
            storage,
            min_workers,
            max_workers,
            per_worker,
            labels,
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
        )

        if len(d) != 0 + (inference_framework is not UNSET) + (model_name is not UNSET) + (source is not UNSET) + (
            inference_framework_image_tag is not UNSET
        ) + (num_shards is not UNSET) + (quantize is not UNSET) + (checkpoint_path is not UNSET) + (
            chat_template_override is not UNSET
        ) + (force_bundle_recreation is not UNSET) + (metadata is not UNSET) + (cpus is not UNSET) + (
            gpus is not UNSET
        ) + (memory is not UNSET) + (gpu_type is not UNSET) + (storage is not UNSET) + (min_workers is not UNSET) + (
            max_workers is not UNSET
        ) + (per_worker is not UNSET) + (labels is not UNSET) + (public_inference is not UNSET) + (
            post_inference_hooks is not UNSET
        ) + (optimize_costs is not UNSET) + (prewarm is not UNSET) + (high_priority is not UNSET) + (
            billing_tags is not UNSET
        ) + (default_callback_url is not UNSET) + (default_callback_auth is not UNSET) + (
            task_expires_seconds is not UNSET
        ) + (queue_message_timeout_seconds is not UNSET) + (enable_startup_metrics is not UNSET):
            update_llm_endpoint_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "inference_framework",
                    "model_name",
                    "source",
                    "inference_framework_image_tag",
                    "num_shards",
                    "quantize",
                    "checkpoint_path",
                    "chat_template_override",
                    "force_bundle_recreation",
                    "metadata",
                    "cpus",
                    "gpus",
                    "memory",
                    "gpu_type",
                    "storage",
                    "min_workers",
                    "max_workers",
                    "per_worker",
                    "labels",
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
                }
            }
        return update_llm_endpoint_request

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in UpdateLLMEndpointRequest._wire_fields)


from ..models.billing_tags import BillingTags  # noqa: E402
from ..models.callback_auth import CallbackAuth  # noqa: E402
from ..models.labels import Labels  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402

_read_UpdateLLMEndpointRequest = UpdateLLMEndpointRequest._from_dict
_read_BillingTags = BillingTags._from_dict
_read_CallbackAuth = CallbackAuth._from_dict
_read_Labels = Labels._from_dict
_read_Metadata = Metadata._from_dict
