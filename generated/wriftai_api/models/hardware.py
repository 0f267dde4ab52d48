from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hardware")


@_attrs_define
class Hardware:
    """Hardware a model runs on."""

    name: str
    """ Display name of the hardware. """
    identifier: str
    """ The identifier used to choose this hardware for a model. """
    gpus: int
    """ Number of GPUs. """
    cpus: int
    """ Number of CPU cores. """
    vram_gb: int
    """ GPU memory in GB. """
    ram_gib: int
    """ System memory in GiB. """
    created_at: datetime.datetime
    """ When the hardware was added. """
    description: None | str | Unset = UNSET
    """ A longer description of the hardware. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        identifier = self.identifier

        gpus = self.gpus

        cpus = self.cpus

        vram_gb = self.vram_gb

        ram_gib = self.ram_gib

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "identifier": identifier,
                "gpus": gpus,
                "cpus": cpus,
                "vram_gb": vram_gb,
                "ram_gib": ram_gib,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        identifier = d["identifier"]

        gpus = d["gpus"]

        cpus = d["cpus"]

        vram_gb = d["vram_gb"]

        ram_gib = d["ram_gib"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        description = cast(None | str | Unset, d.get("description", UNSET))

        hardware = cls(
            name=name,
            identifier=identifier,
            gpus=gpus,
            cpus=cpus,
            vram_gb=vram_gb,
            ram_gib=ram_gib,
            created_at=created_at,
            description=description,
        )

        if len(d) != 7 + ("description" in d):
            hardware.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "identifier",
                    "gpus",
                    "cpus",
                    "vram_gb",
                    "ram_gib",
                    "created_at",
                    "description",
                }
            }
        return hardware

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
