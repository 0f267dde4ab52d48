"""Unit-test helpers: a Client whose HTTP goes to an in-process handler (httpx.MockTransport).

These cover what the emulator cannot produce on demand (exact headers, exact bodies,
broken connections at a chosen byte); everything else is tested end to end in tests/e2e.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import wriftai
from wriftai._core.retry import RetryPolicy

TOKEN = "sk-unit-SECRET-token-123"
BASE = "http://api.test/v1"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Calls the handler and keeps every request it saw."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.handler(request)


def make_client(handler: Handler, **options: Any) -> tuple[wriftai.Client, Recorder]:
    recorder = Recorder(handler)
    transport = httpx.MockTransport(recorder)
    client = wriftai.Client(
        access_token=TOKEN,
        api_base_url=BASE,
        http_client=httpx.Client(transport=transport),
        async_http_client=httpx.AsyncClient(transport=transport),
        **options,
    )
    return client, recorder


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **headers},
    )


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait zero seconds; the list records the delays the policy asked for."""
    asked: list[float] = []
    original = RetryPolicy.delay

    def delay(self: RetryPolicy, retry: int, response: httpx.Response | None) -> float | None:
        wanted = original(self, retry, response)
        if wanted is None:  # the policy says: do not retry
            return None
        asked.append(wanted)
        return 0.0

    monkeypatch.setattr(RetryPolicy, "delay", delay)
    return asked


def prediction(pid: str = "pred_1", status: str = "succeeded", **extra: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "url": f"{BASE}/predictions/{pid}",
        "created_at": "2025-03-02T08:00:00+00:00",
        "updated_at": "2025-03-02T08:00:03+00:00",
        "status": status,
        "setup_time": None,
        "execution_time": None,
        "model": {"owner": "wriftai", "name": "echo", "version_number": 1},
        "input": {"prompt": "hi"},
        "output": "hi" if status == "succeeded" else None,
        "error": None,
        **extra,
    }


def user() -> dict[str, Any]:
    return {
        "id": "u1",
        "username": "demo",
        "avatar_url": "https://x/a.png",
        "name": None,
        "bio": None,
        "location": None,
        "company": None,
        "created_at": "2025-01-01T00:00:00+00:00",
        "updated_at": None,
        "urls": None,
    }


def sse(*events: tuple[str, str, Any]) -> bytes:
    return "".join(f"id: {i}\nevent: {e}\ndata: {json.dumps(d)}\n\n" for i, e, d in events).encode()


@pytest.fixture
def never_called() -> Iterator[Handler]:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    yield handler
    assert calls == [], "a request was sent"
