from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, field_missing, model_repr, partial_to_dict, read_tolerantly

if TYPE_CHECKING:
    from ..models.model_category import ModelCategory


T = TypeVar("T", bound="ModelCategoryPage")


@_attrs_define(repr=False, getstate_setstate=False)
class ModelCategoryPage:
    """A page of model categories."""

    items: list[ModelCategory]
    """ The categories on this page. """
    next_cursor: None | str
    """ Cursor of the next page; null on the last page. """
    previous_cursor: None | str
    """ Cursor of the previous page; null on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "next_cursor",
            "previous_cursor",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("items", "items", True),
        ("next_cursor", "next_cursor", True),
        ("previous_cursor", "previous_cursor", True),
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
        items = []
        _items = d["items"]
        if type(_items) is not list:
            raise TypeError(_items)
        for items_item_data in _items:
            items_item = _read_ModelCategory(items_item_data)

            items.append(items_item)

        next_cursor: None | str = d["next_cursor"]
        if not (type(next_cursor) is str or next_cursor is None):
            raise TypeError(next_cursor)

        previous_cursor: None | str = d["previous_cursor"]
        if not (type(previous_cursor) is str or previous_cursor is None):
            raise TypeError(previous_cursor)

        model_category_page = cls(
            items,
            next_cursor,
            previous_cursor,
        )

        if len(d) != 3:
            model_category_page.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "items",
                    "next_cursor",
                    "previous_cursor",
                }
            }
        return model_category_page

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


_WIRE_NAMES = frozenset(json_name for _, json_name, _ in ModelCategoryPage._wire_fields)


from ..models.model_category import ModelCategory  # noqa: E402

_read_ModelCategoryPage = ModelCategoryPage._from_dict
_read_ModelCategory = ModelCategory._from_dict
