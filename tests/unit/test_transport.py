"""The transport layer: headers, retries, idempotency keys, timeouts, logging, secrets."""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
import pytest

import wriftai
from _wriftai_sync.send import http_client, send
from wriftai._async.send import async_http_client
from wriftai._core.retry import RetryPolicy

from .conftest import TOKEN, json_response, make_client, prediction, user


def test_auth_user_agent_and_default_headers() -> None:
    client, rec = make_client(lambda r: json_response(200, user()), headers={"X-Team": "a"})
    client.users.get_authenticated()
    sent = rec.requests[0]
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["user-agent"] == f"wriftai-python/{wriftai.__version__}"
    assert sent.headers["x-team"] == "a"
    assert str(sent.url) == "http://api.test/v1/user"


def test_with_options_adds_headers_and_shares_the_pool() -> None:
    client, rec = make_client(lambda r: json_response(200, user()))
    other = client.with_options(headers={"X-Call": "1"}, timeout=3, max_retries=0)
    other.users.get("demo")
    client.users.get("demo")
    assert rec.requests[0].headers["x-call"] == "1"
    assert "x-call" not in rec.requests[1].headers
    assert http_client(other._http) is http_client(client._http)
    assert other.timeout.read == 3 and other.max_retries == 0 and client.max_retries == 2


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_get_retried_on_transient_status(status: int, no_backoff: list[float]) -> None:
    replies = [json_response(status, {"message": "busy"}), json_response(200, user())]
    client, rec = make_client(lambda r: replies.pop(0))
    assert client.users.get("demo").username == "demo"
    assert len(rec.requests) == 2


def test_retry_after_and_ratelimit_reset_are_honoured() -> None:
    policy = RetryPolicy()
    assert policy.delay(0, httpx.Response(429, headers={"retry-after": "1.5"})) == 1.5
    reset = str(time.time() + 2)
    assert 1.0 < policy.delay(0, httpx.Response(429, headers={"x-ratelimit-reset": reset})) <= 2
    # A wait longer than the cap is not cut short: there is no retry at all.
    assert policy.delay(5, httpx.Response(429, headers={"retry-after": "3600"})) is None
    assert all(policy.delay(n, None) <= policy.max_delay for n in range(20))
    assert policy.delay(0, None) <= policy.initial_delay


def test_retries_stop_at_max_retries(no_backoff: list[float]) -> None:
    client, rec = make_client(lambda r: json_response(503, {"message": "down"}), max_retries=3)
    with pytest.raises(wriftai.InternalServerError):
        client.users.get("demo")
    assert len(rec.requests) == 4
    assert len(no_backoff) == 3


def test_post_with_idempotency_key_is_retried_with_the_same_key(no_backoff: list[float]) -> None:
    replies = [
        json_response(503, {"message": "down"}),
        json_response(429, {"message": "slow"}, **{"retry-after": "0"}),
        json_response(201, prediction()),
    ]
    client, rec = make_client(lambda r: replies.pop(0), trust_idempotency_keys=True)
    client.predictions.create({"input": {"prompt": "hi"}}, "wriftai/echo")
    keys = {r.headers["idempotency-key"] for r in rec.requests}
    assert len(rec.requests) == 3 and len(keys) == 1


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_post_after_a_5xx_is_not_retried_by_default(
    no_backoff: list[float], form: str
) -> None:
    client, rec = make_client(lambda r: json_response(503, {"message": "down"}))
    params = {"input": {"prompt": "hi"}}
    with pytest.raises(wriftai.InternalServerError) as info:
        if form == "sync":
            client.predictions.create(params, "wriftai/echo")
        else:
            await client.predictions.async_create(params, "wriftai/echo")
    assert len(rec.requests) == 1
    error = info.value
    key = rec.requests[0].headers["idempotency-key"]
    assert error.may_have_been_processed is True and error.idempotency_key == key
    assert (
        str(error) == f"503: down; the request may have been processed; check before "
        f"sending it again (idempotency key {key})"
    )


def test_a_post_after_a_429_is_retried_by_default(no_backoff: list[float]) -> None:
    replies = [json_response(429, {"message": "slow"}, **{"retry-after": "0"})]
    client, rec = make_client(
        lambda r: replies.pop(0) if replies else json_response(201, prediction())
    )
    assert client.predictions.create({"input": 1}, "wriftai/echo").id == "pred_1"
    assert len(rec.requests) == 2


def test_a_post_whose_connection_failed_before_sending_is_retried(no_backoff: list[float]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return json_response(201, prediction())

    client, _rec = make_client(handler)
    assert client.predictions.create({"input": 1}, "wriftai/echo").id == "pred_1"
    assert len(calls) == 2


def test_a_dropped_post_is_not_resent_by_default(no_backoff: list[float]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.RemoteProtocolError("server disconnected", request=request)

    client, _rec = make_client(handler)
    with pytest.raises(wriftai.APIConnectionError, match="may have been processed") as info:
        client.predictions.create({"input": 1}, "wriftai/echo")
    assert len(calls) == 1 and info.value.may_have_been_processed
    assert info.value.idempotency_key == calls[0].headers["idempotency-key"]


def test_a_completion_creates_nothing_and_is_retried_after_a_5xx(no_backoff: list[float]) -> None:
    body = {
        "request_id": "r",
        "output": {"text": "hi", "num_prompt_tokens": 1, "num_completion_tokens": 1},
    }
    replies = [json_response(503, {"detail": "busy"})]
    client, rec = make_client(lambda r: replies.pop(0) if replies else json_response(200, body))
    client.completions.create("llama-2-7b", "hi", max_new_tokens=5, temperature=0.1)
    assert len(rec.requests) == 2


def test_a_get_is_still_retried_after_a_5xx_and_a_dropped_connection(
    no_backoff: list[float],
) -> None:
    replies: list[Any] = [json_response(503, {"message": "down"}), "drop"]

    def handler(request: httpx.Request) -> httpx.Response:
        reply = replies.pop(0) if replies else json_response(200, user())
        if reply == "drop":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return reply  # type: ignore[no-any-return]

    client, rec = make_client(handler)
    assert client.users.get("demo").username
    assert len(rec.requests) == 3


def test_caller_idempotency_key_is_used(no_backoff: list[float]) -> None:
    client, rec = make_client(lambda r: json_response(201, prediction()))
    client.predictions.create({"input": 1}, "wriftai/echo", idempotency_key="my-key")
    client.predictions.create({"input": 1}, "wriftai/echo")
    assert rec.requests[0].headers["idempotency-key"] == "my-key"
    assert rec.requests[1].headers["idempotency-key"] not in {"my-key", ""}


def test_post_without_idempotency_key_is_not_retried(no_backoff: list[float]) -> None:
    client, rec = make_client(lambda r: json_response(503, {"message": "down"}))
    http = client._http
    with pytest.raises(wriftai.InternalServerError):
        send(http, {"method": "post", "url": "/anything", "json": {}})
    assert len(rec.requests) == 1


def test_connection_errors_are_retried_then_raised(no_backoff: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client, rec = make_client(handler, max_retries=2)
    with pytest.raises(wriftai.APIConnectionError) as info:
        client.models.get("wriftai", "echo")
    assert not isinstance(info.value, wriftai.APITimeoutError)
    assert len(rec.requests) == 3


def test_dropped_post_is_resent_with_its_key(no_backoff: list[float]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return json_response(201, prediction())

    client, _rec = make_client(handler, trust_idempotency_keys=True)
    assert client.predictions.create({"input": 1}, "wriftai/echo").id == "pred_1"
    assert calls[0].headers["idempotency-key"] == calls[1].headers["idempotency-key"]


def test_timeout_maps_to_api_timeout_error(no_backoff: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client, rec = make_client(handler, max_retries=0)
    with pytest.raises(wriftai.APITimeoutError):
        client.users.get("demo")
    assert len(rec.requests) == 1


async def test_async_retries_share_the_policy(no_backoff: list[float]) -> None:
    replies = [json_response(502, {"message": "x"}), json_response(200, user())]
    client, rec = make_client(lambda r: replies.pop(0))
    assert (await client.users.async_get("demo")).username == "demo"
    assert len(rec.requests) == 2


def test_token_is_absent_from_repr_logs_and_errors(
    caplog: pytest.LogCaptureFixture, no_backoff: list[float]
) -> None:
    replies = [json_response(503, {"message": "down"}), json_response(401, {"message": "bad"})]
    client, _rec = make_client(lambda r: replies.pop(0))
    caplog.set_level(logging.DEBUG, logger="wriftai")
    with pytest.raises(wriftai.AuthenticationError) as info:
        client.users.get("demo")
    assert caplog.records, "the transport logs its attempts"
    texts = [repr(client), repr(client._http), str(info.value), repr(info.value), caplog.text]
    texts += [repr(client.users), repr(client.with_options(timeout=1))]
    assert all(TOKEN not in text for text in texts)


def test_env_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WRIFTAI_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("WRIFTAI_API_BASE_URL", "http://env.test/v1/")
    client = wriftai.Client()
    assert client.api_base_url == "http://env.test/v1"
    request = client._http.build(http_client(client._http), {"method": "get", "url": "/user"})
    assert request.headers["authorization"] == "Bearer env-token"
    monkeypatch.delenv("WRIFTAI_API_BASE_URL")
    assert wriftai.Client().api_base_url == "https://api.wrift.ai/v1"
    client.close()


async def test_context_managers_close_owned_clients() -> None:
    with wriftai.Client(access_token="t", api_base_url="http://x/v1") as client:
        sync = http_client(client._http)
    assert sync.is_closed
    async with wriftai.Client(access_token="t", api_base_url="http://x/v1") as client:
        other = async_http_client(client._http)
    assert other.is_closed


def test_bad_client_arguments() -> None:
    with pytest.raises(ValueError):
        wriftai.Client(access_token="t", max_retries=-1)
    with pytest.raises(TypeError):
        wriftai.Client(access_token="t", timeout="5")  # type: ignore[arg-type]


def test_a_long_retry_after_raises_at_once_instead_of_retrying_early(
    no_backoff: list[float],
) -> None:
    slow_down = json_response(429, {"message": "slow down"}, **{"retry-after": "120"})
    client, rec = make_client(lambda r: slow_down)
    with pytest.raises(wriftai.RateLimitError) as raised:
        client.users.get("demo")
    assert len(rec.requests) == 1 and no_backoff == []
    assert raised.value.response.headers["retry-after"] == "120"


def test_a_post_that_timed_out_reading_is_not_retried(no_backoff: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no response in time", request=request)

    client, rec = make_client(handler, max_retries=2)
    with pytest.raises(wriftai.APITimeoutError):
        client.predictions.create({"input": {"x": 1}}, "wriftai/echo")  # a creating POST
    assert len(rec.requests) == 1
    with pytest.raises(wriftai.APITimeoutError):
        client.predictions.get("pred_1")  # a GET is safe to send again
    assert len(rec.requests) == 1 + 3


def test_closing_a_copy_leaves_the_shared_pools_open() -> None:
    client = wriftai.Client(access_token="t", api_base_url="http://x/v1")
    pool = http_client(client._http)
    with client.with_options(max_retries=0) as quick:
        assert http_client(quick._http) is pool
    assert not pool.is_closed
    client.close()
    assert pool.is_closed
