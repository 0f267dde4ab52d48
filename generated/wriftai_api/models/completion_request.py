from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument


T = TypeVar("T", bound="CompletionRequest")


@_attrs_define
class CompletionRequest:
    """A completion request, for the sync and the streaming operation alike."""

    prompt: str
    """ The prompt to complete. """
    max_new_tokens: int
    """ The maximum number of tokens to generate. """
    temperature: float
    """ Sampling temperature; 0 is greedy, higher is more random. """
    stop_sequences: list[str] | None | Unset = UNSET
    """ Sequences that end the completion when generated. """
    return_token_log_probs: bool | None | Unset = False
    """ Return each generated token with its log probability. """
    presence_penalty: float | None | Unset = UNSET
    """ Penalise tokens that already appeared, whatever their count. """
    frequency_penalty: float | None | Unset = UNSET
    """ Penalise tokens by how often they already appeared. """
    top_k: int | None | Unset = UNSET
    """ Sample from the k most likely tokens; -1 means all. """
    top_p: float | None | Unset = UNSET
    """ Sample from the smallest set of tokens whose probabilities add up to p. """
    include_stop_str_in_output: bool | None | Unset = UNSET
    """ Keep the matched stop sequence at the end of the output. """
    guided_json: JsonSchemaDocument | None | Unset = UNSET
    """ A JSON schema the output must follow. """
    guided_regex: None | str | Unset = UNSET
    """ A regular expression the output must match. """
    guided_choice: list[str] | None | Unset = UNSET
    """ The output must be one of these strings. """
    guided_grammar: None | str | Unset = UNSET
    """ A context-free grammar the output must follow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        include_stop_str_in_output: bool | None | Unset
        if isinstance(self.include_stop_str_in_output, Unset):
            include_stop_str_in_output = UNSET
        else:
            include_stop_str_in_output = self.include_stop_str_in_output

        guided_json: dict[str, Any] | None | Unset
        if isinstance(self.guided_json, Unset):
            guided_json = UNSET
        elif isinstance(self.guided_json, JsonSchemaDocument):
            guided_json = self.guided_json.to_dict()
        else:
            guided_json = self.guided_json

        guided_regex: None | str | Unset
        if isinstance(self.guided_regex, Unset):
            guided_regex = UNSET
        else:
            guided_regex = self.guided_regex

        guided_choice: list[str] | None | Unset
        if isinstance(self.guided_choice, Unset):
            guided_choice = UNSET
        elif isinstance(self.guided_choice, list):
            guided_choice = self.guided_choice

        else:
            guided_choice = self.guided_choice

        guided_grammar: None | str | Unset
        if isinstance(self.guided_grammar, Unset):
            guided_grammar = UNSET
        else:
            guided_grammar = self.guided_grammar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
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
        if include_stop_str_in_output is not UNSET:
            field_dict["include_stop_str_in_output"] = include_stop_str_in_output
        if guided_json is not UNSET:
            field_dict["guided_json"] = guided_json
        if guided_regex is not UNSET:
            field_dict["guided_regex"] = guided_regex
        if guided_choice is not UNSET:
            field_dict["guided_choice"] = guided_choice
        if guided_grammar is not UNSET:
            field_dict["guided_grammar"] = guided_grammar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prompt = d["prompt"]

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

        include_stop_str_in_output = cast(bool | None | Unset, d.get("include_stop_str_in_output", UNSET))

        def _parse_guided_json(data: object) -> JsonSchemaDocument | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guided_json_type_0 = JsonSchemaDocument.from_dict(data)

                return guided_json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonSchemaDocument | None | Unset, data)

        guided_json = _parse_guided_json(d.get("guided_json", UNSET))

        guided_regex = cast(None | str | Unset, d.get("guided_regex", UNSET))

        def _parse_guided_choice(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                guided_choice_type_0 = cast(list[str], data)

                return guided_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        guided_choice = _parse_guided_choice(d.get("guided_choice", UNSET))

        guided_grammar = cast(None | str | Unset, d.get("guided_grammar", UNSET))

        completion_request = cls(
            prompt=prompt,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            stop_sequences=stop_sequences,
            return_token_log_probs=return_token_log_probs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            top_k=top_k,
            top_p=top_p,
            include_stop_str_in_output=include_stop_str_in_output,
            guided_json=guided_json,
            guided_regex=guided_regex,
            guided_choice=guided_choice,
            guided_grammar=guided_grammar,
        )

        if len(d) != 3 + ("stop_sequences" in d) + ("return_token_log_probs" in d) + ("presence_penalty" in d) + (
            "frequency_penalty" in d
        ) + ("top_k" in d) + ("top_p" in d) + ("include_stop_str_in_output" in d) + ("guided_json" in d) + (
            "guided_regex" in d
        ) + ("guided_choice" in d) + ("guided_grammar" in d):
            completion_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "prompt",
                    "max_new_tokens",
                    "temperature",
                    "stop_sequences",
                    "return_token_log_probs",
                    "presence_penalty",
                    "frequency_penalty",
                    "top_k",
                    "top_p",
                    "include_stop_str_in_output",
                    "guided_json",
                    "guided_regex",
                    "guided_choice",
                    "guided_grammar",
                }
            }
        return completion_request

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


from ..models.json_schema_document import JsonSchemaDocument  # noqa: E402
