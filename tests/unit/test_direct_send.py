"""Requests of a client's own httpx clients skip `httpx.Client.send`; nothing else changes.

The httpx clients `wriftai` creates hand requests straight to their transport (see
`wriftai._httpx_compat.may_skip_send`). These tests give such a client an in-process
transport (httpx's `HTTPTransport` is swapped for a `MockTransport` before the client makes
its pool) and check that what goes out, and what a caller gets back, is what `Client.send` gives.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import wriftai
from _wriftai_sync.retry import RetryTransport
from _wriftai_sync.send import http_client, send
from wriftai._core.requests import parsed_url as _url
from wriftai._http import HTTP
from wriftai._httpx_compat import may_skip_send

from .conftest import TOKEN, Handler, Recorder, json_response, user

BASE = "http://api.test/v1"


@pytest.fixture
def own_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Makes clients whose httpx pools are their own, answered by a handler in process."""
    made: list[wriftai.Client] = []

    def make(handler: Handler, **options: Any) -> tuple[wriftai.Client, Recorder]:
        recorder = Recorder(handler)

        def transport(**_: Any) -> httpx.MockTransport:
            return httpx.MockTransport(recorder)

        monkeypatch.setattr(httpx._client, "HTTPTransport", transport)
        monkeypatch.setattr(httpx._client, "AsyncHTTPTransport", transport)
        monkeypatch.setattr(httpx.Client, "send", _counted(httpx.Client.send))
        monkeypatch.setattr(httpx.AsyncClient, "send", _counted(httpx.AsyncClient.send))
        client = wriftai.Client(access_token=TOKEN, api_base_url=BASE, **options)
        made.append(client)
        return client, recorder

    yield make
    for client in made:
        client.close()


SENT_THROUGH_SEND: list[str] = []


def _counted(send: Any) -> Any:
    """`Client.send`, noting each request that goes through it."""

    def counting(self: Any, request: httpx.Request, **options: Any) -> Any:
        SENT_THROUGH_SEND.append(request.url.path)
        return send(self, request, **options)

    return counting


@pytest.fixture(autouse=True)
def _fresh_count() -> None:
    SENT_THROUGH_SEND.clear()


def _sent(request: httpx.Request) -> tuple[Any, ...]:
    return (
        request.method,
        str(request.url),
        sorted(request.headers.multi_items()),
        request.read(),
        {k: v for k, v in request.extensions.items()},
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "get", "url": "/models/a/b"},
        {"method": "get", "url": "/models", "params": {"page_size": 5, "q": "a b/ü"}},
        {"method": "post", "url": "/predictions", "json": {"input": {"x": [1, 2]}}},
        {
            "method": "post",
            "url": "/predictions",
            "json": {"a": 1},
            "headers": {"Idempotency-Key": "k1", "Prefer": "wait=5"},
        },
        {"method": "put", "url": "/x", "content": b"raw bytes", "read_timeout": 3.5},
        {"method": "post", "url": "/files", "files": {"file": ("a.txt", b"abc", "text/plain")}},
        {"method": "get", "url": "/user", "headers": {"Authorization": "Bearer other"}},
        {
            "method": "get",
            "url": "/user",
            "headers": {"x-team": "b", "ACCEPT-ENCODING": "identity"},
        },
    ],
)
def test_a_direct_request_is_the_request_build_request_makes(kwargs: dict[str, Any]) -> None:
    http = HTTP(TOKEN, BASE, {"X-Team": "a"}, 9.0, 2)
    client = http_client(http)
    try:
        direct = http.build(client, kwargs, direct=True)
        usual = http.build(client, kwargs)
        if "files" in kwargs:  # a multipart boundary is random: compare with it replaced
            for request in (direct, usual):
                boundary = request.headers["content-type"].partition("boundary=")[2]
                request.headers["content-type"] = request.headers["content-type"].replace(
                    boundary, "B"
                )
                request._content = request.read().replace(boundary.encode(), b"B")
        assert _sent(direct) == _sent(usual)
        # The client's token wins over a header of the same name, as before; a call's
        # header replaces the client's of the same name, whatever the case.
        assert direct.headers.get_list("authorization") == [f"Bearer {TOKEN}"]
        assert direct.headers.get_list("x-team") == [kwargs.get("headers", {}).get("x-team", "a")]
        assert len(direct.headers.get_list("accept-encoding")) == 1
    finally:
        http.close()


def _streamed(status: int, body: Any) -> httpx.Response:
    """A response whose body is read from a stream, as one off the network is."""
    return httpx.Response(status, content=iter([json.dumps(body).encode()]))


def test_a_response_looks_as_client_send_leaves_it(own_client: Any) -> None:
    client, rec = own_client(lambda r: _streamed(200, user()))
    raw = client.users.with_raw_response.get("demo")
    response = raw.http_response
    assert response.request is rec.requests[0]
    assert response.elapsed.total_seconds() >= 0
    assert response.is_closed
    assert SENT_THROUGH_SEND == []  # the request went straight to the transport


async def test_the_async_form_goes_direct_too(own_client: Any) -> None:
    async def body() -> Any:
        yield json.dumps(user()).encode()

    client, rec = own_client(lambda r: httpx.Response(200, content=body()))
    raw = await client.users.with_raw_response.async_get("demo")
    assert raw.http_response.request is rec.requests[0]
    assert raw.http_response.elapsed.total_seconds() >= 0
    assert SENT_THROUGH_SEND == []
    await client.aclose()


def test_a_cookie_the_server_sets_is_kept_and_sent_back(own_client: Any) -> None:
    replies = [
        json_response(200, user(), **{"set-cookie": "session=abc; Path=/"}),
        json_response(200, user()),
    ]
    client, rec = own_client(lambda r: replies.pop(0))
    client.users.get("demo")
    pool = http_client(client._http)
    assert pool.cookies.get("session") == "abc"
    assert SENT_THROUGH_SEND == []
    client.users.get("demo")
    assert SENT_THROUGH_SEND == ["/v1/users/demo"]  # a jar with cookies: Client.send sends
    assert "cookie" not in rec.requests[0].headers
    assert rec.requests[1].headers["cookie"] == "session=abc"


def test_proxies_from_the_environment_go_through_client_send(
    own_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.test:3128")
    client, _ = own_client(lambda r: json_response(200, user()))
    pool = http_client(client._http)
    assert pool._mounts  # httpx mounted a proxy transport, wrapped for retries
    assert all(isinstance(t, RetryTransport) for t in pool._mounts.values() if t is not None)
    assert not may_skip_send(
        pool, "sync" in client._http.pools.owned, client._http.settings.base_url
    )


def test_a_caller_supplied_client_keeps_its_own_send() -> None:
    seen: list[str] = []
    supplied = httpx.Client(
        transport=httpx.MockTransport(lambda r: json_response(200, user())),
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    client = wriftai.Client(access_token=TOKEN, api_base_url=BASE, http_client=supplied)
    assert not may_skip_send(
        supplied, "sync" in client._http.pools.owned, client._http.settings.base_url
    )
    client.users.get("demo")
    assert seen == ["/v1/users/demo"]


def test_httpx_logs_its_request_line_as_before(
    own_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    client, _ = own_client(lambda r: json_response(200, user()))
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.users.get("demo")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == [f'HTTP Request: GET {BASE}/users/demo "HTTP/1.1 200 OK"']


def test_an_error_status_and_a_stream_behave_as_before(own_client: Any) -> None:
    client, _ = own_client(
        lambda r: json_response(404, {"error": "no such user"}, **{"x-request-id": "rq_1"})
    )
    with pytest.raises(wriftai.NotFoundError) as caught:
        client.users.get("ghost")
    assert caught.value.request_id == "rq_1"
    assert caught.value.response.is_closed
    body = json.dumps(user()).encode()
    client2, _ = own_client(lambda r: httpx.Response(200, content=iter([body])))
    response = send(client2._http, {"method": "get", "url": "/user"}, stream=True)
    assert not response.is_closed
    assert response.read() == body
    response.close()
    assert response.elapsed.total_seconds() >= 0
    assert SENT_THROUGH_SEND == []  # neither the error nor the stream went through send


def test_a_parsed_url_is_reused_and_never_shared_wrongly() -> None:
    a = _url("http://api.test/v1/models/a/b")
    assert _url("http://api.test/v1/models/a/b") is a
    other = _url("http://api.test/v1/models/a/c?page_size=2")
    assert other != a and other == httpx.URL("http://api.test/v1/models/a/c?page_size=2")


def test_a_transport_error_knows_its_request(own_client: Any, no_backoff: list[float]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client, _ = own_client(refuse)
    with pytest.raises(wriftai.APIConnectionError) as caught:
        client.users.get("demo")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url.path == "/v1/users/demo"  # as `Client.send` leaves it
    assert SENT_THROUGH_SEND == []


def test_a_redirect_is_offered_not_followed(own_client: Any) -> None:
    client, rec = own_client(lambda r: httpx.Response(302, headers={"location": "/v1/else"}))
    response = send(client._http, {"method": "get", "url": "/user"})
    assert response.status_code == 302 and len(rec.requests) == 1
    assert response.next_request is not None
    assert response.next_request.url == httpx.URL(f"{BASE}/else")


def test_credentials_in_the_base_url_still_become_basic_auth(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[httpx.Request] = []

    def transport(**_: Any) -> httpx.MockTransport:
        return httpx.MockTransport(lambda r: seen.append(r) or json_response(200, user()))

    monkeypatch.setattr(httpx._client, "HTTPTransport", transport)
    client = wriftai.Client(access_token=None, api_base_url="http://me:pw@api.test/v1")
    client.users.get("demo")
    assert seen[0].headers["authorization"] == "Basic bWU6cHc="
    client.close()
