from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schemas import Schemas


T = TypeVar("T", bound="CreateVersionParams")


@_attrs_define
class CreateVersionParams:
    """Parameters for creating a version of a model."""

    release_notes: str
    """ What changed in this version, such as new features, bug fixes or optimizations. """
    schemas: Schemas
    """ The schemas of a model version. """
    container_image_digest: str
    """ A sha256 digest of a version's container image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_notes = self.release_notes

        schemas = self.schemas.to_dict()

        container_image_digest = self.container_image_digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_notes": release_notes,
                "schemas": schemas,
                "container_image_digest": container_image_digest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        release_notes = d["release_notes"]

        schemas = Schemas.from_dict(d["schemas"])

        container_image_digest = d["container_image_digest"]

        create_version_params = cls(
            release_notes=release_notes,
            schemas=schemas,
            container_image_digest=container_image_digest,
        )

        if len(d) != 3:
            create_version_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "release_notes",
                    "schemas",
                    "container_image_digest",
                }
            }
        return create_version_params

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
