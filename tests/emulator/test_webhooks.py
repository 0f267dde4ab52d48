"""Webhooks: one POST per status change, signed with HMAC-SHA256 when there is a secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from emulator_helpers import wait_for

from wriftai.testing import Emulator


class Receiver:
    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    hook = Receiver()
    yield hook
    hook.server.shutdown()


def verify(secret: str, header: str, body: bytes, tolerance: float = 300) -> bool:
    """An independent check of the signature scheme, written from the API reference."""
    parts = [p.split("=", 1) for p in header.split(",")]
    timestamp = int(next(v for k, v in parts if k == "t"))
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return any(k == "v1" and hmac.compare_digest(v, expected) for k, v in parts)


def test_each_status_change_is_posted_and_signed(
    api: httpx.Client, emu: Emulator, receiver: Receiver
) -> None:
    created = api.post(
        "/predictions",
        json={
            "model": "wriftai/echo",
            "input": {"prompt": "hook me"},
            "webhook": {"url": receiver.url, "secret": "whsec_test"},
        },
    ).json()
    wait_for(lambda: len(receiver.received) == 3)
    statuses = [json.loads(body)["status"] for _, body in receiver.received]
    assert statuses == ["pending", "started", "succeeded"]
    for headers, body in receiver.received:
        assert verify("whsec_test", headers["wriftai-signature"], body)
        assert not verify("another-secret", headers["wriftai-signature"], body)
        assert json.loads(body)["id"] == created["id"]
    final = json.loads(receiver.received[-1][1])
    assert final["output"] == ["hook ", "me"]
    wait_for(lambda: len(emu.webhook_deliveries) == 3)  # recorded once the receiver answered
    assert [d.status for d in emu.webhook_deliveries] == [204, 204, 204]
    assert [d.body for d in emu.webhook_deliveries] == [body for _, body in receiver.received]


def test_tampered_body_fails_verification(api: httpx.Client, receiver: Receiver) -> None:
    api.post(
        "/predictions",
        json={
            "model": "wriftai/echo",
            "input": {"prompt": "x"},
            "webhook": {"url": receiver.url, "secret": "s"},
        },
    )
    wait_for(lambda: len(receiver.received) >= 1)
    headers, body = receiver.received[0]
    assert verify("s", headers["wriftai-signature"], body)
    tampered = body.replace(b'"prompt":"x"', b'"prompt":"y"')  # in every status's body
    assert tampered != body
    assert not verify("s", headers["wriftai-signature"], tampered)


def test_cancel_is_delivered_and_no_secret_means_no_signature(receiver: Receiver) -> None:
    # A prediction long enough that the cancel always finds it running, however slow the
    # machine (with the default 0.3 s, a loaded machine let it succeed first).
    with Emulator(prediction_duration=30.0) as emu:
        headers = {"Authorization": f"Bearer {emu.token}"}
        with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10.0) as api:
            created = api.post(
                "/predictions",
                json={
                    "model": "wriftai/echo",
                    "input": {"prompt": "x"},
                    "webhook": {"url": receiver.url},
                },
            ).json()
            assert api.post(f"/predictions/{created['id']}/cancel").is_success
            wait_for(
                lambda: any(json.loads(b)["status"] == "cancelled" for _, b in receiver.received)
            )
    assert all("wriftai-signature" not in headers for headers, _ in receiver.received)


def test_unreachable_receiver_is_recorded(api: httpx.Client, emu: Emulator) -> None:
    api.post(
        "/predictions",
        json={
            "model": "wriftai/echo",
            "input": {"prompt": "x"},
            "webhook": {"url": "http://127.0.0.1:9/nothing"},
        },
    )
    wait_for(lambda: len(emu.webhook_deliveries) >= 1)
    assert emu.webhook_deliveries[0].status == 0
