from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="CompleteUploadRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CompleteUploadRequest:
    """The parts of an upload, to complete it (the current API)."""

    etags: list[str]
    """ The `ETag` header of each part's `PUT` answer, exactly as sent (quotes
    included), in the order of the upload's `urls`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "etags",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (("etags", "etags", True),)

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
        etags = self.etags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etags": etags,
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
        etags = cast(list[str], d["etags"])
        if type(etags) is not list or not all(type(item) is str for item in etags):
            raise TypeError(etags)

        complete_upload_request = cls(
            etags,
        )

        if len(d) != 1:
            complete_upload_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "etags",
                }
            }
        return complete_upload_request

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CompleteUploadRequest._wire_fields)


_read_CompleteUploadRequest = CompleteUploadRequest._from_dict
