from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_visibility import ModelVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelParams")


@_attrs_define
class CreateModelParams:
    """Parameters for creating a model."""

    name: str
    """ A model name, unique per owner. """
    hardware_identifier: str
    """ The identifier of the hardware the model runs on. """
    visibility: ModelVisibility | Unset = UNSET
    """ Who can see a model. """
    description: None | str | Unset = UNSET
    """ Description of the model. """
    source_url: None | str | Unset = UNSET
    """ Source URL where the model's code can be found. """
    license_url: None | str | Unset = UNSET
    """ License URL where the model's terms of use are given. """
    paper_url: None | str | Unset = UNSET
    """ URL of the paper describing the model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hardware_identifier = self.hardware_identifier

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        license_url: None | str | Unset
        if isinstance(self.license_url, Unset):
            license_url = UNSET
        else:
            license_url = self.license_url

        paper_url: None | str | Unset
        if isinstance(self.paper_url, Unset):
            paper_url = UNSET
        else:
            paper_url = self.paper_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hardware_identifier": hardware_identifier,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if description is not UNSET:
            field_dict["description"] = description
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if license_url is not UNSET:
            field_dict["license_url"] = license_url
        if paper_url is not UNSET:
            field_dict["paper_url"] = paper_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        hardware_identifier = d["hardware_identifier"]

        _visibility = d.get("visibility", UNSET)
        visibility: ModelVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ModelVisibility(_visibility)

        description = cast(None | str | Unset, d.get("description", UNSET))

        source_url = cast(None | str | Unset, d.get("source_url", UNSET))

        license_url = cast(None | str | Unset, d.get("license_url", UNSET))

        paper_url = cast(None | str | Unset, d.get("paper_url", UNSET))

        create_model_params = cls(
            name=name,
            hardware_identifier=hardware_identifier,
            visibility=visibility,
            description=description,
            source_url=source_url,
            license_url=license_url,
            paper_url=paper_url,
        )

        if len(d) != 2 + ("visibility" in d) + ("description" in d) + ("source_url" in d) + ("license_url" in d) + (
            "paper_url" in d
        ):
            create_model_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "hardware_identifier",
                    "visibility",
                    "description",
                    "source_url",
                    "license_url",
                    "paper_url",
                }
            }
        return create_model_params

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
