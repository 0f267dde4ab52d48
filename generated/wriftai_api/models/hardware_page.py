from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hardware import Hardware


T = TypeVar("T", bound="HardwarePage")


@_attrs_define
class HardwarePage:
    """A page of hardware."""

    items: list[Hardware]
    """ The hardware on this page. """
    next_cursor: None | str
    """ Cursor of the next page; null on the last page. """
    previous_cursor: None | str
    """ Cursor of the previous page; null on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        previous_cursor: None | str
        previous_cursor = self.previous_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
                "previous_cursor": previous_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = Hardware.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = cast(None | str, d["next_cursor"])

        previous_cursor = cast(None | str, d["previous_cursor"])

        hardware_page = cls(
            items=items,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
        )

        if len(d) != 3:
            hardware_page.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "items",
                    "next_cursor",
                    "previous_cursor",
                }
            }
        return hardware_page

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


from ..models.hardware import Hardware  # noqa: E402
