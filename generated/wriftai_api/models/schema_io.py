from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument
    from ..models.stream_output_schema import StreamOutputSchema


T = TypeVar("T", bound="SchemaIO")


@_attrs_define(repr=False, getstate_setstate=False)
class SchemaIO:
    """The input and output schemas of a prediction."""

    input: JsonSchemaDocument
    """ A JSON Schema (draft 2020-12) document. """
    output: JsonSchemaDocument
    """ A JSON Schema (draft 2020-12) document. """
    stream_output: StreamOutputSchema | Unset = UNSET
    """ The JSON Schema (draft 2020-12) of each `output` event of a streamed prediction (the current API). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "output",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("input", "input", True),
        ("output", "output", True),
        ("stream_output", "stream_output", False),
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
        input = self.input.to_dict()

        output = self.output.to_dict()

        stream_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_output, Unset):
            stream_output = self.stream_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input,
                "output": output,
            }
        )
        if stream_output is not UNSET:
            field_dict["stream_output"] = stream_output

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
        input = _read_JsonSchemaDocument(d["input"])

        output = _read_JsonSchemaDocument(d["output"])

        _stream_output = d.get("stream_output", UNSET)
        stream_output: StreamOutputSchema | Unset
        if isinstance(_stream_output, Unset):
            stream_output = UNSET
        else:
            stream_output = _read_StreamOutputSchema(_stream_output)

        schema_io = cls(
            input,
            output,
            stream_output,
        )

        if len(d) != 2 + (stream_output is not UNSET):
            schema_io.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "input",
                    "output",
                    "stream_output",
                }
            }
        return schema_io

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in SchemaIO._wire_fields)


from ..models.json_schema_document import JsonSchemaDocument  # noqa: E402
from ..models.stream_output_schema import StreamOutputSchema  # noqa: E402

_read_SchemaIO = SchemaIO._from_dict
_read_JsonSchemaDocument = JsonSchemaDocument._from_dict
_read_StreamOutputSchema = StreamOutputSchema._from_dict
