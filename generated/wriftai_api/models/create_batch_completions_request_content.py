from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

T = TypeVar("T", bound="CreateBatchCompletionsRequestContent")


@_attrs_define(repr=False, getstate_setstate=False)
class CreateBatchCompletionsRequestContent:
    """Prompts and sampling settings given inline instead of in `input_data_path`."""

    prompts: list[str]
    """ The prompts to complete. """
    max_new_tokens: int
    """ The maximum number of tokens to generate per prompt. """
    temperature: float
    """ Sampling temperature. """
    stop_sequences: list[str] | None | Unset = UNSET
    """ Sequences that end a completion when generated. """
    return_token_log_probs: bool | None | Unset = False
    """ Return each generated token with its log probability. """
    presence_penalty: float | None | Unset = UNSET
    """ Penalise tokens that already appeared. """
    frequency_penalty: float | None | Unset = UNSET
    """ Penalise tokens by how often they already appeared. """
    top_k: int | None | Unset = UNSET
    """ Sample from the k most likely tokens; -1 means all. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling probability. """
    skip_special_tokens: bool | None | Unset = True
    """ Leave the model's special tokens out of the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "prompts",
            "max_new_tokens",
            "temperature",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("prompts", "prompts", True),
        ("max_new_tokens", "max_new_tokens", True),
        ("temperature", "temperature", True),
        ("stop_sequences", "stop_sequences", False),
        ("return_token_log_probs", "return_token_log_probs", False),
        ("presence_penalty", "presence_penalty", False),
        ("frequency_penalty", "frequency_penalty", False),
        ("top_k", "top_k", False),
        ("top_p", "top_p", False),
        ("skip_special_tokens", "skip_special_tokens", False),
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
        prompts = self.prompts

        max_new_tokens = self.max_new_tokens

        temperature = self.temperature

        stop_sequences: list[str] | None | Unset
        if isinstance(self.stop_sequences, Unset):
            stop_sequences = UNSET
        elif isinstance(self.stop_sequences, list):
            stop_sequences = self.stop_sequences

        else:
            stop_sequences = self.stop_sequences

        return_token_log_probs: bool | None | Unset
        if isinstance(self.return_token_log_probs, Unset):
            return_token_log_probs = UNSET
        else:
            return_token_log_probs = self.return_token_log_probs

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        skip_special_tokens: bool | None | Unset
        if isinstance(self.skip_special_tokens, Unset):
            skip_special_tokens = UNSET
        else:
            skip_special_tokens = self.skip_special_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompts": prompts,
                "max_new_tokens": max_new_tokens,
                "temperature": temperature,
            }
        )
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if return_token_log_probs is not UNSET:
            field_dict["return_token_log_probs"] = return_token_log_probs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if skip_special_tokens is not UNSET:
            field_dict["skip_special_tokens"] = skip_special_tokens

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
        prompts = cast(list[str], d["prompts"])
        if type(prompts) is not list or not all(type(item) is str for item in prompts):
            raise TypeError(prompts)

        max_new_tokens = d["max_new_tokens"]
        if not (type(max_new_tokens) is int):
            raise TypeError(max_new_tokens)

        temperature = d["temperature"]
        if not (type(temperature) is float or type(temperature) is int):
            raise TypeError(temperature)

        _stop_sequences = d.get("stop_sequences", UNSET)
        stop_sequences: list[str] | None | Unset
        if _stop_sequences is None or _stop_sequences is UNSET:
            stop_sequences = _stop_sequences
        else:
            if not isinstance(_stop_sequences, list):
                raise TypeError()
            stop_sequences_type_0 = cast(list[str], _stop_sequences)
            if type(stop_sequences_type_0) is not list or not all(type(item) is str for item in stop_sequences_type_0):
                raise TypeError(stop_sequences_type_0)

            stop_sequences = stop_sequences_type_0

        return_token_log_probs: bool | None | Unset = d.get("return_token_log_probs", UNSET)
        if not (
            type(return_token_log_probs) is bool or return_token_log_probs is None or return_token_log_probs is UNSET
        ):
            raise TypeError(return_token_log_probs)

        presence_penalty: float | None | Unset = d.get("presence_penalty", UNSET)
        if not (
            (type(presence_penalty) is float or type(presence_penalty) is int)
            or presence_penalty is None
            or presence_penalty is UNSET
        ):
            raise TypeError(presence_penalty)

        frequency_penalty: float | None | Unset = d.get("frequency_penalty", UNSET)
        if not (
            (type(frequency_penalty) is float or type(frequency_penalty) is int)
            or frequency_penalty is None
            or frequency_penalty is UNSET
        ):
            raise TypeError(frequency_penalty)

        top_k: int | None | Unset = d.get("top_k", UNSET)
        if not (type(top_k) is int or top_k is None or top_k is UNSET):
            raise TypeError(top_k)

        top_p: float | None | Unset = d.get("top_p", UNSET)
        if not ((type(top_p) is float or type(top_p) is int) or top_p is None or top_p is UNSET):
            raise TypeError(top_p)

        skip_special_tokens: bool | None | Unset = d.get("skip_special_tokens", UNSET)
        if not (type(skip_special_tokens) is bool or skip_special_tokens is None or skip_special_tokens is UNSET):
            raise TypeError(skip_special_tokens)

        create_batch_completions_request_content = cls(
            prompts,
            max_new_tokens,
            temperature,
            stop_sequences,
            return_token_log_probs,
            presence_penalty,
            frequency_penalty,
            top_k,
            top_p,
            skip_special_tokens,
        )

        if len(d) != 3 + (stop_sequences is not UNSET) + (return_token_log_probs is not UNSET) + (
            presence_penalty is not UNSET
        ) + (frequency_penalty is not UNSET) + (top_k is not UNSET) + (top_p is not UNSET) + (
            skip_special_tokens is not UNSET
        ):
            create_batch_completions_request_content.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "prompts",
                    "max_new_tokens",
                    "temperature",
                    "stop_sequences",
                    "return_token_log_probs",
                    "presence_penalty",
                    "frequency_penalty",
                    "top_k",
                    "top_p",
                    "skip_special_tokens",
                }
            }
        return create_batch_completions_request_content

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CreateBatchCompletionsRequestContent._wire_fields)


_read_CreateBatchCompletionsRequestContent = CreateBatchCompletionsRequestContent._from_dict
