from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="Upload")


@_attrs_define(repr=False, getstate_setstate=False)
class Upload:
    """An upload in progress (the current API)."""

    id: str
    """ The identifier of the upload, for `complete_upload`. """
    urls: list[str]
    """ One presigned URL per part, in part order. Each takes a `PUT` of its part's
    bytes with no `Authorization` header (the signature is in the URL) and answers
    with the part's `ETag` header. The URLs may point to another host than the API.
     """
    part_size: int
    """ The size of every part in bytes, except the last, which may be smaller. An
    upload of one part has the file's size here.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "urls",
            "part_size",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("urls", "urls", True),
        ("part_size", "part_size", True),
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
        id = self.id

        urls = self.urls

        part_size = self.part_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "urls": urls,
                "part_size": part_size,
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
        id = d["id"]
        if not (type(id) is str):
            raise TypeError(id)

        urls = cast(list[str], d["urls"])
        if type(urls) is not list or not all(type(item) is str for item in urls):
            raise TypeError(urls)

        part_size = d["part_size"]
        if not (type(part_size) is int):
            raise TypeError(part_size)

        upload = cls(
            id,
            urls,
            part_size,
        )

        if len(d) != 3:
            upload.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "urls",
                    "part_size",
                }
            }
        return upload

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Upload._wire_fields)


_read_Upload = Upload._from_dict
