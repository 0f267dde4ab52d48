"""The official 0.34 client's prediction arguments, on the wire its own tests pin down.

Code written against that client calls ``create(model=..., input=..., wait=...,
stream=..., wait_options=CreateWaitOptions(duration=..., poll=...))`` and
``stream(prediction_id, after_id=..., wait=...)``. Each case below is one of its tests'
expectations (the request's method, path, query, ``Prefer`` and body, and what the call
returns), checked in both forms and, for ``create``, with the parameters given either as
keywords or as one ``params`` dict.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import wriftai
from wriftai_api.models import PredictionWithIO

from .conftest import Recorder, json_response, make_client, prediction, sse

PID = "pred-123"
MODEL = "owner/name:1"
INPUT = {"key": "value"}
WEBHOOK = {"url": "https://example.com/webhook", "secret": "some webhook secret"}


class Form:
    """One facade call in the sync or the async form; iterators are drained."""

    def __init__(self, name: str) -> None:
        self.name = name

    def options(self, **fields: Any) -> Any:
        cls = wriftai.CreateWaitOptions if self.name == "sync" else wriftai.AsyncCreateWaitOptions
        return cls(poll_interval=0.001, **fields)

    async def __call__(self, resource: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.name == "sync":
            result = getattr(resource, method)(*args, **kwargs)
            return list(result) if hasattr(result, "__next__") else result
        result = getattr(resource, f"async_{method}")(*args, **kwargs)
        if hasattr(result, "__await__"):
            result = await result
        if hasattr(result, "__anext__"):
            return [event async for event in result]
        return result


@pytest.fixture(params=["sync", "async"])
def form(request: pytest.FixtureRequest) -> Form:
    return Form(request.param)


class Server:
    """Answers a create with `status`, polls with ``succeeded``, and streams in two parts.

    A stream's first connection carries one output event and closes without a terminal
    one, so the reader must reconnect after it.
    """

    def __init__(self, status: str = "succeeded") -> None:
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path == "/v1/predictions":
            sent = json.loads(request.content)
            if sent.get("stream") and request.headers.get("Prefer"):
                return self.events(request, first=True)
            answer = prediction(PID, self.status, stream=bool(sent.get("stream")))
            return json_response(200 if self.status == "succeeded" else 202, answer)
        if path == f"/v1/predictions/{PID}/stream":
            return self.events(request, first="after_id" not in request.url.params)
        if path == f"/v1/predictions/{PID}":
            return json_response(200, prediction(PID, "succeeded"))
        return httpx.Response(404)

    @staticmethod
    def events(request: httpx.Request, first: bool) -> httpx.Response:
        if first:
            body = sse(("1", "init", {"id": PID}), ("2", "output", "a"))
        else:
            body = sse(("3", "output", "b"), ("4", "done", {"status": "succeeded"}))
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})


def wire(recorder: Recorder) -> list[tuple[str, str, dict[str, str], str | None]]:
    """Each request as (method, path, query, Prefer)."""
    return [
        (r.method, r.url.path.removeprefix("/v1"), dict(r.url.params), r.headers.get("Prefer"))
        for r in recorder.requests
    ]


def create_args(as_keywords: bool) -> tuple[tuple[Any, ...], dict[str, Any]]:
    if as_keywords:
        return (), {"model": MODEL, "input": INPUT, "webhook": WEBHOOK}
    return ({"input": INPUT, "webhook": WEBHOOK}, MODEL), {}


@pytest.mark.parametrize("as_keywords", [True, False], ids=["keywords", "params"])
@pytest.mark.parametrize(
    ("wait", "stream", "duration", "poll", "status", "prefer", "polls"),
    [
        pytest.param(False, False, None, True, "starting", None, 0, id="no_wait"),
        pytest.param(False, True, None, True, "starting", None, 0, id="stream_no_wait"),
        pytest.param(True, False, None, True, "succeeded", "wait", 0, id="wait_already_terminal"),
        pytest.param(True, False, None, True, "processing", "wait", 1, id="wait_falls_back"),
        pytest.param(True, False, 30, True, "processing", "wait=30", 1, id="wait_with_duration"),
        pytest.param(True, False, 2.567, True, "processing", "wait=2.567", 1, id="fractional"),
        pytest.param(True, False, None, False, "processing", "wait", 0, id="wait_no_poll"),
        pytest.param(
            True, False, 30, False, "processing", "wait=30", 0, id="wait_with_duration_no_poll"
        ),
    ],
)
async def test_create(
    form: Form,
    as_keywords: bool,
    wait: bool,
    stream: bool,
    duration: float | None,
    poll: bool,
    status: str,
    prefer: str | None,
    polls: int,
) -> None:
    client, recorder = make_client(Server(status), max_retries=0)
    args, kwargs = create_args(as_keywords)
    options = form.options(duration=duration, poll=poll)
    result = await form(
        client.predictions,
        "create",
        *args,
        wait=wait,
        stream=stream,
        wait_options=options,
        **kwargs,
    )
    post, *rest = wire(recorder)
    assert post == ("POST", "/predictions", {}, prefer)
    assert json.loads(recorder.requests[0].content) == {
        "model": MODEL,
        "input": INPUT,
        "webhook": WEBHOOK,
        "stream": stream,
    }
    assert rest == [("GET", f"/predictions/{PID}", {}, None)] * polls
    assert isinstance(result, PredictionWithIO) and result.id == PID
    assert str(result.status) == ("succeeded" if polls else status)


@pytest.mark.parametrize("as_keywords", [True, False], ids=["keywords", "params"])
@pytest.mark.parametrize(
    ("duration", "prefer"),
    [pytest.param(None, "wait", id="server_default"), pytest.param(30, "wait=30", id="duration")],
)
async def test_a_streamed_create_resumes_with_the_stream_endpoint(
    form: Form, as_keywords: bool, duration: float | None, prefer: str
) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    args, kwargs = create_args(as_keywords)
    events = await form(
        client.predictions,
        "create",
        *args,
        wait=True,
        stream=True,
        wait_options=form.options(duration=duration),
        **kwargs,
    )
    assert [e.event for e in events] == ["init", "output", "output", "done"]
    resumed = None if duration is None else prefer  # the same value, or none
    assert wire(recorder) == [
        ("POST", "/predictions", {}, prefer),
        ("GET", f"/predictions/{PID}/stream", {"after_id": "2"}, resumed),
    ]
    assert json.loads(recorder.requests[0].content)["stream"] is True


@pytest.mark.parametrize(
    ("wait", "prefer"),
    [
        pytest.param(None, None, id="server_default"),
        pytest.param(10, "wait=10", id="whole_seconds"),
        pytest.param(2.567, "wait=2.567", id="fractional_seconds"),
    ],
)
@pytest.mark.parametrize("positional", [False, True], ids=["keywords", "positional"])
async def test_stream_sends_the_wait_preference_on_every_connection(
    form: Form, wait: float | None, prefer: str | None, positional: bool
) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    if positional:
        events = await form(client.predictions, "stream", PID, None, wait)
    else:
        events = await form(client.predictions, "stream", PID, wait=wait)
    assert [e.id for e in events] == ["1", "2", "3", "4"]
    assert wire(recorder) == [
        ("GET", f"/predictions/{PID}/stream", {}, prefer),
        ("GET", f"/predictions/{PID}/stream", {"after_id": "2"}, prefer),
    ]


async def test_stream_starts_after_the_given_event(form: Form) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    events = await form(client.predictions, "stream", PID, "2", 5)
    assert [e.id for e in events] == ["3", "4"]
    assert wire(recorder) == [("GET", f"/predictions/{PID}/stream", {"after_id": "2"}, "wait=5")]


@pytest.mark.parametrize("validate_input", [True, False])
async def test_validate_input_is_a_header(form: Form, validate_input: bool) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    await form(
        client.predictions, "create", model=MODEL, input=INPUT, validate_input=validate_input
    )
    assert recorder.requests[0].headers["Validate-Input"] == str(validate_input).lower()
    assert "validate_input" not in json.loads(recorder.requests[0].content)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param({"input": INPUT}, TypeError, id="no model"),
        pytest.param({"model": MODEL}, TypeError, id="no input"),
        pytest.param(
            {"model": MODEL, "input": INPUT, "params": {"input": 1}}, TypeError, id="both"
        ),
        pytest.param({"model": "no-slash", "input": INPUT}, ValueError, id="bad model"),
        pytest.param({"model": MODEL, "input": INPUT, "wait": "yes"}, TypeError, id="wait type"),
    ],
)
async def test_bad_create_arguments_raise_before_any_request(
    form: Form, call: dict[str, Any], error: type[Exception]
) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    with pytest.raises(error):
        await form(client.predictions, "create", **call)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("wait", "error"),
    [
        pytest.param(0, ValueError, id="zero"),
        pytest.param(-1.5, ValueError, id="negative"),
        pytest.param("10", TypeError, id="str"),
        pytest.param(True, TypeError, id="bool"),
    ],
)
async def test_bad_stream_waits_raise_before_any_request(
    form: Form, wait: Any, error: type[Exception]
) -> None:
    client, recorder = make_client(Server(), max_retries=0)
    with pytest.raises(error):
        await form(client.predictions, "stream", PID, wait=wait)
    assert recorder.requests == []


@pytest.mark.parametrize("duration", [0, -1, "30", True])
def test_create_wait_options_refuse_a_bad_duration(duration: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        wriftai.CreateWaitOptions(duration=duration)
    with pytest.raises((ValueError, TypeError)):
        wriftai.AsyncCreateWaitOptions(duration=duration)
