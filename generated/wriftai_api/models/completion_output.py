from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.token_output import TokenOutput


T = TypeVar("T", bound="CompletionOutput")


@_attrs_define(repr=False, getstate_setstate=False)
class CompletionOutput:
    """The output of a completion request."""

    text: str
    """ The text of the completion. """
    num_completion_tokens: int
    """ Number of tokens in the completion. """
    num_prompt_tokens: int | None | Unset = UNSET
    """ Number of tokens in the prompt. """
    tokens: list[TokenOutput] | None | Unset = UNSET
    """ The generated tokens with log probabilities, when `return_token_log_probs` was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "num_completion_tokens",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("text", "text", True),
        ("num_completion_tokens", "num_completion_tokens", True),
        ("num_prompt_tokens", "num_prompt_tokens", False),
        ("tokens", "tokens", False),
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
        text = self.text

        num_completion_tokens = self.num_completion_tokens

        num_prompt_tokens: int | None | Unset
        if isinstance(self.num_prompt_tokens, Unset):
            num_prompt_tokens = UNSET
        else:
            num_prompt_tokens = self.num_prompt_tokens

        tokens: list[dict[str, Any]] | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        elif isinstance(self.tokens, list):
            tokens = []
            for tokens_type_0_item_data in self.tokens:
                tokens_type_0_item = tokens_type_0_item_data.to_dict()
                tokens.append(tokens_type_0_item)

        else:
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "num_completion_tokens": num_completion_tokens,
            }
        )
        if num_prompt_tokens is not UNSET:
            field_dict["num_prompt_tokens"] = num_prompt_tokens
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

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
        text = d["text"]
        if not (type(text) is str):
            raise TypeError(text)

        num_completion_tokens = d["num_completion_tokens"]
        if not (type(num_completion_tokens) is int):
            raise TypeError(num_completion_tokens)

        num_prompt_tokens: int | None | Unset = d.get("num_prompt_tokens", UNSET)
        if not (type(num_prompt_tokens) is int or num_prompt_tokens is None or num_prompt_tokens is UNSET):
            raise TypeError(num_prompt_tokens)

        _tokens = d.get("tokens", UNSET)
        tokens: list[TokenOutput] | None | Unset
        if _tokens is None or _tokens is UNSET:
            tokens = _tokens
        else:
            if not isinstance(_tokens, list):
                raise TypeError()
            tokens_type_0 = []
            _tokens_type_0 = _tokens
            if type(_tokens_type_0) is not list:
                raise TypeError(_tokens_type_0)
            for tokens_type_0_item_data in _tokens_type_0:
                tokens_type_0_item = _read_TokenOutput(tokens_type_0_item_data)

                tokens_type_0.append(tokens_type_0_item)

            tokens = tokens_type_0

        completion_output = cls(
            text,
            num_completion_tokens,
            num_prompt_tokens,
            tokens,
        )

        if len(d) != 2 + (num_prompt_tokens is not UNSET) + (tokens is not UNSET):
            completion_output.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "text",
                    "num_completion_tokens",
                    "num_prompt_tokens",
                    "tokens",
                }
            }
        return completion_output

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CompletionOutput._wire_fields)


from ..models.token_output import TokenOutput  # noqa: E402

_read_CompletionOutput = CompletionOutput._from_dict
_read_TokenOutput = TokenOutput._from_dict
