"""Faults, errors, forward compatibility, secrets and webhooks, against the emulator."""

from __future__ import annotations

import http.server
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

import wriftai
from _wriftai_sync.send import send
from wriftai import webhooks
from wriftai.testing import Emulator, Faults

from .conftest import Form

ECHO = {"input": {"prompt": "one two three"}}


def make(emu: Any, **options: Any) -> wriftai.Client:
    return wriftai.Client(access_token=emu.token, api_base_url=emu.base_url, **options)


# ------------------------------------------------------------------ retries
@pytest.mark.parametrize("fault", ["rate_429", "rate_503"])
async def test_retried_post_creates_one_prediction(wriftai_emulator: Any, fault: str) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(**{fault: 1.0}, only=("POST /predictions",), max_faults=2)
    trusting = fault == "rate_503"  # a 429 is retried anyway; a 503 only with trusted keys
    with make(emu, max_retries=2, trust_idempotency_keys=trusting) as client:
        created = client.predictions.create(ECHO, "wriftai/echo")
    posts = [r for r in emu.requests if r.method == "POST" and r.path == "/predictions"]
    created_status = 202 if emu.era == "current" else 201  # current: still pending, 202
    assert [r.status for r in posts] == [int(fault[-3:])] * 2 + [created_status]
    assert len({r.idempotency_key for r in posts}) == 1 and posts[0].idempotency_key
    assert list(emu.state.predictions) == [created.id]


async def test_async_retry_of_a_post(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_503=1.0, only=("POST /models",), max_faults=1)
    async with make(emu, trust_idempotency_keys=True) as client:
        await client.models.async_create({"name": "retry-me", "hardware_identifier": "cpu-small"})
    assert emu.count("POST", "/models") == 2


async def test_out_of_retries_raises_the_typed_error(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_429=1.0, only=("GET /user",))
    with make(emu, max_retries=1) as client, pytest.raises(wriftai.RateLimitError) as info:
        client.users.get_authenticated()
    assert info.value.status_code == 429 and info.value.request_id
    assert emu.count("GET", "/user") == 2


@pytest.mark.parametrize("where", ["drop_before", "drop_after"])
def test_dropped_post_is_resent_without_a_duplicate(wriftai_emulator: Any, where: str) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(**{where: 1.0}, only=("POST /predictions",), max_faults=1)
    with make(emu, trust_idempotency_keys=True) as client:
        created = client.predictions.create(ECHO, "wriftai/echo")
    assert list(emu.state.predictions) == [created.id]
    keys = {r.idempotency_key for r in emu.requests if r.path == "/predictions"}
    assert len(keys) == 1


@pytest.mark.parametrize("fault", ["rate_503", "drop_before", "drop_after"])
async def test_by_default_a_post_that_may_have_been_processed_is_not_sent_again(
    wriftai_emulator: Any, form: Form, fault: str
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(**{fault: 1.0}, only=("POST /predictions",), max_faults=1)
    with make(emu) as client:
        with pytest.raises(wriftai.WriftAIError) as info:
            await form(client.predictions, "create", ECHO, "wriftai/echo")
        error = info.value
        assert error.may_have_been_processed and "may have been processed" in str(error)
        posts = [r for r in emu.requests if r.method == "POST" and r.path == "/predictions"]
        assert len(posts) == 1 and error.idempotency_key == posts[0].idempotency_key
        # Nothing is lost: where it was processed, the same key finds it (the emulator
        # honours keys); where it was not, the same key creates it, once.
        again = await form(
            client.predictions,
            "create",
            ECHO,
            "wriftai/echo",
            idempotency_key=error.idempotency_key,
        )
    assert list(emu.state.predictions) == [again.id]


# ------------------------------------------------------------------ streams
@pytest.mark.parametrize("cut_after", [1, 2])
def test_cut_stream_resumes_without_loss(wriftai_emulator: Any, cut_after: int) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        created = client.predictions.create(
            {"input": {"prompt": "a b c d e"}}, "wriftai/echo", wait=True
        )
        emu.faults = Faults(cut_stream_after=cut_after)
        events = list(client.predictions.stream(created.id))
    assert "".join(e.data for e in events if e.event == "output") == "a b c d e"
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids)) and events[-1].event == "done"
    assert emu.count("GET", f"/predictions/{created.id}/stream") > 1


async def test_cut_async_stream_while_running(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(cut_stream_after=2)
    async with make(emu) as client:
        stream = await client.predictions.async_create(
            {"input": {"prompt": "a b c d"}}, "wriftai/echo", wait=True, stream=True
        )
        events = [e async for e in stream]
    assert "".join(e.data for e in events if e.event == "output") == "a b c d"
    assert len({e.id for e in events}) == len(events)


# ------------------------------------------------------------------ timeouts and errors
def test_request_timeout(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(latency=1.0, only=("GET /user",))
    with make(emu, timeout=0.2, max_retries=0) as client, pytest.raises(wriftai.APITimeoutError):
        client.users.get_authenticated()


def test_wait_timeout(wriftai_emulator: Any) -> None:
    with make(wriftai_emulator) as client:
        created = client.predictions.create({"input": {"prompt": "x " * 40}}, "wriftai/echo")
        options = wriftai.WaitOptions(timeout=0.2)
        with pytest.raises(wriftai.WaitTimeoutError):
            client.predictions.wait(created.id, options)


def test_connection_error() -> None:
    client = wriftai.Client(access_token="t", api_base_url="http://127.0.0.1:9/v1", max_retries=0)
    with pytest.raises(wriftai.APIConnectionError):
        client.users.get_authenticated()


def test_error_classes(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    with make(emu, max_retries=0) as client:
        wrong_token = wriftai.Client(
            access_token="wrong-token", api_base_url=emu.base_url, max_retries=0
        )
        with wrong_token, pytest.raises(wriftai.AuthenticationError) as denied:
            wrong_token.users.get("alice")
        assert denied.value.status_code == 401
        assert denied.value.message and denied.value.request_id
        assert "wrong-token" not in str(denied.value)
        with pytest.raises(wriftai.PermissionDeniedError):
            client.models.update("wriftai", "echo", {"description": "mine now"})
        with pytest.raises(wriftai.NotFoundError):
            client.models.get("wriftai", "nope")
        client.models.create({"name": "dup", "hardware_identifier": "cpu-small"})
        with pytest.raises(wriftai.ConflictError):
            client.models.create({"name": "dup", "hardware_identifier": "cpu-small"})
        with pytest.raises(wriftai.UnprocessableEntityError) as info:
            client.models.create({"name": "x", "hardware_identifier": "no-such-hardware"})
        assert info.value.body is not None and info.value.request_id
        emu.faults = Faults(rate_503=1.0, only=("GET /hardware",))
        with pytest.raises(wriftai.InternalServerError):
            client.hardware.list()


def test_bad_request(wriftai_emulator: Any) -> None:
    with make(wriftai_emulator, max_retries=0) as client, pytest.raises(wriftai.BadRequestError):
        send(
            client._http,
            {
                "method": "post",
                "url": "/models",
                "content": b"{not json",
                "headers": {"Content-Type": "application/json", "Idempotency-Key": "k"},
            },
        )


# ------------------------------------------------------------------ forward compatibility
def test_unknown_fields_and_statuses_still_parse() -> None:
    emulator = Emulator(token="fc", forward_compat=True, prediction_duration=0.5, seed=3)
    with emulator as emu, make(emu) as client:
        model = client.models.get("wriftai", "echo")
        assert model.additional_properties
        seen: list[Any] = []
        for _ in range(4):
            seen.append(client.predictions.create(ECHO, "wriftai/echo").status)
        done = client.predictions.create(
            ECHO,
            "wriftai/echo",
            wait=True,
            wait_options=wriftai.WaitOptions(on_poll=lambda p: seen.append(p.status)),
        )
    assert str(done.status) == "succeeded"
    assert any(isinstance(s, str) and not isinstance(s, type(done.status)) for s in seen)


# ------------------------------------------------------------------ secrets
def test_token_is_not_in_repr_logs_or_errors(
    wriftai_emulator: Any, caplog: pytest.LogCaptureFixture
) -> None:
    emu = wriftai_emulator
    caplog.set_level(logging.DEBUG)
    emu.faults = Faults(rate_503=1.0, only=("GET /models/wriftai/missing",), max_faults=1)
    client = make(emu)
    with pytest.raises(wriftai.NotFoundError) as info:
        client.models.get("wriftai", "missing")
    texts = [repr(client), str(info.value), repr(info.value), caplog.text, repr(client.models)]
    assert caplog.text and all(emu.token not in t for t in texts)


# ------------------------------------------------------------------ webhooks
class _Receiver(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[bytes, str | None]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((body, self.headers.get(webhooks.SIGNATURE_HEADER)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[bytes, str | None]]]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", _Receiver.received
    server.shutdown()
    server.server_close()


def test_webhook_from_the_emulator_verifies(wriftai_emulator: Any, receiver: Any) -> None:
    url, received = receiver
    with make(wriftai_emulator) as client:
        done = client.predictions.create(
            {"input": {"prompt": "hook"}, "webhook": {"url": url, "secret": "whsec_e2e"}},
            "wriftai/echo",
            wait=True,
        )
    for _ in range(100):  # deliveries are asynchronous: wait for the terminal one
        if any(b'"succeeded"' in body for body, _ in received):
            break
        time.sleep(0.05)
    assert received, "the emulator delivered no webhook"
    statuses = [str(webhooks.verify(body, sig, "whsec_e2e").status) for body, sig in received]
    assert statuses[-1] == str(done.status) == "succeeded"
    body, sig = received[-1]
    with pytest.raises(webhooks.SignatureMismatchError):
        webhooks.verify(body.replace(b"hook", b"hack"), sig, "whsec_e2e")
    with pytest.raises(webhooks.SignatureMismatchError):
        webhooks.verify(body, sig, "another-secret")
    with pytest.raises(webhooks.StaleTimestampError):
        webhooks.verify(body, sig, "whsec_e2e", tolerance=-1)
