"""LLM Engine pieces the emulator cannot produce on demand: stream error events, the
close of a stream's body, unknown job statuses, the exact upload request."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

import wriftai
from wriftai._pagination import ListResult

from .conftest import TOKEN, json_response, make_client


def chunk(text: str, finished: bool = False) -> dict[str, Any]:
    output = {"text": text, "finished": finished, "num_completion_tokens": 1}
    return {"request_id": "r1", "output": output, "error": None}


def sse_data(*payloads: dict[str, Any]) -> bytes:
    return "".join(f"data: {json.dumps(p)}\n\n" for p in payloads).encode()


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from (self.data[i : i + 40] for i in range(0, len(self.data), 40))

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self:
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streaming(body: Body) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    return handler


async def collect(stream: Any, into: list[Any]) -> None:
    if hasattr(stream, "__aiter__"):
        async for item in stream:
            into.append(item)
    else:
        into.extend(stream)


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_an_error_event_raises_a_stream_error(form: str) -> None:
    error = {"status_code": 503, "content": {"error": "GPU fell over", "timestamp": "t"}}
    body = Body(sse_data(chunk(" a"), {"request_id": "r1", "output": None, "error": error}))
    client, _ = make_client(streaming(body))
    create = client.completions.create if form == "sync" else client.completions.async_create
    stream = create("m", "p", 5, 0.1, stream=True)
    stream = await stream if form == "async" else stream  # type: ignore[misc]
    seen: list[Any] = []
    with pytest.raises(wriftai.StreamError) as info:
        await collect(stream, seen)
    assert [c.output.text for c in seen] == [" a"]
    assert info.value.status_code == 503 and info.value.message == "GPU fell over"
    assert info.value.request_id == "r1" and isinstance(info.value, wriftai.APIStatusError)
    assert body.closed


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_closing_a_stream_early_closes_the_response_body(form: str) -> None:
    body = Body(sse_data(*(chunk(f" t{i}") for i in range(50)), chunk(".", True)))
    client, _ = make_client(streaming(body))
    if form == "sync":
        with client.completions.create("m", "p", 60, 0.1, stream=True) as stream:
            assert next(stream).output.text == " t0"
            assert not body.closed
    else:
        async with await client.completions.async_create("m", "p", 60, 0.1, stream=True) as s:
            assert (await anext(s)).output.text == " t0"
            assert not body.closed
    assert body.closed


def test_a_stream_ends_after_the_finished_output() -> None:
    body = Body(sse_data(chunk(" a"), chunk(" b", True), chunk(" ignored")))
    client, rec = make_client(streaming(body))
    texts = [c.output.text for c in client.completions.create("m", "p", 5, 0.1, stream=True)]
    assert texts == [" a", " b"] and len(rec.requests) == 1 and body.closed


def test_a_clean_end_completes_a_stream_without_a_finished_output() -> None:
    # TensorRT-LLM endpoints never send finished: true; the body just ends.
    body = Body(sse_data(chunk(" a"), chunk(" b")))
    client, rec = make_client(streaming(body))
    texts = [c.output.text for c in client.completions.create("m", "p", 5, 0.1, stream=True)]
    assert texts == [" a", " b"] and len(rec.requests) == 1 and body.closed


class BrokenBody(Body):
    """A body whose connection breaks after its data."""

    def __iter__(self) -> Iterator[bytes]:
        yield from super().__iter__()
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in super().__iter__():
            yield part
        raise httpx.ReadError("connection reset by peer")


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_broken_connection_before_the_finished_output_is_an_error(form: str) -> None:
    client, rec = make_client(streaming(BrokenBody(sse_data(chunk(" a"), chunk(" b")))))
    create = client.completions.create if form == "sync" else client.completions.async_create
    stream = create("m", "p", 5, 0.1, stream=True)
    stream = await stream if form == "async" else stream  # type: ignore[misc]
    seen: list[Any] = []
    with pytest.raises(wriftai.StreamInterruptedError, match="broke before"):
        await collect(stream, seen)
    assert [c.output.text for c in seen] == [" a", " b"] and len(rec.requests) == 1


def test_keep_alive_comments_and_empty_events_are_skipped() -> None:
    empty = {"request_id": "r1", "output": None, "error": None}
    text = sse_data(empty, chunk(" a"), empty, chunk(" b", True)).decode()
    text = ": ping - 2025-03-02 08:00:15\n\n" + text
    body = Body(text.replace("\n", "\r\n").encode())  # LLM Engine ends lines in CRLF
    client, _ = make_client(streaming(body))
    chunks = list(client.completions.create("m", "p", 5, 0.1, stream=True))
    assert [c.output.text for c in chunks] == [" a", " b"]


def test_the_completion_request_carries_the_arguments() -> None:
    sync = {"request_id": "r", "output": {"text": "x", "num_completion_tokens": 1}}
    client, rec = make_client(lambda r: json_response(200, sync))
    client.completions.create(
        "my-endpoint", "p", 7, 0, stop_sequences=["\n"], top_k=-1, top_p=1, guided_choice=["x"]
    )
    request = rec.requests[0]
    assert request.url.path == "/v1/llm/completions-sync"  # under the root, version in path
    assert request.url.params["model_endpoint_name"] == "my-endpoint"
    assert json.loads(request.content) == {
        "prompt": "p",
        "max_new_tokens": 7,
        "temperature": 0,
        "stop_sequences": ["\n"],
        "top_k": -1,
        "top_p": 1,
        "guided_choice": ["x"],
    }
    assert "idempotency-key" not in request.headers  # LLM Engine does not read it
    assert request.extensions["timeout"]["read"] == 300.0  # the official client's timeout


def test_a_completion_defaults_as_the_official_client_does() -> None:
    sync = {"request_id": "r", "output": {"text": "x", "num_completion_tokens": 1}}
    client, rec = make_client(lambda r: json_response(200, sync))
    client.completions.create("m", "p", skip_special_tokens=False, request_headers={"x-a": "b"})
    body = json.loads(rec.requests[0].content)
    assert body == {
        "prompt": "p",
        "max_new_tokens": 20,
        "temperature": 0.2,
        "skip_special_tokens": False,
    }
    assert rec.requests[0].headers["x-a"] == "b"


def job(status: str) -> dict[str, Any]:
    return {"id": "ft_1", "status": status, "fine_tuned_model": None}


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_unknown_job_statuses_are_not_terminal(form: str) -> None:
    statuses = iter(["PENDING", "QUEUED_SOMEWHERE_NEW", "UNDEFINED", "RUNNING", "FAILURE"])
    client, rec = make_client(lambda r: json_response(200, job(next(statuses))))
    seen: list[str] = []
    if form == "sync":
        done = client.fine_tunes.wait(
            "ft_1", poll_interval=0.001, on_poll=lambda j: seen.append(str(j.status))
        )
    else:

        async def on_poll(j: Any) -> None:
            seen.append(str(j.status))

        done = await client.fine_tunes.async_wait("ft_1", poll_interval=0.001, on_poll=on_poll)
    assert str(done.status) == "FAILURE" and len(rec.requests) == 5
    assert seen == ["PENDING", "QUEUED_SOMEWHERE_NEW", "UNDEFINED", "RUNNING", "FAILURE"]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"poll_interval": 0}, ValueError),
        ({"timeout": -1}, ValueError),
        ({"timeout": "1"}, TypeError),
    ],
)
def test_wait_options_are_checked_before_any_request(
    never_called: Any, options: dict[str, Any], error: type
) -> None:
    client, _ = make_client(never_called)
    with pytest.raises(error):
        client.batch_completions.wait("job", **options)


def test_an_upload_streams_a_multipart_body_with_a_random_boundary(tmp_path: Any) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"--+++\r\n" * 1000)  # content that would break the generated boundary
    client, rec = make_client(lambda r: json_response(200, {"id": "file_1"}))
    assert client.files.upload(path).id == "file_1"
    request = rec.requests[0]
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert not content_type.endswith("boundary=+++")
    assert int(request.headers["content-length"]) == len(request.content)
    assert b'filename="data.bin"' in request.content and path.read_bytes() in request.content
    assert request.url.path == "/v1/files" and "idempotency-key" not in request.headers


def test_a_text_mode_file_is_refused(never_called: Any, tmp_path: Any) -> None:
    client, _ = make_client(never_called)
    (tmp_path / "t.txt").write_text("x")
    with (tmp_path / "t.txt").open() as text, pytest.raises(TypeError, match="binary"):
        client.files.upload(text)  # type: ignore[arg-type]


async def test_list_results_iterate_like_pages() -> None:
    from wriftai_api.models import GetFileResponse, ListFilesResponse

    files = [GetFileResponse(id=f"f{i}", filename="a", size=1) for i in range(3)]
    result = ListResult(files, ListFilesResponse(files=files))
    assert result.files == files  # the generated response's own field
    assert list(result) == files == list(result.auto_paging_iter()) and len(result) == 3
    assert [f async for f in result] == files and result[1] is files[1]
    assert not result.has_next_page() and result.next_cursor is None
    with pytest.raises(AttributeError):
        result.missing  # noqa: B018


def batch_job(status: str) -> dict[str, Any]:
    job = {"job_id": "ft-1", "output_data_path": "s3://o", "model_config": "[Cannot retrieve]"}
    job |= {"status": status, "created_at": "2025-03-02T08:00:00", "expires_at": "unknown"}
    return {"job": job | {"completed_at": None, "metadata": None}}


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_batch_wait_ends_on_the_v2_statuses(form: str) -> None:
    statuses = iter(["queued", "unknown", "running", "rescheduled", "failed"])
    client, rec = make_client(lambda r: json_response(200, batch_job(next(statuses))))
    if form == "sync":
        done = client.batch_completions.wait("ft-1", poll_interval=0.001)
    else:
        done = await client.batch_completions.async_wait("ft-1", poll_interval=0.001)
    assert str(done.job.status) == "failed" and len(rec.requests) == 5
    assert {r.url.path for r in rec.requests} == {"/v2/batch-completions/ft-1"}
    assert done.job.model_config == "[Cannot retrieve]"  # the placeholder the server sends


def endpoint(framework: str, public: bool | None) -> dict[str, Any]:
    spec = {"id": "e", "name": "n", "endpoint_type": "streaming", "destination": "d"}
    spec |= {"bundle_name": "b", "status": "READY", "created_by": "t"}
    spec |= {"created_at": "2025-03-02T08:00:00Z", "last_updated_at": "2025-03-02T08:00:00Z"}
    spec |= {"public_inference": public}
    return {
        "id": "e",
        "name": "n",
        "model_name": "m",
        "source": "hugging_face",
        "status": "READY",
        "inference_framework": framework,
        "inference_framework_image_tag": "0.9.4",
        "spec": spec,
    }


@pytest.mark.parametrize(
    ("framework", "public", "sent_framework", "sent_public"),
    [
        ("text_generation_inference", False, "text_generation_inference", False),
        ("tensorrt_llm", True, None, True),  # no update variant: read as vllm
        ("sglang", None, "sglang", False),  # null counts as not public, as on the server
    ],
)
def test_an_update_sends_the_framework_and_keeps_public_inference(
    framework: str, public: bool | None, sent_framework: str | None, sent_public: bool
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return json_response(200, endpoint(framework, public))
        return json_response(200, {"endpoint_creation_task_id": "t"})

    client, rec = make_client(handler)
    client.llm_endpoints.update("n", max_workers=3)
    get, put = rec.requests
    assert (get.method, put.method) == ("GET", "PUT")
    body = json.loads(put.content)
    assert body.get("inference_framework") == sent_framework
    assert body["public_inference"] is sent_public and body["max_workers"] == 3
    client.llm_endpoints.update("n", {"public_inference": True, "model": "m2"})
    assert json.loads(rec.requests[-1].content)["public_inference"] is True
    assert json.loads(rec.requests[-1].content)["model_name"] == "m2"


def test_endpoints_of_new_frameworks_parse_and_get_the_seed_field() -> None:
    listed = {"model_endpoints": [endpoint("sglang", True), endpoint("mlx-serve", True)]}
    client, _ = make_client(lambda r: json_response(200, listed))
    first, second = client.llm_endpoints.list()
    assert str(first.inference_framework) == "sglang" and second.inference_framework == "mlx-serve"
    assert first.inference_framework_tag == first.inference_framework_image_tag == "0.9.4"


def test_llm_engine_goes_to_the_root_of_the_base_url_by_default() -> None:
    client, rec = make_client(lambda r: json_response(200, {"files": []}))
    assert client.llm_engine_base_path == "http://api.test"
    client.files.list()
    request = rec.requests[0]
    assert str(request.url) == "http://api.test/v1/files"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_an_llm_engine_deployment_gets_its_own_key_and_never_the_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLM_ENGINE_BASE_PATH", "http://llm.test/engine/")
    monkeypatch.setenv("SCALE_API_KEY", "llm-KEY-secret")
    client, rec = make_client(lambda r: json_response(200, {"files": []}))
    client.files.list()
    request = rec.requests[0]
    assert str(request.url) == "http://llm.test/engine/v1/files"
    assert request.headers["x-api-key"] == "llm-KEY-secret"
    expected = base64.b64encode(b"llm-KEY-secret:").decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert TOKEN not in str(request.headers)
    assert "llm-KEY-secret" not in repr(client) + repr(client.files)
    monkeypatch.delenv("SCALE_API_KEY")
    client, rec = make_client(lambda r: json_response(200, {"files": []}))
    client.files.list()  # the official client's default key
    assert rec.requests[0].headers["x-api-key"] == "root"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"suffix": "has_underscore"}, ValueError),
        ({"suffix": "x" * 29}, ValueError),
        ({"hyperparameters": {"epochs": True}}, TypeError),
        ({"hyperparameters": {"layers": [1, 2]}}, TypeError),
    ],
)
def test_fine_tune_rules_are_checked_before_any_request(
    never_called: Any, kwargs: dict[str, Any], error: type
) -> None:
    client, _ = make_client(never_called)
    with pytest.raises(error):
        client.fine_tunes.create("m", "file-1", **kwargs)


def test_an_update_given_as_the_generated_model_keeps_a_private_endpoint_private() -> None:
    from wriftai_api.models import UpdateLLMEndpointRequest

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return json_response(200, endpoint("vllm", False))
        return json_response(200, {"endpoint_creation_task_id": "t"})

    client, rec = make_client(handler)
    changes = UpdateLLMEndpointRequest(max_workers=3)
    client.llm_endpoints.update("n", changes)
    sent = json.loads(rec.requests[-1].content)
    assert sent == {"inference_framework": "vllm", "max_workers": 3, "public_inference": False}
    assert changes.to_dict() == {"max_workers": 3}  # the caller's model is left as it was
