from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="GetFineTuneResponse")


@_attrs_define(repr=False, getstate_setstate=False)
class GetFineTuneResponse:
    """A fine-tuning job."""

    id: str
    """ ID of the requested job. """
    status: BatchJobStatus | str
    """ A fine-tuning job's status; statuses this document does not know are kept as plain strings. """
    fine_tuned_model: None | str | Unset = UNSET
    """ Name of the resulting fine-tuned model, usable with the completion API once the job succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("status", "status", True),
        ("fine_tuned_model", "fine_tuned_model", False),
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

        status: str
        if isinstance(self.status, BatchJobStatus):
            status = self.status.value
        else:
            status = self.status

        fine_tuned_model: None | str | Unset
        if isinstance(self.fine_tuned_model, Unset):
            fine_tuned_model = UNSET
        else:
            fine_tuned_model = self.fine_tuned_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = fine_tuned_model

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

        _status = d["status"]
        status: BatchJobStatus | str
        if type(_status) is str:
            status = BatchJobStatus._value2member_map_.get(_status, _status)  # type: ignore[assignment]
        else:
            raise TypeError(_status)

        fine_tuned_model: None | str | Unset = d.get("fine_tuned_model", UNSET)
        if not (type(fine_tuned_model) is str or fine_tuned_model is None or fine_tuned_model is UNSET):
            raise TypeError(fine_tuned_model)

        get_fine_tune_response = cls(
            id,
            status,
            fine_tuned_model,
        )

        if len(d) != 2 + (fine_tuned_model is not UNSET):
            get_fine_tune_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "status",
                    "fine_tuned_model",
                }
            }
        return get_fine_tune_response

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in GetFineTuneResponse._wire_fields)


_read_GetFineTuneResponse = GetFineTuneResponse._from_dict
