"""OpenTelemetry spans against the emulator over HTTP, read through the SDK's in-memory exporter.

Span names, attributes and parent-child links of a get, a retried call, a failed call, a
waited prediction, streams (a completion, a prediction stream that reconnects), pages and
uploads, in the sync and the async form; the caller's own span as the parent; the W3C
``traceparent``; and, in subprocesses, that nothing happens without the API or without a
tracer provider.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from opentelemetry.trace import SpanKind, StatusCode

import wriftai
from wriftai import _tracing
from wriftai.testing import Faults

from .conftest import Form, Spans

LLM = "llama-2-7b"


def make(emu: Any, **options: Any) -> wriftai.Client:
    return wriftai.Client(access_token=emu.token, api_base_url=emu.base_url, **options)


async def create(form: Form, client: wriftai.Client, prompt: str, *args: Any, **kw: Any) -> Any:
    """A prediction of ``wriftai/echo`` created in the form's way."""
    echo = {"input": {"prompt": prompt}}
    return await form(client.predictions, "create", echo, "wriftai/echo", *args, **kw)


def no_token_anywhere(spans: Spans, token: str) -> None:
    for span in spans.finished():
        assert token not in repr(dict(span.attributes or {}))
        assert all(token not in repr(dict(e.attributes or {})) for e in span.events)


async def test_a_get_is_a_call_span_with_one_attempt_span(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        await form(client.models, "get", "wriftai", "echo")
    call = spans.one("models.get")
    (attempt,) = spans.children(call)
    request_id = emu.requests[-1].request_id
    assert call.kind is SpanKind.INTERNAL and call.parent is None
    assert call.status.status_code is StatusCode.UNSET
    assert dict(call.attributes) == {
        "http.response.status_code": 200,
        "wriftai.request_id": request_id,
    }
    assert attempt.name == "GET" and attempt.kind is SpanKind.CLIENT
    assert dict(attempt.attributes) == {
        "http.request.method": "GET",
        "server.address": "127.0.0.1",
        "server.port": emu.port,
        "url.full": f"{emu.base_url}/models/wriftai/echo",
        "http.response.status_code": 200,
        "wriftai.request_id": request_id,
    }
    assert [s.name for s in spans.finished()] == ["GET", "models.get"]
    no_token_anywhere(spans, emu.token)


async def test_a_retried_call_has_a_span_per_attempt(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_429=1.0, only=("GET /models/wriftai/echo",), max_faults=1)
    with make(emu) as client:
        await form(client.models, "get", "wriftai", "echo")
    call = spans.one("models.get")
    first, second = sorted(spans.children(call), key=lambda s: s.start_time)
    assert first.attributes["http.response.status_code"] == 429
    assert first.attributes["error.type"] == "429"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in first.attributes
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200
    assert second.status.status_code is StatusCode.UNSET
    assert call.attributes["http.response.status_code"] == 200
    assert "error.type" not in call.attributes and call.status.status_code is StatusCode.UNSET


async def test_a_failed_call_records_its_error(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    with make(wriftai_emulator) as client, pytest.raises(wriftai.NotFoundError):
        await form(client.models, "get", "wriftai", "no-such-model")
    call = spans.one("models.get")
    (attempt,) = spans.children(call)
    assert call.attributes["error.type"] == "NotFoundError"
    assert call.status.status_code is StatusCode.ERROR
    assert [e.name for e in call.events] == ["exception"]
    assert attempt.attributes["error.type"] == "404"


async def test_a_connection_error_is_the_attempts_error_type(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(drop_before=1.0, only=("GET /models/wriftai/echo",), max_faults=1)
    with make(emu, max_retries=0) as client, pytest.raises(wriftai.APIConnectionError) as info:
        await form(client.models, "get", "wriftai", "echo")
    (attempt,) = spans.children(spans.one("models.get"))
    assert attempt.attributes["error.type"] == type(info.value.__cause__).__qualname__
    assert "http.response.status_code" not in attempt.attributes


def wait_options(form: Form, **fields: Any) -> Any:
    create = "duration" in fields
    if form.name == "sync":
        return (wriftai.CreateWaitOptions if create else wriftai.WaitOptions)(**fields)
    return (wriftai.AsyncCreateWaitOptions if create else wriftai.AsyncWaitOptions)(**fields)


def status_changes(span: Any) -> list[str]:
    return [
        e.attributes["wriftai.prediction.status"]
        for e in span.events
        if e.name == "wriftai.prediction.status_change"
    ]


async def test_a_waited_create_is_one_span_from_create_to_its_end(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    options = wait_options(form, duration=0.05, poll_interval=0.05)
    with make(wriftai_emulator) as client:
        done = await create(form, client, "a b", True, options)
    call = spans.one("predictions.create")
    (post,) = spans.children(call, "POST")
    polls = sorted(spans.children(call, "predictions.get"), key=lambda s: s.start_time)
    assert polls, "the prediction outlived the hold, so it was polled"
    assert all([s.name for s in spans.children(poll)] == ["GET"] for poll in polls)
    assert post.end_time <= polls[0].start_time and polls[-1].end_time <= call.end_time
    changes = status_changes(call)
    assert len(changes) >= 2 and changes[-1] == "succeeded"
    assert all(a != b for a, b in itertools.pairwise(changes))
    assert call.attributes["wriftai.prediction.id"] == done.id
    assert call.attributes["wriftai.prediction.status"] == "succeeded"


async def test_wait_is_one_span_with_a_child_span_per_poll(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    with make(wriftai_emulator) as client:
        created = await create(form, client, "a")
        await form(client.predictions, "wait", created.id, wait_options(form, poll_interval=0.05))
    call = spans.one("predictions.wait")
    polls = spans.children(call, "predictions.get")
    assert len(polls) >= 2 and len(polls) == len(spans.children(call))
    assert status_changes(call)[-1] == "succeeded"
    assert call.attributes["wriftai.prediction.id"] == created.id


async def test_a_streamed_completion_is_one_span_while_it_is_read(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    with make(wriftai_emulator) as client:
        stream = await form(client.completions, "create", LLM, "Say it", 5, 0.5, stream=True)
        assert not spans.finished(), "nothing is sent before the stream is read"
        chunks = await form.drain(stream)
    assert chunks
    call = spans.one("completions.create")
    (attempt,) = spans.children(call)
    assert attempt.name == "POST" and attempt.kind is SpanKind.CLIENT
    assert attempt.attributes["url.full"] == (
        f"{wriftai_emulator.url}/v1/llm/completions-stream?model_endpoint_name={LLM}"
    )
    assert attempt.end_time <= call.end_time and call.status.status_code is StatusCode.UNSET


async def test_a_cut_completion_stream_fails_its_span(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    wriftai_emulator.faults = Faults(cut_stream_after=2, max_faults=1)
    with make(wriftai_emulator) as client:
        stream = await form(client.completions, "create", LLM, "Say it", 9, 0.5, stream=True)
        with pytest.raises(wriftai.StreamInterruptedError):
            await form.drain(stream)
    call = spans.one("completions.create")
    assert call.attributes["error.type"] == "StreamInterruptedError"
    assert call.status.status_code is StatusCode.ERROR


async def test_a_prediction_stream_that_reconnects_says_so(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        created = await create(form, client, "a b c d", stream=True)
        emu.faults = Faults(cut_stream_after=2, only=("GET /predictions/",), max_faults=1)
        events = await form.drain(await form(client.predictions, "stream", created.id))
    assert events[-1].event == "done"
    call = spans.one("predictions.stream")
    assert [s.name for s in spans.children(call)] == ["GET", "GET"]
    (reconnect,) = [e for e in call.events if e.name == "wriftai.stream.reconnect"]
    assert reconnect.attributes["wriftai.stream.connection"] == 2
    assert reconnect.attributes["wriftai.stream.after_id"] == events[1].id


async def test_each_page_of_a_walk_is_a_call_span(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    with make(wriftai_emulator) as client:
        page = await form(client.models, "list", {"page_size": 2})
        spans.exporter.clear()
        await form(page, "next_page")
    (call,) = spans.named("models.list")
    assert [s.name for s in spans.children(call)] == ["GET"]


async def test_calls_nest_under_the_callers_own_span(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    with make(wriftai_emulator) as client, _tracing.span("bulk.run", {"bulk.size": 3}) as parent:
        assert parent is not None
        await form(client.models, "get", "wriftai", "echo")
        if form.name == "async":
            async with anyio.create_task_group() as group:  # tasks keep the caller's context
                group.start_soon(client.users.async_get_authenticated)
                group.start_soon(client.hardware.async_list)
        else:
            client.users.get_authenticated()
            client.hardware.list()
    bulk = spans.one("bulk.run")
    assert bulk.attributes["bulk.size"] == 3 and bulk.parent is None
    names = {s.name for s in spans.children(bulk)}
    assert names == {"models.get", "users.get_authenticated", "hardware.list"}


async def test_the_parts_of_an_upload_are_children_of_its_span(
    wriftai_emulator: Any, form: Form, spans: Spans, tmp_path: Path
) -> None:
    before = wriftai_emulator.upload_part_size
    wriftai_emulator.upload_part_size = 64 * 1024
    path = tmp_path / "clip.bin"
    path.write_bytes(os.urandom(3 * 64 * 1024))
    try:
        with make(wriftai_emulator) as client:
            await form(client.uploads, "upload", path, max_concurrency=3)
    finally:
        wriftai_emulator.upload_part_size = before
    call = spans.one("uploads.upload")
    attempts = spans.children(call)
    names = sorted(s.name for s in attempts)
    assert names == ["PUT", "PUT", "PUT", "uploads.complete", "uploads.create"]
    for step in ("uploads.create", "uploads.complete"):
        assert [s.name for s in spans.children(spans.one(step))] == ["POST"]
    for put in (s for s in attempts if s.name == "PUT"):  # presigned: the signature is a secret
        assert "REDACTED" in put.attributes["url.full"] or "?" not in put.attributes["url.full"]


class Recording(httpx.HTTPTransport):
    def __init__(self, seen: list[str | None]) -> None:
        super().__init__()
        self.seen = seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.get("traceparent"))
        return super().handle_request(request)


class AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self, seen: list[str | None]) -> None:
        super().__init__()
        self.seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.get("traceparent"))
        return await super().handle_async_request(request)


async def test_traceparent_goes_out_only_when_asked(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    seen: list[str | None] = []
    own_async = httpx.AsyncClient(transport=AsyncRecording(seen))
    with (
        httpx.Client(transport=Recording(seen)) as own,
        make(wriftai_emulator, http_client=own, async_http_client=own_async) as client,
    ):
        await form(client.models, "get", "wriftai", "echo")
        await form(
            client.with_options(propagate_trace_context=True).models, "get", "wriftai", "echo"
        )
    await own_async.aclose()
    assert seen[0] is None
    attempt = sorted(spans.named("GET"), key=lambda s: s.start_time)[1]
    context = attempt.context
    flags = int(context.trace_flags)
    assert flags & 1, "sampled"
    assert seen[1] == f"00-{context.trace_id:032x}-{context.span_id:016x}-{flags:02x}"


def run_python(emu: Any, *parts: str) -> None:
    env = {
        **os.environ,
        "WRIFTAI_API_BASE_URL": emu.base_url,
        "WRIFTAI_ACCESS_TOKEN": emu.token,
        "NO_PROXY": "127.0.0.1,localhost",
    }
    done = subprocess.run(
        [sys.executable, "-c", "".join(textwrap.dedent(part) for part in parts)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


SESSION = """
    import asyncio
    import wriftai
    from wriftai.resources.models import ModelsResource

    with wriftai.Client(propagate_trace_context=True) as client:
        client.models.get("wriftai", "echo")
        asyncio.run(client.models.async_get("wriftai", "echo"))
        client.predictions.create({"input": {"prompt": "a"}}, "wriftai/echo", wait=True)
        list(client.completions.create("llama-2-7b", "Say it", 3, stream=True))
"""


def test_without_the_api_nothing_of_opentelemetry_is_imported(wriftai_emulator: Any) -> None:
    run_python(
        wriftai_emulator,
        """
        import sys
        sys.modules["opentelemetry"] = None  # as if it were not installed: its import fails
        """,
        SESSION,
        """
        from wriftai import _tracing
        loaded = [n for n, m in sys.modules.items() if n.startswith("opentelemetry") and m]
        assert not loaded, loaded
        assert not hasattr(ModelsResource.get, "__wriftai_span__")  # not even wrapped
        assert not _tracing.active()
        with _tracing.span("bulk.run") as opened:
            assert opened is None
        """,
    )


def test_without_a_tracer_provider_no_span_is_made(wriftai_emulator: Any) -> None:
    run_python(
        wriftai_emulator,
        """
        import sys
        import wriftai
        assert not any(name.startswith("opentelemetry") for name in sys.modules)
        """,
        SESSION,
        """
        from opentelemetry import trace
        from wriftai import _tracing
        assert ModelsResource.get.__wriftai_span__ == "models.get"
        assert not _tracing.active()
        with _tracing.span("bulk.run") as opened:
            assert opened is None
        assert not trace.get_current_span().get_span_context().is_valid
        """,
    )


async def test_a_bulk_run_is_one_parent_span(
    wriftai_emulator: Any, form: Form, spans: Spans
) -> None:
    items = [{"prompt": f"bulk {i}"} for i in range(4)]
    with make(wriftai_emulator) as client:
        if form.name == "async":
            await client.bulk.async_predictions(items, model="wriftai/echo").run()
        else:
            await anyio.to_thread.run_sync(client.bulk.predictions(items, model="wriftai/echo").run)
    run = spans.one("bulk.run")
    assert run.attributes["wriftai.bulk.kind"] == "predictions"
    assert run.attributes["wriftai.bulk.succeeded"] == 4
    assert run.attributes["wriftai.bulk.requests"] == 4
    creates = spans.children(run, "predictions.create")
    assert len(creates) == 4
    assert all(len(spans.children(c, "POST")) == 1 for c in creates)
