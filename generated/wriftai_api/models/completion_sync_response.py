from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.completion_output import CompletionOutput


T = TypeVar("T", bound="CompletionSyncResponse")


@_attrs_define(repr=False, getstate_setstate=False)
class CompletionSyncResponse:
    """The response to a completion request. The server always sends both fields; its schema requires neither."""

    request_id: None | str | Unset = UNSET
    """ The server's id of the completion request. """
    output: CompletionOutput | None | Unset = UNSET
    """ The completion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("request_id", "request_id", False),
        ("output", "output", False),
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
        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, CompletionOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if output is not UNSET:
            field_dict["output"] = output

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
        request_id: None | str | Unset = d.get("request_id", UNSET)
        if not (type(request_id) is str or request_id is None or request_id is UNSET):
            raise TypeError(request_id)

        _output = d.get("output", UNSET)
        output: CompletionOutput | None | Unset
        if _output is None or _output is UNSET:
            output = _output
        else:
            if not isinstance(_output, dict):
                raise TypeError()
            output_type_0 = _read_CompletionOutput(_output)

            output = output_type_0

        completion_sync_response = cls(
            request_id,
            output,
        )

        if len(d) != 0 + (request_id is not UNSET) + (output is not UNSET):
            completion_sync_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "request_id",
                    "output",
                }
            }
        return completion_sync_response

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CompletionSyncResponse._wire_fields)


from ..models.completion_output import CompletionOutput  # noqa: E402

_read_CompletionSyncResponse = CompletionSyncResponse._from_dict
_read_CompletionOutput = CompletionOutput._from_dict
