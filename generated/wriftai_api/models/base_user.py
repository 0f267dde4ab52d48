from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BaseUser")


@_attrs_define
class BaseUser:
    """A user with basic details."""

    id: str
    """ Unique identifier of the user. """
    username: str
    """ The username of the user. """
    avatar_url: str
    """ URL of the user's avatar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "avatar_url": avatar_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        username = d["username"]

        avatar_url = d["avatar_url"]

        base_user = cls(
            id=id,
            username=username,
            avatar_url=avatar_url,
        )

        if len(d) != 3:
            base_user.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "username",
                    "avatar_url",
                }
            }
        return base_user

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
