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


T = TypeVar("T", bound="CreateLLMEndpointRequest")


@_attrs_define(repr=False)
class CreateLLMEndpointRequest:
    """An LLM model endpoint to create."""

    name: str
    """ Name of the endpoint, used as `model_endpoint_name` for completions. """
    model_name: str
    """ Name of the base model to serve. """
    source: LLMSource
    """ Where an LLM's weights come from. """
    inference_framework: LLMInferenceFramework
    """ The inference framework serving an LLM. """
    inference_framework_image_tag: str
    """ Docker image tag of the inference framework. """
    num_shards: int
    """ How many GPUs to shard the model over. """
    metadata: Metadata
    """ Free-form metadata kept with an endpoint. """
    endpoint_type: ModelEndpointType
    """ How an endpoint answers. """
    min_workers: int
    """ The minimum number of workers. """
    max_workers: int
    """ The maximum number of workers. """
    per_worker: int
    """ Concurrent requests per worker before scaling up. """
    labels: Labels
    """ Free-form string labels, for example a team or a cost centre. """
    quantize: None | Quantization | Unset = UNSET
    """ Quantization to apply to the model. """
    checkpoint_path: None | str | Unset = UNSET
    """ Path to a checkpoint to serve instead of the model's own weights. """
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
    public_inference: bool | None | Unset = True
    """ Whether any user may run inference on the endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("model_name", "model_name", True),
        ("source", "source", True),
        ("inference_framework", "inference_framework", True),
        ("inference_framework_image_tag", "inference_framework_image_tag", True),
        ("num_shards", "num_shards", True),
        ("metadata", "metadata", True),
        ("endpoint_type", "endpoint_type", True),
        ("min_workers", "min_workers", True),
        ("max_workers", "max_workers", True),
        ("per_worker", "per_worker", True),
        ("labels", "labels", True),
        ("quantize", "quantize", False),
        ("checkpoint_path", "checkpoint_path", False),
        ("cpus", "cpus", False),
        ("gpus", "gpus", False),
        ("memory", "memory", False),
        ("gpu_type", "gpu_type", False),
        ("storage", "storage", False),
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
        name = self.name

        model_name = self.model_name

        source = self.source.value

        inference_framework = self.inference_framework.value

        inference_framework_image_tag = self.inference_framework_image_tag

        num_shards = self.num_shards

        metadata = self.metadata.to_dict()

        endpoint_type = self.endpoint_type.value

        min_workers = self.min_workers

        max_workers = self.max_workers

        per_worker = self.per_worker

        labels = self.labels.to_dict()

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

        public_inference: bool | None | Unset
        if isinstance(self.public_inference, Unset):
            public_inference = UNSET
        else:
            public_inference = self.public_inference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model_name": model_name,
                "source": source,
                "inference_framework": inference_framework,
                "inference_framework_image_tag": inference_framework_image_tag,
                "num_shards": num_shards,
                "metadata": metadata,
                "endpoint_type": endpoint_type,
                "min_workers": min_workers,
                "max_workers": max_workers,
                "per_worker": per_worker,
                "labels": labels,
            }
        )
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if checkpoint_path is not UNSET:
            field_dict["checkpoint_path"] = checkpoint_path
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
        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        model_name = d["model_name"]
        if not (type(model_name) is str):
            raise TypeError(model_name)

        source = LLMSource(d["source"])

        inference_framework = LLMInferenceFramework(d["inference_framework"])

        inference_framework_image_tag = d["inference_framework_image_tag"]
        if not (type(inference_framework_image_tag) is str):
            raise TypeError(inference_framework_image_tag)

        num_shards = d["num_shards"]
        if not (type(num_shards) is int):
            raise TypeError(num_shards)

        metadata = Metadata._from_dict(d["metadata"])

        endpoint_type = ModelEndpointType(d["endpoint_type"])

        min_workers = d["min_workers"]
        if not (type(min_workers) is int):
            raise TypeError(min_workers)

        max_workers = d["max_workers"]
        if not (type(max_workers) is int):
            raise TypeError(max_workers)

        per_worker = d["per_worker"]
        if not (type(per_worker) is int):
            raise TypeError(per_worker)

        labels = Labels._from_dict(d["labels"])

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

        public_inference: bool | None | Unset = d.get("public_inference", UNSET)
        if not (type(public_inference) is bool or public_inference is None or public_inference is UNSET):
            raise TypeError(public_inference)

        create_llm_endpoint_request = cls(
            name=name,
            model_name=model_name,
            source=source,
            inference_framework=inference_framework,
            inference_framework_image_tag=inference_framework_image_tag,
            num_shards=num_shards,
            metadata=metadata,
            endpoint_type=endpoint_type,
            min_workers=min_workers,
            max_workers=max_workers,
            per_worker=per_worker,
            labels=labels,
            quantize=quantize,
            checkpoint_path=checkpoint_path,
            cpus=cpus,
            gpus=gpus,
            memory=memory,
            gpu_type=gpu_type,
            storage=storage,
            public_inference=public_inference,
        )

        if len(d) != 12 + ("quantize" in d) + ("checkpoint_path" in d) + ("cpus" in d) + ("gpus" in d) + (
            "memory" in d
        ) + ("gpu_type" in d) + ("storage" in d) + ("public_inference" in d):
            create_llm_endpoint_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "model_name",
                    "source",
                    "inference_framework",
                    "inference_framework_image_tag",
                    "num_shards",
                    "metadata",
                    "endpoint_type",
                    "min_workers",
                    "max_workers",
                    "per_worker",
                    "labels",
                    "quantize",
                    "checkpoint_path",
                    "cpus",
                    "gpus",
                    "memory",
                    "gpu_type",
                    "storage",
                    "public_inference",
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


from ..models.labels import Labels  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
