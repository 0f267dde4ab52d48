from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_error import TaskError


T = TypeVar("T", bound="PredictionErrorEvent")


@_attrs_define
class PredictionErrorEvent:
    """The prediction failed; terminal. `data` is the error."""

    id: str
    """ The event's id, for resuming with `after_id`. """
    event: Literal["error"]
    """ The event type. """
    data: TaskError
    """ An error that occurred during a prediction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        event = cast(Literal["error"], d["event"])
        if event != "error":
            raise ValueError(f"event must match const 'error', got '{event}'")

        data = TaskError.from_dict(d["data"])

        prediction_error_event = cls(
            id=id,
            event=event,
            data=data,
        )

        if len(d) != 3:
            prediction_error_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "event",
                    "data",
                }
            }
        return prediction_error_event

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


from ..models.task_error import TaskError  # noqa: E402
