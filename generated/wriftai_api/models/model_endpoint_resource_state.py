from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="ModelEndpointResourceState")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelEndpointResourceState:
    """The hardware of each of an endpoint's workers."""

    cpus: float | int | str
    """ A CPU, memory or disk quantity, as a number or a Kubernetes quantity string (`8`, `0.5`, `24Gi`). """
    gpus: int
    """ GPUs per worker. """
    memory: float | int | str
    """ A CPU, memory or disk quantity, as a number or a Kubernetes quantity string (`8`, `0.5`, `24Gi`). """
    nodes_per_worker: int
    """ Machines per worker (more than 1 for multi-node vLLM). """
    gpu_type: GpuType | None | str | Unset = UNSET
    """ The GPU type. """
    storage: float | int | None | str | Unset = UNSET
    """ Disk per worker. """
    optimize_costs: bool | None | Unset = UNSET
    """ Whether the endpoint is packed to save cost. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "cpus",
            "gpus",
            "memory",
            "nodes_per_worker",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("cpus", "cpus", True),
        ("gpus", "gpus", True),
        ("memory", "memory", True),
        ("nodes_per_worker", "nodes_per_worker", True),
        ("gpu_type", "gpu_type", False),
        ("storage", "storage", False),
        ("optimize_costs", "optimize_costs", False),
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
        cpus: float | int | str
        cpus = self.cpus

        gpus = self.gpus

        memory: float | int | str
        memory = self.memory

        nodes_per_worker = self.nodes_per_worker

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

        optimize_costs: bool | None | Unset
        if isinstance(self.optimize_costs, Unset):
            optimize_costs = UNSET
        else:
            optimize_costs = self.optimize_costs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpus": cpus,
                "gpus": gpus,
                "memory": memory,
                "nodes_per_worker": nodes_per_worker,
            }
        )
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if storage is not UNSET:
            field_dict["storage"] = storage
        if optimize_costs is not UNSET:
            field_dict["optimize_costs"] = optimize_costs

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
        cpus: float | int | str = d["cpus"]
        if not (type(cpus) is str or type(cpus) is int or (type(cpus) is float or type(cpus) is int)):
            raise TypeError(cpus)

        gpus = d["gpus"]
        if not (type(gpus) is int):
            raise TypeError(gpus)

        memory: float | int | str = d["memory"]
        if not (type(memory) is str or type(memory) is int or (type(memory) is float or type(memory) is int)):
            raise TypeError(memory)

        nodes_per_worker = d["nodes_per_worker"]
        if not (type(nodes_per_worker) is int):
            raise TypeError(nodes_per_worker)

        def _parse_gpu_type(data: object) -> GpuType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_gpu_type_type_0 = GpuType(data)

                return componentsschemas_open_gpu_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (type(data) is str or data is None or data is UNSET):
                raise TypeError(data)

            return cast(GpuType | None | str | Unset, data)

        gpu_type = _parse_gpu_type(d.get("gpu_type", UNSET))

        storage: float | int | None | str | Unset = d.get("storage", UNSET)
        if not (
            type(storage) is str
            or type(storage) is int
            or (type(storage) is float or type(storage) is int)
            or storage is None
            or storage is UNSET
        ):
            raise TypeError(storage)

        optimize_costs: bool | None | Unset = d.get("optimize_costs", UNSET)
        if not (type(optimize_costs) is bool or optimize_costs is None or optimize_costs is UNSET):
            raise TypeError(optimize_costs)

        model_endpoint_resource_state = cls(
            cpus,
            gpus,
            memory,
            nodes_per_worker,
            gpu_type,
            storage,
            optimize_costs,
        )

        if len(d) != 4 + (gpu_type is not UNSET) + (storage is not UNSET) + (optimize_costs is not UNSET):
            model_endpoint_resource_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "cpus",
                    "gpus",
                    "memory",
                    "nodes_per_worker",
                    "gpu_type",
                    "storage",
                    "optimize_costs",
                }
            }
        return model_endpoint_resource_state

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelEndpointResourceState._wire_fields)


_read_ModelEndpointResourceState = ModelEndpointResourceState._from_dict
