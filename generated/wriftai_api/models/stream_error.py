from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stream_error_content import StreamErrorContent


T = TypeVar("T", bound="StreamError")


@_attrs_define
class StreamError:
    """An error that ended a completion stream."""

    status_code: int
    """ The HTTP status the error corresponds to. """
    content: StreamErrorContent
    """ What went wrong in a completion stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status_code = d["status_code"]

        content = StreamErrorContent.from_dict(d["content"])

        stream_error = cls(
            status_code=status_code,
            content=content,
        )

        if len(d) != 2:
            stream_error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "status_code",
                    "content",
                }
            }
        return stream_error

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


from ..models.stream_error_content import StreamErrorContent  # noqa: E402
