"""Waiting as releases up to 0.22 and the current API do it: a held create, then short
polling.

And streams as the current API sends them: `init` may carry only the id, `done` only the
status (or null), and a streamed create is never sent twice.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

import wriftai
from wriftai_api.models import PredictionDoneEvent, PredictionInitEvent

from .conftest import json_response, make_client, prediction, sse

TERMINAL = ["succeeded", "failed", "cancelled", "abandoned"]


def poller(statuses: list[str], create_status: int = 202) -> Any:
    """A server that answers the create with the first status and each GET with the next."""
    left = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        assert not request.url.path.endswith("/stream"), "a wait must not use the stream"
        status = left.pop(0) if len(left) > 1 else left[0]
        code = create_status if request.method == "POST" else 200
        return json_response(code, prediction(status=status))

    return handler


@pytest.mark.parametrize("code", [200, 201])
def test_a_create_that_ended_during_the_hold_returns_at_once(code: int) -> None:
    client, rec = make_client(lambda r: json_response(code, prediction(status="succeeded")))
    seen: list[str] = []
    result = client.predictions.create(
        {"input": 1},
        "wriftai/echo",
        wait=True,
        wait_options=wriftai.WaitOptions(on_poll=lambda p: seen.append(str(p.status))),
    )
    assert str(result.status) == "succeeded" and seen == []  # no poll was needed
    assert len(rec.requests) == 1
    assert rec.requests[0].headers["prefer"] == "wait"  # no timeout: as long as allowed
    assert "validate-input" not in rec.requests[0].headers  # only when the caller sets it


def test_a_timeout_asks_for_a_hold_of_the_time_left_with_fractions() -> None:
    client, rec = make_client(lambda r: json_response(200, prediction(status="succeeded")))
    options = wriftai.WaitOptions(timeout=2.5)
    client.predictions.create({"input": 1}, "wriftai/echo", wait=True, wait_options=options)
    match = re.fullmatch(r"wait=(\d+(\.\d+)?)", rec.requests[0].headers["prefer"])
    assert match is not None and 2.0 < float(match.group(1)) <= 2.5


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_pending_create_is_short_polled_and_every_poll_reported(form: str) -> None:
    client, rec = make_client(poller(["pending", "starting", "started", "succeeded"]))
    seen: list[str] = []
    params = {"input": 1}
    if form == "sync":
        options = wriftai.WaitOptions(poll_interval=0.01, on_poll=lambda p: seen.append(p.status))
        done = client.predictions.create(params, "wriftai/echo", True, options)
    else:

        async def on_poll(p: Any) -> None:
            seen.append(p.status)

        async_options = wriftai.AsyncWaitOptions(poll_interval=0.01, on_poll=on_poll)
        done = await client.predictions.async_create(params, "wriftai/echo", True, async_options)
    assert str(done.status) == "succeeded"
    assert [str(s) for s in seen] == ["starting", "started", "succeeded"]  # every poll
    assert [r.method for r in rec.requests] == ["POST", "GET", "GET", "GET"]


@pytest.mark.parametrize("terminal", TERMINAL)
@pytest.mark.parametrize("form", ["sync", "async"])
async def test_wait_ends_on_each_terminal_status(terminal: str, form: str) -> None:
    client, rec = make_client(poller(["started", "started", terminal]))
    if form == "sync":
        options = wriftai.WaitOptions(poll_interval=0.01)
        done = client.predictions.wait("pred_1", options)
    else:
        done = await client.predictions.async_wait(
            "pred_1", wriftai.AsyncWaitOptions(poll_interval=0.01)
        )
    assert str(done.status) == terminal
    assert len(rec.requests) == 3 and {r.method for r in rec.requests} == {"GET"}


def test_wait_times_out_with_the_last_state() -> None:
    client, _rec = make_client(poller(["started"]))
    with pytest.raises(wriftai.WaitTimeoutError) as info:
        client.predictions.wait("pred_1", wriftai.WaitOptions(poll_interval=0.01, timeout=0.05))
    assert str(info.value.latest.status) == "started"


def test_an_unknown_status_is_kept_and_not_terminal() -> None:
    client, _rec = make_client(poller(["warming-up", "succeeded"]))
    seen: list[Any] = []
    options = wriftai.WaitOptions(poll_interval=0.01, on_poll=lambda p: seen.append(p.status))
    assert str(client.predictions.wait("pred_1", options).status) == "succeeded"
    assert seen[0] == "warming-up"


# ---------------------------------------------------------------------- streams
def _sse_response(body: bytes) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)


def test_a_streamed_create_posts_stream_true_with_prefer_wait_and_identity() -> None:
    current = sse(("1", "init", {"id": "pred_1"}), ("2", "output", "x"), ("3", "done", None))
    client, rec = make_client(lambda r: _sse_response(current))
    events = list(client.predictions.create({"input": 1}, "wriftai/echo", wait=True, stream=True))
    assert [e.event for e in events] == ["init", "output", "done"]  # type: ignore[union-attr]
    assert isinstance(events[0], PredictionInitEvent) and events[0].data.id == "pred_1"
    assert isinstance(events[-1], PredictionDoneEvent) and events[-1].data is None
    sent = json.loads(rec.requests[0].content)
    assert sent == {"model": "wriftai/echo", "input": 1, "stream": True}
    assert rec.requests[0].headers["prefer"] == "wait"
    assert rec.requests[0].headers["accept-encoding"] == "identity"


def test_a_done_event_with_only_the_status_is_typed() -> None:
    body = sse(("1", "init", {"id": "pred_1"}), ("2", "done", {"status": "succeeded"}))
    client, _rec = make_client(lambda r: _sse_response(body))
    events = list(client.predictions.stream("pred_1"))
    assert isinstance(events[-1], PredictionDoneEvent)
    assert str(events[-1].data.status) == "succeeded"


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_streamed_create_cut_after_init_resumes_with_one_post(form: str) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.method == "POST":
            first = sse(("1", "init", {"id": "pred_9"}))

            def broken() -> Any:
                yield first
                raise httpx.ReadError("connection reset")

            async def abroken() -> Any:
                yield first
                raise httpx.ReadError("connection reset")

            content = broken() if form == "sync" else abroken()
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=content
            )
        return _sse_response(sse(("2", "output", "hi"), ("3", "done", {"status": "succeeded"})))

    client, _rec = make_client(handler)
    if form == "sync":
        events = list(
            client.predictions.create({"input": 1}, "wriftai/echo", wait=True, stream=True)
        )
    else:
        stream = await client.predictions.async_create(
            {"input": 1}, "wriftai/echo", wait=True, stream=True
        )
        events = [e async for e in stream]
    assert [e.event for e in events] == ["init", "output", "done"]  # type: ignore[union-attr]
    assert [r.method for r in calls] == ["POST", "GET"]
    resumed = calls[1]
    assert resumed.url.path.endswith("/predictions/pred_9/stream")
    assert resumed.url.params["after_id"] == "1"
    assert resumed.headers["accept-encoding"] == "identity"


def test_a_streamed_create_cut_before_any_id_is_never_sent_again() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)

        def broken() -> Any:
            yield b": keep-alive\n\n"
            raise httpx.ReadError("connection reset")

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=broken())

    client, _rec = make_client(handler)
    with pytest.raises(wriftai.APIConnectionError, match="not sent again") as info:
        list(client.predictions.create({"input": 1}, "wriftai/echo", wait=True, stream=True))
    assert info.value.may_have_been_processed
    assert [r.method for r in calls] == ["POST"]


def test_a_cancel_answered_with_202_and_an_empty_body_returns_the_prediction() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return json_response(202, {})
        return json_response(200, prediction(status="cancelled"))

    client, rec = make_client(handler)
    cancelled = client.predictions.cancel("pred_1")
    assert str(cancelled.status) == "cancelled" and cancelled.id == "pred_1"
    assert [r.method for r in rec.requests] == ["POST", "GET"]


def test_a_cancel_answered_with_the_prediction_is_not_fetched_again() -> None:
    client, rec = make_client(lambda r: json_response(200, prediction(status="cancelled")))
    assert str(client.predictions.cancel("pred_1").status) == "cancelled"
    assert len(rec.requests) == 1


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_strict_client_raises_on_a_stream_event_that_does_not_conform(form: str) -> None:
    body = sse(("1", "init", {"id": 5}), ("2", "done", {"status": "succeeded"}))
    client, _rec = make_client(lambda r: _sse_response(body), strict_response_validation=True)
    with pytest.raises(wriftai.APIResponseValidationError) as info:
        if form == "sync":
            list(client.predictions.stream("pred_1"))
        else:
            [e async for e in client.predictions.async_stream("pred_1")]
    error = info.value
    assert error.operation == "stream_prediction" and error.path == "$.data.id"
    assert error.status_code == 200
    # The default client reads the same event tolerantly.
    lenient = client.with_options(strict_response_validation=False)
    events = list(lenient.predictions.stream("pred_1"))
    assert isinstance(events[0], PredictionInitEvent)
    assert events[0].data.additional_properties == {"id": 5}


def test_a_strict_client_reads_the_current_short_events_as_conforming() -> None:
    body = sse(("1", "init", {"id": "pred_1"}), ("2", "output", "x"), ("3", "done", None))
    client, _rec = make_client(lambda r: _sse_response(body), strict_response_validation=True)
    assert [e.event for e in client.predictions.stream("pred_1")] == ["init", "output", "done"]  # type: ignore[union-attr]


def test_a_strict_client_raises_on_a_completion_chunk_that_does_not_conform() -> None:
    chunk = {"request_id": 7, "output": {"text": "a", "finished": True, "num_completion_tokens": 1}}
    body = f"data: {json.dumps(chunk)}\n\n".encode()
    client, _rec = make_client(lambda r: _sse_response(body), strict_response_validation=True)
    with (
        pytest.raises(wriftai.APIResponseValidationError) as info,
        client.completions.create("llama-2-7b", "hi", stream=True) as stream,
    ):
        list(stream)
    assert info.value.operation == "create_completion_stream"
    assert info.value.path == "$.request_id"


def test_a_stream_resumed_after_an_event_id_asks_for_and_yields_only_later_events() -> None:
    body = sse(("2", "output", "a"), ("3", "output", "b"), ("4", "done", {"status": "succeeded"}))
    client, rec = make_client(lambda r: _sse_response(body))
    events = list(client.predictions.stream("pred_1", after_id="2"))
    assert rec.requests[0].url.params["after_id"] == "2"
    assert [e.id for e in events] == ["3", "4"]  # type: ignore[union-attr]
