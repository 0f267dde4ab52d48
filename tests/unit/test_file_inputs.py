"""File inputs: `wriftai.File`, and the walk that finds files in a prediction's input."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wriftai
from wriftai._core.file_inputs import find_files
from wriftai.types._files import File

from .conftest import json_response, make_client, prediction

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(deadline=None)
@given(JSON)
def test_an_input_without_files_is_left_as_it_is(value: Any) -> None:
    assert find_files(value) is None


def test_files_anywhere_are_found_opened_and_replaced(tmp_path: Path) -> None:
    cat = tmp_path / "cat.png"
    cat.write_bytes(b"\x89PNG...")
    song = File(b"ID3...", mime_type="audio/mpeg")
    with cat.open("rb") as fh:
        value = {
            "prompt": "hi",
            "image": cat,
            "more": [{"deep": [1, File(str(cat), filename="x.webp")]}, fh, song, song],
            "n": 3,
        }
        before = json.dumps(value, default=repr)
        found = find_files(value)
        assert found is not None
        assert found.where == [
            'input["image"]',
            'input["more"][0]["deep"][1]',
            'input["more"][1]',
            'input["more"][2]',  # the same File twice is uploaded once
        ]
        assert [s.mime_type for s in found.sources] == [
            "image/png",
            "image/webp",
            "image/png",
            "audio/mpeg",
        ]
        urls = [f"https://files.test/{i}" for i in range(4)]
        filled = found.fill(urls)
        found.close()
        assert filled == {
            "prompt": "hi",
            "image": urls[0],
            "more": [{"deep": [1, urls[1]]}, urls[2], urls[3], urls[3]],
            "n": 3,
        }
        assert json.dumps(value, default=repr) == before  # the caller's input is unchanged


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (
            {"images": ["a.png", "b.png", Path("missing.png")]},
            FileNotFoundError,
            r'input\["images"\]\[2\]: cannot upload: no such file',
        ),
        ({"dir": Path(".")}, IsADirectoryError, r'input\["dir"\]'),
        ({"text": io.StringIO("x")}, TypeError, r'input\["text"\]: the file is open in text mode'),
        ({"raw": b"\x00\x01"}, TypeError, r'input\["raw"\] is bytes.*wriftai.File'),
    ],
)
def test_a_file_that_cannot_be_read_fails_before_any_request_naming_its_place(
    value: Any,
    error: type[Exception],
    message: str,
    never_called: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    client, _ = make_client(never_called)
    with pytest.raises(error, match=message):
        client.predictions.create({"input": value}, "wriftai/echo")


async def test_async_a_file_that_cannot_be_read_fails_before_any_request(
    never_called: Any, tmp_path: Path
) -> None:
    client, _ = make_client(never_called)
    with pytest.raises(FileNotFoundError, match=r'input\["a"\]\[0\]'):
        await client.predictions.async_create({"input": {"a": [tmp_path / "nope"]}}, "wriftai/echo")


def test_bad_arguments_fail_before_anything_is_uploaded(never_called: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"x")
    client, _ = make_client(never_called)
    with pytest.raises(ValueError, match="owner/name"):
        client.predictions.create({"input": {"a": path}}, "not a model")
    with pytest.raises(TypeError, match="validate_input"):
        client.predictions.create({"input": {"a": path}, "validate_input": "yes"}, "wriftai/echo")


@pytest.mark.parametrize("form", ["sync", "async"])
async def test_an_input_without_files_sends_the_create_alone(form: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(201, prediction(status="starting"))

    client, recorder = make_client(handler)
    params = {"input": {"prompt": "hi", "list": [1, {"x": "y"}]}}
    if form == "sync":
        client.predictions.create(params, "wriftai/echo")
    else:
        await client.predictions.async_create(params, "wriftai/echo")
    assert [(r.method, r.url.path) for r in recorder.requests] == [("POST", "/v1/predictions")]
    assert json.loads(recorder.requests[0].content)["input"] == params["input"]


def test_file_checks_its_arguments() -> None:
    with pytest.raises(TypeError, match="not int"):
        File(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="mime_type"):
        File(b"x", mime_type=3)  # type: ignore[arg-type]
    assert (
        repr(File(b"abc", "text/plain")) == "File(<3 bytes>, mime_type='text/plain', filename=None)"
    )
    assert wriftai.File is File


@pytest.mark.parametrize(
    ("args", "kwargs", "named"),
    [
        ((File(b"x", "image/png"),), {}, "a wriftai.File"),
        ((b"x",), {"on_progress": print}, "on_progress"),
        ((b"x",), {"mime_type": "image/png"}, "mime_type"),
        ((b"x", print), {}, "1 more positional argument"),
    ],
)
@pytest.mark.parametrize("form", ["sync", "async"])
async def test_a_wriftai_style_call_of_files_upload_points_to_uploads(
    args: tuple[Any, ...], kwargs: dict[str, Any], named: str, form: str, never_called: Any
) -> None:
    """``client.files`` is LLM Engine's: a 0.34-style WriftAI upload there is refused, clearly."""
    client, _ = make_client(never_called)
    with pytest.raises(TypeError, match=r"client\.uploads\.upload") as info:
        if form == "sync":
            client.files.upload(*args, **kwargs)
        else:
            await client.files.async_upload(*args, **kwargs)
    assert named in str(info.value) and "LLM Engine" in str(info.value)
