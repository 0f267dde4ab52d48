from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly, value_at

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="User")


@_attrs_define(repr=False, getstate_setstate=False)
class User:
    """A user."""

    avatar_url: str
    """ URL of the user's avatar. """
    name: None | str
    """ The current API: the user's unique handle, what releases up to 0.22 called
    `username` (never null). Releases up to 0.22: the person's name, which may be
    null; a model's owner then has no `name` at all.
     """
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
    id: str | Unset = UNSET
    """ Unique identifier of the user (releases up to 0.22); the current API sends it as
    `account_id`, which clients read here when `id` is absent.
     """
    username: str | Unset = UNSET
    """ The user's unique handle (releases up to 0.22); the current API sends it as
    `name`, which clients read here when `username` is absent.
     """
    account_id: str | Unset = UNSET
    """ Unique identifier of the user's account (the current API; releases up to 0.22 have `id`). """
    display_name: None | str | Unset = UNSET
    """ The name the user shows, which need not be unique. Releases up to 0.22
    sent it as `name`, which clients read here when `display_name` is absent
    (`name` itself reads what the API sends under it: the handle, now).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _filled: frozenset[str] = _attrs_field(init=False, default=frozenset(), eq=False)
    _fallbacks: ClassVar[dict[str, tuple[tuple[str, ...] | None, bool, str | None]]] = {
        "id": (("account_id",), False, None),
        "username": (("name",), False, None),
        "display_name": (("name",), False, None),
    }
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "avatar_url",
            "name",
            "bio",
            "location",
            "company",
            "created_at",
            "updated_at",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("avatar_url", "avatar_url", True),
        ("name", "name", True),
        ("bio", "bio", True),
        ("location", "location", True),
        ("company", "company", True),
        ("created_at", "created_at", True),
        ("updated_at", "updated_at", True),
        ("id", "id", False),
        ("username", "username", False),
        ("account_id", "account_id", False),
        ("display_name", "display_name", False),
    )

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise field_missing(self, name)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if self.additional_properties and not _WIRE_NAMES.isdisjoint(self.additional_properties):
            return partial_to_dict(self)  # a field kept as it came is written as it came
        try:
            return self._to_dict()
        except AttributeError:  # ResponseFieldError, or the class a caller set for it
            return partial_to_dict(self)

    def _to_dict(self) -> dict[str, Any]:
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

        id = self.id

        username = self.username

        account_id = self.account_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_url": avatar_url,
                "name": name,
                "bio": bio,
                "location": location,
                "company": company,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if id is not UNSET and "id" not in self._filled:
            field_dict["id"] = id
        if username is not UNSET and "username" not in self._filled:
            field_dict["username"] = username
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if display_name is not UNSET and "display_name" not in self._filled:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object; what does not conform to the schema is kept as it came.

        A field that is missing or of another shape is reported (logged at debug level on the
        ``wriftai`` logger, or raised in a strict `ParseContext`) and its value, if any, kept
        in ``additional_properties``.
        """
        try:
            return cls._from_dict(src_dict)
        except PARSE_ERRORS:
            return read_tolerantly(cls, src_dict)

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Reads a JSON object that conforms to the schema; raises on the first value that does not."""
        d = src_dict
        filled: tuple[str, ...] = ()
        avatar_url = d["avatar_url"]
        if not (type(avatar_url) is str):
            raise TypeError(avatar_url)

        name: None | str = d["name"]
        if not (type(name) is str or name is None):
            raise TypeError(name)

        bio: None | str = d["bio"]
        if not (type(bio) is str or bio is None):
            raise TypeError(bio)

        location: None | str = d["location"]
        if not (type(location) is str or location is None):
            raise TypeError(location)

        company: None | str = d["company"]
        if not (type(company) is str or company is None):
            raise TypeError(company)

        created_at = _fromisoformat(d["created_at"])

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = None
        else:
            if not isinstance(_updated_at, str):
                raise TypeError()
            updated_at_type_0 = _fromisoformat(_updated_at)

            updated_at = updated_at_type_0

        id_source = d.get("id", UNSET)
        if id_source is UNSET:
            found = value_at(src_dict, ("account_id",))
            if found is not UNSET and found is not None:
                id_source = found
                filled += ("id",)
        id = id_source
        if not (type(id) is str) and id is not UNSET:
            raise TypeError(id)

        username_source = d.get("username", UNSET)
        if username_source is UNSET:
            found = value_at(src_dict, ("name",))
            if found is not UNSET and found is not None:
                username_source = found
                filled += ("username",)
        username = username_source
        if not (type(username) is str) and username is not UNSET:
            raise TypeError(username)

        account_id = d.get("account_id", UNSET)
        if not (type(account_id) is str) and account_id is not UNSET:
            raise TypeError(account_id)

        display_name_source = d.get("display_name", UNSET)
        if display_name_source is UNSET:
            found = value_at(src_dict, ("name",))
            if found is not UNSET and found is not None:
                display_name_source = found
                filled += ("display_name",)
        display_name: None | str | Unset = display_name_source
        if not (type(display_name) is str or display_name is None or display_name is UNSET):
            raise TypeError(display_name)

        user = cls(
            avatar_url,
            name,
            bio,
            location,
            company,
            created_at,
            updated_at,
            id,
            username,
            account_id,
            display_name,
        )

        if len(d) != 7 + ("id" in d) + ("username" in d) + (account_id is not UNSET) + ("display_name" in d):
            user.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "avatar_url",
                    "name",
                    "bio",
                    "location",
                    "company",
                    "created_at",
                    "updated_at",
                    "id",
                    "username",
                    "account_id",
                    "display_name",
                }
            }
        if filled:
            user._filled = frozenset(filled)
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in User._wire_fields)


_read_User = User._from_dict
