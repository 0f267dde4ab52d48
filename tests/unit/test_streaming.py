"""SSE parsing, typed events, and a stream that is cut and resumed without loss."""

from __future__ import annotations

import json

import httpx
import pytest

import wriftai
from wriftai._core.prediction_stream import typed_event
from wriftai._core.sse import ServerSentEvent, SSEDecoder
from wriftai_api.models import (
    PredictionDoneEvent,
    PredictionInitEvent,
    PredictionOutputEvent,
)

from .conftest import BASE, json_response, make_client, prediction, sse


def decode(*pieces: str) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for piece in pieces for event in decoder.feed(piece)]


MIXED = ": hello\nid: 1\nevent: output\ndata: a\ndata:b\n\nretry: 5\ndata: x\n\n\nid: 7\n"
MIXED_EVENTS = [ServerSentEvent("output", "a\nb", "1"), ServerSentEvent("message", "x", None, 5)]


def test_decoder_handles_fields_comments_and_multiline_data() -> None:
    # The trailing "id: 7" block is not finished by a blank line, so it is not an event.
    assert decode(MIXED) == MIXED_EVENTS


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_decoder_gives_the_same_events_wherever_the_text_is_cut(newline: str) -> None:
    text = MIXED.replace("\n", newline)
    for cut in range(len(text) + 1):
        assert decode(text[:cut], text[cut:]) == MIXED_EVENTS, (newline, cut)
    assert decode(*text) == MIXED_EVENTS  # one character at a time


def test_canonical_and_general_blocks_agree() -> None:
    canonical = decode('id: 3\nevent: output\ndata: "tok"\n\n')
    general = decode('event: output\nid: 3\ndata: "tok"\n\n')  # other field order
    assert canonical == general == [ServerSentEvent("output", '"tok"', "3")]
    assert decode("id:  4\nevent: x\ndata: y\n\n") == [ServerSentEvent("x", "y", " 4")]
    # An id holding NUL is ignored, as the specification says.
    assert decode("id: a\0b\nevent: x\ndata: y\n\n") == [ServerSentEvent("x", "y", None)]


def test_known_unknown_and_unparseable_events() -> None:
    # An init event whose object lacks the prediction's fields is still typed; what came is kept.
    init = typed_event(ServerSentEvent("init", '{"x": 1}', "1"))
    assert isinstance(init, PredictionInitEvent)
    assert init.data.additional_properties == {"x": 1}
    odd = typed_event(ServerSentEvent("init", "[1, 2]", "1"))
    assert isinstance(odd, wriftai.UnknownPredictionEvent)  # data is not an object at all
    assert odd.data == [1, 2]
    newer = typed_event(ServerSentEvent("progress", '{"pct": 5}', "2"))
    assert isinstance(newer, wriftai.UnknownPredictionEvent) and newer.event == "progress"
    out = typed_event(ServerSentEvent("output", '"tok"', "3"))
    assert isinstance(out, PredictionOutputEvent) and out.data == "tok"


def stream_server(cut_after: int, after_ids: list[str | None]) -> httpx.MockTransport:
    """Serves 5 events; the first connection is cut after `cut_after` events."""
    pid = "pred_1"
    all_events = [
        ("1", "init", prediction(pid, "started")),
        ("2", "output", "a"),
        ("3", "output", "b"),
        ("4", "output", "c"),
        ("5", "done", prediction(pid, "succeeded")),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after_id")
        after_ids.append(after)
        start = 0 if after is None else int(after)
        chosen = all_events[start:]
        if len(after_ids) == 1:
            body = sse(*chosen[:cut_after])

            def broken() -> object:
                yield body
                raise httpx.ReadError("connection reset")

            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=broken()
            )
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=sse(*chosen)
        )

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("cut_after", [0, 1, 3])
def test_cut_stream_resumes_after_last_id(cut_after: int) -> None:
    after_ids: list[str | None] = []
    transport = stream_server(cut_after, after_ids)
    client = wriftai.Client(
        access_token="t", api_base_url="http://x/v1", http_client=httpx.Client(transport=transport)
    )
    events = list(client.predictions.stream("pred_1"))
    assert [e.id for e in events] == ["1", "2", "3", "4", "5"]
    assert isinstance(events[0], PredictionInitEvent)
    assert isinstance(events[-1], PredictionDoneEvent)
    assert after_ids == [None, None if cut_after == 0 else str(cut_after)]


async def test_async_stream_resumes_too() -> None:
    after_ids: list[str | None] = []
    sync_transport = stream_server(2, after_ids)

    async def handler(request: httpx.Request) -> httpx.Response:
        response = sync_transport.handle_request(request)
        content = b""
        try:
            for chunk in response.stream:  # type: ignore[union-attr]
                content += chunk
        except httpx.ReadError:
            return httpx.Response(
                200,
                headers={"content-type": "text/event-stream"},
                content=_abrupt(content),
            )
        return httpx.Response(200, headers=response.headers, content=content)

    client = wriftai.Client(
        access_token="t",
        api_base_url="http://x/v1",
        async_http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    ids = [e.id async for e in client.predictions.async_stream("pred_1")]
    assert ids == ["1", "2", "3", "4", "5"]
    assert after_ids == [None, "2"]


async def _abrupt(content: bytes):  # type: ignore[no-untyped-def]
    yield content
    raise httpx.ReadError("reset")


def test_server_replaying_old_events_does_not_repeat_them() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        events = [("1", "init", prediction("p", "started")), ("2", "output", "x")]
        if len(calls) > 1:  # ignores after_id and starts over
            events += [("3", "done", prediction("p"))]
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=sse(*events)
        )

    client, _ = make_client(handler)
    assert [e.id for e in client.predictions.stream("p")] == ["1", "2", "3"]


def test_repeated_breaks_without_progress_give_up() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        def broken() -> object:
            yield b""
            raise httpx.ReadError("reset")

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=broken())

    client, rec = make_client(handler)
    with pytest.raises(wriftai.APIConnectionError):
        list(client.predictions.stream("p"))
    assert len(rec.requests) == 4


def test_stream_endpoint_error_is_typed() -> None:
    client, _ = make_client(lambda r: json_response(404, {"message": "no such"}))
    with pytest.raises(wriftai.NotFoundError):
        list(client.predictions.stream("nope"))


@pytest.mark.parametrize(
    "text", ['"tok"', ' "tok"', '"tok" ', '{"a": [1, 2.5, null]}', "1e5", "true", "[]"]
)
def test_event_data_decodes_exactly_as_json_loads(text: str) -> None:
    from wriftai._core.sse import loads as _loads

    assert _loads(text) == json.loads(text)


@pytest.mark.parametrize("text", ['"tok" trailing', "{", "", "nope", "\ufeff1", "[1,]"])
def test_event_data_that_json_loads_rejects_is_rejected(text: str) -> None:
    from wriftai._core.sse import loads as _loads

    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        _loads(text)


# ------------------------------------------------------------------ decoder edge cases
def test_decoder_follows_the_specification_at_the_edges() -> None:
    # An empty event name means "message", on the fast path as on the general one.
    assert decode("id: 1\nevent:\ndata: x\n\n") == [ServerSentEvent("message", "x", "1")]
    # A block without a data line dispatches nothing.
    assert decode("id: 9\n\nevent: ping\n\n") == []
    # A byte order mark may open the stream (and only there is it dropped).
    assert decode("\ufeffid: 1\nevent: init\ndata: 1\n\n") == [ServerSentEvent("init", "1", "1")]
    # An empty piece between the two halves of a "\r\n" changes nothing.
    assert decode("data: a\r", "", "\ndata: b\n\n") == [ServerSentEvent("message", "a\nb")]


# ------------------------------------------------------------------ reconnection is bounded
def empty_streams(request: httpx.Request) -> httpx.Response:
    """A server that answers every stream request with a stream that ends at once."""
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"")


def test_streams_that_end_without_events_are_retried_with_backoff_then_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import wriftai._core.prediction_stream as streaming

    waits: list[float] = []
    monkeypatch.setattr(streaming.time, "sleep", waits.append)
    client, recorder = make_client(empty_streams)
    with pytest.raises(wriftai.APIConnectionError, match="4 times in a row"):
        list(client.predictions.stream("pred_1"))
    assert len(recorder.requests) == 4  # the first connection and three more, not a hot loop
    assert waits == [0.25, 0.5, 1.0]


async def test_async_streams_that_end_without_events_are_given_up_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import wriftai._async.streaming as streaming

    waits: list[float] = []

    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(streaming, "async_sleep", no_sleep)
    client, recorder = make_client(empty_streams)
    with pytest.raises(wriftai.APIConnectionError):
        async for _ in client.predictions.async_stream("pred_1"):
            pass
    assert len(recorder.requests) == 4 and waits == [0.25, 0.5, 1.0]


@pytest.mark.parametrize("asked", [12.5, None])
def test_a_stream_closed_for_being_idle_is_not_a_failure(
    monkeypatch: pytest.MonkeyPatch, asked: float | None
) -> None:
    import wriftai._core.prediction_stream as streaming

    cursor = streaming.EventCursor("pred_1", idle=asked)
    headers = cursor.next_request()["headers"]
    if asked is None:  # no Prefer: the server's own idle close, of unknown length
        assert "Prefer" not in headers
        idle = 5.0
    else:
        assert headers["Prefer"] == "wait=12.5"
        idle = asked
    clock = [1000.0]
    monkeypatch.setattr(streaming.time, "monotonic", lambda: clock[0])
    for _ in range(10):  # a long, silent prediction: the server closes each quiet stream
        cursor.start(empty_streams(httpx.Request("GET", BASE)))
        clock[0] += idle
        cursor.ended(None)
        assert cursor.backoff == 0
        cursor.next_request()
    cursor.start(empty_streams(httpx.Request("GET", BASE)))
    cursor.ended(None)  # closed at once: that one counts
    assert cursor.backoff == 0.25
