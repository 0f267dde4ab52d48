from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_source import ErrorSource

T = TypeVar("T", bound="TaskError")


@_attrs_define
class TaskError:
    """An error that occurred during a prediction."""

    source: ErrorSource
    """ Where a prediction's error came from. """
    message: str
    """ What went wrong. """
    detail: Any
    """ More about the error; any JSON value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        message = self.message

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "message": message,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        source = ErrorSource(d["source"])

        message = d["message"]

        detail = d["detail"]

        task_error = cls(
            source=source,
            message=message,
            detail=detail,
        )

        if len(d) != 3:
            task_error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "source",
                    "message",
                    "detail",
                }
            }
        return task_error

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
