from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="UpdateUserParams")


@_attrs_define(repr=False, getstate_setstate=False)
class UpdateUserParams:
    """Changes to the authenticated user's profile (the current API); every field is
    optional, and a nullable field sent as null is cleared.

    """

    name: str | Unset = UNSET
    """ A username. """
    display_name: None | str | Unset = UNSET
    """ The name the user shows, which need not be unique. """
    bio: None | str | Unset = UNSET
    """ The biography of the user. """
    urls: list[str] | None | Unset = UNSET
    """ Personal or professional website URLs; the list replaces the current one. """
    company: None | str | Unset = UNSET
    """ Company the user is associated with. """
    location: None | str | Unset = UNSET
    """ Location of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", False),
        ("display_name", "display_name", False),
        ("bio", "bio", False),
        ("urls", "urls", False),
        ("company", "company", False),
        ("location", "location", False),
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
        name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        urls: list[str] | None | Unset
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = self.urls

        else:
            urls = self.urls

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if bio is not UNSET:
            field_dict["bio"] = bio
        if urls is not UNSET:
            field_dict["urls"] = urls
        if company is not UNSET:
            field_dict["company"] = company
        if location is not UNSET:
            field_dict["location"] = location

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
        name = d.get("name", UNSET)
        if not (type(name) is str) and name is not UNSET:
            raise TypeError(name)

        display_name: None | str | Unset = d.get("display_name", UNSET)
        if not (type(display_name) is str or display_name is None or display_name is UNSET):
            raise TypeError(display_name)

        bio: None | str | Unset = d.get("bio", UNSET)
        if not (type(bio) is str or bio is None or bio is UNSET):
            raise TypeError(bio)

        _urls = d.get("urls", UNSET)
        urls: list[str] | None | Unset
        if _urls is None or _urls is UNSET:
            urls = _urls
        else:
            if not isinstance(_urls, list):
                raise TypeError()
            urls_type_0 = cast(list[str], _urls)
            if type(urls_type_0) is not list or not all(type(item) is str for item in urls_type_0):
                raise TypeError(urls_type_0)

            urls = urls_type_0

        company: None | str | Unset = d.get("company", UNSET)
        if not (type(company) is str or company is None or company is UNSET):
            raise TypeError(company)

        location: None | str | Unset = d.get("location", UNSET)
        if not (type(location) is str or location is None or location is UNSET):
            raise TypeError(location)

        update_user_params = cls(
            name,
            display_name,
            bio,
            urls,
            company,
            location,
        )

        if len(d) != 0 + (name is not UNSET) + (display_name is not UNSET) + (bio is not UNSET) + (
            urls is not UNSET
        ) + (company is not UNSET) + (location is not UNSET):
            update_user_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "display_name",
                    "bio",
                    "urls",
                    "company",
                    "location",
                }
            }
        return update_user_params

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in UpdateUserParams._wire_fields)


_read_UpdateUserParams = UpdateUserParams._from_dict
