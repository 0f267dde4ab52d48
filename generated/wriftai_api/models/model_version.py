from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="ModelVersion")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelVersion:
    """A model version, as a list of versions carries it."""

    number: int
    """ The number of the model version. """
    release_notes: str
    """ What changed in this version, such as new features, bug fixes or optimizations. """
    created_at: datetime.datetime
    """ The time when the model version was created. """
    container_image_digest: str | Unset = UNSET
    """ A sha256 digest of the version's container image. Releases up to 0.22 have it in
    lists too, as `sha256:` and 64 hex digits; the current API sends it only with a
    version's details, and not always with the `sha256:` prefix.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "release_notes",
            "created_at",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("number", "number", True),
        ("release_notes", "release_notes", True),
        ("created_at", "created_at", True),
        ("container_image_digest", "container_image_digest", False),
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
        number = self.number

        release_notes = self.release_notes

        created_at = self.created_at.isoformat()

        container_image_digest = self.container_image_digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "release_notes": release_notes,
                "created_at": created_at,
            }
        )
        if container_image_digest is not UNSET:
            field_dict["container_image_digest"] = container_image_digest

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
        number = d["number"]
        if not (type(number) is int):
            raise TypeError(number)

        release_notes = d["release_notes"]
        if not (type(release_notes) is str):
            raise TypeError(release_notes)

        created_at = _fromisoformat(d["created_at"])

        container_image_digest = d.get("container_image_digest", UNSET)
        if not (type(container_image_digest) is str) and container_image_digest is not UNSET:
            raise TypeError(container_image_digest)

        model_version = cls(
            number,
            release_notes,
            created_at,
            container_image_digest,
        )

        if len(d) != 3 + (container_image_digest is not UNSET):
            model_version.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "number",
                    "release_notes",
                    "created_at",
                    "container_image_digest",
                }
            }
        return model_version

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelVersion._wire_fields)


_read_ModelVersion = ModelVersion._from_dict
