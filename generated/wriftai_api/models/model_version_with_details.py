from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schemas import Schemas


T = TypeVar("T", bound="ModelVersionWithDetails")


@_attrs_define
class ModelVersionWithDetails:
    """A model version with its schemas."""

    number: int
    """ The number of the model version. """
    release_notes: str
    """ What changed in this version, such as new features, bug fixes or optimizations. """
    created_at: datetime.datetime
    """ The time when the model version was created. """
    container_image_digest: str
    """ A sha256 digest of a version's container image. """
    schemas: Schemas
    """ The schemas of a model version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        release_notes = self.release_notes

        created_at = self.created_at.isoformat()

        container_image_digest = self.container_image_digest

        schemas = self.schemas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "release_notes": release_notes,
                "created_at": created_at,
                "container_image_digest": container_image_digest,
                "schemas": schemas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        number = d["number"]

        release_notes = d["release_notes"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        container_image_digest = d["container_image_digest"]

        schemas = Schemas.from_dict(d["schemas"])

        model_version_with_details = cls(
            number=number,
            release_notes=release_notes,
            created_at=created_at,
            container_image_digest=container_image_digest,
            schemas=schemas,
        )

        if len(d) != 5:
            model_version_with_details.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "number",
                    "release_notes",
                    "created_at",
                    "container_image_digest",
                    "schemas",
                }
            }
        return model_version_with_details

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


from ..models.schemas import Schemas  # noqa: E402
