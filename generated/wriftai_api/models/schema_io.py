from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument


T = TypeVar("T", bound="SchemaIO")


@_attrs_define
class SchemaIO:
    """The input and output schemas of a prediction."""

    input_: JsonSchemaDocument
    """ A JSON Schema (draft 2020-12) document. """
    output: JsonSchemaDocument
    """ A JSON Schema (draft 2020-12) document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = JsonSchemaDocument.from_dict(d["input"])

        output = JsonSchemaDocument.from_dict(d["output"])

        schema_io = cls(
            input_=input_,
            output=output,
        )

        if len(d) != 2:
            schema_io.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "input",
                    "output",
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


from ..models.json_schema_document import JsonSchemaDocument  # noqa: E402
