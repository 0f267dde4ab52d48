from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_inference_framework import LLMInferenceFramework
from ..models.llm_source import LLMSource
from ..models.model_endpoint_type import ModelEndpointType
from ..models.quantization import Quantization
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.labels import Labels
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdateLLMEndpointRequest")


@_attrs_define(repr=False)
class UpdateLLMEndpointRequest:
    """Settings of an LLM model endpoint to change; every field is optional."""

    model_name: str | Unset = UNSET
    """ Name of the base model to serve. """
    source: LLMSource | Unset = UNSET
    """ Where an LLM's weights come from. """
    inference_framework: LLMInferenceFramework | Unset = UNSET
    """ The inference framework serving an LLM. """
    inference_framework_image_tag: str | Unset = UNSET
    """ Docker image tag of the inference framework. """
    num_shards: int | Unset = UNSET
    """ How many GPUs to shard the model over. """
    quantize: None | Quantization | Unset = UNSET
    """ Quantization to apply to the model. """
    checkpoint_path: None | str | Unset = UNSET
    """ Path to a checkpoint to serve instead of the model's own weights. """
    metadata: Metadata | Unset = UNSET
    """ Free-form metadata kept with an endpoint. """
    endpoint_type: ModelEndpointType | Unset = UNSET
    """ How an endpoint answers. """
    cpus: int | None | Unset = UNSET
    """ CPUs per worker. """
    gpus: int | None | Unset = UNSET
    """ GPUs per worker. """
    memory: None | str | Unset = UNSET
    """ Memory per worker, such as `24Gi`. """
    gpu_type: None | str | Unset = UNSET
    """ GPU type, such as `nvidia-ampere-a10`. """
    storage: None | str | Unset = UNSET
    """ Disk per worker, such as `40Gi`. """
    min_workers: int | Unset = UNSET
    """ The minimum number of workers. """
    max_workers: int | Unset = UNSET
    """ The maximum number of workers. """
    per_worker: int | Unset = UNSET
    """ Concurrent requests per worker before scaling up. """
    labels: Labels | Unset = UNSET
    """ Free-form string labels, for example a team or a cost centre. """
    public_inference: bool | None | Unset = UNSET
    """ Whether any user may run inference on the endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("model_name", "model_name", False),
        ("source", "source", False),
        ("inference_framework", "inference_framework", False),
        ("inference_framework_image_tag", "inference_framework_image_tag", False),
        ("num_shards", "num_shards", False),
        ("quantize", "quantize", False),
        ("checkpoint_path", "checkpoint_path", False),
        ("metadata", "metadata", False),
        ("endpoint_type", "endpoint_type", False),
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
        model_name = self.model_name

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        cpus: int | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        else:
            cpus = self.cpus

        gpus: int | None | Unset
        if isinstance(self.gpus, Unset):
            gpus = UNSET
        else:
            gpus = self.gpus

        memory: None | str | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        gpu_type: None | str | Unset
        if isinstance(self.gpu_type, Unset):
            gpu_type = UNSET
        else:
            gpu_type = self.gpu_type

        storage: None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        min_workers = self.min_workers

        max_workers = self.max_workers

        per_worker = self.per_worker

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        public_inference: bool | None | Unset
        if isinstance(self.public_inference, Unset):
            public_inference = UNSET
        else:
            public_inference = self.public_inference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        model_name = d.get("model_name", UNSET)
        if not (type(model_name) is str) and model_name is not UNSET:
            raise TypeError(model_name)

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

        def _parse_quantize(data: object) -> None | Quantization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantize_type_0 = Quantization(data)

                return quantize_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(None | Quantization | Unset, data)

        quantize = _parse_quantize(d.get("quantize", UNSET))

        checkpoint_path: None | str | Unset = d.get("checkpoint_path", UNSET)
        if not (type(checkpoint_path) is str or checkpoint_path is None or checkpoint_path is UNSET):
            raise TypeError(checkpoint_path)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata._from_dict(_metadata)

        _endpoint_type = d.get("endpoint_type", UNSET)
        endpoint_type: ModelEndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = ModelEndpointType(_endpoint_type)

        cpus: int | None | Unset = d.get("cpus", UNSET)
        if not (type(cpus) is int or cpus is None or cpus is UNSET):
            raise TypeError(cpus)

        gpus: int | None | Unset = d.get("gpus", UNSET)
        if not (type(gpus) is int or gpus is None or gpus is UNSET):
            raise TypeError(gpus)

        memory: None | str | Unset = d.get("memory", UNSET)
        if not (type(memory) is str or memory is None or memory is UNSET):
            raise TypeError(memory)

        gpu_type: None | str | Unset = d.get("gpu_type", UNSET)
        if not (type(gpu_type) is str or gpu_type is None or gpu_type is UNSET):
            raise TypeError(gpu_type)

        storage: None | str | Unset = d.get("storage", UNSET)
        if not (type(storage) is str or storage is None or storage is UNSET):
            raise TypeError(storage)

        min_workers = d.get("min_workers", UNSET)
        if not (type(min_workers) is int) and min_workers is not UNSET:
            raise TypeError(min_workers)

        max_workers = d.get("max_workers", UNSET)
        if not (type(max_workers) is int) and max_workers is not UNSET:
            raise TypeError(max_workers)

        per_worker = d.get("per_worker", UNSET)
        if not (type(per_worker) is int) and per_worker is not UNSET:
            raise TypeError(per_worker)

        _labels = d.get("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = Labels._from_dict(_labels)

        public_inference: bool | None | Unset = d.get("public_inference", UNSET)
        if not (type(public_inference) is bool or public_inference is None or public_inference is UNSET):
            raise TypeError(public_inference)

        update_llm_endpoint_request = cls(
            model_name=model_name,
            source=source,
            inference_framework=inference_framework,
            inference_framework_image_tag=inference_framework_image_tag,
            num_shards=num_shards,
            quantize=quantize,
            checkpoint_path=checkpoint_path,
            metadata=metadata,
            endpoint_type=endpoint_type,
            cpus=cpus,
            gpus=gpus,
            memory=memory,
            gpu_type=gpu_type,
            storage=storage,
            min_workers=min_workers,
            max_workers=max_workers,
            per_worker=per_worker,
            labels=labels,
            public_inference=public_inference,
        )

        if len(d) != 0 + ("model_name" in d) + ("source" in d) + ("inference_framework" in d) + (
            "inference_framework_image_tag" in d
        ) + ("num_shards" in d) + ("quantize" in d) + ("checkpoint_path" in d) + ("metadata" in d) + (
            "endpoint_type" in d
        ) + ("cpus" in d) + ("gpus" in d) + ("memory" in d) + ("gpu_type" in d) + ("storage" in d) + (
            "min_workers" in d
        ) + ("max_workers" in d) + ("per_worker" in d) + ("labels" in d) + ("public_inference" in d):
            update_llm_endpoint_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model_name",
                    "source",
                    "inference_framework",
                    "inference_framework_image_tag",
                    "num_shards",
                    "quantize",
                    "checkpoint_path",
                    "metadata",
                    "endpoint_type",
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


from ..models.labels import Labels  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
