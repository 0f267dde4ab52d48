from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_visibility import ModelVisibility
from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.base_user import BaseUser
    from ..models.hardware import Hardware
    from ..models.model_category import ModelCategory
    from ..models.model_version import ModelVersion
    from ..models.model_version_with_details import ModelVersionWithDetails

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="Model")


@_attrs_define(repr=False, getstate_setstate=False)
class Model:
    """A model. One schema serves every model operation of both eras, so it is the union
    of what they send: the current API sends a slim model in lists (no URLs, no latest
    version, a `cover_image_url`) and a detailed one from get, create and update (with
    `overview`, the URLs and the latest version in detail); it no longer sends
    `hardware`. The models of releases up to 0.22 carry `hardware`, the URLs and the
    latest version everywhere. Fields only some of them send are optional.

    """

    id: str
    """ The unique identifier of the model. """
    name: str
    """ The name of the model. """
    created_at: datetime.datetime
    """ The time when the model was created. """
    visibility: ModelVisibility | str
    """ A model's visibility: one of `ModelVisibility`, or a newer value this document
    does not know yet, which clients keep as a plain string.
     """
    description: None | str
    """ Description of the model. """
    updated_at: datetime.datetime | None
    """ The time when the model was updated. """
    owner: BaseUser
    """ A user with basic details, as a model's `owner` carries it. The two eras name the
    user differently: releases up to 0.22 have `id` and `username` (the unique handle);
    the current API sends `account_id` and `name`, where `name` is the unique handle.
     """
    predictions_count: int
    """ The total number of predictions created across all versions of the model. """
    categories: list[ModelCategory] | Unset = UNSET
    """ The categories the model belongs to (the current API and the common types of release 0.22; its models module
    lacks it). """
    cover_image_url: None | str | Unset = UNSET
    """ URL of the model's cover image (the current API). """
    overview: None | str | Unset = UNSET
    """ A long-form overview of the model (the current API, on a model's details). """
    source_url: None | str | Unset = UNSET
    """ Source URL where the model's code can be found (releases up to 0.22; in the current API only on a model's
    details). """
    license_url: None | str | Unset = UNSET
    """ License URL where the model's terms of use are given (releases up to 0.22; in the current API only on a
    model's details). """
    paper_url: None | str | Unset = UNSET
    """ URL of the paper describing the model (releases up to 0.22; in the current API only on a model's details).
    """
    latest_version: ModelVersion | ModelVersionWithDetails | None | Unset = UNSET
    """ The latest version of the model, or null if it has none. Releases up to 0.22 have
    a `ModelVersion`; the current API sends it with details (schemas) on a model's
    details and leaves it out of lists.
     """
    hardware: Hardware | Unset = UNSET
    """ Hardware a model runs on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fallbacks: ClassVar[dict[str, tuple[tuple[str, ...] | None, bool, str | None]]] = {
        "hardware": (
            None,
            False,
            "the API no longer sends a model's hardware (since release 0.31); a version's configuration names the hardware it runs on (`client.versions.get_configuration(...).hardware_identifier`)",
        ),
    }
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "created_at",
            "visibility",
            "description",
            "updated_at",
            "owner",
            "predictions_count",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("name", "name", True),
        ("created_at", "created_at", True),
        ("visibility", "visibility", True),
        ("description", "description", True),
        ("updated_at", "updated_at", True),
        ("owner", "owner", True),
        ("predictions_count", "predictions_count", True),
        ("categories", "categories", False),
        ("cover_image_url", "cover_image_url", False),
        ("overview", "overview", False),
        ("source_url", "source_url", False),
        ("license_url", "license_url", False),
        ("paper_url", "paper_url", False),
        ("latest_version", "latest_version", False),
        ("hardware", "hardware", False),
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

        visibility: str
        if isinstance(self.visibility, ModelVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        description: None | str
        description = self.description

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        owner = self.owner.to_dict()

        predictions_count = self.predictions_count

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        overview: None | str | Unset
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

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

        latest_version: dict[str, Any] | None | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        elif isinstance(self.latest_version, ModelVersionWithDetails):
            latest_version = self.latest_version.to_dict()
        elif isinstance(self.latest_version, ModelVersion):
            latest_version = self.latest_version.to_dict()
        else:
            latest_version = self.latest_version

        hardware: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware, Unset):
            hardware = self.hardware.to_dict()

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
                "owner": owner,
                "predictions_count": predictions_count,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if overview is not UNSET:
            field_dict["overview"] = overview
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if license_url is not UNSET:
            field_dict["license_url"] = license_url
        if paper_url is not UNSET:
            field_dict["paper_url"] = paper_url
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if hardware is not UNSET:
            field_dict["hardware"] = hardware

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

        created_at = _fromisoformat(d["created_at"])

        _visibility = d["visibility"]
        visibility: ModelVisibility | str
        if type(_visibility) is str:
            visibility = ModelVisibility._value2member_map_.get(_visibility, _visibility)  # type: ignore[assignment]
        else:
            raise TypeError(_visibility)

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
            updated_at_type_0 = _fromisoformat(_updated_at)

            updated_at = updated_at_type_0

        owner = _read_BaseUser(d["owner"])

        predictions_count = d["predictions_count"]
        if not (type(predictions_count) is int):
            raise TypeError(predictions_count)

        _categories = d.get("categories", UNSET)
        categories: list[ModelCategory] | Unset = UNSET
        if _categories is not UNSET:
            if type(_categories) is not list:
                raise TypeError(_categories)
            categories = []
            for categories_item_data in _categories:
                categories_item = _read_ModelCategory(categories_item_data)

                categories.append(categories_item)

        cover_image_url: None | str | Unset = d.get("cover_image_url", UNSET)
        if not (type(cover_image_url) is str or cover_image_url is None or cover_image_url is UNSET):
            raise TypeError(cover_image_url)

        overview: None | str | Unset = d.get("overview", UNSET)
        if not (type(overview) is str or overview is None or overview is UNSET):
            raise TypeError(overview)

        source_url: None | str | Unset = d.get("source_url", UNSET)
        if not (type(source_url) is str or source_url is None or source_url is UNSET):
            raise TypeError(source_url)

        license_url: None | str | Unset = d.get("license_url", UNSET)
        if not (type(license_url) is str or license_url is None or license_url is UNSET):
            raise TypeError(license_url)

        paper_url: None | str | Unset = d.get("paper_url", UNSET)
        if not (type(paper_url) is str or paper_url is None or paper_url is UNSET):
            raise TypeError(paper_url)

        def _parse_latest_version(data: object) -> ModelVersion | ModelVersionWithDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict) and ModelVersionWithDetails._required_keys <= data.keys():
                try:
                    latest_version_type_0 = _read_ModelVersionWithDetails(data)

                    return latest_version_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict) and ModelVersion._required_keys <= data.keys():
                try:
                    latest_version_type_1 = _read_ModelVersion(data)

                    return latest_version_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not (data is None or data is UNSET):
                raise TypeError(data)

            return cast(ModelVersion | ModelVersionWithDetails | None | Unset, data)

        latest_version = _parse_latest_version(d.get("latest_version", UNSET))

        _hardware = d.get("hardware", UNSET)
        hardware: Hardware | Unset
        if isinstance(_hardware, Unset):
            hardware = UNSET
        else:
            hardware = _read_Hardware(_hardware)

        model = cls(
            id,
            name,
            created_at,
            visibility,
            description,
            updated_at,
            owner,
            predictions_count,
            categories,
            cover_image_url,
            overview,
            source_url,
            license_url,
            paper_url,
            latest_version,
            hardware,
        )

        if len(d) != 8 + (categories is not UNSET) + (cover_image_url is not UNSET) + (overview is not UNSET) + (
            source_url is not UNSET
        ) + (license_url is not UNSET) + (paper_url is not UNSET) + (latest_version is not UNSET) + (
            hardware is not UNSET
        ):
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
                    "owner",
                    "predictions_count",
                    "categories",
                    "cover_image_url",
                    "overview",
                    "source_url",
                    "license_url",
                    "paper_url",
                    "latest_version",
                    "hardware",
                }
            }
        if hardware is UNSET:
            del model.hardware
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


from ..models.base_user import BaseUser  # noqa: E402
from ..models.hardware import Hardware  # noqa: E402
from ..models.model_category import ModelCategory  # noqa: E402
from ..models.model_version import ModelVersion  # noqa: E402
from ..models.model_version_with_details import ModelVersionWithDetails  # noqa: E402

_read_Model = Model._from_dict
_read_BaseUser = BaseUser._from_dict
_read_Hardware = Hardware._from_dict
_read_ModelCategory = ModelCategory._from_dict
_read_ModelVersion = ModelVersion._from_dict
_read_ModelVersionWithDetails = ModelVersionWithDetails._from_dict
