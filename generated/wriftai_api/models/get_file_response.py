from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetFileResponse")


@_attrs_define
class GetFileResponse:
    """An uploaded file."""

    id: str
    """ ID of the requested file. """
    filename: str
    """ File name. """
    size: int
    """ Length of the file, in characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        filename = d["filename"]

        size = d["size"]

        get_file_response = cls(
            id=id,
            filename=filename,
            size=size,
        )

        if len(d) != 3:
            get_file_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "filename",
                    "size",
                }
            }
        return get_file_response

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
