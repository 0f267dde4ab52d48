from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_visibility import ModelVisibility
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="UpdateModelParams")


@_attrs_define(repr=False, getstate_setstate=False)
class UpdateModelParams:
    """Parameters for updating a model; every field is optional."""

    name: str | Unset = UNSET
    """ A model name, unique per owner. """
    description: None | str | Unset = UNSET
    """ Description of the model. """
    visibility: ModelVisibility | Unset = UNSET
    """ Who can see a model. `restricted` is the current API's third value (releases up to
    0.22 know only `private` and `public`).
     """
    hardware_identifier: str | Unset = UNSET
    """ The identifier of the hardware the model runs on (releases up to 0.22; the current API does not take it).
    """
    source_url: None | str | Unset = UNSET
    """ Source URL where the model's code can be found. """
    license_url: None | str | Unset = UNSET
    """ License URL where the model's terms of use are given. """
    paper_url: None | str | Unset = UNSET
    """ URL of the paper describing the model. """
    overview: None | str | Unset = UNSET
    """ A long-form overview of the model (the current API). """
    category_slugs: list[str] | Unset = UNSET
    """ The slugs of the categories the model belongs to (the current API). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", False),
        ("description", "description", False),
        ("visibility", "visibility", False),
        ("hardware_identifier", "hardware_identifier", False),
        ("source_url", "source_url", False),
        ("license_url", "license_url", False),
        ("paper_url", "paper_url", False),
        ("overview", "overview", False),
        ("category_slugs", "category_slugs", False),
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

        overview: None | str | Unset
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

        category_slugs: list[str] | Unset = UNSET
        if not isinstance(self.category_slugs, Unset):
            category_slugs = self.category_slugs

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
        if overview is not UNSET:
            field_dict["overview"] = overview
        if category_slugs is not UNSET:
            field_dict["category_slugs"] = category_slugs

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
        name = d.get("name", UNSET)
        if not (type(name) is str) and name is not UNSET:
            raise TypeError(name)

        description: None | str | Unset = d.get("description", UNSET)
        if not (type(description) is str or description is None or description is UNSET):
            raise TypeError(description)

        _visibility = d.get("visibility", UNSET)
        visibility: ModelVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ModelVisibility(_visibility)

        hardware_identifier = d.get("hardware_identifier", UNSET)
        if not (type(hardware_identifier) is str) and hardware_identifier is not UNSET:
            raise TypeError(hardware_identifier)

        source_url: None | str | Unset = d.get("source_url", UNSET)
        if not (type(source_url) is str or source_url is None or source_url is UNSET):
            raise TypeError(source_url)

        license_url: None | str | Unset = d.get("license_url", UNSET)
        if not (type(license_url) is str or license_url is None or license_url is UNSET):
            raise TypeError(license_url)

        paper_url: None | str | Unset = d.get("paper_url", UNSET)
        if not (type(paper_url) is str or paper_url is None or paper_url is UNSET):
            raise TypeError(paper_url)

        overview: None | str | Unset = d.get("overview", UNSET)
        if not (type(overview) is str or overview is None or overview is UNSET):
            raise TypeError(overview)

        category_slugs = cast(list[str], d.get("category_slugs", UNSET))
        if category_slugs is not UNSET and (
            type(category_slugs) is not list or not all(type(item) is str for item in category_slugs)
        ):
            raise TypeError(category_slugs)

        update_model_params = cls(
            name,
            description,
            visibility,
            hardware_identifier,
            source_url,
            license_url,
            paper_url,
            overview,
            category_slugs,
        )

        if len(d) != 0 + (name is not UNSET) + (description is not UNSET) + (visibility is not UNSET) + (
            hardware_identifier is not UNSET
        ) + (source_url is not UNSET) + (license_url is not UNSET) + (paper_url is not UNSET) + (
            overview is not UNSET
        ) + (category_slugs is not UNSET):
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
                    "overview",
                    "category_slugs",
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in UpdateModelParams._wire_fields)


_read_UpdateModelParams = UpdateModelParams._from_dict
