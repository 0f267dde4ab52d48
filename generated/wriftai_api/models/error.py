from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="Error")


@_attrs_define(repr=False, getstate_setstate=False)
class Error:
    """The body of every error response. The current WriftAI API sends `{"error": "..."}`;
    up to release 0.22 it sent `message` (with `detail` on some errors), and FastAPI-style
    bodies with only `detail` also occur. Every field is optional.

    """

    error: str | Unset = UNSET
    """ What went wrong, for people (the current WriftAI API). """
    message: str | Unset = UNSET
    """ What went wrong, for people. """
    detail: Any | Unset = UNSET
    """ Machine-readable details, such as the invalid fields of a `422`; any JSON value. """
    timestamp: str | Unset = UNSET
    """ When the error happened (LLM Engine's own error bodies, with `error`). """
    request_id: str | Unset = UNSET
    """ The id of the request (LLM Engine's own error bodies); clients read it when there is no `x-request-id`
    header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("error", "error", False),
        ("message", "message", False),
        ("detail", "detail", False),
        ("timestamp", "timestamp", False),
        ("request_id", "request_id", False),
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
        error = self.error

        message = self.message

        detail = self.detail

        timestamp = self.timestamp

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if detail is not UNSET:
            field_dict["detail"] = detail
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

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
        error = d.get("error", UNSET)
        if not (type(error) is str) and error is not UNSET:
            raise TypeError(error)

        message = d.get("message", UNSET)
        if not (type(message) is str) and message is not UNSET:
            raise TypeError(message)

        detail = d.get("detail", UNSET)

        timestamp = d.get("timestamp", UNSET)
        if not (type(timestamp) is str) and timestamp is not UNSET:
            raise TypeError(timestamp)

        request_id = d.get("request_id", UNSET)
        if not (type(request_id) is str) and request_id is not UNSET:
            raise TypeError(request_id)

        error = cls(
            error,
            message,
            detail,
            timestamp,
            request_id,
        )

        if len(d) != 0 + (error is not UNSET) + (message is not UNSET) + (detail is not UNSET) + (
            timestamp is not UNSET
        ) + (request_id is not UNSET):
            error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "error",
                    "message",
                    "detail",
                    "timestamp",
                    "request_id",
                }
            }
        return error

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Error._wire_fields)


_read_Error = Error._from_dict
