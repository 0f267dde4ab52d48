from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_endpoint_status import ModelEndpointStatus
from ..models.model_endpoint_type import ModelEndpointType
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="ModelEndpointSpec")


@_attrs_define(repr=False)
class ModelEndpointSpec:
    """(For self-hosted users) Model endpoint details."""

    id: str
    """ ID of the endpoint. """
    name: str
    """ Name of the endpoint. """
    endpoint_type: ModelEndpointType
    """ How an endpoint answers. """
    status: ModelEndpointStatus | str
    """ An endpoint's status; statuses this document does not know are kept as plain strings. """
    destination: None | str | Unset = UNSET
    """ The queue or service the endpoint's requests go to. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the endpoint was created. """
    last_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the endpoint was last updated. """
    min_workers: int | None | Unset = UNSET
    """ The minimum number of workers. """
    max_workers: int | None | Unset = UNSET
    """ The maximum number of workers. """
    per_worker: int | None | Unset = UNSET
    """ Concurrent requests per worker before scaling up. """
    labels: Labels | None | Unset = UNSET
    """ The endpoint's labels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("name", "name", True),
        ("endpoint_type", "endpoint_type", True),
        ("status", "status", True),
        ("destination", "destination", False),
        ("created_at", "created_at", False),
        ("last_updated_at", "last_updated_at", False),
        ("min_workers", "min_workers", False),
        ("max_workers", "max_workers", False),
        ("per_worker", "per_worker", False),
        ("labels", "labels", False),
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
        id = self.id

        name = self.name

        endpoint_type = self.endpoint_type.value

        status: str
        if isinstance(self.status, ModelEndpointStatus):
            status = self.status.value
        else:
            status = self.status

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "endpoint_type": endpoint_type,
                "status": status,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if min_workers is not UNSET:
            field_dict["min_workers"] = min_workers
        if max_workers is not UNSET:
            field_dict["max_workers"] = max_workers
        if per_worker is not UNSET:
            field_dict["per_worker"] = per_worker
        if labels is not UNSET:
            field_dict["labels"] = labels

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
        id = d["id"]
        if not (type(id) is str):
            raise TypeError(id)

        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        endpoint_type = ModelEndpointType(d["endpoint_type"])

        def _parse_status(data: object) -> ModelEndpointStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_model_endpoint_status_type_0 = ModelEndpointStatus(data)

                return componentsschemas_open_model_endpoint_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (type(data) is str):
                raise TypeError(data)

            return cast(ModelEndpointStatus | str, data)

        status = _parse_status(d["status"])

        destination: None | str | Unset = d.get("destination", UNSET)
        if not (type(destination) is str or destination is None or destination is UNSET):
            raise TypeError(destination)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.get("created_at", UNSET))

        def _parse_last_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(datetime.datetime | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.get("last_updated_at", UNSET))

        min_workers: int | None | Unset = d.get("min_workers", UNSET)
        if not (type(min_workers) is int or min_workers is None or min_workers is UNSET):
            raise TypeError(min_workers)

        max_workers: int | None | Unset = d.get("max_workers", UNSET)
        if not (type(max_workers) is int or max_workers is None or max_workers is UNSET):
            raise TypeError(max_workers)

        per_worker: int | None | Unset = d.get("per_worker", UNSET)
        if not (type(per_worker) is int or per_worker is None or per_worker is UNSET):
            raise TypeError(per_worker)

        def _parse_labels(data: object) -> Labels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = Labels._from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(Labels | None | Unset, data)

        labels = _parse_labels(d.get("labels", UNSET))

        model_endpoint_spec = cls(
            id=id,
            name=name,
            endpoint_type=endpoint_type,
            status=status,
            destination=destination,
            created_at=created_at,
            last_updated_at=last_updated_at,
            min_workers=min_workers,
            max_workers=max_workers,
            per_worker=per_worker,
            labels=labels,
        )

        if len(d) != 4 + ("destination" in d) + ("created_at" in d) + ("last_updated_at" in d) + (
            "min_workers" in d
        ) + ("max_workers" in d) + ("per_worker" in d) + ("labels" in d):
            model_endpoint_spec.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "endpoint_type",
                    "status",
                    "destination",
                    "created_at",
                    "last_updated_at",
                    "min_workers",
                    "max_workers",
                    "per_worker",
                    "labels",
                }
            }
        return model_endpoint_spec

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelEndpointSpec._wire_fields)


from ..models.labels import Labels  # noqa: E402
