"""Helpers shared by the emulator tests."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from wriftai._core.sse import SSEDecoder


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def parse_sse(text: str) -> list[dict[str, Any]]:
    """Parse an event stream into dicts with id/event and the decoded JSON data."""
    events = SSEDecoder().feed(text + "\n\n")  # the client's parser; its own tests cover it
    parsed: list[dict[str, Any]] = []
    for event in events:
        if event.data:
            fields: dict[str, Any] = {"event": event.event, "data": json.loads(event.data)}
            if event.id is not None:
                fields["id"] = event.id
            parsed.append(fields)
    return parsed


def read_stream(response: httpx.Response) -> tuple[list[dict[str, Any]], bool]:
    """Read an event stream until it ends or breaks; return the events and whether it broke."""
    raw = b""
    broken = False
    try:
        for chunk in response.iter_bytes():
            raw += chunk
    except httpx.HTTPError:
        broken = True
    text = raw.decode().replace("\r\n", "\n")  # LLM Engine's streams end lines in CRLF
    complete = text[: text.rfind("\n\n") + 2] if "\n\n" in text else ""
    return parse_sse(complete), broken


def predict(api: httpx.Client, prompt: str = "one two three four", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"model": "wriftai/echo", "input": {"prompt": prompt}}
    body.update(extra)
    response = api.post("/predictions", json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result
