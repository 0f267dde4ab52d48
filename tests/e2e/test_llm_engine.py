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
from _wriftai_sync.send import http_client
from wriftai._async.send import async_http_client
from wriftai.testing import Faults

from .conftest import Form

LLM = "llama-2-7b"
TRT = "llama-2-7b-trt"
LABELS = {"team": "research", "product": "assistant"}
HARDWARE = {"cpus": 4, "gpus": 1, "memory": "16Gi", "gpu_type": "nvidia-tesla-t4"}
HARDWARE |= {"storage": "20Gi", "nodes_per_worker": 1}


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
    # Three events went out: the empty one (skipped) and two tokens.
    assert [c.output.text for c in chunks] == [" The", " quick"]
    assert emu.count("POST", "/llm/completions-stream") == 1  # not resumed, not re-sent
    assert emu.injected_faults == [("POST /llm/completions-stream", "cut_stream")]


async def test_a_tensorrt_llm_stream_ends_cleanly_without_a_finished_output(
    wriftai_emulator: Any, form: Form
) -> None:
    # TensorRT-LLM endpoints never send finished: true; the body simply ends.
    with make(wriftai_emulator) as client:
        stream = await form(client.completions, "create", TRT, "hi", 6, 0.2, stream=True)
        chunks = await form.drain(stream)
    assert "".join(c.output.text for c in chunks) == " The quick brown fox jumps over"
    assert not any(c.output.finished for c in chunks)
    assert stream.response is not None and stream.response.is_closed


async def test_an_upstream_failure_after_streaming_began_is_a_stream_error(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        await form(client.llm_endpoints, "create", "fresh", LLM, labels=LABELS)
        stream = await form(client.completions, "create", "fresh", "hi", 4, 0.2, stream=True)
        with pytest.raises(wriftai.StreamError) as info:
            await form.drain(stream)
    assert info.value.status_code == 500
    assert info.value.message.startswith("Upstream service error for request_id ")
    assert emu.count("POST", "/llm/completions-stream") == 1


def busy_connections(client: wriftai.Client, form: Form) -> list[Any]:
    http = http_client(client._http) if form.name == "sync" else async_http_client(client._http)
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
        ({"prompts": ["a"], "max_new_tokens": 4, "temperature": 0.1, "seed": 1}, TypeError),
        (None, ValueError),  # neither content nor input_data_path
    ],
)
async def test_batch_arguments_are_checked_before_any_request(
    wriftai_emulator: Any, form: Form, content: Any, error: type
) -> None:
    config = {"model": LLM}
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


@pytest.mark.parametrize(
    ("fault", "posts", "stored"),
    [
        ("rate_429", 2, 1),  # refused before processing: sent again
        ("drop_after", 1, 1),  # processed, then the connection broke: not sent again
        ("rate_503", 1, 0),  # may have been processed: not sent again
    ],
)
async def test_an_upload_is_sent_again_only_when_it_was_not_processed(
    wriftai_emulator: Any, form: Form, big_file: Path, fault: str, posts: int, stored: int
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(**{fault: 1.0}, only=("POST /files",), max_faults=1)
    # LLM Engine does not read Idempotency-Key: trusting keys changes nothing for it.
    with make(emu, trust_idempotency_keys=True) as client:
        if posts == 2:
            uploaded = await form(client.files, "upload", big_file)
            assert emu.state.files[uploaded.id].content == big_file.read_bytes()
        else:
            with pytest.raises(wriftai.WriftAIError) as info:
                await form(client.files, "upload", big_file)
            assert info.value.may_have_been_processed is True
    sent = [r for r in emu.requests if r.method == "POST" and r.path == "/files"]
    assert len(sent) == posts and all(r.idempotency_key is None for r in sent)
    assert len(emu.state.files) == stored


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


# ------------------------------------------------------------------ the real server's routes
async def test_batch_jobs_are_read_and_cancelled_on_the_v2_routes(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    config = {"model": LLM, "labels": LABELS}
    content = {"prompts": ["a", "b", "c"], "max_new_tokens": 2, "temperature": 0.0}
    with make(emu) as client:
        job = await form(client.batch_completions, "create", "s3://out/", config, content)
        done = await form(client.batch_completions, "wait", job.job_id, poll_interval=0.05)
        assert str(done.job.status) == "completed"  # lowercase: the v2 routes' statuses
        other = await form(client.batch_completions, "create", "s3://out/", config, content)
        assert (await form(client.batch_completions, "cancel", other.job_id)).success is True
        cancelled = await form(client.batch_completions, "wait", other.job_id, poll_interval=0.05)
        assert str(cancelled.job.status) == "cancelled"
    paths = {(r.method, r.path.split(job.job_id)[0].split(other.job_id)[0]) for r in emu.requests}
    assert paths == {
        ("POST", "/llm/batch-completions"),
        ("GET", "/v2/batch-completions/"),
        ("POST", "/v2/batch-completions/"),
    }


async def test_endpoints_of_every_framework_parse(wriftai_emulator: Any, form: Form) -> None:
    from wriftai_api.models import LLMInferenceFramework

    with make(wriftai_emulator, strict_response_validation=True) as client:
        sglang = await form(client.llm_endpoints, "get", "qwen2-7b")
        listed = await form(client.llm_endpoints, "list")
    assert sglang.inference_framework is LLMInferenceFramework.SGLANG
    assert sglang.spec.resource_state.gpu_type == "nvidia-ampere-a10"
    frameworks = {e.name: str(e.inference_framework) for e in listed}
    assert frameworks["qwen2-7b"] == "sglang" and frameworks["llama-2-7b-trt"] == "tensorrt_llm"


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"labels": {"team": "t"}}, ValueError, "'team' and 'product'"),
        ({"labels": {**LABELS, "user_id": "u"}}, ValueError, "user_id"),
        ({"gpus": 1, "gpu_type": "nvidia-ampere-a10"}, ValueError, "or none"),
        ({"endpoint_type": "sync"}, ValueError, "streaming"),
        ({"quantize": "bitsandbytes"}, ValueError, "quantize"),
        ({**HARDWARE, "nodes_per_worker": 2, "inference_framework": "sglang"}, ValueError, "vllm"),
        ({**HARDWARE, "num_shards": 2}, ValueError, "num_shards"),
        ({"inference_framework": "mlx"}, ValueError, "inference_framework"),
        ({"gpu_type": "tpu-v9"}, ValueError, "gpu_type"),
        ({"labels": None}, TypeError, "labels"),
        ({"endpoint_kind": "x"}, TypeError, "endpoint_kind"),
    ],
)
async def test_endpoint_rules_fixed_in_llm_engine_are_checked_before_any_request(
    wriftai_emulator: Any, form: Form, change: dict[str, Any], error: type, message: str
) -> None:
    options = {"labels": LABELS, **change}
    with make(wriftai_emulator) as client, pytest.raises(error, match=message):
        await form(client.llm_endpoints, "create", "mine", LLM, **options)
    assert wriftai_emulator.requests == []


async def test_the_servers_own_refusals_arrive_typed_with_its_message(
    wriftai_emulator: Any, form: Form
) -> None:
    with make(wriftai_emulator) as client:
        with pytest.raises(wriftai.BadRequestError) as unknown:
            await form(client.llm_endpoints, "create", "mine", "my-own-model", labels=LABELS)
        assert unknown.value.message == "No checkpoint path found for model my-own-model"
        assert unknown.value.body == {"detail": unknown.value.message}
        with pytest.raises(wriftai.NotFoundError) as missing:
            await form(client.fine_tunes, "get", "ft-nope")
        assert missing.value.message == "The specified fine-tune job could not be found."


async def test_an_update_keeps_the_framework_and_a_private_endpoint_private(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    with make(emu) as client:
        for name, framework in (("light", "lightllm"), ("tgi", "text_generation_inference")):
            await form(
                client.llm_endpoints,
                "create",
                name,
                LLM,
                inference_framework=framework,
                labels=LABELS,
                public_inference=False,
                **HARDWARE,
            )
            # lightllm is no variant of the update body: sent, it would be refused (422).
            await form(client.llm_endpoints, "update", name, max_workers=2)
            settings = emu.state.endpoints[name].settings
            assert settings["public_inference"] is False and settings["max_workers"] == 2
            assert settings["inference_framework"] == framework
        # Someone else's endpoint: it can be read (public) but not changed.
        with pytest.raises(wriftai.NotFoundError):
            await form(client.llm_endpoints, "update", LLM, {"max_workers": 8})
        with pytest.raises(wriftai.NotFoundError):
            await form(client.llm_endpoints, "delete", LLM)
    assert emu.state.endpoints[LLM].settings["max_workers"] == 4


# ------------------------------------------------------------------ no duplicate jobs
@pytest.mark.parametrize("fault", ["drop_after", "rate_503"])
async def test_a_create_that_may_have_been_processed_is_not_sent_again(
    wriftai_emulator: Any, form: Form, fault: str
) -> None:
    emu = wriftai_emulator
    with make(emu, trust_idempotency_keys=True) as client:
        file = await form(client.files, "upload", b"prompt,response\na,b\n", filename="t.csv")
        emu.faults = Faults(**{fault: 1.0}, only=("POST /llm/fine-tunes",), max_faults=1)
        with pytest.raises(wriftai.WriftAIError) as info:
            await form(client.fine_tunes, "create", LLM, file.id)
    assert info.value.may_have_been_processed is True and info.value.idempotency_key is None
    assert emu.count("POST", "/llm/fine-tunes") == 1
    assert len(emu.state.fine_tunes) == (1 if fault == "drop_after" else 0)


async def test_a_create_refused_with_429_is_sent_again_once(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_429=1.0, only=("POST /llm/model-endpoints",), max_faults=1)
    with make(emu) as client:
        await form(client.llm_endpoints, "create", "mine", LLM, labels=LABELS)
    assert emu.count("POST", "/llm/model-endpoints") == 2 and "mine" in emu.state.endpoints


async def test_a_completion_creates_nothing_and_is_retried_after_a_503(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(rate_503=1.0, only=("POST /llm/completions-sync",), max_faults=1)
    with make(emu) as client:
        done = await form(client.completions, "create", LLM, "hi", 2, 0.2)
    assert done.output.text == " The quick" and emu.count("POST", "/llm/completions-sync") == 2


# ------------------------------------------------------------------ a deployment of its own
async def test_llm_engine_resources_can_use_their_own_base_path_and_key(
    wriftai_emulator: Any, form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    emu = wriftai_emulator
    dead = "http://127.0.0.1:9/v1"  # nothing listens there: WriftAI calls must not work
    monkeypatch.setenv("LLM_ENGINE_BASE_PATH", emu.url)  # the official client's variable
    monkeypatch.setenv("SCALE_API_KEY", emu.token)
    with wriftai.Client(access_token="not-the-key", api_base_url=dead, max_retries=0) as client:
        assert client.llm_engine_base_path == emu.url
        done = await form(client.completions, "create", LLM, "hi", 2, 0.2)
        assert done.output.text == " The quick"
        listed = await form(client.files, "list")
        assert listed.files == []
        with pytest.raises(wriftai.APIConnectionError):
            await form(client.users, "get_authenticated")
    monkeypatch.setenv("SCALE_API_KEY", "wrong-key")
    with wriftai.Client(api_base_url=dead) as client, pytest.raises(wriftai.AuthenticationError):
        await form(client.files, "list")
    # An argument wins over the environment.
    with wriftai.Client(
        api_base_url=dead, llm_engine_base_path=emu.url + "/", llm_engine_api_key=emu.token
    ) as client:
        assert (await form(client.fine_tunes, "list")).jobs == []
