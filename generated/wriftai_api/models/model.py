from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_visibility import ModelVisibility
from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.hardware import Hardware
    from ..models.model_category import ModelCategory
    from ..models.model_version import ModelVersion
    from ..models.user import User


T = TypeVar("T", bound="Model")


@_attrs_define(repr=False)
class Model:
    """A model."""

    id: str
    """ The unique identifier of the model. """
    name: str
    """ The name of the model. """
    created_at: datetime.datetime
    """ The time when the model was created. """
    visibility: ModelVisibility
    """ Who can see a model. """
    description: None | str
    """ Description of the model. """
    updated_at: datetime.datetime | None
    """ The time when the model was updated. """
    source_url: None | str
    """ Source URL where the model's code can be found. """
    license_url: None | str
    """ License URL where the model's terms of use are given. """
    paper_url: None | str
    """ URL of the paper describing the model. """
    owner: User
    """ A user. """
    latest_version: ModelVersion | None
    """ The latest version of the model, or null if it has none. """
    hardware: Hardware
    """ Hardware a model runs on. """
    predictions_count: int
    """ The total number of predictions created across all versions of the model. """
    categories: list[ModelCategory]
    """ The categories the model belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("name", "name", True),
        ("created_at", "created_at", True),
        ("visibility", "visibility", True),
        ("description", "description", True),
        ("updated_at", "updated_at", True),
        ("source_url", "source_url", True),
        ("license_url", "license_url", True),
        ("paper_url", "paper_url", True),
        ("owner", "owner", True),
        ("latest_version", "latest_version", True),
        ("hardware", "hardware", True),
        ("predictions_count", "predictions_count", True),
        ("categories", "categories", True),
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
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        visibility = self.visibility.value

        description: None | str
        description = self.description

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        source_url: None | str
        source_url = self.source_url

        license_url: None | str
        license_url = self.license_url

        paper_url: None | str
        paper_url = self.paper_url

        owner = self.owner.to_dict()

        latest_version: dict[str, Any] | None
        if isinstance(self.latest_version, ModelVersion):
            latest_version = self.latest_version.to_dict()
        else:
            latest_version = self.latest_version

        hardware = self.hardware.to_dict()

        predictions_count = self.predictions_count

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "visibility": visibility,
                "description": description,
                "updated_at": updated_at,
                "source_url": source_url,
                "license_url": license_url,
                "paper_url": paper_url,
                "owner": owner,
                "latest_version": latest_version,
                "hardware": hardware,
                "predictions_count": predictions_count,
                "categories": categories,
            }
        )

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
        id = d["id"]
        if not (type(id) is str):
            raise TypeError(id)

        name = d["name"]
        if not (type(name) is str):
            raise TypeError(name)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        visibility = ModelVisibility(d["visibility"])

        description: None | str = d["description"]
        if not (type(description) is str or description is None):
            raise TypeError(description)

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = None
        else:
            if not isinstance(_updated_at, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

            updated_at = updated_at_type_0

        source_url: None | str = d["source_url"]
        if not (type(source_url) is str or source_url is None):
            raise TypeError(source_url)

        license_url: None | str = d["license_url"]
        if not (type(license_url) is str or license_url is None):
            raise TypeError(license_url)

        paper_url: None | str = d["paper_url"]
        if not (type(paper_url) is str or paper_url is None):
            raise TypeError(paper_url)

        owner = User._from_dict(d["owner"])

        _latest_version = d["latest_version"]
        latest_version: ModelVersion | None
        if _latest_version is None:
            latest_version = None
        else:
            if not isinstance(_latest_version, dict):
                raise TypeError()
            latest_version_type_0 = ModelVersion._from_dict(_latest_version)

            latest_version = latest_version_type_0

        hardware = Hardware._from_dict(d["hardware"])

        predictions_count = d["predictions_count"]
        if not (type(predictions_count) is int):
            raise TypeError(predictions_count)

        categories = []
        _categories = d["categories"]
        if type(_categories) is not list:
            raise TypeError(_categories)
        for categories_item_data in _categories:
            categories_item = ModelCategory._from_dict(categories_item_data)

            categories.append(categories_item)

        model = cls(
            id=id,
            name=name,
            created_at=created_at,
            visibility=visibility,
            description=description,
            updated_at=updated_at,
            source_url=source_url,
            license_url=license_url,
            paper_url=paper_url,
            owner=owner,
            latest_version=latest_version,
            hardware=hardware,
            predictions_count=predictions_count,
            categories=categories,
        )

        if len(d) != 14:
            model.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "created_at",
                    "visibility",
                    "description",
                    "updated_at",
                    "source_url",
                    "license_url",
                    "paper_url",
                    "owner",
                    "latest_version",
                    "hardware",
                    "predictions_count",
                    "categories",
                }
            }
        return model

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in Model._wire_fields)


from ..models.hardware import Hardware  # noqa: E402
from ..models.model_category import ModelCategory  # noqa: E402
from ..models.model_version import ModelVersion  # noqa: E402
from ..models.user import User  # noqa: E402
