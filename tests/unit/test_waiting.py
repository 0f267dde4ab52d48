"""Waiting: long-poll on create, the event stream, polling only as a fallback, timeouts."""

from __future__ import annotations

import json

import httpx
import pytest

import wriftai

from .conftest import json_response, make_client, prediction, sse


def test_create_wait_returns_at_once_when_the_long_poll_ends_it() -> None:
    client, rec = make_client(lambda r: json_response(201, prediction(status="succeeded")))
    seen: list[str] = []
    result = client.predictions.create(
        {"input": 1},
        "wriftai/echo",
        wait=True,
        wait_options=wriftai.WaitOptions(on_poll=lambda p: seen.append(str(p.status))),
    )
    assert result.status == "succeeded" and seen == ["succeeded"]
    assert len(rec.requests) == 1
    assert rec.requests[0].headers["prefer"] == "wait=60"


def test_create_wait_follows_the_stream_when_still_running() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return json_response(201, prediction(status="started"))
        assert request.url.path.endswith("/stream")
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=sse(
                ("1", "init", prediction(status="started")),
                ("2", "output", "hi"),
                ("3", "done", prediction(status="succeeded")),
            ),
        )

    client, rec = make_client(handler)
    seen: list[str] = []
    result = client.predictions.create(
        {"input": 1},
        "wriftai/echo",
        wait=True,
        wait_options=wriftai.WaitOptions(on_poll=lambda p: seen.append(str(p.status))),
    )
    assert result.status == "succeeded" and len(rec.requests) == 2
    assert seen == ["started", "succeeded"]


def test_wait_after_error_event_fetches_the_failed_prediction() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(
                200,
                headers={"content-type": "text/event-stream"},
                content=sse(
                    ("1", "init", prediction(status="started")),
                    ("2", "error", {"source": "external", "message": "boom", "detail": None}),
                ),
            )
        return json_response(200, prediction(status="failed"))

    client, rec = make_client(handler)
    assert client.predictions.wait("pred_1").status == "failed"
    assert len(rec.requests) == 2


@pytest.mark.parametrize("status", [405, 501])
async def test_wait_falls_back_to_polling_without_a_stream(status: int) -> None:
    states = iter(["pending", "started", "succeeded"])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return json_response(status, {"message": "no stream"})
        return json_response(200, prediction(status=next(states)))

    client, rec = make_client(handler)
    seen: list[str] = []

    async def on_poll(p: object) -> None:
        seen.append(str(p.status))  # type: ignore[attr-defined]

    options = wriftai.AsyncWaitOptions(poll_interval=0.01, on_poll=on_poll)
    result = await client.predictions.async_wait("pred_1", options)
    assert result.status == "succeeded" and seen == ["pending", "started", "succeeded"]
    assert len(rec.requests) == 4


def test_wait_times_out_with_the_last_state() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return json_response(501, {"message": "no stream"})
        return json_response(200, prediction(status="started"))

    client, _ = make_client(handler)
    with pytest.raises(wriftai.WaitTimeoutError) as info:
        client.predictions.wait("pred_1", wriftai.WaitOptions(poll_interval=0.01, timeout=0.05))
    assert info.value.prediction.status == "started"


def test_unknown_status_is_kept_and_not_terminal() -> None:
    states = iter(["starting", "succeeded"])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return json_response(501, {"message": "no stream"})
        return json_response(200, prediction(status=next(states), brand_new={"x": 1}))

    client, _ = make_client(handler)
    seen: list[object] = []
    options = wriftai.WaitOptions(poll_interval=0.01, on_poll=seen.append)
    result = client.predictions.wait("pred_1", options)
    assert seen[0].status == "starting"  # type: ignore[attr-defined]
    assert result.additional_properties == {"brand_new": {"x": 1}}


def test_create_stream_posts_with_stream_true_and_prefer_wait() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            201,
            headers={"content-type": "text/event-stream"},
            content=sse(
                ("1", "init", prediction(status="started")),
                ("2", "output", "x"),
                ("3", "done", prediction()),
            ),
        )

    client, rec = make_client(handler)
    events = list(client.predictions.create({"input": 1}, "wriftai/echo", stream=True))
    assert [e.event for e in events] == ["init", "output", "done"]  # type: ignore[union-attr]
    sent = json.loads(rec.requests[0].content)
    assert sent == {"model": "wriftai/echo", "input": 1, "stream": True}
    assert rec.requests[0].headers["prefer"].startswith("wait")
