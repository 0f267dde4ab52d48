"""Pages fetch lazily and walk everything; webhook signatures verify or fail by class."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

import wriftai
from wriftai import webhooks

from .conftest import json_response, make_client, prediction


def category_pages(total: int, size: int) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "0"))
        items = [{"name": f"c{i}", "slug": f"c{i}"} for i in range(start, min(total, start + size))]
        following = start + size
        return json_response(
            200,
            {
                "items": items,
                "next_cursor": str(following) if following < total else None,
                "previous_cursor": str(start - size) if start else None,
            },
        )

    return handler


def test_auto_paging_is_lazy_and_complete() -> None:
    client, rec = make_client(category_pages(7, 3))
    page = client.model_categories.list({"page_size": 3})
    assert [c.slug for c in page.items] == ["c0", "c1", "c2"] and len(rec.requests) == 1
    walker = page.auto_paging_iter()
    assert next(walker).slug == "c0" and len(rec.requests) == 1
    assert [c.slug for c in walker] == [f"c{i}" for i in range(1, 7)]
    assert len(rec.requests) == 3
    last = page.next_page().next_page()  # type: ignore[union-attr]
    assert last.next_page() is None and last.previous_cursor == "3"  # type: ignore[union-attr]
    assert rec.requests[1].url.params["page_size"] == "3"


def test_for_walks_every_page_lazily() -> None:
    client, rec = make_client(category_pages(5, 2))
    page = client.model_categories.list({"page_size": 2})
    walker = iter(page)
    assert next(walker).slug == "c0" and len(rec.requests) == 1
    assert [c.slug for c in walker] == [f"c{i}" for i in range(1, 5)]
    assert len(rec.requests) == 3
    assert [c.slug for c in page.items] == ["c0", "c1"]  # items is still this page
    assert [c.slug for c in page] == [c.slug for c in page.auto_paging_iter()]


async def test_async_for_walks_every_page() -> None:
    client, rec = make_client(category_pages(5, 2))
    page = await client.model_categories.async_list({"page_size": 2})
    assert [c.slug async for c in page] == [f"c{i}" for i in range(5)]
    assert len(rec.requests) == 3
    assert (await page.async_next_page()) is not None


SECRET = "whsec_test"


def signed(body: bytes, *, secret: str = SECRET, at: int | None = None) -> str:
    return webhooks.sign(body, secret, at)


BODY = json.dumps(prediction()).encode()


def test_good_signature_returns_the_prediction() -> None:
    result = webhooks.verify(BODY, signed(BODY), SECRET)
    assert result.id == "pred_1" and result.status == "succeeded"
    assert webhooks.verify(BODY.decode(), signed(BODY), SECRET.encode()).id == "pred_1"


def test_rotated_secrets_any_match_counts() -> None:
    now = int(time.time())
    old = signed(BODY, secret="old", at=now).split(",")[1]
    header = f"t={now},{old},{signed(BODY, at=now).split(',')[1]}"
    assert webhooks.verify(BODY, header, SECRET).id == "pred_1"
    assert webhooks.verify(BODY, header, "old").id == "pred_1"
    with pytest.raises(webhooks.SignatureMismatchError):
        webhooks.verify(BODY, header, "other")


@pytest.mark.parametrize(
    ("payload", "header", "error"),
    [
        (BODY + b" ", None, webhooks.SignatureMismatchError),
        (BODY, "", webhooks.MissingSignatureError),
        (BODY, "v1=abc", webhooks.MalformedSignatureError),
        (BODY, "t=123", webhooks.MalformedSignatureError),
        (BODY, "t=x,v1=" + "0" * 64, webhooks.MalformedSignatureError),
        (BODY, "garbage", webhooks.MalformedSignatureError),
    ],
)
def test_failures_have_one_class_each(payload: bytes, header: str | None, error: type) -> None:
    if header is None:
        header = signed(BODY)  # signs the original body; payload was tampered with
    with pytest.raises(error) as info:
        webhooks.verify(payload, header, SECRET)
    assert isinstance(info.value, wriftai.WebhookSignatureError)
    assert SECRET not in str(info.value)


def test_stale_and_future_timestamps_are_rejected() -> None:
    old = signed(BODY, at=int(time.time()) - 301)
    with pytest.raises(webhooks.StaleTimestampError):
        webhooks.verify(BODY, old, SECRET)
    assert webhooks.verify(BODY, old, SECRET, tolerance=600).id == "pred_1"
    with pytest.raises(webhooks.StaleTimestampError):
        webhooks.verify(BODY, signed(BODY, at=int(time.time()) + 1000), SECRET)


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, wriftai; print(sorted(m for m in sys.modules if m.startswith('wriftai')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(out.stdout)
    assert not any(m.startswith("wriftai_api") or m.startswith("wriftai.resources") for m in loaded)
