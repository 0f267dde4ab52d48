"""Edge cases found in review: real (unread) stream bodies, secrets, raw streams, timeouts."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import wriftai
from _wriftai_sync.streaming import Stream

from .conftest import json_response, make_client, sse


def _streamed(body: bytes) -> Any:
    """A response whose body arrives as a generator, as from a socket: it is not read yet."""

    def handler(request: httpx.Request) -> httpx.Response:
        def chunks() -> Iterator[bytes]:
            yield body

        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=chunks())

    return handler


def test_a_strict_error_on_an_unread_stream_is_typed_and_carries_the_event() -> None:
    body = sse(("1", "done", {"id": 5, "status": "succeeded"}))
    client, _rec = make_client(_streamed(body), strict_response_validation=True)
    with pytest.raises(wriftai.APIResponseValidationError) as info:
        list(client.predictions.stream("pred_1"))
    assert info.value.path is not None and info.value.path.startswith("$.data")
    assert info.value.operation == "stream_prediction"


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        (b'id: 1\nevent: init\ndata: "pred_1"\n\n', "$.data"),
        (b'event: init\ndata: {"id": "pred_1"}\n\n', "$.id"),
        (b"id: 1\nevent: error\ndata: [1]\n\n", "$.data"),
    ],
)
def test_a_strict_client_rejects_known_events_of_the_wrong_shape(raw: bytes, path: str) -> None:
    client, _rec = make_client(_streamed(raw), strict_response_validation=True)
    with pytest.raises(wriftai.APIResponseValidationError) as info:
        list(client.predictions.stream("pred_1"))
    assert info.value.path == path
    lenient = client.with_options(strict_response_validation=False)
    assert isinstance(
        next(iter(lenient.predictions.stream("pred_1"))), wriftai.UnknownPredictionEvent
    )


@pytest.mark.parametrize("secret", ["sk-token\n", "sk token", "sk-\x00token"])
def test_a_token_with_whitespace_is_refused_without_showing_it(
    secret: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), pytest.raises(ValueError) as info:
        wriftai.Client(access_token=secret, api_base_url="http://127.0.0.1:9/v1")
    assert "token" not in str(info.value).replace("access_token", "")
    assert secret.strip() not in str(info.value)
    assert all(secret.strip() not in r.getMessage() for r in caplog.records)


def test_an_llm_engine_key_with_a_newline_is_refused() -> None:
    with pytest.raises(ValueError, match="LLM Engine API key") as info:
        wriftai.Client(
            access_token="t",
            api_base_url="http://127.0.0.1:9/v1",
            llm_engine_base_path="http://127.0.0.1:9",
            llm_engine_api_key="llm-secret\n",
        )
    assert "llm-secret" not in str(info.value)


def test_the_raw_form_of_a_completion_stream_is_still_a_stream_that_closes() -> None:
    output = {"text": "a", "finished": True, "num_completion_tokens": 1}
    chunk = f"data: {json.dumps({'request_id': 'r', 'output': output})}\n\n".encode()
    client, _rec = make_client(_streamed(chunk))
    raw = client.completions.with_raw_response.create("llama-2-7b", "hi", stream=True)  # type: ignore[call-overload]
    stream = raw.parse()
    assert isinstance(stream, Stream) and raw.status_code == 200
    with stream as events:
        assert [e.output.text for e in events] == ["a"]


def test_a_repeatable_post_is_retried_after_a_read_timeout(no_backoff: list[float]) -> None:
    body = {
        "request_id": "r",
        "output": {"text": "hi", "num_prompt_tokens": 1, "num_completion_tokens": 1},
    }
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=request)
        return json_response(200, body)

    client, _rec = make_client(handler)
    client.completions.create("llama-2-7b", "hi", max_new_tokens=5, temperature=0.1)
    assert len(calls) == 2


def test_a_trusted_create_is_not_retried_after_a_read_timeout(no_backoff: list[float]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    client, _rec = make_client(handler, trust_idempotency_keys=True)
    with pytest.raises(wriftai.APITimeoutError) as info:
        client.predictions.create({"input": {"x": 1}}, "wriftai/echo")
    assert len(calls) == 1 and info.value.may_have_been_processed


def test_a_streamed_create_learns_the_id_from_an_init_without_an_sse_id() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.method == "POST":

            def cut() -> Iterator[bytes]:
                yield b'event: init\ndata: {"id": "pred_7"}\n\n'
                raise httpx.ReadError("connection reset")

            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=cut())
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=sse(("2", "done", {"status": "succeeded"})),
        )

    client, _rec = make_client(handler)
    events = list(
        client.predictions.create({"input": {"x": 1}}, "wriftai/echo", wait=True, stream=True)
    )
    assert [e.event for e in events] == ["init", "done"]  # type: ignore[union-attr]
    assert [r.method for r in calls] == ["POST", "GET"]
    assert calls[1].url.path.endswith("/predictions/pred_7/stream")
