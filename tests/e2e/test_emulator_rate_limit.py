"""The emulator's rate limit (a token bucket per token) and its mode that ignores keys."""

from __future__ import annotations

import time
from typing import Any

import httpx

import wriftai
from wriftai.testing import Emulator, Faults


def raw(emu: Emulator, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token or emu.token}"}
    return httpx.Client(base_url=emu.base_url, headers=headers)


def test_an_empty_bucket_answers_429_with_when_to_come_back(wriftai_emulator: Emulator) -> None:
    wriftai_emulator.faults = Faults(rate_limit=2, rate_limit_burst=5)
    with raw(wriftai_emulator) as http:
        answers = [http.get("/models") for _ in range(12)]
    statuses = [a.status_code for a in answers]
    assert statuses[:5] == [200] * 5  # the burst
    assert statuses.count(429) >= 5
    ok, refused = answers[0], next(a for a in answers if a.status_code == 429)
    assert ok.headers["x-ratelimit-limit"] == "5"
    assert ok.headers["x-ratelimit-remaining"] == "4"
    assert refused.headers["retry-after"] == "1"
    assert refused.headers["x-ratelimit-remaining"] == "0"
    wait = float(refused.headers["x-ratelimit-reset"]) - time.time()
    assert 0 < wait <= 1 / 2 + 0.05  # the next token, not the whole bucket
    assert "Rate limit exceeded." in refused.text
    time.sleep(wait + 0.01)
    with raw(wriftai_emulator) as http:
        assert http.get("/models").status_code == 200
    assert any(r.fault == "rate_limit" for r in wriftai_emulator.requests)


def test_the_bucket_admits_the_rate_over_time(wriftai_emulator: Emulator) -> None:
    wriftai_emulator.faults = Faults(rate_limit=50, rate_limit_burst=5)
    admitted = 0
    started = time.monotonic()
    with raw(wriftai_emulator) as http:
        while time.monotonic() - started < 1.0:
            admitted += http.get("/hardware").status_code == 200
    elapsed = time.monotonic() - started
    assert 50 * elapsed * 0.8 <= admitted <= 50 * elapsed + 5 + 2


def test_each_token_has_its_own_bucket_and_reset_refills(wriftai_emulator: Emulator) -> None:
    wriftai_emulator.faults = Faults(rate_limit=1, rate_limit_burst=1)
    with raw(wriftai_emulator) as http:
        assert [http.get("/hardware").status_code for _ in range(2)] == [200, 429]
    with raw(wriftai_emulator, "another-token") as other:
        assert other.get("/hardware").status_code == 401  # refused by auth, not the bucket
    wriftai_emulator.faults = Faults(rate_limit=1, rate_limit_burst=1)  # a new bucket
    with raw(wriftai_emulator) as http:
        assert http.get("/hardware").status_code == 200


def test_the_client_waits_out_the_limit(wriftai_emulator: Emulator) -> None:
    wriftai_emulator.faults = Faults(rate_limit=2, rate_limit_burst=1)
    with wriftai.Client(
        access_token=wriftai_emulator.token, api_base_url=wriftai_emulator.base_url
    ) as client:
        assert [len(client.hardware.list()) > 0 for _ in range(2)] == [True, True]
    statuses = [r.status for r in wriftai_emulator.requests]
    assert statuses.count(429) >= 1 and statuses.count(200) == 2


def create(http: httpx.Client, key: str) -> Any:
    body = {"input": {"prompt": "once"}}
    answer = http.post(
        "/predictions", json={"model": "wriftai/echo", **body}, headers={"Idempotency-Key": key}
    )
    assert answer.status_code in (200, 201, 202), answer.text
    return answer.json()["id"]


def test_keys_are_honoured_unless_told_to_ignore_them(wriftai_emulator: Emulator) -> None:
    with raw(wriftai_emulator) as http:
        assert create(http, "k1") == create(http, "k1")
        wriftai_emulator.faults = Faults(ignore_idempotency_keys=True)
        assert create(http, "k2") != create(http, "k2")
    assert len(wriftai_emulator.state.predictions) == 3


def test_llm_engine_paths_are_limited_without_hints(wriftai_emulator: Emulator) -> None:
    wriftai_emulator.faults = Faults(rate_limit=1, rate_limit_burst=1)
    root = wriftai_emulator.url.removesuffix("/v1")
    body = {"prompt": "x", "max_new_tokens": 2, "temperature": 0.0}
    with httpx.Client(
        base_url=root, headers={"Authorization": f"Bearer {wriftai_emulator.token}"}
    ) as http:
        answers = [
            http.post(
                "/v1/llm/completions-sync", params={"model_endpoint_name": "llama-2-7b"}, json=body
            )
            for _ in range(2)
        ]
    assert [a.status_code for a in answers] == [200, 429]
    assert not any(k.startswith("x-ratelimit") or k == "retry-after" for k in answers[1].headers)
    assert "error" in answers[1].json()
