from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateLLMEndpointResponse")


@_attrs_define
class UpdateLLMEndpointResponse:
    """The response to updating an LLM endpoint."""

    endpoint_creation_task_id: str
    """ ID of the task updating the endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_creation_task_id = self.endpoint_creation_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_creation_task_id": endpoint_creation_task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        endpoint_creation_task_id = d["endpoint_creation_task_id"]

        update_llm_endpoint_response = cls(
            endpoint_creation_task_id=endpoint_creation_task_id,
        )

        if len(d) != 1:
            update_llm_endpoint_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "endpoint_creation_task_id",
                }
            }
        return update_llm_endpoint_response

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
