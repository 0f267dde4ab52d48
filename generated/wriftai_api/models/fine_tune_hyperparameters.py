from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.nested_hyperparameters import NestedHyperparameters


T = TypeVar("T", bound="FineTuneHyperparameters")


@_attrs_define(repr=False, getstate_setstate=False)
class FineTuneHyperparameters:
    """Hyperparameters of a fine-tune, such as `epochs` or `lr`; `{}` keeps the defaults."""

    additional_properties: dict[str, float | int | NestedHyperparameters | str] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = ()

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

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, NestedHyperparameters):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

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
        if type(src_dict) is not dict:
            raise TypeError(src_dict)
        d = dict(src_dict)
        fine_tune_hyperparameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> float | int | NestedHyperparameters | str:
                if isinstance(data, dict) and NestedHyperparameters._required_keys <= data.keys():
                    try:
                        additional_property_type_3 = _read_NestedHyperparameters(data)

                        return additional_property_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not (type(data) is str or type(data) is int or (type(data) is float or type(data) is int)):
                    raise TypeError(data)

                return cast(float | int | NestedHyperparameters | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        fine_tune_hyperparameters.additional_properties = additional_properties
        return fine_tune_hyperparameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | int | NestedHyperparameters | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | int | NestedHyperparameters | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in FineTuneHyperparameters._wire_fields)


from ..models.nested_hyperparameters import NestedHyperparameters  # noqa: E402

_read_FineTuneHyperparameters = FineTuneHyperparameters._from_dict
_read_NestedHyperparameters = NestedHyperparameters._from_dict
