"""``for item in page`` and ``async for item in page`` walk the same items: every page's."""

from __future__ import annotations

from typing import Any

import wriftai


async def test_sync_and_async_iteration_walk_the_same_pages(
    client: wriftai.Client, wriftai_emulator: Any
) -> None:
    page = client.hardware.list({"page_size": 2})
    assert len(page.items) == 2 and page.next_cursor  # several pages to walk
    sync_items = [h.identifier for h in page]
    async_page = await client.hardware.async_list({"page_size": 2})
    async_items = [h.identifier async for h in async_page]
    assert sync_items == async_items == [h.identifier for h in page.auto_paging_iter()]
    assert len(sync_items) > len(page.items)
    assert len(set(sync_items)) == len(sync_items)
    assert [h.identifier for h in page.items] == sync_items[:2]  # items stays this page


async def test_models_iterate_alike_in_both_forms(client: wriftai.Client) -> None:
    page = client.models.list({"page_size": 2, "sort_by": "created_at"})
    async_page = await client.models.async_list({"page_size": 2, "sort_by": "created_at"})
    sync_names = [(m.owner.username, m.name) for m in page]
    assert sync_names == [(m.owner.username, m.name) async for m in async_page]
    assert len(sync_names) > 2
