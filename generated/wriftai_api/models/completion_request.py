from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument


T = TypeVar("T", bound="CompletionRequest")


@_attrs_define(repr=False, getstate_setstate=False)
class CompletionRequest:
    """A completion request, for the sync and the streaming operation alike."""

    prompt: str
    """ The prompt to complete. """
    max_new_tokens: int
    """ The maximum number of tokens to generate. """
    temperature: float
    """ Sampling temperature; 0 is greedy, higher is more random. """
    stop_sequences: list[str] | None | Unset = UNSET
    """ Sequences that end the completion when generated (DeepSpeed uses only the first). """
    return_token_log_probs: bool | None | Unset = False
    """ Return each generated token with its log probability (not on TensorRT-LLM). """
    presence_penalty: float | None | Unset = UNSET
    """ Penalise tokens that already appeared, whatever their count (vLLM and LightLLM only). """
    frequency_penalty: float | None | Unset = UNSET
    """ Penalise tokens by how often they already appeared (vLLM and LightLLM only). """
    top_k: int | None | Unset = UNSET
    """ Sample from the k most likely tokens; -1 means all, 0 is refused (vLLM, LightLLM and text-generation-
    inference only). """
    top_p: float | None | Unset = UNSET
    """ Sample from the smallest set of tokens whose probabilities add up to p (vLLM, LightLLM and text-generation-
    inference only). """
    include_stop_str_in_output: bool | None | Unset = UNSET
    """ Keep the matched stop sequence at the end of the output (vLLM only). """
    guided_json: JsonSchemaDocument | None | Unset = UNSET
    """ A JSON schema the output must follow (vLLM only). """
    guided_regex: None | str | Unset = UNSET
    """ A regular expression the output must match (vLLM only). """
    guided_choice: list[str] | None | Unset = UNSET
    """ The output must be one of these strings (vLLM only). """
    guided_grammar: None | str | Unset = UNSET
    """ A context-free grammar the output must follow (vLLM only). """
    skip_special_tokens: bool | None | Unset = True
    """ Leave the model's special tokens out of the text (vLLM only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt",
            "max_new_tokens",
            "temperature",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("prompt", "prompt", True),
        ("max_new_tokens", "max_new_tokens", True),
        ("temperature", "temperature", True),
        ("stop_sequences", "stop_sequences", False),
        ("return_token_log_probs", "return_token_log_probs", False),
        ("presence_penalty", "presence_penalty", False),
        ("frequency_penalty", "frequency_penalty", False),
        ("top_k", "top_k", False),
        ("top_p", "top_p", False),
        ("include_stop_str_in_output", "include_stop_str_in_output", False),
        ("guided_json", "guided_json", False),
        ("guided_regex", "guided_regex", False),
        ("guided_choice", "guided_choice", False),
        ("guided_grammar", "guided_grammar", False),
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

        skip_special_tokens: bool | None | Unset
        if isinstance(self.skip_special_tokens, Unset):
            skip_special_tokens = UNSET
        else:
            skip_special_tokens = self.skip_special_tokens

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
        prompt = d["prompt"]
        if not (type(prompt) is str):
            raise TypeError(prompt)

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

        include_stop_str_in_output: bool | None | Unset = d.get("include_stop_str_in_output", UNSET)
        if not (
            type(include_stop_str_in_output) is bool
            or include_stop_str_in_output is None
            or include_stop_str_in_output is UNSET
        ):
            raise TypeError(include_stop_str_in_output)

        _guided_json = d.get("guided_json", UNSET)
        guided_json: JsonSchemaDocument | None | Unset
        if _guided_json is None or _guided_json is UNSET:
            guided_json = _guided_json
        else:
            if not isinstance(_guided_json, dict):
                raise TypeError()
            guided_json_type_0 = _read_JsonSchemaDocument(_guided_json)

            guided_json = guided_json_type_0

        guided_regex: None | str | Unset = d.get("guided_regex", UNSET)
        if not (type(guided_regex) is str or guided_regex is None or guided_regex is UNSET):
            raise TypeError(guided_regex)

        _guided_choice = d.get("guided_choice", UNSET)
        guided_choice: list[str] | None | Unset
        if _guided_choice is None or _guided_choice is UNSET:
            guided_choice = _guided_choice
        else:
            if not isinstance(_guided_choice, list):
                raise TypeError()
            guided_choice_type_0 = cast(list[str], _guided_choice)
            if type(guided_choice_type_0) is not list or not all(type(item) is str for item in guided_choice_type_0):
                raise TypeError(guided_choice_type_0)

            guided_choice = guided_choice_type_0

        guided_grammar: None | str | Unset = d.get("guided_grammar", UNSET)
        if not (type(guided_grammar) is str or guided_grammar is None or guided_grammar is UNSET):
            raise TypeError(guided_grammar)

        skip_special_tokens: bool | None | Unset = d.get("skip_special_tokens", UNSET)
        if not (type(skip_special_tokens) is bool or skip_special_tokens is None or skip_special_tokens is UNSET):
            raise TypeError(skip_special_tokens)

        completion_request = cls(
            prompt,
            max_new_tokens,
            temperature,
            stop_sequences,
            return_token_log_probs,
            presence_penalty,
            frequency_penalty,
            top_k,
            top_p,
            include_stop_str_in_output,
            guided_json,
            guided_regex,
            guided_choice,
            guided_grammar,
            skip_special_tokens,
        )

        if len(d) != 3 + (stop_sequences is not UNSET) + (return_token_log_probs is not UNSET) + (
            presence_penalty is not UNSET
        ) + (frequency_penalty is not UNSET) + (top_k is not UNSET) + (top_p is not UNSET) + (
            include_stop_str_in_output is not UNSET
        ) + (guided_json is not UNSET) + (guided_regex is not UNSET) + (guided_choice is not UNSET) + (
            guided_grammar is not UNSET
        ) + (skip_special_tokens is not UNSET):
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
                    "skip_special_tokens",
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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CompletionRequest._wire_fields)


from ..models.json_schema_document import JsonSchemaDocument  # noqa: E402

_read_CompletionRequest = CompletionRequest._from_dict
_read_JsonSchemaDocument = JsonSchemaDocument._from_dict
