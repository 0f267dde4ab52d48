from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.completion_output import CompletionOutput


T = TypeVar("T", bound="CompletionSyncResponse")


@_attrs_define
class CompletionSyncResponse:
    """The response to a completion request."""

    request_id: None | str
    """ The server's id of the completion request. """
    output: CompletionOutput
    """ The output of a completion request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: None | str
        request_id = self.request_id

        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        request_id = cast(None | str, d["request_id"])

        output = CompletionOutput.from_dict(d["output"])

        completion_sync_response = cls(
            request_id=request_id,
            output=output,
        )

        if len(d) != 2:
            completion_sync_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "request_id",
                    "output",
                }
            }
        return completion_sync_response

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


from ..models.completion_output import CompletionOutput  # noqa: E402
