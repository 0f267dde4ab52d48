from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fine_tune_event import FineTuneEvent


T = TypeVar("T", bound="GetFineTuneEventsResponse")


@_attrs_define
class GetFineTuneEventsResponse:
    """A fine-tuning job's events."""

    events: list[FineTuneEvent]
    """ The job's events, oldest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        events = []
        _events = d["events"]
        for events_item_data in _events:
            events_item = FineTuneEvent.from_dict(events_item_data)

            events.append(events_item)

        get_fine_tune_events_response = cls(
            events=events,
        )

        if len(d) != 1:
            get_fine_tune_events_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "events",
                }
            }
        return get_fine_tune_events_response

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


from ..models.fine_tune_event import FineTuneEvent  # noqa: E402
