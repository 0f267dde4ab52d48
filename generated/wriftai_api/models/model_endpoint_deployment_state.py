from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="ModelEndpointDeploymentState")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelEndpointDeploymentState:
    """An endpoint's scaling settings and its workers."""

    min_workers: int
    """ The minimum number of workers. """
    max_workers: int
    """ The maximum number of workers. """
    per_worker: int
    """ Concurrent requests per worker before scaling up. """
    concurrent_requests_per_worker: int
    """ The most requests one worker serves at once. """
    forwarder_max_concurrency: int | None | Unset = UNSET
    """ The most requests the worker's forwarder passes on at once. """
    available_workers: int | None | Unset = UNSET
    """ Workers that are up. """
    unavailable_workers: int | None | Unset = UNSET
    """ Workers that are not up yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "min_workers",
            "max_workers",
            "per_worker",
            "concurrent_requests_per_worker",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("min_workers", "min_workers", True),
        ("max_workers", "max_workers", True),
        ("per_worker", "per_worker", True),
        ("concurrent_requests_per_worker", "concurrent_requests_per_worker", True),
        ("forwarder_max_concurrency", "forwarder_max_concurrency", False),
        ("available_workers", "available_workers", False),
        ("unavailable_workers", "unavailable_workers", False),
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
        min_workers = self.min_workers

        max_workers = self.max_workers

        per_worker = self.per_worker

        concurrent_requests_per_worker = self.concurrent_requests_per_worker

        forwarder_max_concurrency: int | None | Unset
        if isinstance(self.forwarder_max_concurrency, Unset):
            forwarder_max_concurrency = UNSET
        else:
            forwarder_max_concurrency = self.forwarder_max_concurrency

        available_workers: int | None | Unset
        if isinstance(self.available_workers, Unset):
            available_workers = UNSET
        else:
            available_workers = self.available_workers

        unavailable_workers: int | None | Unset
        if isinstance(self.unavailable_workers, Unset):
            unavailable_workers = UNSET
        else:
            unavailable_workers = self.unavailable_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_workers": min_workers,
                "max_workers": max_workers,
                "per_worker": per_worker,
                "concurrent_requests_per_worker": concurrent_requests_per_worker,
            }
        )
        if forwarder_max_concurrency is not UNSET:
            field_dict["forwarder_max_concurrency"] = forwarder_max_concurrency
        if available_workers is not UNSET:
            field_dict["available_workers"] = available_workers
        if unavailable_workers is not UNSET:
            field_dict["unavailable_workers"] = unavailable_workers

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
        min_workers = d["min_workers"]
        if not (type(min_workers) is int):
            raise TypeError(min_workers)

        max_workers = d["max_workers"]
        if not (type(max_workers) is int):
            raise TypeError(max_workers)

        per_worker = d["per_worker"]
        if not (type(per_worker) is int):
            raise TypeError(per_worker)

        concurrent_requests_per_worker = d["concurrent_requests_per_worker"]
        if not (type(concurrent_requests_per_worker) is int):
            raise TypeError(concurrent_requests_per_worker)

        forwarder_max_concurrency: int | None | Unset = d.get("forwarder_max_concurrency", UNSET)
        if not (
            type(forwarder_max_concurrency) is int
            or forwarder_max_concurrency is None
            or forwarder_max_concurrency is UNSET
        ):
            raise TypeError(forwarder_max_concurrency)

        available_workers: int | None | Unset = d.get("available_workers", UNSET)
        if not (type(available_workers) is int or available_workers is None or available_workers is UNSET):
            raise TypeError(available_workers)

        unavailable_workers: int | None | Unset = d.get("unavailable_workers", UNSET)
        if not (type(unavailable_workers) is int or unavailable_workers is None or unavailable_workers is UNSET):
            raise TypeError(unavailable_workers)

        model_endpoint_deployment_state = cls(
            min_workers,
            max_workers,
            per_worker,
            concurrent_requests_per_worker,
            forwarder_max_concurrency,
            available_workers,
            unavailable_workers,
        )

        if len(d) != 4 + (forwarder_max_concurrency is not UNSET) + (available_workers is not UNSET) + (
            unavailable_workers is not UNSET
        ):
            model_endpoint_deployment_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "min_workers",
                    "max_workers",
                    "per_worker",
                    "concurrent_requests_per_worker",
                    "forwarder_max_concurrency",
                    "available_workers",
                    "unavailable_workers",
                }
            }
        return model_endpoint_deployment_state

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelEndpointDeploymentState._wire_fields)


_read_ModelEndpointDeploymentState = ModelEndpointDeploymentState._from_dict
