from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.schemas import Schemas
    from ..models.version_compatibilities import VersionCompatibilities
    from ..models.version_configuration import VersionConfiguration


T = TypeVar("T", bound="CreateVersionParams")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateVersionParams:
    """Parameters for creating a version of a model."""

    release_notes: str
    """ What changed in this version, such as new features, bug fixes or optimizations. """
    schemas: Schemas
    """ The schemas of a model version. """
    container_image_digest: str
    """ A sha256 digest of a version's container image. """
    compatibilities: VersionCompatibilities | Unset = UNSET
    """ Which compatible endpoints a version serves (the current API). """
    configuration: VersionConfiguration | Unset = UNSET
    """ How a version runs (the current API). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "release_notes",
            "schemas",
            "container_image_digest",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("release_notes", "release_notes", True),
        ("schemas", "schemas", True),
        ("container_image_digest", "container_image_digest", True),
        ("compatibilities", "compatibilities", False),
        ("configuration", "configuration", False),
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
        release_notes = self.release_notes

        schemas = self.schemas.to_dict()

        container_image_digest = self.container_image_digest

        compatibilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compatibilities, Unset):
            compatibilities = self.compatibilities.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_notes": release_notes,
                "schemas": schemas,
                "container_image_digest": container_image_digest,
            }
        )
        if compatibilities is not UNSET:
            field_dict["compatibilities"] = compatibilities
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

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
        release_notes = d["release_notes"]
        if not (type(release_notes) is str):
            raise TypeError(release_notes)

        schemas = _read_Schemas(d["schemas"])

        container_image_digest = d["container_image_digest"]
        if not (type(container_image_digest) is str):
            raise TypeError(container_image_digest)

        _compatibilities = d.get("compatibilities", UNSET)
        compatibilities: VersionCompatibilities | Unset
        if isinstance(_compatibilities, Unset):
            compatibilities = UNSET
        else:
            compatibilities = _read_VersionCompatibilities(_compatibilities)

        _configuration = d.get("configuration", UNSET)
        configuration: VersionConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = _read_VersionConfiguration(_configuration)

        create_version_params = cls(
            release_notes,
            schemas,
            container_image_digest,
            compatibilities,
            configuration,
        )

        if len(d) != 3 + (compatibilities is not UNSET) + (configuration is not UNSET):
            create_version_params.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "release_notes",
                    "schemas",
                    "container_image_digest",
                    "compatibilities",
                    "configuration",
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateVersionParams._wire_fields)


from ..models.schemas import Schemas  # noqa: E402
from ..models.version_compatibilities import VersionCompatibilities  # noqa: E402
from ..models.version_configuration import VersionConfiguration  # noqa: E402

_read_CreateVersionParams = CreateVersionParams._from_dict
_read_Schemas = Schemas._from_dict
_read_VersionCompatibilities = VersionCompatibilities._from_dict
_read_VersionConfiguration = VersionConfiguration._from_dict
