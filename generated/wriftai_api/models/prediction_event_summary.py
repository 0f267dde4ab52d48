from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_status import PredictionStatus
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="PredictionEventSummary")


@_attrs_define(repr=False, getstate_setstate=False)
class PredictionEventSummary:
    """Part of a prediction, as the current API sends it in stream events: an `init` event
    carries only the prediction's `id`, a `done` event only its `status`.

    """

    id: str | Unset = UNSET
    """ Unique identifier for the prediction. """
    status: PredictionStatus | str | Unset = UNSET
    """ A prediction's status: one of `PredictionStatus`, or a newer status this
    document does not know yet, which clients keep as a plain string.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("status", "status", False),
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

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PredictionStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

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
        id = d.get("id", UNSET)
        if not (type(id) is str) and id is not UNSET:
            raise TypeError(id)

        _status = d.get("status", UNSET)
        status: PredictionStatus | str | Unset
        if type(_status) is str:
            status = PredictionStatus._value2member_map_.get(_status, _status)  # type: ignore[assignment]
        elif _status is UNSET:
            status = UNSET
        else:
            raise TypeError(_status)

        prediction_event_summary = cls(
            id,
            status,
        )

        if len(d) != 0 + (id is not UNSET) + (status is not UNSET):
            prediction_event_summary.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "status",
                }
            }
        return prediction_event_summary

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in PredictionEventSummary._wire_fields)


_read_PredictionEventSummary = PredictionEventSummary._from_dict
