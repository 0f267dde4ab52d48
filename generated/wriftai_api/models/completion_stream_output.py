from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_output import TokenOutput


T = TypeVar("T", bound="CompletionStreamOutput")


@_attrs_define
class CompletionStreamOutput:
    """A piece of a streamed completion."""

    text: str
    """ The text of this piece of the completion. """
    finished: bool
    """ Whether the completion is finished. """
    num_prompt_tokens: int | None | Unset = UNSET
    """ Number of tokens in the prompt. """
    num_completion_tokens: int | None | Unset = UNSET
    """ Number of tokens in the completion so far. """
    token: None | TokenOutput | Unset = UNSET
    """ This piece's token with its log probability, when `return_token_log_probs` was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = src_dict
        text = d["text"]

        finished = d["finished"]

        num_prompt_tokens = cast(int | None | Unset, d.get("num_prompt_tokens", UNSET))

        num_completion_tokens = cast(int | None | Unset, d.get("num_completion_tokens", UNSET))

        def _parse_token(data: object) -> None | TokenOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                token_type_0 = TokenOutput.from_dict(data)

                return token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenOutput | Unset, data)

        token = _parse_token(d.get("token", UNSET))

        completion_stream_output = cls(
            text=text,
            finished=finished,
            num_prompt_tokens=num_prompt_tokens,
            num_completion_tokens=num_completion_tokens,
            token=token,
        )

        if len(d) != 2 + ("num_prompt_tokens" in d) + ("num_completion_tokens" in d) + ("token" in d):
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


from ..models.token_output import TokenOutput  # noqa: E402
