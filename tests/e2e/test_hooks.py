"""Hooks, rate-limit state and request log records, against the emulator over HTTP.

Each hook gets its event with the right values, in both forms, through the httpx clients
the client makes and the caller's own, and after ``with_options``; a raising
``on_request`` refuses the request while a raising observer is logged. The latest
``x-ratelimit-*`` and ``Retry-After`` values are readable from the client and from a raw
response. Every record of the ``wriftai`` logger about a request carries its details,
never the token.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
import pytest

import wriftai
from wriftai.testing import Faults

from .conftest import Form

LIMITED = {
    "x-ratelimit-limit": "100",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset": "1700000000.5",
}
"""What the caller's own transport, `Limiting`, adds to every response of the emulator."""


def make(emu: Any, **options: Any) -> wriftai.Client:
    return wriftai.Client(access_token=emu.token, api_base_url=emu.base_url, **options)


def recording_hooks(events: list[Any]) -> wriftai.Hooks:
    return wriftai.Hooks(
        on_request=events.append,
        on_response=events.append,
        on_retry=events.append,
        on_rate_limit=events.append,
    )


async def test_each_hook_gets_its_event(wriftai_emulator: Any, form: Form) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_429=1.0, only=("GET /models/wriftai/echo",), max_faults=1)
    events: list[Any] = []
    with make(emu, hooks=recording_hooks(events)) as client:
        await form(client.models, "get", "wriftai", "echo")
    assert [type(e).__name__ for e in events] == [
        "RequestEvent",
        "ResponseEvent",
        "RateLimitEvent",
        "RetryEvent",
        "RequestEvent",
        "ResponseEvent",
    ]
    sent, refused, limited, retry, resent, answered = events
    first, second = emu.requests
    assert (sent.attempt, resent.attempt) == (1, 2) and sent.request is resent.request
    assert sent.request.url == f"{emu.base_url}/models/wriftai/echo"
    assert (refused.response.status_code, refused.attempt) == (429, 1)
    assert refused.request_id == first.request_id and refused.elapsed > 0
    rate = limited.rate_limit
    assert (limited.attempt, limited.response) == (1, refused.response)
    assert (rate.status_code, rate.retry_after) == (429, 0.0)
    assert (rate.limit, rate.remaining) == (None, None)
    assert rate.reset == pytest.approx(time.time(), abs=30) and rate.limited
    assert (retry.attempt, retry.delay, retry.reason) == (2, 0.0, "status 429")
    assert retry.response is refused.response and retry.error is None
    assert (answered.response.status_code, answered.attempt) == (200, 2)
    assert answered.request_id == second.request_id


async def test_on_retry_after_a_connection_error(wriftai_emulator: Any, form: Form) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(drop_before=1.0, only=("GET /models/wriftai/echo",), max_faults=1)
    retries: list[wriftai.RetryEvent] = []
    with make(emu, hooks=wriftai.Hooks(on_retry=retries.append)) as client:
        await form(client.models, "get", "wriftai", "echo")
    (retry,) = retries
    assert retry.response is None and isinstance(retry.error, httpx.TransportError)
    assert retry.reason == type(retry.error).__name__ and retry.attempt == 2


async def test_hooks_hold_for_your_own_httpx_clients_and_after_with_options(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    first: list[int] = []
    second: list[int] = []
    own_async = httpx.AsyncClient()
    with httpx.Client() as own:
        client = make(
            emu,
            http_client=own,
            async_http_client=own_async,
            hooks=wriftai.Hooks(on_response=lambda e: first.append(e.attempt)),
        )
        other = client.with_options(hooks=wriftai.Hooks(on_response=lambda e: second.append(1)))
        same = client.with_options(timeout=5)
        assert same.hooks is client.hooks and other.hooks is not client.hooks
        await form(client.models, "get", "wriftai", "echo")
        await form(other.models, "get", "wriftai", "echo")
        await form(same.completions, "create", "llama-2-7b", "Say it", 3)  # LLM Engine too
    await own_async.aclose()
    assert first == [1, 1] and second == [1]


async def test_a_raising_on_request_refuses_the_request(wriftai_emulator: Any, form: Form) -> None:
    class OverBudget(Exception):
        pass

    def refuse(event: wriftai.RequestEvent) -> None:
        raise OverBudget(event.request.url.path)

    hooks = wriftai.Hooks(on_request=refuse)
    with make(wriftai_emulator, hooks=hooks) as client, pytest.raises(OverBudget):
        await form(client.models, "get", "wriftai", "echo")
    assert wriftai_emulator.count("GET", "/models") == 0


async def test_a_raising_observer_is_logged_and_the_call_goes_on(
    wriftai_emulator: Any, form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("a bug in a metrics hook")

    hooks = wriftai.Hooks(on_response=broken, on_retry=broken, on_rate_limit=broken)
    wriftai_emulator.faults = Faults(rate_429=1.0, only=("GET /models/",), max_faults=1)
    with make(wriftai_emulator, hooks=hooks) as client:
        model = await form(client.models, "get", "wriftai", "echo")
    assert model.name == "echo"
    logged = [r for r in caplog.records if r.name == "wriftai" and r.levelno == logging.ERROR]
    assert [r.getMessage().split(" hook")[0] for r in logged] == [
        "the on_response",
        "the on_rate_limit",
        "the on_retry",
        "the on_response",
    ]
    assert all(r.exc_info and r.exc_info[0] is RuntimeError for r in logged)
    about = [(r.status, r.attempt) for r in logged]  # type: ignore[attr-defined]
    assert about == [(429, 1), (429, 1), (429, 1), (200, 2)]


def test_hooks_must_be_hooks(wriftai_emulator: Any) -> None:
    with pytest.raises(TypeError, match=r"wriftai\.Hooks"):
        make(wriftai_emulator, hooks={"on_request": print})
    with make(wriftai_emulator) as client, pytest.raises(TypeError, match="bool"):
        client.with_options(propagate_trace_context="yes")  # type: ignore[arg-type]


# ------------------------------------------------------------------ rate-limit state
async def test_the_latest_rate_limit_values_stay_readable(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        assert client.rate_limit is None
        await form(client.models, "get", "wriftai", "echo")
        assert client.rate_limit is None  # without a rate limit set, only a 429 carries any
        emu.faults = Faults(rate_429=1.0, only=("GET /models/",), max_faults=1, retry_after=1)
        before = time.time()
        await form(client.with_options(timeout=9).models, "get", "wriftai", "echo")
    rate = client.rate_limit
    assert rate is not None and rate.status_code == 429 and rate.retry_after == 1.0
    assert rate.reset is not None and rate.reset >= before
    assert before <= rate.observed_at <= time.time()


class Limiting(httpx.HTTPTransport):
    """A caller's transport that adds `LIMITED` to the emulator's responses."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.headers.update(LIMITED)
        return response


class AsyncLimiting(httpx.AsyncHTTPTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        response.headers.update(LIMITED)
        return response


async def test_remaining_zero_is_a_rate_limit_and_raw_responses_carry_it(
    wriftai_emulator: Any, form: Form
) -> None:
    limited: list[wriftai.RateLimitEvent] = []
    own_async = httpx.AsyncClient(transport=AsyncLimiting())
    with (
        httpx.Client(transport=Limiting()) as own,
        make(
            wriftai_emulator,
            http_client=own,
            async_http_client=own_async,
            hooks=wriftai.Hooks(on_rate_limit=limited.append),
        ) as client,
    ):
        raw = await form(client.models.with_raw_response, "get", "wriftai", "echo")
    await own_async.aclose()
    assert raw.status_code == 200 and raw.parse().name == "echo"
    expected = (100, 0, 1700000000.5, None, 200)
    for rate in (raw.rate_limit, client.rate_limit, limited[0].rate_limit):
        assert rate is not None
        assert (rate.limit, rate.remaining, rate.reset, rate.retry_after, rate.status_code) == (
            expected
        )
    assert raw.rate_limit is client.rate_limit and len(limited) == 1


async def test_a_raw_response_without_limits_has_none(wriftai_emulator: Any, form: Form) -> None:
    with make(wriftai_emulator) as client:
        raw = await form(client.models.with_raw_response, "get", "wriftai", "echo")
    assert raw.rate_limit is None


async def test_the_emulators_rate_limit_is_read_from_every_answer(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_limit=0.5, rate_limit_burst=2)  # two at once, then one in 2 s
    limited: list[wriftai.RateLimitEvent] = []
    hooks = wriftai.Hooks(on_rate_limit=limited.append)
    with make(emu, max_retries=0, hooks=hooks) as client:
        await form(client.models, "get", "wriftai", "echo")
        rate = client.rate_limit
        assert rate is not None and (rate.limit, rate.remaining, rate.status_code) == (2, 1, 200)
        assert not limited
        await form(client.models, "get", "wriftai", "echo")  # the last token
        assert client.rate_limit is not None and client.rate_limit.remaining == 0
        with pytest.raises(wriftai.RateLimitError):
            await form(client.models, "get", "wriftai", "echo")
    rate = client.rate_limit
    assert rate is not None and (rate.status_code, rate.remaining) == (429, 0)
    assert rate.retry_after is not None and rate.retry_after >= 1
    assert rate.reset is not None and rate.reset > rate.observed_at
    assert [e.response.status_code for e in limited] == [200, 429]


# ------------------------------------------------------------------ log records
async def test_request_log_records_carry_their_details_and_never_the_token(
    wriftai_emulator: Any, form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    emu = wriftai_emulator
    caplog.set_level(logging.DEBUG, logger="wriftai")
    emu.faults = Faults(rate_503=1.0, only=("GET /models/",), max_faults=1)
    with make(emu) as client:
        await form(client.models, "get", "wriftai", "echo")
    records = [r for r in caplog.records if r.name == "wriftai"]
    about = [
        (r.levelname, r.method, r.path, r.status, r.attempt)  # type: ignore[attr-defined]
        for r in records
    ]
    path = "/v1/models/wriftai/echo"
    assert about == [
        ("DEBUG", "GET", path, 503, 1),
        ("INFO", "GET", path, 503, 1),
        ("DEBUG", "GET", path, 200, 2),
    ]
    first, second = emu.requests
    ids = [r.request_id for r in records]  # type: ignore[attr-defined]
    assert ids == [first.request_id, first.request_id, second.request_id]
    assert all(isinstance(r.elapsed, float) and r.elapsed > 0 for r in records)  # type: ignore[attr-defined]
    for record in records:
        assert emu.token not in record.getMessage() and emu.token not in repr(vars(record))
