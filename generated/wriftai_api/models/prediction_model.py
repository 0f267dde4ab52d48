from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PredictionModel")


@_attrs_define
class PredictionModel:
    """The model version a prediction ran on."""

    owner: str
    """ Username of the model's owner. """
    name: str
    """ Name of the model. """
    version_number: int
    """ Version number of the model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        name = self.name

        version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner": owner,
                "name": name,
                "version_number": version_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        owner = d["owner"]

        name = d["name"]

        version_number = d["version_number"]

        prediction_model = cls(
            owner=owner,
            name=name,
            version_number=version_number,
        )

        if len(d) != 3:
            prediction_model.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "owner",
                    "name",
                    "version_number",
                }
            }
        return prediction_model

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
