from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_visibility import ModelVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateModelParams")


@_attrs_define
class UpdateModelParams:
    """Parameters for updating a model; every field is optional."""

    name: str | Unset = UNSET
    """ A model name, unique per owner. """
    description: None | str | Unset = UNSET
    """ Description of the model. """
    visibility: ModelVisibility | Unset = UNSET
    """ Who can see a model. """
    hardware_identifier: str | Unset = UNSET
    """ The identifier of the hardware the model runs on. """
    source_url: None | str | Unset = UNSET
    """ Source URL where the model's code can be found. """
    license_url: None | str | Unset = UNSET
    """ License URL where the model's terms of use are given. """
    paper_url: None | str | Unset = UNSET
    """ URL of the paper describing the model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        hardware_identifier = self.hardware_identifier

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if hardware_identifier is not UNSET:
            field_dict["hardware_identifier"] = hardware_identifier
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
        name = d.get("name", UNSET)

        description = cast(None | str | Unset, d.get("description", UNSET))

        _visibility = d.get("visibility", UNSET)
        visibility: ModelVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ModelVisibility(_visibility)

        hardware_identifier = d.get("hardware_identifier", UNSET)

        source_url = cast(None | str | Unset, d.get("source_url", UNSET))

        license_url = cast(None | str | Unset, d.get("license_url", UNSET))

        paper_url = cast(None | str | Unset, d.get("paper_url", UNSET))

        update_model_params = cls(
            name=name,
            description=description,
            visibility=visibility,
            hardware_identifier=hardware_identifier,
            source_url=source_url,
            license_url=license_url,
            paper_url=paper_url,
        )

        if len(d) != 0 + ("name" in d) + ("description" in d) + ("visibility" in d) + ("hardware_identifier" in d) + (
            "source_url" in d
        ) + ("license_url" in d) + ("paper_url" in d):
            update_model_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "description",
                    "visibility",
                    "hardware_identifier",
                    "source_url",
                    "license_url",
                    "paper_url",
                }
            }
        return update_model_params

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
