from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="Variable")


@_attrs_define(repr=False, getstate_setstate=False)
class Variable:
    """A variable (the current API), such as an API token a model version reads."""

    name: str
    """ The name of a variable, unique per user, as a version's configuration names it.
    0.34 shows no rule for names; this document asks for one path segment.
     """
    key: str
    """ The key under which a version reads the value, such as an environment variable name. """
    value: str
    """ The value; the empty string when the variable is a secret. """
    secret: bool
    """ Whether the value is a secret, which is never sent back. """
    created_at: datetime.datetime
    """ When the variable was created. """
    updated_at: datetime.datetime | None
    """ When the variable was last updated; null if never. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "key",
            "value",
            "secret",
            "created_at",
            "updated_at",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("key", "key", True),
        ("value", "value", True),
        ("secret", "secret", True),
        ("created_at", "created_at", True),
        ("updated_at", "updated_at", True),
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

        key = self.key

        value = self.value

        secret = self.secret

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
                "name": name,
                "key": key,
                "value": value,
                "secret": secret,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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
        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        key = d["key"]
        if not (type(key) is str):
            raise TypeError(key)

        value = d["value"]
        if not (type(value) is str):
            raise TypeError(value)

        secret = d["secret"]
        if not (type(secret) is bool):
            raise TypeError(secret)

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

        variable = cls(
            name,
            key,
            value,
            secret,
            created_at,
            updated_at,
        )

        if len(d) != 6:
            variable.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "key",
                    "value",
                    "secret",
                    "created_at",
                    "updated_at",
                }
            }
        return variable

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Variable._wire_fields)


_read_Variable = Variable._from_dict
