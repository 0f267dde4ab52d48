"""LLM Engine pieces the emulator cannot produce on demand: stream error events, the
close of a stream's body, unknown job statuses, the exact upload request."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

import wriftai
from wriftai._pagination import ListResult

from .conftest import json_response, make_client


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


def test_a_clean_close_before_the_finished_output_is_an_error() -> None:
    client, rec = make_client(streaming(Body(sse_data(chunk(" a"), chunk(" b")))))
    stream = client.completions.create("m", "p", 5, 0.1, stream=True)
    with pytest.raises(wriftai.StreamInterruptedError):
        list(stream)
    assert len(rec.requests) == 1  # never resumed


def test_the_completion_request_carries_the_arguments() -> None:
    sync = {"request_id": "r", "output": {"text": "x", "num_completion_tokens": 1}}
    client, rec = make_client(lambda r: json_response(200, sync))
    client.completions.create(
        "my-endpoint", "p", 7, 0, stop_sequences=["\n"], top_k=-1, top_p=1, guided_choice=["x"]
    )
    request = rec.requests[0]
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
    assert request.headers["idempotency-key"]


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
    assert request.headers["idempotency-key"]


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
