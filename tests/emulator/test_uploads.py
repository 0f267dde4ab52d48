"""Uploads on the emulator, over raw HTTP: presigned part URLs on its own address, ETags,
a completion that checks the parts, a download URL that serves the bytes, a prediction
whose input holds that URL, and the fault kinds on part PUTs."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import httpx
import pytest

from wriftai.testing import Emulator, Faults

DATA = bytes(range(256)) * 4 + b"tail"  # 1028 bytes
PART = 300  # 4 parts: 300, 300, 300, 128


@pytest.fixture
def wriftai_era() -> str:
    """Uploads are the current API (they answer the same in the legacy era)."""
    return "current"


@pytest.fixture
def small_parts(emu: Emulator) -> Emulator:
    emu.upload_part_size = PART
    return emu


def _create(api: httpx.Client, size: int = len(DATA), mime: str = "image/png") -> dict[str, Any]:
    response = api.post("/uploads", json={"size": size, "mime_type": mime})
    assert response.status_code == 200, response.text
    upload: dict[str, Any] = response.json()
    return upload


def _put_all(upload: dict[str, Any], data: bytes = DATA, mime: str = "image/png") -> list[str]:
    size = upload["part_size"]
    etags = []
    for index, url in enumerate(upload["urls"]):
        piece = data[index * size : (index + 1) * size]
        response = httpx.put(url, content=piece, headers={"Content-Type": mime})
        assert response.status_code == 200, response.text
        etags.append(response.headers["etag"])
    return etags


def _complete(api: httpx.Client, upload: dict[str, Any], etags: list[str]) -> httpx.Response:
    return api.post(f"/uploads/{upload['id']}/complete", json={"etags": etags})


# ---------------------------------------------------------------- the protocol
def test_a_file_of_several_parts_comes_back_byte_for_byte(
    api: httpx.Client, small_parts: Emulator
) -> None:
    emu = small_parts
    upload = _create(api)
    assert upload["part_size"] == PART and len(upload["urls"]) == 4
    for number, url in enumerate(upload["urls"], start=1):
        assert url.startswith(f"{emu.url}/_uploads/{upload['id']}/parts/{number}?signature=")
        assert not url.startswith(emu.base_url)  # not an API path: no /v1, no bearer token
    etags = _put_all(upload)
    pieces = [DATA[i : i + PART] for i in range(0, len(DATA), PART)]
    assert etags == [f'"{hashlib.md5(p).hexdigest()}"' for p in pieces]
    completed = _complete(api, upload, etags)
    assert completed.status_code == 200, completed.text
    url = completed.json()["download_url"]
    assert url.startswith(f"{emu.url}/_uploads/{upload['id']}/download?signature=")
    served = httpx.get(url)  # no Authorization header: the URL is signed
    assert served.status_code == 200
    assert served.content == DATA
    assert served.headers["content-type"] == "image/png"
    assert served.headers["content-length"] == str(len(DATA))
    # The part PUTs are in the request log, between the two API calls.
    log = [(r.method, r.path.split("?")[0], r.status) for r in emu.requests]
    assert log[0] == ("POST", "/uploads", 200)
    assert log[1:5] == [("PUT", f"/_uploads/{upload['id']}/parts/{n}", 200) for n in range(1, 5)]
    assert log[5] == ("POST", f"/uploads/{upload['id']}/complete", 200)


def test_a_text_file_is_served_with_its_exact_mime_type(api: httpx.Client, emu: Emulator) -> None:
    text = b"plain words\n"
    upload = _create(api, len(text), "text/plain")
    etags = _put_all(upload, text, "text/plain")
    served = httpx.get(_complete(api, upload, etags).json()["download_url"])
    assert served.headers["content-type"] == "text/plain"  # no charset added
    assert served.content == text


def test_an_upload_of_one_part_has_the_file_size_as_its_part_size(
    api: httpx.Client, emu: Emulator
) -> None:
    assert emu.upload_part_size == emu.settings.upload_part_size == 8 * 1024 * 1024
    upload = _create(api, 1234)
    assert upload["part_size"] == 1234 and len(upload["urls"]) == 1


def test_the_part_size_is_a_setting(api: httpx.Client, emu: Emulator) -> None:
    emu.upload_part_size = 10
    upload = _create(api, 25)
    assert (upload["part_size"], len(upload["urls"])) == (10, 3)
    emu.reset()
    assert emu.upload_part_size == 10  # kept by reset, like the era
    with pytest.raises(ValueError, match="at least 1 byte"):
        emu.upload_part_size = 0
    with pytest.raises(ValueError, match="at least 1 byte"):
        Emulator(upload_part_size=0)


def test_the_part_size_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WRIFTAI_EMULATOR_UPLOAD_PART_SIZE", "4096")
    assert Emulator().upload_part_size == 4096
    assert Emulator(upload_part_size=7).upload_part_size == 7
    monkeypatch.setenv("WRIFTAI_EMULATOR_UPLOAD_PART_SIZE", "-1")
    with pytest.raises(ValueError, match="WRIFTAI_EMULATOR_UPLOAD_PART_SIZE"):
        Emulator()


def test_a_part_sent_again_replaces_the_part(api: httpx.Client, small_parts: Emulator) -> None:
    upload = _create(api)
    etags = _put_all(upload)
    changed = bytes([DATA[0] ^ 0xFF]) + DATA[1:PART]
    again = httpx.put(upload["urls"][0], content=changed)
    assert again.status_code == 200 and again.headers["etag"] != etags[0]
    stale = _complete(api, upload, etags)
    assert stale.status_code == 422
    assert stale.json()["detail"][0]["loc"] == ["body", "etags", 0]
    fresh = _complete(api, upload, [again.headers["etag"], *etags[1:]])
    assert httpx.get(fresh.json()["download_url"]).content == changed + DATA[PART:]


# ---------------------------------------------------------------- what a completion refuses
def _short_middle(upload: dict[str, Any]) -> list[str]:
    etags = _put_all(upload)
    short = httpx.put(upload["urls"][1], content=DATA[PART : 2 * PART - 1])
    etags[1] = short.headers["etag"]
    return etags


def _long_last(upload: dict[str, Any]) -> list[str]:
    etags = _put_all(upload)
    longer = httpx.put(upload["urls"][3], content=DATA[3 * PART :] + b"!")
    etags[3] = longer.headers["etag"]
    return etags


@pytest.mark.parametrize(
    ("damage", "loc", "words"),
    [
        (lambda up: _put_all(up)[:3], ["body", "etags"], "expected 4 etags"),
        (lambda up: _put_all(up)[::-1], ["body", "etags", 0], "does not match the ETag of part 1"),
        (lambda up: [*_put_all(up)[:2], '"bogus"', '"x"'], ["body", "etags", 2], "does not match"),
        (_short_middle, ["body", "etags", 1], "every part but the last"),
        (_long_last, ["body", "etags"], "1029 bytes in all, but the upload declared 1028"),
    ],
    ids=["too-few", "wrong-order", "bad-etag", "short-middle-part", "size-mismatch"],
)
def test_a_completion_that_does_not_add_up_is_refused(
    api: httpx.Client, small_parts: Emulator, damage: Any, loc: list[Any], words: str
) -> None:
    upload = _create(api)
    refused = _complete(api, upload, damage(upload))
    assert refused.status_code == 422
    body = refused.json()
    assert words in body["error"] and body["detail"][0]["loc"] == loc
    assert small_parts.state.uploads[upload["id"]].completed_etags is None


def test_a_part_never_sent_is_named(api: httpx.Client, small_parts: Emulator) -> None:
    upload = _create(api)
    etags = _put_all(upload)
    small_parts.state.uploads[upload["id"]].parts.pop(3)  # as if part 3 never arrived
    refused = _complete(api, upload, etags)
    assert refused.status_code == 422 and "part 3 was never uploaded" in refused.json()["error"]


def test_an_unknown_upload_is_not_found(api: httpx.Client, emu: Emulator) -> None:
    response = api.post("/uploads/upl_nothing/complete", json={"etags": ['"0"']})
    assert response.status_code == 404 and "upl_nothing" in response.json()["error"]


def test_a_completed_upload_takes_the_same_etags_again_and_nothing_else(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    etags = _put_all(upload)
    first = _complete(api, upload, etags).json()
    assert _complete(api, upload, etags).json() == first
    other = _complete(api, upload, [*etags[:3], '"different"'])
    assert other.status_code == 409
    late = httpx.put(upload["urls"][0], content=DATA[:PART])
    assert late.status_code == 409 and "already complete" in late.json()["error"]


@pytest.mark.parametrize(
    "body",
    [{"size": 0, "mime_type": "image/png"}, {"size": 10}, {"size": 10, "mime_type": "png"}],
    ids=["empty-file", "no-mime-type", "not-a-mime-type"],
)
def test_a_create_that_breaks_the_contract_is_refused(
    api: httpx.Client, emu: Emulator, body: dict[str, Any]
) -> None:
    assert api.post("/uploads", json=body).status_code == 422
    assert emu.state.uploads == {}


def test_a_create_needs_the_token_but_a_part_needs_only_the_signature(
    api: httpx.Client, small_parts: Emulator
) -> None:
    assert httpx.post(f"{small_parts.base_url}/uploads", json={"size": 1}).status_code == 401
    upload = _create(api)
    url = upload["urls"][0]
    forged = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    assert httpx.put(forged, content=DATA[:PART]).status_code == 403
    unsigned = url.split("?")[0]
    refused = httpx.put(unsigned, content=DATA[:PART])
    assert refused.status_code == 403 and "signature" in refused.json()["error"]
    # A part URL signs its part number: part 1's signature does not open part 2.
    swapped = url.replace("/parts/1?", "/parts/2?")
    assert httpx.put(swapped, content=DATA[:PART]).status_code == 403
    assert small_parts.state.uploads[upload["id"]].parts == {}
    etags = _put_all(upload)
    download = _complete(api, upload, etags).json()["download_url"]
    assert httpx.get(download.split("?")[0]).status_code == 403


def test_the_idempotency_key_of_a_create_is_honoured(api: httpx.Client, emu: Emulator) -> None:
    headers = {"Idempotency-Key": "upload-once"}
    body = {"size": 10, "mime_type": "image/png"}
    first = api.post("/uploads", json=body, headers=headers).json()
    assert api.post("/uploads", json=body, headers=headers).json() == first
    assert len(emu.state.uploads) == 1


def test_parts_are_kept_in_files_that_a_reset_removes(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    _put_all(upload)
    paths = [part.path for part in small_parts.state.uploads[upload["id"]].parts.values()]
    assert all(os.path.exists(path) for path in paths)
    assert [os.path.getsize(p) for p in paths] == [300, 300, 300, 128]
    small_parts.reset()
    assert not any(os.path.exists(path) for path in paths)


# ---------------------------------------------------------------- prediction inputs
def test_a_prediction_takes_the_download_url_as_input(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    url = _complete(api, upload, _put_all(upload)).json()["download_url"]
    created = api.post("/predictions", json={"model": "wriftai/echo", "input": {"prompt": url}})
    assert created.status_code == 202, created.text
    record = small_parts.state.predictions[created.json()["id"]]
    assert record.input == {"prompt": url}  # the input as the emulator received it
    assert api.get(f"/predictions/{record.id}").json()["input"] == {"prompt": url}
    assert record.plan.error is None  # a file the model can read: the run succeeds


def test_a_prediction_on_a_url_that_serves_no_file_fails(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    etags = _put_all(upload)
    unfinished = f"{small_parts.url}/_uploads/{upload['id']}/download?signature=0"
    body = {"model": "wriftai/echo", "input": {"prompt": "x", "extra": [{"file": unfinished}]}}
    created = api.post("/predictions", json=body).json()
    record = small_parts.state.predictions[created["id"]]
    assert record.input["extra"][0]["file"] == unfinished
    assert record.plan.error is not None and unfinished in record.plan.error
    assert _complete(api, upload, etags).status_code == 200
    good = _complete(api, upload, etags).json()["download_url"]
    fine = api.post("/predictions", json={"model": "wriftai/echo", "input": {"prompt": good}})
    assert small_parts.state.predictions[fine.json()["id"]].plan.error is None


# ---------------------------------------------------------------- faults on part PUTs
def test_a_503_on_a_part_put_leaves_the_api_alone_and_a_retry_succeeds(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    small_parts.faults = Faults(rate_503=1.0, only=("PUT /_uploads",), max_faults=1)
    failed = httpx.put(upload["urls"][0], content=DATA[:PART])
    assert failed.status_code == 503 and failed.headers["retry-after"] == "0"
    assert small_parts.state.uploads[upload["id"]].parts == {}
    assert api.get("/user").status_code == 200  # the filter spares API calls
    etags = _put_all(upload)  # the budget is spent: every part goes through
    assert _complete(api, upload, etags).status_code == 200
    path = f"/_uploads/{upload['id']}/parts/1"
    assert small_parts.injected_faults == [(f"PUT {path}", "503")]
    assert [r.fault for r in small_parts.requests if r.path == path] == ["503", None]


def test_a_429_on_a_part_put_carries_its_headers(api: httpx.Client, small_parts: Emulator) -> None:
    upload = _create(api)
    small_parts.faults = Faults(rate_429=1.0, only=("PUT /_uploads",), retry_after=1)
    limited = httpx.put(upload["urls"][0], content=DATA[:PART])
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1" and "x-ratelimit-reset" in limited.headers


def test_a_dropped_part_put_stores_nothing(api: httpx.Client, small_parts: Emulator) -> None:
    upload = _create(api)
    small_parts.faults = Faults(drop_before=1.0, only=("PUT /_uploads",), max_faults=1)
    with pytest.raises(httpx.TransportError):
        httpx.put(upload["urls"][0], content=DATA[:PART])
    assert small_parts.state.uploads[upload["id"]].parts == {}


def test_a_part_put_dropped_after_storing_is_safe_to_send_again(
    api: httpx.Client, small_parts: Emulator
) -> None:
    upload = _create(api)
    small_parts.faults = Faults(drop_after=1.0, only=("PUT /_uploads",), max_faults=1)
    with pytest.raises(httpx.TransportError):
        httpx.put(upload["urls"][0], content=DATA[:PART])
    stored = small_parts.state.uploads[upload["id"]].parts[1]
    again = httpx.put(upload["urls"][0], content=DATA[:PART])
    assert again.headers["etag"] == stored.etag  # the same bytes, the same ETag
    assert _complete(api, upload, _put_all(upload)).status_code == 200


def test_latency_applies_to_part_puts(api: httpx.Client, small_parts: Emulator) -> None:
    upload = _create(api)
    small_parts.faults = Faults(latency=0.3, only=("PUT /_uploads",))
    response = httpx.put(upload["urls"][0], content=DATA[:PART])
    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.3
