from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_llm_endpoint_response import GetLLMEndpointResponse


T = TypeVar("T", bound="ListLLMEndpointsResponse")


@_attrs_define
class ListLLMEndpointsResponse:
    """The LLM model endpoints."""

    model_endpoints: list[GetLLMEndpointResponse]
    """ The list of models. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_endpoints = []
        for model_endpoints_item_data in self.model_endpoints:
            model_endpoints_item = model_endpoints_item_data.to_dict()
            model_endpoints.append(model_endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_endpoints": model_endpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_endpoints = []
        _model_endpoints = d["model_endpoints"]
        for model_endpoints_item_data in _model_endpoints:
            model_endpoints_item = GetLLMEndpointResponse.from_dict(model_endpoints_item_data)

            model_endpoints.append(model_endpoints_item)

        list_llm_endpoints_response = cls(
            model_endpoints=model_endpoints,
        )

        if len(d) != 1:
            list_llm_endpoints_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model_endpoints",
                }
            }
        return list_llm_endpoints_response

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


from ..models.get_llm_endpoint_response import GetLLMEndpointResponse  # noqa: E402
