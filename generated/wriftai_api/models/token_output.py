from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenOutput")


@_attrs_define
class TokenOutput:
    """A generated token with its log probability."""

    token: str
    """ The token. """
    log_prob: float
    """ The token's log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        log_prob = self.log_prob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "log_prob": log_prob,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]

        log_prob = d["log_prob"]

        token_output = cls(
            token=token,
            log_prob=log_prob,
        )

        if len(d) != 2:
            token_output.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "token",
                    "log_prob",
                }
            }
        return token_output

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
