from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_download_urls import ModelDownloadUrls


T = TypeVar("T", bound="ModelDownloadResponse")


@_attrs_define
class ModelDownloadResponse:
    """A model's download URLs."""

    urls: ModelDownloadUrls
    """ Download URLs of a model's files, keyed by file name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        urls = ModelDownloadUrls.from_dict(d["urls"])

        model_download_response = cls(
            urls=urls,
        )

        if len(d) != 1:
            model_download_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "urls",
                }
            }
        return model_download_response

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


from ..models.model_download_urls import ModelDownloadUrls  # noqa: E402
