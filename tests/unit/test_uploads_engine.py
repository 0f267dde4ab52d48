"""The upload engine without a server: the plan, the sources, progress, and the part drivers.

The part drivers run against an in-process transport that reads each part's body the way
httpcore does (iterating the request's stream on every attempt), so a retried part really
reads its bytes again; the emulator tests (tests/e2e/test_uploads.py) cover the rest.
"""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wriftai
from _wriftai_sync.retry import RetryTransport
from _wriftai_sync.uploads import put_parts
from wriftai._async.retry import AsyncRetryTransport
from wriftai._async.uploads import async_put_parts
from wriftai._core.upload_sources import open_source
from wriftai._core.uploads import CHUNK_SIZE, Part, Progress, UploadJob, check_options, plan_parts
from wriftai._http import HTTP

# ---------------------------------------------------------------------- the plan


@settings(deadline=None)
@given(part_size=st.integers(1, 10**9), data=st.data())
def test_the_plan_covers_the_content_once_in_order(part_size: int, data: st.DataObject) -> None:
    size = data.draw(st.integers(0, part_size * 300))
    count = max(1, -(-size // part_size))
    parts = plan_parts(size, part_size, count)
    assert [p.index for p in parts] == list(range(count))
    assert sum(p.length for p in parts) == size
    position = 0
    for part in parts:
        assert part.offset == position and part.length <= part_size
        position += part.length
    assert all(p.length == part_size for p in parts[:-1])  # only the last may be shorter


def test_a_plan_that_does_not_fit_is_refused() -> None:
    with pytest.raises(wriftai.WriftAIError, match="2 part URL"):
        plan_parts(11, 5, 2)  # 11 bytes need 3 parts of 5
    with pytest.raises(wriftai.WriftAIError, match="part size"):
        plan_parts(10, 0, 1)
    assert plan_parts(0, 0, 1) == [Part(0, 0, 0)]  # empty content: one empty part
    assert plan_parts(0, 5 * 2**20, 1) == [Part(0, 0, 0)]


# ---------------------------------------------------------------------- progress


@settings(deadline=None)
@given(
    lengths=st.lists(st.integers(1, 50), min_size=1, max_size=6),
    data=st.data(),
)
def test_progress_never_goes_back_and_never_counts_a_byte_twice(
    lengths: list[int], data: st.DataObject
) -> None:
    """Attempts of parts report how far they got, in any order, retried any number of times."""
    seen: list[tuple[int, int]] = []
    total = sum(lengths)
    progress = Progress(total, len(lengths), lambda sent, of: seen.append((sent, of)))
    reports = data.draw(
        st.lists(st.tuples(st.integers(0, len(lengths) - 1), st.floats(0, 1)), max_size=40)
    )
    for index, fraction in reports:  # an attempt of part `index` got `fraction` of the way
        progress.report(index, int(lengths[index] * fraction))
    for index, length in enumerate(lengths):  # then every part completes
        progress.report(index, length)
    progress.finish()
    sents = [sent for sent, _ in seen]
    assert sents == sorted(sents) and len(set(sents)) == len(sents)
    assert sents[-1] == total and all(of == total for _, of in seen)


def test_empty_content_reports_its_end_once() -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(0, 1, lambda s, t: seen.append((s, t)))
    progress.finish()
    progress.finish()
    assert seen == [(0, 0)]


# ---------------------------------------------------------------------- sources


def test_sources_read_by_offset(tmp_path: Path) -> None:
    content = os.urandom(3 * CHUNK_SIZE + 17)
    path = tmp_path / "photo.png"
    path.write_bytes(content)
    with path.open("rb") as fh:
        fh.read(5)  # a file object is uploaded from its start, wherever it stands
        sources = [
            open_source(path),
            open_source(str(path)),
            open_source(content),
            open_source(bytearray(content)),
            open_source(memoryview(content)),
            open_source(fh),
        ]
        for source in sources:
            assert source.size == len(content)
            assert source.read(CHUNK_SIZE, 100) == content[CHUNK_SIZE : CHUNK_SIZE + 100]
            assert source.read(len(content) - 3, 100) == content[-3:]  # short at the end
            source.close()
        assert not fh.closed  # the caller's file stays open
    assert [s.mime_type for s in sources] == ["image/png"] * 2 + [
        "application/octet-stream"
    ] * 3 + ["image/png"]
    assert open_source(path, "image/webp").mime_type == "image/webp"


def test_a_stream_that_cannot_seek_is_spooled_to_disk_not_memory() -> None:
    read_fd, write_fd = os.pipe()
    content = os.urandom(2 * CHUNK_SIZE + 1)
    writer = threading.Thread(target=lambda: (os.write(write_fd, content), os.close(write_fd)))
    writer.start()
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        source = open_source(pipe)
    writer.join()
    assert source.size == len(content)
    assert source.read(0, len(content)) == content
    source.close()


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        ("missing.bin", FileNotFoundError, "no such file"),
        (".", IsADirectoryError, "a directory"),
        (42, TypeError, "not int"),
        (io.StringIO("text"), TypeError, "binary mode"),
        ("", ValueError, "empty"),
        (b"", ValueError, "content is empty"),
    ],
)
def test_bad_sources_fail_clearly(
    bad: Any, error: type[Exception], message: str, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error, match=message):
        open_source(bad)


def test_text_and_closed_files_fail_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with path.open("r") as text, pytest.raises(TypeError, match="binary mode"):
        open_source(text)
    closed = path.open("rb")
    closed.close()
    with pytest.raises(ValueError, match="closed"):
        open_source(closed)
    with pytest.raises(ValueError, match="not a MIME type"):
        open_source(b"x", "png")


@pytest.mark.parametrize(
    ("progress", "concurrency", "error"),
    [("no", 8, TypeError), (None, 0, ValueError), (None, -1, ValueError), (None, 2.0, TypeError)],
)
def test_bad_options_fail_clearly(progress: Any, concurrency: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        check_options(progress, concurrency)


# ---------------------------------------------------------------------- the part drivers
PART = 100_000


class PartServer:
    """Stores parts the way a presigned-URL server does, reading each body as httpcore does.

    ``fail`` maps a part number to what its first attempt meets: ``"reset"`` (the
    connection breaks half-way through the body), a status, or ``"always-503"``.
    """

    def __init__(self, fail: dict[int, Any] | None = None) -> None:
        self.fail = dict(fail or {})
        self.parts: dict[int, bytes] = {}
        self.attempts: dict[int, int] = {}
        self.headers: list[httpx.Headers] = []
        self.lock = threading.Lock()

    def answer(self, request: httpx.Request, chunks: list[bytes]) -> httpx.Response:
        number = int(request.url.path.rsplit("/", 1)[1])
        with self.lock:
            self.attempts[number] = self.attempts.get(number, 0) + 1
            first = self.attempts[number] == 1
            self.headers.append(request.headers)
        fault = self.fail.get(number)
        if fault == "always-503" or (first and isinstance(fault, int)):
            return httpx.Response(503 if fault == "always-503" else fault, json={"error": "busy"})
        self.parts[number] = b"".join(chunks)
        return httpx.Response(200, headers={"ETag": f'"etag-{number}"'})

    def reset_now(self, request: httpx.Request) -> bool:
        number = int(request.url.path.rsplit("/", 1)[1])
        return self.fail.get(number) == "reset" and self.attempts.get(number, 0) == 0


class SyncParts(httpx.BaseTransport):
    def __init__(self, server: PartServer) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        chunks = []
        for chunk in request.stream:
            chunks.append(chunk)
            if self.server.reset_now(request) and len(chunks) == 1:
                with self.server.lock:
                    self.server.attempts[int(request.url.path.rsplit("/", 1)[1])] = 1
                raise httpx.WriteError("connection reset by peer", request=request)
        return self.server.answer(request, chunks)


class AsyncParts(httpx.AsyncBaseTransport):
    def __init__(self, server: PartServer) -> None:
        self.server = server

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        chunks = []
        async for chunk in request.stream:
            chunks.append(chunk)
            if self.server.reset_now(request) and len(chunks) == 1:
                self.server.attempts[int(request.url.path.rsplit("/", 1)[1])] = 1
                raise httpx.WriteError("connection reset by peer", request=request)
        return self.server.answer(request, chunks)


def job_for(content: bytes, seen: list[tuple[int, int]], max_retries: int = 2) -> UploadJob:
    count = max(1, -(-len(content) // PART))
    created = SimpleNamespace(
        id="upl_1",
        urls=[f"https://parts.test/upl_1/{n}?X-Signature=abc" for n in range(1, count + 1)],
        part_size=PART,
    )
    http = HTTP("sk-SECRET", "http://api.test/v1", None, None, max_retries)
    return UploadJob(
        open_source(content, "image/png"),
        created,
        http.settings.timeout.as_dict(),
        http.settings.max_retries,
        lambda sent, total: seen.append((sent, total)),
        chunk_size=16_384,
    )


def check(server: PartServer, content: bytes, etags: list[str], seen: list[Any]) -> None:
    assert b"".join(server.parts[n] for n in sorted(server.parts)) == content
    assert etags == [f'"etag-{n}"' for n in range(1, len(server.parts) + 1)]
    sents = [s for s, _ in seen]
    assert sents == sorted(sents) and sents[-1] == len(content)  # never back, ends at size
    assert len(set(sents)) == len(sents)  # the retried part did not count its bytes twice
    for headers in server.headers:
        assert "authorization" not in headers  # the URL carries its own signature
        assert headers["content-type"] == "image/png"
    assert sorted(int(h["content-length"]) for h in server.headers[-len(server.parts) :]) == sorted(
        len(p) for p in server.parts.values()
    )


@pytest.mark.parametrize("fault", ["reset", 503, 429, 500])
def test_a_failed_part_is_sent_again_alone(fault: Any, no_backoff: list[float]) -> None:
    content = os.urandom(4 * PART + 123)
    server = PartServer({3: fault})
    seen: list[tuple[int, int]] = []
    with httpx.Client(transport=RetryTransport(SyncParts(server))) as client:
        etags = put_parts(job_for(content, seen), client, 3)
    check(server, content, etags, seen)
    assert server.attempts == {1: 1, 2: 1, 3: 2, 4: 1, 5: 1}


@pytest.mark.parametrize("fault", ["reset", 503, 429])
async def test_async_a_failed_part_is_sent_again_alone(fault: Any, no_backoff: list[float]) -> None:
    content = os.urandom(4 * PART + 123)
    server = PartServer({2: fault})
    seen: list[tuple[int, int]] = []
    async with httpx.AsyncClient(transport=AsyncRetryTransport(AsyncParts(server))) as client:
        etags = await async_put_parts(job_for(content, seen), client, 2)
    check(server, content, etags, seen)
    assert server.attempts == {1: 1, 2: 2, 3: 1, 4: 1, 5: 1}


def test_a_part_that_keeps_failing_stops_the_upload(no_backoff: list[float]) -> None:
    server = PartServer({2: "always-503"})
    with (
        httpx.Client(transport=RetryTransport(SyncParts(server))) as client,
        pytest.raises(wriftai.InternalServerError, match=r"part 2 of 3 \(upload upl_1\)") as info,
    ):
        put_parts(job_for(os.urandom(2 * PART + 1), []), client, 1)
    assert server.attempts[2] == 3  # the first try and two retries
    assert 3 not in server.attempts  # nothing after the failed part was sent
    assert "X-Signature" not in str(info.value)


async def test_async_a_part_that_keeps_failing_stops_the_upload(no_backoff: list[float]) -> None:
    server = PartServer({1: "always-503"})
    async with httpx.AsyncClient(transport=AsyncRetryTransport(AsyncParts(server))) as client:
        with pytest.raises(wriftai.InternalServerError, match="part 1 of 3"):
            await async_put_parts(job_for(os.urandom(2 * PART + 1), []), client, 3)


def test_a_part_without_an_etag_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    with (
        httpx.Client(transport=RetryTransport(httpx.MockTransport(handler))) as client,
        pytest.raises(wriftai.WriftAIError, match="no ETag"),
    ):
        put_parts(job_for(b"abc", []), client, 4)


def test_content_that_shrinks_while_sent_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "growing.log"
    path.write_bytes(b"x" * (2 * PART))
    source = open_source(path)
    created = SimpleNamespace(
        id="u", urls=["https://p.test/u/1", "https://p.test/u/2"], part_size=PART
    )
    job = UploadJob(
        source,
        created,
        HTTP(None, "http://a.test", None, None, 0).settings.timeout.as_dict(),
        0,
        None,
    )
    path.write_bytes(b"x" * 10)  # truncated after its size was taken
    server = PartServer()
    with (
        httpx.Client(transport=RetryTransport(SyncParts(server))) as client,
        pytest.raises(wriftai.WriftAIError, match="changed size"),
    ):
        put_parts(job, client, 1)
    source.close()


def test_only_max_concurrency_parts_are_in_flight(no_backoff: list[float]) -> None:
    in_flight = 0
    most = 0
    lock = threading.Lock()
    gate = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        gate.wait(0.05)
        with lock:
            in_flight -= 1
        return httpx.Response(200, headers={"ETag": "e"})

    with httpx.Client(transport=RetryTransport(httpx.MockTransport(handler))) as client:
        put_parts(job_for(os.urandom(10 * PART), []), client, 3)
    assert most == 3


def test_retry_policy_is_the_clients(no_backoff: list[float]) -> None:
    """A part is retried with the client's budget: max_retries=0 sends it once."""
    server = PartServer({1: 503})
    with (
        httpx.Client(transport=RetryTransport(SyncParts(server))) as client,
        pytest.raises(wriftai.InternalServerError),
    ):
        put_parts(job_for(b"abc", [], max_retries=0), client, 1)
    assert server.attempts == {1: 1}


@pytest.mark.parametrize("kind", ["path", "file", "bytes"])
async def test_async_reads_a_file_off_the_event_loop(kind: str, tmp_path: Path) -> None:
    """A file's chunks are read in worker threads; bytes in memory are sliced in place."""
    content = os.urandom(2 * PART + 7)
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    source: Any = {"path": path, "file": None, "bytes": content}[kind]
    opened = None
    if kind == "file":
        source = opened = path.open("rb")
    loop_thread = threading.get_ident()
    readers: set[int] = set()
    seen: list[tuple[int, int]] = []
    job = job_for(content, seen)
    job_source = open_source(source, "image/png")
    read = job_source.read

    def spied(offset: int, length: int) -> bytes:
        readers.add(threading.get_ident())
        return read(offset, length)

    job_source.read = spied  # type: ignore[method-assign]
    job.source = job_source
    server = PartServer({})
    async with httpx.AsyncClient(transport=AsyncRetryTransport(AsyncParts(server))) as client:
        etags = await async_put_parts(job, client, 2)
    check(server, content, etags, seen)
    if kind == "bytes":
        assert readers == {loop_thread}
    else:
        assert readers and loop_thread not in readers
    if opened is not None:
        opened.close()
