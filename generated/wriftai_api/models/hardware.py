from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="Hardware")


@_attrs_define(repr=False, getstate_setstate=False)
class Hardware:
    """Hardware a model runs on."""

    name: str
    """ Display name of the hardware. """
    identifier: str
    """ The identifier used to choose this hardware for a model (releases up to 0.22) or a model version (the
    current API). """
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
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "identifier",
            "gpus",
            "cpus",
            "vram_gb",
            "ram_gib",
            "created_at",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("identifier", "identifier", True),
        ("gpus", "gpus", True),
        ("cpus", "cpus", True),
        ("vram_gb", "vram_gb", True),
        ("ram_gib", "ram_gib", True),
        ("created_at", "created_at", True),
        ("description", "description", False),
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
        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        identifier = d["identifier"]
        if not (type(identifier) is str):
            raise TypeError(identifier)

        gpus = d["gpus"]
        if not (type(gpus) is int):
            raise TypeError(gpus)

        cpus = d["cpus"]
        if not (type(cpus) is int):
            raise TypeError(cpus)

        vram_gb = d["vram_gb"]
        if not (type(vram_gb) is int):
            raise TypeError(vram_gb)

        ram_gib = d["ram_gib"]
        if not (type(ram_gib) is int):
            raise TypeError(ram_gib)

        created_at = _fromisoformat(d["created_at"])

        description: None | str | Unset = d.get("description", UNSET)
        if not (type(description) is str or description is None or description is UNSET):
            raise TypeError(description)

        hardware = cls(
            name,
            identifier,
            gpus,
            cpus,
            vram_gb,
            ram_gib,
            created_at,
            description,
        )

        if len(d) != 7 + (description is not UNSET):
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Hardware._wire_fields)


_read_Hardware = Hardware._from_dict
