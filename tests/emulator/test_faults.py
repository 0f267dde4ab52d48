"""Fault injection: 429/503 with their headers, real connection drops, cut streams,
latency, filters, budgets and seeded replay."""

from __future__ import annotations

import time

import httpx
import pytest
from emulator_helpers import parse_sse, read_stream

from wriftai.testing import Emulator, Faults
from wriftai.testing._spec import SpecRequest, SpecResponse, openapi


def test_429_carries_rate_limit_headers_and_an_error_body(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(rate_429=1.0, retry_after=2)
    before = time.time()
    response = api.get("/models")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert float(response.headers["x-ratelimit-reset"]) >= before + 2
    assert response.headers["x-request-id"]
    assert response.json()["message"] == "Rate limit exceeded."
    assert emu.requests[-1].fault == "429"
    # The injected response conforms to the contract too.
    request = SpecRequest.build("GET", "/v1/models", [], [], None)
    spec_response = SpecResponse.build(429, response.headers.items(), response.content)
    assert openapi().unmarshal_response(request, spec_response).errors == []


def test_503_carries_retry_after(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(rate_503=1.0)
    response = api.get("/user")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "0"
    assert "message" in response.json()


def test_max_faults_lets_a_retrying_client_through(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(rate_429=1.0, max_faults=2)
    assert [api.get("/user").status_code for _ in range(4)] == [429, 429, 200, 200]


def test_only_limits_faults_to_matching_requests(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(rate_503=1.0, only=("POST /predictions",))
    assert api.get("/models").status_code == 200
    assert api.get("/predictions").status_code == 200
    body = {"model": "wriftai/echo", "input": {"prompt": "x"}}
    assert api.post("/predictions", json=body).status_code == 503
    assert emu.state.predictions == {}


def test_drop_before_closes_the_connection_without_acting(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(drop_before=1.0)
    with pytest.raises(httpx.TransportError):
        api.post("/predictions", json={"model": "wriftai/echo", "input": {"prompt": "x"}})
    assert emu.state.predictions == {}
    assert emu.requests[-1].fault == "drop_before"
    assert emu.requests[-1].status == 0
    emu.faults = Faults()
    assert api.get("/user").status_code == 200  # the client recovers on a new connection


def test_drop_after_acts_then_a_keyed_retry_gets_the_stored_response(
    api: httpx.Client, emu: Emulator
) -> None:
    emu.faults = Faults(drop_after=1.0, max_faults=1)
    body = {"model": "wriftai/echo", "input": {"prompt": "exactly once"}}
    headers = {"Idempotency-Key": "retry-me"}
    with pytest.raises(httpx.TransportError):
        api.post("/predictions", json=body, headers=headers)
    assert len(emu.state.predictions) == 1  # the work happened
    (prediction_id,) = emu.state.predictions
    assert emu.requests[-1].fault == "drop_after"
    assert emu.requests[-1].status == 201
    retry = api.post("/predictions", json=body, headers=headers)
    assert retry.status_code == 201
    assert retry.json()["id"] == prediction_id
    assert len(emu.state.predictions) == 1  # no duplicate
    assert emu.count("POST", "/predictions") == 2


def test_cut_prediction_stream_resumes_without_loss(api: httpx.Client, emu: Emulator) -> None:
    created = api.post(
        "/predictions",
        json={"model": "wriftai/echo", "input": {"prompt": "a b c d e"}},
        headers={"Prefer": "wait"},
    ).json()
    emu.faults = Faults(cut_stream_after=3, max_faults=1)
    with api.stream("GET", f"/predictions/{created['id']}/stream") as response:
        first, broken = read_stream(response)
    assert broken
    assert [e["id"] for e in first] == ["1", "2", "3"]
    assert emu.requests[-1].fault == "cut_stream"
    rest = parse_sse(api.get(f"/predictions/{created['id']}/stream", params={"after_id": "3"}).text)
    assert [e["id"] for e in first + rest] == [str(i) for i in range(1, 8)]
    outputs = [e["data"] for e in first + rest if e["event"] == "output"]
    assert outputs == ["a ", "b ", "c ", "d ", "e"]


def test_cut_completion_stream(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(cut_stream_after=2)
    body = {"prompt": "x", "max_new_tokens": 6, "temperature": 0.0}
    with api.stream(
        "POST", "/llm/completions-stream", params={"model_endpoint_name": "llama-2-7b"}, json=body
    ) as response:
        events, broken = read_stream(response)
    assert broken
    assert len(events) == 2
    assert not events[-1]["data"]["output"]["finished"]


def test_latency_is_added(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(latency=0.3)
    started = time.monotonic()
    assert api.get("/user").status_code == 200
    assert time.monotonic() - started >= 0.3


def _run(api: httpx.Client, emu: Emulator, faults: Faults) -> list[int]:
    emu.faults = faults
    statuses = []
    for _ in range(30):
        try:
            statuses.append(api.get("/hardware").status_code)
        except httpx.TransportError:
            statuses.append(0)
    return statuses


def test_same_seed_replays_the_same_faults(api: httpx.Client, emu: Emulator) -> None:
    faults = Faults(rate_429=0.3, rate_503=0.2, drop_before=0.1, seed=7)
    first = _run(api, emu, faults)
    emu.reset()
    again = _run(api, emu, faults)
    other = _run(api, emu, Faults(rate_429=0.3, rate_503=0.2, drop_before=0.1, seed=8))
    assert first == again
    assert first != other
    assert {429, 503, 200} <= set(first)


def test_faults_from_the_constructor_and_reset_turns_them_off() -> None:
    with Emulator(faults=Faults(rate_503=1.0)) as emu:
        headers = {"Authorization": f"Bearer {emu.token}"}
        assert httpx.get(f"{emu.base_url}/user", headers=headers).status_code == 503
        emu.reset()
        assert httpx.get(f"{emu.base_url}/user", headers=headers).status_code == 200
        assert emu.faults == Faults()
        assert len(emu.requests) == 1
