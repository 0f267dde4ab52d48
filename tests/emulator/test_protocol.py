"""Protocol features: auth, errors, request ids, pagination, waiting, streams, idempotency,
completions."""

from __future__ import annotations

import base64
import threading
import time
from typing import Any

import httpx
import pytest
from emulator_helpers import parse_sse, predict, read_stream, wait_for

from wriftai.testing import Emulator


def _auth(emu: Emulator) -> dict[str, str]:
    return {"Authorization": f"Bearer {emu.token}"}


# ---------------------------------------------------------------- auth, errors, request ids
def test_requests_without_a_valid_token_get_401_and_change_nothing(emu: Emulator) -> None:
    body = {"name": "sneaky", "hardware_identifier": "cpu-small"}
    missing = httpx.post(f"{emu.base_url}/models", json=body)
    wrong = httpx.post(f"{emu.base_url}/models", json=body, headers={"Authorization": "Bearer x"})
    basic = httpx.get(f"{emu.base_url}/user", headers={"Authorization": f"Basic {emu.token}"})
    for response in (missing, wrong, basic):
        assert response.status_code == 401
        assert set(response.json()) == {"message", "detail"}
        assert response.headers["x-request-id"]
    assert ("demo", "sneaky") not in emu.state.models


def test_every_response_carries_a_distinct_request_id(api: httpx.Client, emu: Emulator) -> None:
    responses = [
        api.get("/user"),
        api.get("/nowhere"),
        api.post("/models", content=b"{", headers={"content-type": "application/json"}),
        api.get("/models", params={"page_size": 0}),
        httpx.get(f"{emu.base_url}/user"),
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(ids) and len(set(ids)) == len(ids)
    assert [r.request_id for r in emu.requests] == ids


def test_malformed_json_is_a_400_that_says_so(api: httpx.Client) -> None:
    response = api.post(
        "/models", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "Malformed JSON" in response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        ("POST", "/models", {"json": {"hardware_identifier": "cpu-small"}}, "name"),
        ("POST", "/models", {"json": {"name": "bad name!", "hardware_identifier": "x"}}, "name"),
        ("GET", "/models?page_size=101", {}, "page_size"),
        ("GET", "/models?sort_by=name", {}, "sort_by"),
        (
            "POST",
            "/predictions",
            {"json": {"model": "wriftai/echo", "input": {}}, "headers": {"Prefer": "wait=soon"}},
            "Prefer",
        ),
    ],
)
def test_spec_violations_get_422_naming_the_field(
    api: httpx.Client, method: str, path: str, kwargs: dict[str, Any], field: str
) -> None:
    response = api.request(method, path, **kwargs)
    assert response.status_code == 422, response.text
    assert field in response.json()["message"]
    assert field in [str(part) for part in response.json()["detail"][0]["loc"]]


def test_llm_engine_violations_get_fastapi_422_bodies(api: httpx.Client) -> None:
    response = api.post(
        "/llm/completions-sync?model_endpoint_name=llama-2-7b",
        json={"prompt": "p", "max_new_tokens": 1, "temperature": 1.5},
    )
    assert response.status_code == 422, response.text
    (field,) = response.json()["detail"]
    assert field["loc"] == ["body", "temperature"] and field["type"] == "value_error"
    assert set(response.json()) == {"detail"} and field["msg"]


def test_unknown_hardware_is_a_422_on_that_field(api: httpx.Client) -> None:
    response = api.post("/models", json={"name": "m", "hardware_identifier": "quantum-9000"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "hardware_identifier"]


def test_unknown_method_is_405_with_allow(api: httpx.Client) -> None:
    response = api.delete("/user")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PATCH"


# ---------------------------------------------------------------- pagination
def _make_models(api: httpx.Client, count: int, prefix: str) -> list[str]:
    names = []
    for index in range(count):
        name = f"{prefix}-{index:02d}"
        response = api.post("/models", json={"name": name, "hardware_identifier": "cpu-small"})
        assert response.status_code == 201
        names.append(name)
    return names


def _names(page: dict[str, Any]) -> list[str]:
    return [m["name"] for m in page["items"]]


def test_pagination_walks_every_item_once_with_opaque_cursors(api: httpx.Client) -> None:
    created = _make_models(api, 25, "walk")
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"page_size": 7}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/models/demo", params=params).json()
        seen += _names(page)
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert cursor.isascii() and not cursor.isdigit()
    assert pages == 4
    assert seen == sorted(created, reverse=True)  # newest first by default


def test_pages_are_stable_under_inserts_and_deletes(api: httpx.Client) -> None:
    original = sorted(_make_models(api, 12, "stable"), reverse=True)
    first = api.get("/models/demo", params={"page_size": 5}).json()
    assert _names(first) == original[:5]
    # Newer models land before the cursor; some already-seen ones disappear.
    _make_models(api, 3, "stable-new")
    for name in original[:3]:
        assert api.delete(f"/models/demo/{name}").status_code == 204
    second = api.get("/models/demo", params={"page_size": 5, "cursor": first["next_cursor"]}).json()
    assert _names(second) == original[5:10]  # an offset cursor would skip or repeat here
    back = api.get(
        "/models/demo", params={"page_size": 5, "cursor": second["previous_cursor"]}
    ).json()
    assert _names(back)[-2:] == original[3:5]
    assert set(_names(back)) & set(original[5:10]) == set()


def test_first_page_has_no_previous_cursor_and_default_size_20(api: httpx.Client) -> None:
    _make_models(api, 22, "size")
    page = api.get("/models/demo").json()
    assert len(page["items"]) == 20
    assert page["previous_cursor"] is None
    assert page["next_cursor"] is not None


def test_sorting_by_prediction_count(api: httpx.Client) -> None:
    predict(api)
    predict(api)
    api.post("/predictions", json={"model": "wriftai/uppercase", "input": {"prompt": "a"}})
    params = {"sort_by": "prediction_count", "sort_direction": "desc"}
    counts = [
        (m["name"], m["predictions_count"])
        for m in api.get("/models", params=params).json()["items"]
    ]
    assert counts[:2] == [("echo", 2), ("uppercase", 1)]
    params["sort_direction"] = "asc"
    ascending = [m["predictions_count"] for m in api.get("/models", params=params).json()["items"]]
    assert ascending == sorted(ascending)


def test_bad_or_foreign_cursors_are_422(api: httpx.Client) -> None:
    hardware_cursor = api.get("/hardware", params={"page_size": 1}).json()["next_cursor"]
    foreign = api.get("/models", params={"cursor": hardware_cursor})
    garbage = api.get("/models", params={"cursor": base64.b64encode(b"offset=20").decode()})
    for response in (foreign, garbage):
        assert response.status_code == 422
        assert "cursor" in response.json()["message"]


# ---------------------------------------------------------------- predictions: wait, streams
def test_prefer_wait_holds_until_terminal(api: httpx.Client, emu: Emulator) -> None:
    response = api.post(
        "/predictions",
        json={"model": "wriftai/echo", "input": {"prompt": "wait for me"}},
        headers={"Prefer": "wait"},
    )
    assert response.status_code == 201
    assert response.json()["status"] == "succeeded"
    assert response.json()["output"] == ["wait ", "for ", "me"]


def test_prefer_wait_times_out_with_the_current_state() -> None:
    with Emulator(prediction_duration=5.0, era="legacy") as slow:
        started = time.monotonic()
        response = httpx.post(
            f"{slow.base_url}/predictions",
            json={"model": "wriftai/echo", "input": {"prompt": "slow"}},
            headers={**_auth(slow), "Prefer": "wait=1"},
            timeout=10,
        )
        elapsed = time.monotonic() - started
    assert response.status_code == 201
    # Held for the whole second asked for, then answered before the prediction ended.
    assert response.json()["status"] in {"pending", "started"}
    assert elapsed >= 1.0


def test_prefer_wait_wakes_on_cancel() -> None:
    # Neither the prediction (an hour) nor the wait (60 s, the most the server holds) ends
    # on its own while the test runs: only the cancel can answer the waiting request.
    with Emulator(prediction_duration=3600.0, era="legacy") as slow:
        client = httpx.Client(base_url=slow.base_url, headers=_auth(slow), timeout=120)
        result: dict[str, Any] = {}

        def create() -> None:
            result["response"] = client.post(
                "/predictions",
                json={"model": "wriftai/echo", "input": {"prompt": "x"}},
                headers={"Prefer": "wait=60"},
            )

        thread = threading.Thread(target=create, daemon=True)
        thread.start()
        wait_for(lambda: len(slow.state.predictions) == 1)
        (prediction_id,) = slow.state.predictions
        assert "response" not in result  # still held by the wait
        cancelled = client.post(f"/predictions/{prediction_id}/cancel").json()
        thread.join(30)  # a guard against hanging, far below the 60 s wait
        assert "response" in result, "the cancel did not wake the waiting request"
        answered = result["response"].json()
        assert answered["status"] == "cancelled" and answered["id"] == prediction_id
        assert answered["updated_at"] == cancelled["updated_at"]  # the moment of the cancel


def test_stream_true_with_prefer_wait_answers_with_the_event_stream(api: httpx.Client) -> None:
    response = api.post(
        "/predictions",
        json={"model": "wriftai/uppercase", "input": {"prompt": "to be loud"}, "stream": True},
        headers={"Prefer": "wait"},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    assert [e["event"] for e in events] == ["init", "output", "output", "output", "done"]
    assert [e["id"] for e in events] == ["1", "2", "3", "4", "5"]
    assert events[-1]["data"]["output"] == "TO BE LOUD"


def test_stream_resumes_after_id_without_loss_or_repeat(api: httpx.Client) -> None:
    created = predict(api, "one two three four five six")
    prediction_id = created["id"]
    with api.stream("GET", f"/predictions/{prediction_id}/stream") as response:
        seen: list[dict[str, Any]] = []
        buffer = ""
        for text in response.iter_text():
            buffer += text
            while "\n\n" in buffer:
                block, buffer = buffer.split("\n\n", 1)
                seen += parse_sse(block + "\n\n")
            if len(seen) >= 3:
                break  # hang up early, mid-prediction
    resumed = api.get(f"/predictions/{prediction_id}/stream", params={"after_id": seen[-1]["id"]})
    rest = parse_sse(resumed.text)
    full = parse_sse(api.get(f"/predictions/{prediction_id}/stream").text)
    combined = seen + rest
    assert [e["id"] for e in combined] == [e["id"] for e in full]
    assert [e["event"] for e in rest][-1] == "done"
    assert "init" not in [e["event"] for e in rest]
    assert [e["data"] for e in combined if e["event"] == "output"] == [
        "one ",
        "two ",
        "three ",
        "four ",
        "five ",
        "six",
    ]


def test_quiet_stream_closes_after_the_idle_time_and_resumes() -> None:
    with Emulator(prediction_duration=2.0) as emu:
        client = httpx.Client(base_url=emu.base_url, headers=_auth(emu), timeout=10)
        created = client.post(
            "/predictions", json={"model": "wriftai/echo", "input": {"prompt": "solo"}}
        ).json()
        started = time.monotonic()
        first = parse_sse(
            client.get(f"/predictions/{created['id']}/stream", headers={"Prefer": "wait=1"}).text
        )
        elapsed = time.monotonic() - started
        # Kept open for the idle second, then closed before anything else happened.
        assert [e["event"] for e in first] == ["init"]
        assert elapsed >= 0.9
        rest = parse_sse(
            client.get(
                f"/predictions/{created['id']}/stream", params={"after_id": first[-1]["id"]}
            ).text
        )
        assert [e["event"] for e in rest] == ["output", "done"]
        assert emu.spec_violations == []


def test_outputs_arrive_spread_over_the_prediction() -> None:
    with Emulator(prediction_duration=1.0) as emu:
        client = httpx.Client(base_url=emu.base_url, headers=_auth(emu), timeout=10)
        created = client.post(
            "/predictions", json={"model": "wriftai/echo", "input": {"prompt": "a b c d"}}
        ).json()
        arrivals: list[float] = []
        with client.stream("GET", f"/predictions/{created['id']}/stream") as response:
            for line in response.iter_lines():
                if line == "event: output":
                    arrivals.append(time.monotonic())
        assert len(arrivals) == 4
        assert arrivals[-1] - arrivals[0] > 0.3


def test_failing_input_fails_with_a_task_error(api: httpx.Client) -> None:
    response = api.post(
        "/predictions",
        json={"model": "wriftai/echo", "input": {"prompt": "a b c d", "fail": True}},
        headers={"Prefer": "wait"},
    )
    body = response.json()
    assert body["status"] == "failed"
    assert body["error"]["source"] == "external"
    events = parse_sse(api.get(f"/predictions/{body['id']}/stream").text)
    assert [e["event"] for e in events] == ["init", "output", "output", "error"]
    assert events[-1]["data"] == body["error"]


def test_validate_input_checks_the_versions_schema(api: httpx.Client, emu: Emulator) -> None:
    bad = {"model": "wriftai/echo", "input": {"prompt": 5, "repeat": 0}}
    rejected = api.post("/predictions", json=bad, headers={"Validate-Input": "true"})
    assert rejected.status_code == 422
    assert (
        "input.prompt" in rejected.json()["message"] or "input.repeat" in rejected.json()["message"]
    )
    locs = [d["loc"] for d in rejected.json()["detail"]]
    assert ["body", "input", "prompt"] in locs and ["body", "input", "repeat"] in locs
    assert emu.state.predictions == {}
    accepted = api.post("/predictions", json=bad, headers={"Prefer": "wait"})
    assert accepted.status_code == 201
    assert accepted.json()["status"] == "failed"  # the model itself refuses it


def test_cancelled_stream_ends_with_done(api: httpx.Client) -> None:
    created = predict(api, "x y z")
    api.post(f"/predictions/{created['id']}/cancel")
    events = parse_sse(api.get(f"/predictions/{created['id']}/stream").text)
    assert events[-1]["event"] == "done"
    assert events[-1]["data"]["status"] == "cancelled"


# ---------------------------------------------------------------- idempotency
def test_repeated_idempotency_key_returns_the_first_response(
    api: httpx.Client, emu: Emulator
) -> None:
    body = {"model": "wriftai/echo", "input": {"prompt": "once"}}
    first = api.post("/predictions", json=body, headers={"Idempotency-Key": "k-1"})
    second = api.post("/predictions", json=body, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == second.status_code == 201
    assert first.content == second.content
    assert second.headers["idempotent-replayed"] == "true"
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert len(emu.state.predictions) == 1
    assert emu.state.models[("wriftai", "echo")].predictions_count == 1
    other = api.post("/predictions", json=body, headers={"Idempotency-Key": "k-2"})
    assert other.json()["id"] != first.json()["id"]
    assert len(emu.state.predictions) == 2


def test_idempotency_key_with_another_body_is_422(api: httpx.Client, emu: Emulator) -> None:
    api.post(
        "/models",
        json={"name": "a", "hardware_identifier": "cpu-small"},
        headers={"Idempotency-Key": "k"},
    )
    response = api.post(
        "/models",
        json={"name": "b", "hardware_identifier": "cpu-small"},
        headers={"Idempotency-Key": "k"},
    )
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["message"]
    assert ("demo", "b") not in emu.state.models


def test_idempotency_keys_are_scoped_by_path(api: httpx.Client) -> None:
    model = api.post(
        "/models",
        json={"name": "a", "hardware_identifier": "cpu-small"},
        headers={"Idempotency-Key": "same"},
    )
    prediction = api.post(
        "/predictions",
        json={"model": "wriftai/echo", "input": {"prompt": "p"}},
        headers={"Idempotency-Key": "same"},
    )
    assert model.status_code == prediction.status_code == 201


def test_idempotency_key_in_flight_is_409() -> None:
    with Emulator(prediction_duration=1.0) as emu:
        client = httpx.Client(base_url=emu.base_url, headers=_auth(emu), timeout=10)
        body = {"model": "wriftai/echo", "input": {"prompt": "slow"}}
        results: list[httpx.Response] = []
        thread = threading.Thread(
            target=lambda: results.append(
                client.post(
                    "/predictions", json=body, headers={"Idempotency-Key": "busy", "Prefer": "wait"}
                )
            )
        )
        thread.start()
        wait_for(lambda: len(emu.state.predictions) == 1)
        clash = client.post("/predictions", json=body, headers={"Idempotency-Key": "busy"})
        thread.join(10)
        assert clash.status_code == 409
        assert results[0].json()["status"] == "succeeded"
        replay = client.post(
            "/predictions", json=body, headers={"Idempotency-Key": "busy", "Prefer": "wait"}
        )
        assert replay.content == results[0].content
        assert len(emu.state.predictions) == 1


# ---------------------------------------------------------------- completions
def _complete(api: httpx.Client, **body: Any) -> dict[str, Any]:
    request = {"prompt": "Tell me", "max_new_tokens": 30, "temperature": 0.0, **body}
    response = api.post(
        "/llm/completions-sync", params={"model_endpoint_name": "llama-2-7b"}, json=request
    )
    assert response.status_code == 200, response.text
    output: dict[str, Any] = response.json()["output"]
    return output


def test_completion_honours_max_new_tokens_and_stop_sequences(api: httpx.Client) -> None:
    assert _complete(api, max_new_tokens=2)["text"] == " The quick"
    stopped = _complete(api, stop_sequences=[" lazy"])
    assert stopped["text"] == " The quick brown fox jumps over the"
    kept = _complete(api, stop_sequences=[" lazy"], include_stop_str_in_output=True)
    assert kept["text"] == " The quick brown fox jumps over the lazy"
    assert _complete(api, stop_sequences=["."])["text"].endswith("dog")
    with_probs = _complete(api, max_new_tokens=3, return_token_log_probs=True)
    assert [t["token"] for t in with_probs["tokens"]] == [" The", " quick", " brown"]
    assert _complete(api, guided_choice=["yes", "no"])["text"] == "yes"


def test_completion_stream_matches_the_sync_completion(api: httpx.Client) -> None:
    body = {
        "prompt": "Tell me",
        "max_new_tokens": 12,
        "temperature": 0.0,
        "stop_sequences": ["dog"],
    }
    sync = api.post(
        "/llm/completions-sync", params={"model_endpoint_name": "llama-2-7b"}, json=body
    )
    stream = api.post(
        "/llm/completions-stream", params={"model_endpoint_name": "llama-2-7b"}, json=body
    )
    events = [e["data"] for e in parse_sse(stream.text) if e["data"]["output"]]
    assert "".join(e["output"]["text"] for e in events) == sync.json()["output"]["text"]
    assert events[-1]["output"]["finished"] is True
    assert all(not e["output"]["finished"] for e in events[:-1])
    assert len(events) > 3


def test_completion_against_an_unknown_or_unready_endpoint(api: httpx.Client) -> None:
    body = {"prompt": "x", "max_new_tokens": 1, "temperature": 0.0}
    unknown = api.post(
        "/llm/completions-stream", params={"model_endpoint_name": "ghost"}, json=body
    )
    assert unknown.status_code == 404
    endpoint = {
        "name": "fresh-endpoint",
        "model_name": "llama-2-7b",
        "source": "hugging_face",
        "inference_framework": "vllm",
        "inference_framework_image_tag": "latest",
        "num_shards": 1,
        "metadata": {},
        "endpoint_type": "streaming",
        "min_workers": 0,
        "max_workers": 1,
        "per_worker": 1,
        "labels": {"team": "qa", "product": "tests"},
    }
    assert api.post("/llm/model-endpoints", json=endpoint).status_code == 200
    # LLM Engine does not check readiness: the request fails upstream.
    busy = api.post(
        "/llm/completions-sync", params={"model_endpoint_name": "fresh-endpoint"}, json=body
    )
    assert busy.status_code == 500
    assert busy.json()["detail"].startswith("Upstream service error for request_id ")
    streamed = api.post(
        "/llm/completions-stream", params={"model_endpoint_name": "fresh-endpoint"}, json=body
    )
    assert streamed.status_code == 200  # the error comes as an event, after streaming began
    (error,) = [e["data"]["error"] for e in parse_sse(streamed.text) if e["data"]["error"]]
    assert error["status_code"] == 500 and error["content"]["timestamp"].endswith(" PST")
    wait_for(
        lambda: (
            api.post(
                "/llm/completions-sync", params={"model_endpoint_name": "fresh-endpoint"}, json=body
            ).status_code
            == 200
        )
    )


def test_stream_reader_helper_sees_a_broken_stream_as_broken() -> None:
    # Guards the helper the fault tests rely on.
    class Fake:
        def iter_bytes(self) -> Any:
            yield b"id: 1\nevent: init\ndata: {}\n\nid: 2\nev"
            raise httpx.RemoteProtocolError("cut")

    events, broken = read_stream(Fake())  # type: ignore[arg-type]
    assert broken and [e["id"] for e in events] == ["1"]
