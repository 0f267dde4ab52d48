from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="VersionCompatibilities")


@_attrs_define(repr=False, getstate_setstate=False)
class VersionCompatibilities:
    """Which compatible endpoints a version serves (the current API)."""

    openai_chat_completions: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible chat completions endpoint. """
    openai_embeddings: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible embeddings endpoint. """
    openai_images_generations: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible image generation endpoint. """
    openai_responses: bool | Unset = UNSET
    """ Whether the version serves the OpenAI-compatible responses endpoint. """
    anthropic_messages: bool | Unset = UNSET
    """ Whether the version serves the Anthropic-compatible messages endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset({})
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
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
        openai_chat_completions = self.openai_chat_completions

        openai_embeddings = self.openai_embeddings

        openai_images_generations = self.openai_images_generations

        openai_responses = self.openai_responses

        anthropic_messages = self.anthropic_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        version_compatibilities = cls(
            openai_chat_completions,
            openai_embeddings,
            openai_images_generations,
            openai_responses,
            anthropic_messages,
        )

        if len(d) != 0 + (openai_chat_completions is not UNSET) + (openai_embeddings is not UNSET) + (
            openai_images_generations is not UNSET
        ) + (openai_responses is not UNSET) + (anthropic_messages is not UNSET):
            version_compatibilities.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "openai_chat_completions",
                    "openai_embeddings",
                    "openai_images_generations",
                    "openai_responses",
                    "anthropic_messages",
                }
            }
        return version_compatibilities

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in VersionCompatibilities._wire_fields)


_read_VersionCompatibilities = VersionCompatibilities._from_dict
