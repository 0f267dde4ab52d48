from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user."""

    id: str
    """ Unique identifier of the user. """
    username: str
    """ The username of the user. """
    avatar_url: str
    """ URL of the user's avatar. """
    name: None | str
    """ The name of the user. """
    bio: None | str
    """ The biography of the user. """
    location: None | str
    """ Location of the user. """
    company: None | str
    """ Company the user is associated with. """
    created_at: datetime.datetime
    """ Timestamp when the user joined WriftAI. """
    updated_at: datetime.datetime | None
    """ Timestamp when the user was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        avatar_url = self.avatar_url

        name: None | str
        name = self.name

        bio: None | str
        bio = self.bio

        location: None | str
        location = self.location

        company: None | str
        company = self.company

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "avatar_url": avatar_url,
                "name": name,
                "bio": bio,
                "location": location,
                "company": company,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        username = d["username"]

        avatar_url = d["avatar_url"]

        name = cast(None | str, d["name"])

        bio = cast(None | str, d["bio"])

        location = cast(None | str, d["location"])

        company = cast(None | str, d["company"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = None
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None, _updated_at)

        user = cls(
            id=id,
            username=username,
            avatar_url=avatar_url,
            name=name,
            bio=bio,
            location=location,
            company=company,
            created_at=created_at,
            updated_at=updated_at,
        )

        if len(d) != 9:
            user.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "username",
                    "avatar_url",
                    "name",
                    "bio",
                    "location",
                    "company",
                    "created_at",
                    "updated_at",
                }
            }
        return user

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
