from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDownloadRequest")


@_attrs_define
class ModelDownloadRequest:
    """A request for a model's download URLs."""

    model_name: str
    """ Name of the model to download. """
    download_format: None | str | Unset = "hugging_face"
    """ Desired format of the downloaded weights. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        download_format: None | str | Unset
        if isinstance(self.download_format, Unset):
            download_format = UNSET
        else:
            download_format = self.download_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if download_format is not UNSET:
            field_dict["download_format"] = download_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d["model_name"]

        download_format = cast(None | str | Unset, d.get("download_format", UNSET))

        model_download_request = cls(
            model_name=model_name,
            download_format=download_format,
        )

        if len(d) != 1 + ("download_format" in d):
            model_download_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "model_name",
                    "download_format",
                }
            }
        return model_download_request

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
