from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBatchCompletionsRequestContent")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prompts = cast(list[str], d["prompts"])

        max_new_tokens = d["max_new_tokens"]

        temperature = d["temperature"]

        def _parse_stop_sequences(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_sequences_type_0 = cast(list[str], data)

                return stop_sequences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stop_sequences = _parse_stop_sequences(d.get("stop_sequences", UNSET))

        return_token_log_probs = cast(bool | None | Unset, d.get("return_token_log_probs", UNSET))

        presence_penalty = cast(float | None | Unset, d.get("presence_penalty", UNSET))

        frequency_penalty = cast(float | None | Unset, d.get("frequency_penalty", UNSET))

        top_k = cast(int | None | Unset, d.get("top_k", UNSET))

        top_p = cast(float | None | Unset, d.get("top_p", UNSET))

        create_batch_completions_request_content = cls(
            prompts=prompts,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            stop_sequences=stop_sequences,
            return_token_log_probs=return_token_log_probs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            top_k=top_k,
            top_p=top_p,
        )

        if len(d) != 3 + ("stop_sequences" in d) + ("return_token_log_probs" in d) + ("presence_penalty" in d) + (
            "frequency_penalty" in d
        ) + ("top_k" in d) + ("top_p" in d):
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
