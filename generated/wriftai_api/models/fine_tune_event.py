from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneEvent")


@_attrs_define
class FineTuneEvent:
    """A log event of a fine-tuning job."""

    message: str
    """ The event's message. """
    level: str
    """ The event's log level, such as `info` or `error`. """
    timestamp: float | None | Unset = UNSET
    """ When the event happened, in Unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        level = self.level

        timestamp: float | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "level": level,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]

        level = d["level"]

        timestamp = cast(float | None | Unset, d.get("timestamp", UNSET))

        fine_tune_event = cls(
            message=message,
            level=level,
            timestamp=timestamp,
        )

        if len(d) != 2 + ("timestamp" in d):
            fine_tune_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "message",
                    "level",
                    "timestamp",
                }
            }
        return fine_tune_event

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
