"""The options of list calls: pagination, and the sorting and filters each list takes."""

from __future__ import annotations

from typing import TYPE_CHECKING, NotRequired, TypedDict

if TYPE_CHECKING:
    from wriftai_api.models import ModelsSortBy, SortDirection

__all__ = [
    "ModelPaginationOptions",
    "PaginationOptions",
    "PredictionPaginationOptions",
    "UserPaginationOptions",
]


class PaginationOptions(TypedDict):
    """Options that control pagination.

    Attributes:
        cursor: The cursor of the page to fetch (from `next_cursor` or `previous_cursor`).
        page_size: How many items a page holds (1-100, default 20).
    """

    cursor: NotRequired[str]
    page_size: NotRequired[int]


class ModelPaginationOptions(PaginationOptions):
    """Pagination and sorting options for listing models.

    Attributes:
        sort_by: The field to sort by: `created_at`, or `predictions_count` (release
            0.22's documentation spells it `prediction_count`; either is accepted, and
            sent as the current API spells it).
        sort_direction: `asc` or `desc`.
        category_slugs: Only models in one of these categories (the current API).
    """

    sort_by: NotRequired[ModelsSortBy | str]
    sort_direction: NotRequired[SortDirection | str]
    category_slugs: NotRequired[list[str]]


class UserPaginationOptions(PaginationOptions):
    """Pagination and sorting options for listing users (the current API).

    Attributes:
        sort_by: The field to sort by: `created_at`.
        sort_direction: `asc` or `desc`.
    """

    sort_by: NotRequired[str]
    sort_direction: NotRequired[SortDirection | str]


class PredictionPaginationOptions(PaginationOptions):
    """Pagination and filter options for listing predictions.

    Attributes:
        statuses: Only predictions in one of these statuses.
    """

    statuses: NotRequired[list[str]]
