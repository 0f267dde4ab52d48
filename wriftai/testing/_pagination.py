"""Keyset pagination with opaque cursors.

A cursor encodes a position in a sorted listing: the sort key and insertion sequence of
the item it points past, the direction to read in, and which listing it belongs to. It is
never an offset, so items inserted before the position do not shift later pages.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from wriftai.testing._errors import field_error

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True)
class Page(Generic[T]):
    """A page of items and the cursors around it."""

    items: list[T]
    next_cursor: str | None
    previous_cursor: str | None


def _encode(listing: str, key: Any, seq: int, direction: str) -> str:
    raw = json.dumps({"l": listing, "k": key, "s": seq, "d": direction}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str, listing: str) -> tuple[Any, int, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        key, seq, direction = data["k"], int(data["s"]), data["d"]
        if data["l"] != listing or direction not in {"next", "prev"}:
            raise ValueError("cursor belongs to another listing")
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise field_error(422, ["query", "cursor"], "not a cursor of this listing") from exc
    return key, seq, direction


def paginate(
    items: Sequence[T],
    *,
    listing: str,
    key: Callable[[T], Any],
    seq: Callable[[T], int],
    descending: bool,
    cursor: str | None,
    page_size: int | None,
) -> Page[T]:
    """Return one page of ``items`` in ``(key, seq)`` order.

    Args:
        items: Every item of the listing, in any order.
        listing: A name for the listing and its sort, so cursors cannot cross listings.
        key: The sort key of an item (JSON-serialisable).
        seq: The item's insertion sequence, breaking ties.
        descending: Sort from the highest key down.
        cursor: The cursor of the page to read, or None for the first page.
        page_size: Items per page (default 20).

    Returns:
        The page.
    """
    size = page_size or DEFAULT_PAGE_SIZE
    ordered = sorted(items, key=lambda item: (key(item), seq(item)), reverse=descending)
    positions = [(key(item), seq(item)) for item in ordered]

    def after(pos: tuple[Any, int], mark: tuple[Any, int]) -> bool:
        return pos < mark if descending else pos > mark

    mark: tuple[Any, int] | None = None
    direction = "next"
    if cursor is None:
        start, stop = 0, min(size, len(ordered))
    else:
        mark_key, mark_seq, direction = _decode(cursor, listing)
        mark = (mark_key, mark_seq)
        try:
            if direction == "next":
                start = next((i for i, p in enumerate(positions) if after(p, mark)), len(ordered))
                stop = min(start + size, len(ordered))
            else:
                stop = next(
                    (i for i, p in enumerate(positions) if not after(mark, p)), len(ordered)
                )
                start = max(0, stop - size)
        except TypeError as exc:  # a forged cursor whose key has another type
            raise field_error(422, ["query", "cursor"], "not a cursor of this listing") from exc
    page = list(ordered[start:stop])
    next_cursor = previous_cursor = None
    if page and stop < len(ordered):
        next_cursor = _encode(listing, key(page[-1]), seq(page[-1]), "next")
    if page and start > 0:
        previous_cursor = _encode(listing, key(page[0]), seq(page[0]), "prev")
    if not page and mark is not None and direction == "next" and start > 0:
        # Read past the end (the rest was deleted): offer the way back.
        previous_cursor = _encode(listing, mark[0], mark[1], "prev")
    return Page(page, next_cursor, previous_cursor)


def page_json(page: Page[Any], render: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """Render a page as the contract's ``*Page`` body.

    Args:
        page: The page.
        render: Turns one item into its JSON object.

    Returns:
        ``{"items": [...], "next_cursor": ..., "previous_cursor": ...}``.
    """
    return {
        "items": [render(item) for item in page.items],
        "next_cursor": page.next_cursor,
        "previous_cursor": page.previous_cursor,
    }
