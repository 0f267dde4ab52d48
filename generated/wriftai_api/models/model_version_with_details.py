from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.schemas import Schemas
    from ..models.version_compatibilities import VersionCompatibilities
    from ..models.version_configuration import VersionConfiguration

_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="ModelVersionWithDetails")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelVersionWithDetails:
    """A model version with its schemas. The current API adds the image `size`, the
    compatibility flags (at the top level of a version, or grouped as
    `compatibilities`), and, in answer to a create, the `configuration`.

    """

    number: int
    """ The number of the model version. """
    release_notes: str
    """ What changed in this version, such as new features, bug fixes or optimizations. """
    created_at: datetime.datetime
    """ The time when the model version was created. """
    schemas: Schemas
    """ The schemas of a model version. """
    container_image_digest: str | Unset = UNSET
    """ A sha256 digest of the version's container image. Releases up to 0.22 have it in
    lists too, as `sha256:` and 64 hex digits; the current API sends it only with a
    version's details, and not always with the `sha256:` prefix.
     """
    size: int | Unset = UNSET
    """ The compressed size of the version's container image, in bytes (the current API). """
    compatibilities: VersionCompatibilities | Unset = UNSET
    """ Which compatible endpoints a version serves (the current API). """
    configuration: VersionConfiguration | Unset = UNSET
    """ How a version runs (the current API). """
    openai_chat_completions: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible chat completions endpoint (the current API, at the top
    level). """
    openai_embeddings: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible embeddings endpoint (the current API, at the top level).
    """
    openai_images_generations: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible image generation endpoint (the current API, at the top
    level). """
    openai_responses: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible responses endpoint (the current API, at the top level). """
    anthropic_messages: bool | Unset = UNSET
    """ Whether the version serves the Anthropic-compatible messages endpoint (the current API, at the top level).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "release_notes",
            "created_at",
            "schemas",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("number", "number", True),
        ("release_notes", "release_notes", True),
        ("created_at", "created_at", True),
        ("schemas", "schemas", True),
        ("container_image_digest", "container_image_digest", False),
        ("size", "size", False),
        ("compatibilities", "compatibilities", False),
        ("configuration", "configuration", False),
        ("openai_chat_completions", "openai_chat_completions", False),
        ("openai_embeddings", "openai_embeddings", False),
        ("openai_images_generations", "openai_images_generations", False),
        ("openai_responses", "openai_responses", False),
        ("anthropic_messages", "anthropic_messages", False),
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
        number = self.number

        release_notes = self.release_notes

        created_at = self.created_at.isoformat()

        schemas = self.schemas.to_dict()

        container_image_digest = self.container_image_digest

        size = self.size

        compatibilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compatibilities, Unset):
            compatibilities = self.compatibilities.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        openai_chat_completions = self.openai_chat_completions

        openai_embeddings = self.openai_embeddings

        openai_images_generations = self.openai_images_generations

        openai_responses = self.openai_responses

        anthropic_messages = self.anthropic_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "release_notes": release_notes,
                "created_at": created_at,
                "schemas": schemas,
            }
        )
        if container_image_digest is not UNSET:
            field_dict["container_image_digest"] = container_image_digest
        if size is not UNSET:
            field_dict["size"] = size
        if compatibilities is not UNSET:
            field_dict["compatibilities"] = compatibilities
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if openai_chat_completions is not UNSET:
            field_dict["openai_chat_completions"] = openai_chat_completions
        if openai_embeddings is not UNSET:
            field_dict["openai_embeddings"] = openai_embeddings
        if openai_images_generations is not UNSET:
            field_dict["openai_images_generations"] = openai_images_generations
        if openai_responses is not UNSET:
            field_dict["openai_responses"] = openai_responses
        if anthropic_messages is not UNSET:
            field_dict["anthropic_messages"] = anthropic_messages

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
        number = d["number"]
        if not (type(number) is int):
            raise TypeError(number)

        release_notes = d["release_notes"]
        if not (type(release_notes) is str):
            raise TypeError(release_notes)

        created_at = _fromisoformat(d["created_at"])

        schemas = _read_Schemas(d["schemas"])

        container_image_digest = d.get("container_image_digest", UNSET)
        if not (type(container_image_digest) is str) and container_image_digest is not UNSET:
            raise TypeError(container_image_digest)

        size = d.get("size", UNSET)
        if not (type(size) is int) and size is not UNSET:
            raise TypeError(size)

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

        openai_chat_completions = d.get("openai_chat_completions", UNSET)
        if not (type(openai_chat_completions) is bool) and openai_chat_completions is not UNSET:
            raise TypeError(openai_chat_completions)

        openai_embeddings = d.get("openai_embeddings", UNSET)
        if not (type(openai_embeddings) is bool) and openai_embeddings is not UNSET:
            raise TypeError(openai_embeddings)

        openai_images_generations = d.get("openai_images_generations", UNSET)
        if not (type(openai_images_generations) is bool) and openai_images_generations is not UNSET:
            raise TypeError(openai_images_generations)

        openai_responses = d.get("openai_responses", UNSET)
        if not (type(openai_responses) is bool) and openai_responses is not UNSET:
            raise TypeError(openai_responses)

        anthropic_messages = d.get("anthropic_messages", UNSET)
        if not (type(anthropic_messages) is bool) and anthropic_messages is not UNSET:
            raise TypeError(anthropic_messages)

        model_version_with_details = cls(
            number,
            release_notes,
            created_at,
            schemas,
            container_image_digest,
            size,
            compatibilities,
            configuration,
            openai_chat_completions,
            openai_embeddings,
            openai_images_generations,
            openai_responses,
            anthropic_messages,
        )

        if len(d) != 4 + (container_image_digest is not UNSET) + (size is not UNSET) + (
            compatibilities is not UNSET
        ) + (configuration is not UNSET) + (openai_chat_completions is not UNSET) + (openai_embeddings is not UNSET) + (
            openai_images_generations is not UNSET
        ) + (openai_responses is not UNSET) + (anthropic_messages is not UNSET):
            model_version_with_details.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "number",
                    "release_notes",
                    "created_at",
                    "schemas",
                    "container_image_digest",
                    "size",
                    "compatibilities",
                    "configuration",
                    "openai_chat_completions",
                    "openai_embeddings",
                    "openai_images_generations",
                    "openai_responses",
                    "anthropic_messages",
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelVersionWithDetails._wire_fields)


from ..models.schemas import Schemas  # noqa: E402
from ..models.version_compatibilities import VersionCompatibilities  # noqa: E402
from ..models.version_configuration import VersionConfiguration  # noqa: E402

_read_ModelVersionWithDetails = ModelVersionWithDetails._from_dict
_read_Schemas = Schemas._from_dict
_read_VersionCompatibilities = VersionCompatibilities._from_dict
_read_VersionConfiguration = VersionConfiguration._from_dict
