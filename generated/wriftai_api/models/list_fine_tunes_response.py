from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_fine_tune_response import GetFineTuneResponse


T = TypeVar("T", bound="ListFineTunesResponse")


@_attrs_define
class ListFineTunesResponse:
    """The caller's fine-tuning jobs."""

    jobs: list[GetFineTuneResponse]
    """ List of fine-tuning jobs and their statuses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        jobs = []
        _jobs = d["jobs"]
        for jobs_item_data in _jobs:
            jobs_item = GetFineTuneResponse.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        list_fine_tunes_response = cls(
            jobs=jobs,
        )

        if len(d) != 1:
            list_fine_tunes_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "jobs",
                }
            }
        return list_fine_tunes_response

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


from ..models.get_fine_tune_response import GetFineTuneResponse  # noqa: E402
