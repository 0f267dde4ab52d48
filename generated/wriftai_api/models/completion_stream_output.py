from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.token_output import TokenOutput


T = TypeVar("T", bound="CompletionStreamOutput")


@_attrs_define(repr=False, getstate_setstate=False)
class CompletionStreamOutput:
    """A piece of a streamed completion."""

    text: str
    """ The text of this piece of the completion. """
    finished: bool
    """ Whether the completion is finished. TensorRT-LLM endpoints never set it; their stream ends when the body
    does. """
    num_prompt_tokens: int | None | Unset = UNSET
    """ Number of tokens in the prompt (usually only on the last piece). """
    num_completion_tokens: int | None | Unset = UNSET
    """ Number of tokens in the completion so far. """
    token: None | TokenOutput | Unset = UNSET
    """ This piece's token with its log probability, when `return_token_log_probs` was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "finished",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("text", "text", True),
        ("finished", "finished", True),
        ("num_prompt_tokens", "num_prompt_tokens", False),
        ("num_completion_tokens", "num_completion_tokens", False),
        ("token", "token", False),
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

        finished = self.finished

        num_prompt_tokens: int | None | Unset
        if isinstance(self.num_prompt_tokens, Unset):
            num_prompt_tokens = UNSET
        else:
            num_prompt_tokens = self.num_prompt_tokens

        num_completion_tokens: int | None | Unset
        if isinstance(self.num_completion_tokens, Unset):
            num_completion_tokens = UNSET
        else:
            num_completion_tokens = self.num_completion_tokens

        token: dict[str, Any] | None | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, TokenOutput):
            token = self.token.to_dict()
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "finished": finished,
            }
        )
        if num_prompt_tokens is not UNSET:
            field_dict["num_prompt_tokens"] = num_prompt_tokens
        if num_completion_tokens is not UNSET:
            field_dict["num_completion_tokens"] = num_completion_tokens
        if token is not UNSET:
            field_dict["token"] = token

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

        finished = d["finished"]
        if not (type(finished) is bool):
            raise TypeError(finished)

        num_prompt_tokens: int | None | Unset = d.get("num_prompt_tokens", UNSET)
        if not (type(num_prompt_tokens) is int or num_prompt_tokens is None or num_prompt_tokens is UNSET):
            raise TypeError(num_prompt_tokens)

        num_completion_tokens: int | None | Unset = d.get("num_completion_tokens", UNSET)
        if not (type(num_completion_tokens) is int or num_completion_tokens is None or num_completion_tokens is UNSET):
            raise TypeError(num_completion_tokens)

        _token = d.get("token", UNSET)
        token: None | TokenOutput | Unset
        if _token is None or _token is UNSET:
            token = _token
        else:
            if not isinstance(_token, dict):
                raise TypeError()
            token_type_0 = _read_TokenOutput(_token)

            token = token_type_0

        completion_stream_output = cls(
            text,
            finished,
            num_prompt_tokens,
            num_completion_tokens,
            token,
        )

        if len(d) != 2 + (num_prompt_tokens is not UNSET) + (num_completion_tokens is not UNSET) + (token is not UNSET):
            completion_stream_output.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "text",
                    "finished",
                    "num_prompt_tokens",
                    "num_completion_tokens",
                    "token",
                }
            }
        return completion_stream_output

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in CompletionStreamOutput._wire_fields)


from ..models.token_output import TokenOutput  # noqa: E402

_read_CompletionStreamOutput = CompletionStreamOutput._from_dict
_read_TokenOutput = TokenOutput._from_dict
