"""Uploads and file inputs against the emulator over HTTP: parts, faults, bytes, progress.

The emulator serves the presigned part URLs on its own address (``/_uploads/...``),
answers each part with an ETag, checks the completion's ETags and part sizes, and serves
the uploaded bytes at the ``download_url``.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import wriftai
from wriftai.testing import Faults

from .conftest import Form

PARTS = "PUT /_uploads"
PART_SIZE = 64 * 1024


@pytest.fixture
def small_parts(wriftai_emulator: Any) -> Iterator[int]:
    """Parts of 64 KiB for this test (the setting outlives a reset, so it is put back)."""
    before = wriftai_emulator.upload_part_size
    wriftai_emulator.upload_part_size = PART_SIZE
    yield PART_SIZE
    wriftai_emulator.upload_part_size = before


def recorder(call: Form, seen: list[tuple[int, int]]) -> Any:
    """An ``on_progress`` that records its calls: a function, or (async) a coroutine function."""

    def on_progress(sent: int, total: int) -> None:
        seen.append((sent, total))

    async def async_on_progress(sent: int, total: int) -> None:
        seen.append((sent, total))

    return on_progress if call.name == "sync" else async_on_progress


def check_progress(seen: list[tuple[int, int]], size: int) -> None:
    sents = [sent for sent, _ in seen]
    assert sents == sorted(sents) and len(set(sents)) == len(sents)  # never back, never twice
    assert sents[-1] == size and {total for _, total in seen} == {size}


@pytest.mark.parametrize("fault", ["rate_503", "rate_429", "drop_before", "drop_after"])
async def test_an_upload_of_several_parts_survives_a_part_failing_once(
    fault: str,
    form: Form,
    client: wriftai.Client,
    wriftai_emulator: Any,
    small_parts: int,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="wriftai")
    size = int(small_parts * 4.5)  # five parts, the last one short
    content = os.urandom(size)
    path = tmp_path / "clip.mp4"
    path.write_bytes(content)
    wriftai_emulator.faults = Faults(**{fault: 1.0}, only=(PARTS,), max_faults=1)
    seen: list[tuple[int, int]] = []
    uploaded = await form(
        client.uploads, "upload", path, on_progress=recorder(form, seen), max_concurrency=3
    )
    assert len(wriftai_emulator.injected_faults) == 1  # one part failed once
    assert (uploaded.size, uploaded.mime_type) == (size, "video/mp4")
    served = httpx.get(uploaded.download_url)
    assert served.status_code == 200 and served.content == content
    assert served.headers["content-type"].startswith("video/mp4")
    check_progress(seen, size)
    puts = [r.path for r in wriftai_emulator.requests if r.method == "PUT"]
    assert len(puts) == 6 and len(set(puts)) == 5  # five parts, one of them sent twice
    record = wriftai_emulator.state.uploads[uploaded.id]
    assert record.completed_etags and len(record.completed_etags) == 5
    # The retry is logged, but a presigned URL's signature is a credential: never in logs.
    assert "/_uploads/" in caplog.text and "retry 1 of" in caplog.text
    assert "signature=" not in caplog.text


async def test_every_kind_of_source_uploads_the_same_bytes(
    form: Form, client: wriftai.Client, small_parts: int, tmp_path: Path
) -> None:
    content = os.urandom(small_parts * 2 + 7)
    path = tmp_path / "data.json"
    path.write_bytes(content)
    with path.open("rb") as fh:
        sources: list[Any] = [path, str(path), content, bytearray(content), fh, io.BytesIO(content)]
        for source in sources:
            uploaded = await form(client.uploads, "upload", source, max_concurrency=1)
            assert httpx.get(uploaded.download_url).content == content
    assert uploaded.mime_type == "application/octet-stream"  # BytesIO has no name
    typed = await form(client.uploads, "upload", b"{}", mime_type="application/json")
    assert httpx.get(typed.download_url).headers["content-type"].startswith("application/json")


async def test_a_part_that_keeps_failing_fails_the_upload_without_completing(
    form: Form, client: wriftai.Client, wriftai_emulator: Any, small_parts: int
) -> None:
    wriftai_emulator.faults = Faults(rate_503=1.0, only=(PARTS,))
    with pytest.raises(wriftai.InternalServerError, match=r"PUT of part \d of 3"):
        await form(client.uploads, "upload", os.urandom(small_parts * 3), max_concurrency=1)
    assert wriftai_emulator.count("POST", "/uploads/") == 0  # no completion was sent


async def test_a_failed_completion_is_not_sent_again(
    form: Form, client: wriftai.Client, wriftai_emulator: Any, small_parts: int
) -> None:
    """The completion is a POST that may have been processed: the caller decides."""
    wriftai_emulator.faults = Faults(rate_503=1.0, only=("POST /uploads/",), max_faults=1)
    with pytest.raises(wriftai.InternalServerError) as info:
        await form(client.uploads, "upload", os.urandom(small_parts + 1))
    assert info.value.may_have_been_processed
    assert wriftai_emulator.count("POST", "/uploads/") == 1


async def test_bad_input_fails_before_any_request(
    form: Form, client: wriftai.Client, wriftai_emulator: Any, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        await form(client.uploads, "upload", tmp_path / "missing.bin")
    with pytest.raises(IsADirectoryError):
        await form(client.uploads, "upload", tmp_path)
    with (tmp_path / "t.txt").open("w") as text, pytest.raises(TypeError, match="binary mode"):
        await form(client.uploads, "upload", text)
    with pytest.raises(ValueError, match="max_concurrency"):
        await form(client.uploads, "upload", b"x", max_concurrency=0)
    with pytest.raises(ValueError, match="empty"):
        await form(client.uploads, "upload", b"")
    assert wriftai_emulator.requests == []


async def test_a_prediction_with_files_in_its_input_gets_their_urls(
    form: Form, client: wriftai.Client, wriftai_emulator: Any, small_parts: int, tmp_path: Path
) -> None:
    image = os.urandom(small_parts * 2 + 3)
    path = tmp_path / "cat.png"
    path.write_bytes(image)
    notes = b"some notes"
    params = {
        "input": {
            "prompt": "hello",
            "image": path,
            "extra": [{"notes": wriftai.File(notes, "text/plain")}, 7],
        }
    }
    created = await form(client.predictions, "create", params, "wriftai/echo")
    received = wriftai_emulator.state.predictions[created.id].input
    image_url, notes_url = received["image"], received["extra"][0]["notes"]
    assert received["prompt"] == "hello" and received["extra"][1] == 7
    assert image_url.startswith(wriftai_emulator.url) and "/_uploads/" in image_url
    assert httpx.get(image_url).content == image and httpx.get(notes_url).content == notes
    assert isinstance(params["input"]["image"], Path)  # the caller's input is unchanged
    uploads = wriftai_emulator.state.uploads
    assert len(uploads) == 2 and all(u.completed_etags for u in uploads.values())
    done = await form(client.predictions, "wait", created.id)
    assert str(done.status) == "succeeded"


async def test_a_streamed_create_uploads_its_files_first(
    form: Form, client: wriftai.Client, wriftai_emulator: Any, tmp_path: Path
) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(b"RIFF" + os.urandom(100))
    events = await form.drain(
        await form(
            client.predictions,
            "create",
            {"input": {"prompt": "a b", "audio": path}},
            "wriftai/echo",
            wait=True,
            stream=True,
        )
    )
    assert events[0].event == "init" and events[-1].event == "done"
    (prediction,) = wriftai_emulator.state.predictions.values()
    assert "/_uploads/" in prediction.input["audio"]


async def test_an_input_without_files_sends_only_the_create(
    form: Form, client: wriftai.Client, wriftai_emulator: Any
) -> None:
    await form(client.predictions, "create", {"input": {"prompt": "x", "n": [1]}}, "wriftai/echo")
    assert [(r.method, r.path) for r in wriftai_emulator.requests] == [("POST", "/predictions")]
