from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="UpdateVersionConfigurationParams")


@_attrs_define(repr=False, getstate_setstate=False)
class UpdateVersionConfigurationParams:
    """Changes to a version's configuration (the current API); every field is optional."""

    hardware_identifier: str | Unset = UNSET
    """ The identifier of the hardware the version is to run on. """
    variable_names: list[str] | Unset = UNSET
    """ The names of the variables the version reads; replaces the whole current list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("hardware_identifier", "hardware_identifier", False),
        ("variable_names", "variable_names", False),
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
        hardware_identifier = self.hardware_identifier

        variable_names: list[str] | Unset = UNSET
        if not isinstance(self.variable_names, Unset):
            variable_names = self.variable_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hardware_identifier is not UNSET:
            field_dict["hardware_identifier"] = hardware_identifier
        if variable_names is not UNSET:
            field_dict["variable_names"] = variable_names

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
        hardware_identifier = d.get("hardware_identifier", UNSET)
        if not (type(hardware_identifier) is str) and hardware_identifier is not UNSET:
            raise TypeError(hardware_identifier)

        variable_names = cast(list[str], d.get("variable_names", UNSET))
        if variable_names is not UNSET and (
            type(variable_names) is not list or not all(type(item) is str for item in variable_names)
        ):
            raise TypeError(variable_names)

        update_version_configuration_params = cls(
            hardware_identifier,
            variable_names,
        )

        if len(d) != 0 + (hardware_identifier is not UNSET) + (variable_names is not UNSET):
            update_version_configuration_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "hardware_identifier",
                    "variable_names",
                }
            }
        return update_version_configuration_params

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in UpdateVersionConfigurationParams._wire_fields)


_read_UpdateVersionConfigurationParams = UpdateVersionConfigurationParams._from_dict
