"""LLM Engine behaviour beyond the operation table: streams, argument checks, uploads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wriftai
from wriftai.testing import Faults

from .conftest import Form

LLM = "llama-2-7b"


def make(emu: Any, **options: Any) -> wriftai.Client:
    return wriftai.Client(access_token=emu.token, api_base_url=emu.base_url, **options)


async def read_all(call: Form, stream: Any, into: list[Any]) -> None:
    """Appends every chunk to `into` as it arrives (so a test sees them if it raises)."""
    if call.name == "sync":
        into.extend(stream)
    else:
        async for chunk in stream:
            into.append(chunk)


# ------------------------------------------------------------------ streams
async def test_a_cut_completion_stream_raises_instead_of_truncating(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(cut_stream_after=3, only=("POST /llm/completions-stream",))
    chunks: list[Any] = []
    with make(emu) as client:
        stream = await form(client.completions, "create", LLM, "hi", 10, 0.2, stream=True)
        with pytest.raises(wriftai.StreamInterruptedError, match="before the completion finished"):
            await read_all(form, stream, chunks)
    assert len(chunks) == 3 and not any(c.output.finished for c in chunks)
    assert emu.count("POST", "/llm/completions-stream") == 1  # not resumed, not re-sent
    assert emu.injected_faults == [("POST /llm/completions-stream", "cut_stream")]


async def test_only_an_endpoints_owner_may_change_it(wriftai_emulator: Any, form: Form) -> None:
    emu = wriftai_emulator  # the seeded public endpoints belong to "wriftai", not the caller
    with make(emu) as client:
        with pytest.raises(wriftai.PermissionDeniedError) as raised:
            await form(client.llm_endpoints, "update", LLM, {"max_workers": 8})
        assert raised.value.status_code == 403 and raised.value.request_id
        with pytest.raises(wriftai.PermissionDeniedError):
            await form(client.llm_endpoints, "delete", LLM)
        assert (await form(client.llm_endpoints, "get", LLM)).status == "READY"


def busy_connections(client: wriftai.Client, form: Form) -> list[Any]:
    http = client._http.sync_client() if form.name == "sync" else client._http.async_client()
    pool = http._transport.wrapped._pool  # type: ignore[union-attr]
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]


async def test_leaving_a_stream_early_closes_its_connection(
    wriftai_emulator: Any, form: Form
) -> None:
    with make(wriftai_emulator) as client:
        stream = await form(client.completions, "create", LLM, "hi", 500, 0.2, stream=True)
        if form.name == "sync":
            with stream:
                first = [next(stream), next(stream)]
                assert len(busy_connections(client, form)) == 1  # the stream is being read
        else:
            async with stream:
                first = [await anext(stream), await anext(stream)]
                assert len(busy_connections(client, form)) == 1
        assert [c.output.text for c in first] == [" The", " quick"]
        assert stream.response is not None and stream.response.is_closed
        assert busy_connections(client, form) == []
        # The stream is over for good, and the client still works.
        assert await form.drain(stream) == []
        done = await form(client.completions, "create", LLM, "hi", 2, 0.2)
        assert done.output.text == " The quick"


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"temperature": 1.01}, ValueError),
        ({"temperature": -0.1}, ValueError),
        ({"temperature": float("nan")}, ValueError),
        ({"temperature": "0.5"}, TypeError),
        ({"max_new_tokens": 0}, ValueError),
        ({"max_new_tokens": True}, TypeError),
        ({"max_new_tokens": 2.0}, TypeError),
        ({"presence_penalty": 2.5}, ValueError),
        ({"frequency_penalty": -0.5}, ValueError),
        ({"top_p": 0}, ValueError),
        ({"top_p": 1.5}, ValueError),
        ({"top_k": -2}, ValueError),
        ({"top_k": 1.0}, TypeError),
        ({"stop_sequences": "\n"}, TypeError),
        ({"return_token_log_probs": 1}, TypeError),
        ({"guided_regex": "a", "guided_choice": ["a"]}, ValueError),
        ({"model": ""}, ValueError),
        ({"timeout": 0}, ValueError),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
async def test_out_of_range_arguments_raise_before_any_request(
    wriftai_emulator: Any, form: Form, change: dict[str, Any], error: type, stream: bool
) -> None:
    args = {"model": LLM, "prompt": "hi", "max_new_tokens": 4, "temperature": 0.5, **change}
    with make(wriftai_emulator) as client, pytest.raises(error):
        await form(client.completions, "create", stream=stream, **args)
    assert wriftai_emulator.requests == []


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ({"prompts": ["a"], "max_new_tokens": 4, "temperature": 3}, ValueError),
        ({"prompts": ["a"], "max_new_tokens": 4, "temperature": 0.1, "top_p": 0}, ValueError),
        ({"prompts": ["a"], "temperature": 0.1}, TypeError),
        (None, ValueError),  # neither content nor input_data_path
    ],
)
async def test_batch_arguments_are_checked_before_any_request(
    wriftai_emulator: Any, form: Form, content: Any, error: type
) -> None:
    config = {"model": LLM, "labels": {}}
    with make(wriftai_emulator) as client, pytest.raises(error):
        await form(client.batch_completions, "create", "s3://out/", config, content)
    assert wriftai_emulator.requests == []


# ------------------------------------------------------------------ uploads
@pytest.fixture
def big_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "train.jsonl"
    with path.open("wb") as fh:
        for i in range(40_000):  # about 3 MB, every line different
            fh.write(json.dumps({"prompt": f"p{i}", "response": "r" * 40}).encode() + b"\n")
    yield path


@pytest.mark.parametrize("fault", ["drop_before", "drop_after", "rate_503"])
async def test_a_retried_upload_stores_the_whole_file_once(
    wriftai_emulator: Any, form: Form, big_file: Path, fault: str
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(**{fault: 1.0}, only=("POST /files",), max_faults=1)
    with make(emu, trust_idempotency_keys=True) as client:  # the emulator honours keys
        uploaded = await form(client.files, "upload", big_file)
    posts = [r for r in emu.requests if r.method == "POST" and r.path == "/files"]
    assert len(posts) == 2 and posts[0].fault is not None
    assert len({r.idempotency_key for r in posts}) == 1 and posts[0].idempotency_key
    assert list(emu.state.files) == [uploaded.id]
    assert emu.state.files[uploaded.id].content == big_file.read_bytes()


def pipe_with(data: bytes) -> Any:
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        with os.fdopen(write_fd, "wb") as w:
            w.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return os.fdopen(read_fd, "rb")


async def test_a_non_seekable_file_is_streamed_once_and_not_retried(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    data = b"x" * 200_000  # more than a pipe buffer: it is read while being sent
    with make(emu) as client, pipe_with(data) as pipe:
        uploaded = await form(client.files, "upload", pipe, filename="piped.txt")
    assert emu.state.files[uploaded.id].content == data
    emu.faults = Faults(rate_503=1.0, only=("POST /files",), max_faults=1)
    with make(emu) as client, pipe_with(data) as pipe, pytest.raises(wriftai.InternalServerError):
        await form(client.files, "upload", pipe)
    assert emu.count("POST", "/files") == 2  # the first upload, and one attempt of the second


HELPER = textwrap.dedent(
    """
    import json, os, sys, tempfile
    import wriftai

    def peak_mib():
        # VmHWM: this process's peak resident set (ru_maxrss would include the parent's
        # size at fork time, which hides growth below it).
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        raise RuntimeError("no VmHWM")

    size = int(sys.argv[3])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.bin")
        block = os.urandom(1 << 20)
        with open(path, "wb") as fh:
            for _ in range(size >> 20):
                fh.write(block)
        del block
        client = wriftai.Client(access_token=sys.argv[2], api_base_url=sys.argv[1], max_retries=0)
        client.files.upload(b"warm up")  # load every module before measuring
        before = peak_mib()
        try:
            outcome = client.files.upload(path).id
        except wriftai.APIStatusError as exc:
            outcome = exc.status_code
        print(json.dumps({"before": before, "after": peak_mib(), "outcome": outcome}))
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_100_mb_upload_streams_within_bounded_memory(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    size = 100 * 1024 * 1024
    run = subprocess.run(
        [sys.executable, "-c", HELPER, emu.base_url, emu.token, str(size)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result = json.loads(run.stdout)
    growth = result["after"] - result["before"]
    assert growth < 40, f"peak RSS grew by {growth:.1f} MiB during a 100 MiB upload"
    posts = [r for r in emu.requests if r.method == "POST" and r.path == "/files"]
    assert [r.status for r in posts] == [200, 200]
    # The whole file went over the wire and was stored, byte for byte.
    stored = emu.state.files[result["outcome"]]
    assert len(stored.content) == size
