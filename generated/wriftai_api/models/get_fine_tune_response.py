from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFineTuneResponse")


@_attrs_define
class GetFineTuneResponse:
    """A fine-tuning job."""

    id: str
    """ ID of the requested job. """
    status: BatchJobStatus | str
    """ A batch or fine-tuning job's status; statuses this document does not know are kept as plain strings. """
    fine_tuned_model: None | str | Unset = UNSET
    """ Name of the resulting fine-tuned model, usable with the completion API once the job succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = src_dict
        id = d["id"]

        def _parse_status(data: object) -> BatchJobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_batch_job_status_type_0 = BatchJobStatus(data)

                return componentsschemas_open_batch_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchJobStatus | str, data)

        status = _parse_status(d["status"])

        fine_tuned_model = cast(None | str | Unset, d.get("fine_tuned_model", UNSET))

        get_fine_tune_response = cls(
            id=id,
            status=status,
            fine_tuned_model=fine_tuned_model,
        )

        if len(d) != 2 + ("fine_tuned_model" in d):
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
