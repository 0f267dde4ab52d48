from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schema_io import SchemaIO


T = TypeVar("T", bound="Schemas")


@_attrs_define
class Schemas:
    """The schemas of a model version."""

    prediction: SchemaIO
    """ The input and output schemas of a prediction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prediction = self.prediction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prediction": prediction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prediction = SchemaIO.from_dict(d["prediction"])

        schemas = cls(
            prediction=prediction,
        )

        if len(d) != 1:
            schemas.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "prediction",
                }
            }
        return schemas

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


from ..models.schema_io import SchemaIO  # noqa: E402
