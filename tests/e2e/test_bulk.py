"""Bulk runs against the emulator, over HTTP: results, order, sinks, resume, failures, ends."""

from __future__ import annotations

import collections
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

import wriftai
from wriftai.bulk import (
    BulkResult,
    BulkRunStopped,
    Concurrency,
    JournalMismatchError,
    download_outputs,
)
from wriftai.testing import Emulator

from .conftest import Form

MODEL = "wriftai/echo"
LLM = "llama-2-7b"


def prompts(n: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"prompt": f"item {i}", **extra} for i in range(n)]


async def drain(form: Form, run: Any) -> list[BulkResult]:
    """Every result of a run, with ``for`` or ``async for`` as the form says."""
    if form.name == "async":
        return [result async for result in run]
    return await anyio.to_thread.run_sync(list, run)


def bulk(client: wriftai.Client, form: Form, kind: str, *args: Any, **kwargs: Any) -> Any:
    name = kind if form.name == "sync" else f"async_{kind}"
    return getattr(client.bulk, name)(*args, **kwargs)


def created_per_input(emu: Emulator) -> collections.Counter[str]:
    return collections.Counter(p.input["prompt"] for p in emu.state.predictions.values())


def running(emu: Emulator) -> list[str]:
    now = time.time()
    return [p.id for p in emu.state.predictions.values() if p.status(now) in ("pending", "started")]


async def test_every_input_gets_one_result_and_one_prediction(
    client: wriftai.Client, form: Form, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    inputs = [*prompts(60), {"prompt": "bad", "fail": True}]
    run = bulk(client, form, "predictions", inputs, model=MODEL, output=out)
    results = await drain(form, run)
    assert sorted(r.index for r in results) == list(range(61))
    by_index = {r.index: r for r in results}
    assert by_index[7].status == "succeeded" and "".join(by_index[7].output) == "item 7"
    assert by_index[7].id and by_index[7].id.startswith("pred_")
    failed = by_index[60]
    assert failed.status == "failed" and failed.error is not None
    assert failed.error.type == "PredictionFailed" and "fail: true" in failed.error.message
    assert run.stats.succeeded == 60 and run.stats.failed == 1 and run.stats.done == 61
    assert max(created_per_input(wriftai_emulator).values()) == 1
    assert len(wriftai_emulator.state.predictions) == 61
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(line["index"] for line in lines) == list(range(61))
    assert {line["status"] for line in lines} == {"succeeded", "failed"}


async def test_ordered_results_come_in_input_order(
    client: wriftai.Client, form: Form, tmp_path: Path
) -> None:
    # Inputs whose outputs take longer come first, so finishing order differs.
    inputs = [{"prompt": "x", "repeat": 10 - i % 10} for i in range(40)]
    run = bulk(client, form, "predictions", inputs, model=MODEL, ordered=True)
    results = await drain(form, run)
    assert [r.index for r in results] == list(range(40))
    assert all(r.ok for r in results)


async def test_an_async_iterable_and_a_file_are_read_as_inputs(
    client: wriftai.Client, tmp_path: Path
) -> None:
    async def generate() -> Any:
        for item in prompts(5):
            yield item

    results = [r async for r in client.bulk.async_predictions(generate(), model=MODEL)]
    assert sorted(r.input["prompt"] for r in results) == [f"item {i}" for i in range(5)]
    source = tmp_path / "in.csv"
    source.write_text("prompt\nfirst\nsecond\n")
    rows = list(client.bulk.predictions(source, model=MODEL, ordered=True))
    assert [r.output for r in rows] == [["first"], ["second"]]


async def test_a_finished_journal_resumes_without_a_request(
    client: wriftai.Client, form: Form, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    journal, out = tmp_path / "run.sqlite", tmp_path / "out.jsonl"
    first = await drain(
        form,
        bulk(client, form, "predictions", prompts(30), model=MODEL, journal=journal, output=out),
    )
    before = wriftai_emulator.count("POST", "/v1/predictions")
    again = bulk(client, form, "predictions", prompts(30), model=MODEL, journal=journal, output=out)
    resumed = await drain(form, again)
    assert wriftai_emulator.count("POST", "/v1/predictions") == before == 30
    assert again.stats.requests == 0 and again.stats.resumed == 30
    assert all(r.resumed for r in resumed)
    assert {r.index: r.id for r in resumed} == {r.index: r.id for r in first}
    assert len(out.read_text().splitlines()) == 30


def test_a_journal_refuses_another_model_or_changed_inputs(
    client: wriftai.Client, tmp_path: Path
) -> None:
    journal = tmp_path / "run.sqlite"
    client.bulk.predictions(prompts(3), model=MODEL, journal=journal).run()
    with pytest.raises(JournalMismatchError, match="model"):
        client.bulk.predictions(prompts(3), model="wriftai/uppercase", journal=journal).run()
    changed = prompts(3)
    changed[1] = {"prompt": "something else"}
    with pytest.raises(JournalMismatchError, match="input 1 differs"):
        client.bulk.predictions(changed, model=MODEL, journal=journal).run()


async def test_completions_run_in_bulk(client: wriftai.Client, form: Form) -> None:
    inputs = ["one", {"prompt": "two", "max_new_tokens": 3}, "three"]
    results = await drain(form, bulk(client, form, "completions", inputs, model=LLM, ordered=True))
    assert [r.status for r in results] == ["succeeded"] * 3
    assert results[0].output["num_completion_tokens"] == 20
    assert results[1].output["num_completion_tokens"] == 3
    missing = await drain(form, bulk(client, form, "completions", ["x"], model="no-such-llm"))
    assert missing[0].status == "failed" and missing[0].error is not None
    assert missing[0].error.type == "NotFoundError" and missing[0].error.status_code == 404


def test_max_failures_stops_the_run(client: wriftai.Client) -> None:
    inputs = [{"prompt": "x", "fail": True}] * 5 + prompts(200)
    run = client.bulk.predictions(inputs, model=MODEL, max_failures=3, ordered=True)
    with pytest.raises(BulkRunStopped) as stopped:
        run.run()
    assert stopped.value.stats.failed == 3
    assert stopped.value.stats.done < 205


def test_wrong_arguments_raise_before_any_request(
    client: wriftai.Client, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    with pytest.raises(TypeError, match="unknown bulk options: speed"):
        client.bulk.predictions([], model=MODEL, speed=3)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="floor <= ceiling"):
        Concurrency(floor=5, start=5, ceiling=2)
    with pytest.raises(ValueError, match="rate"):
        client.bulk.predictions([], model=MODEL, rate=0)
    with pytest.raises(FileNotFoundError):
        client.bulk.predictions(tmp_path / "absent.jsonl", model=MODEL)
    with pytest.raises(TypeError, match="model"):
        client.bulk.predictions([], model="")
    assert wriftai_emulator.requests == []


@pytest.fixture
def slow_emulator() -> Iterator[Emulator]:
    with Emulator(prediction_duration=30.0) as emu:
        yield emu


def slow_client(emu: Emulator) -> wriftai.Client:
    return wriftai.Client(access_token=emu.token, api_base_url=emu.base_url)


async def test_a_deadline_cancels_the_prediction_on_the_server(
    slow_emulator: Emulator, form: Form
) -> None:
    with slow_client(slow_emulator) as client:
        run = bulk(client, form, "predictions", prompts(6), model=MODEL, deadline=1.5)
        results = await drain(form, run)
    assert [r.status for r in results] == ["cancelled"] * 6
    assert {r.error.type for r in results if r.error} == {"DeadlineExceeded"}
    assert len(slow_emulator.state.predictions) == 6
    assert running(slow_emulator) == []


async def test_cancelling_a_run_cancels_its_predictions_in_flight(
    slow_emulator: Emulator, tmp_path: Path
) -> None:
    journal = tmp_path / "run.sqlite"
    with slow_client(slow_emulator) as client:
        run = client.bulk.async_predictions(prompts(100), model=MODEL, journal=journal)
        with anyio.move_on_after(2.0):
            await run.run()
    assert len(slow_emulator.state.predictions) >= 8  # the run had items in flight
    assert running(slow_emulator) == []


def test_ctrl_c_in_a_sync_run_cancels_its_predictions_in_flight(slow_emulator: Emulator) -> None:
    with slow_client(slow_emulator) as client:
        run = client.bulk.predictions(prompts(100), model=MODEL, deadline=60)
        started = time.monotonic()
        ctrl_c = threading.Timer(2.0, os.kill, (os.getpid(), signal.SIGINT))
        ctrl_c.start()
        with pytest.raises(KeyboardInterrupt):
            for _ in run:
                pass
            raise AssertionError("the run ended on its own")
        assert time.monotonic() - started < 30
    assert len(slow_emulator.state.predictions) >= 8
    assert running(slow_emulator) == []


RATE = 20.0  # well under what the emulator serves in a process of its own
BURST = 10
RATE_TOKEN = "rate-token"


@pytest.fixture
def rate_limited_url() -> Iterator[str]:
    """An emulator in a process of its own (so it shares no GIL with the client under
    test), admitting `RATE` requests a second per token, with bursts of `BURST`."""
    args = [sys.executable, "-m", "wriftai.testing", "serve", "--token", RATE_TOKEN]
    args += ["--prediction-duration", "0.05", "--rate-limit", str(RATE)]
    args += ["--rate-limit-burst", str(BURST)]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        with wriftai.Client(access_token=RATE_TOKEN, api_base_url=url) as warm:
            for _ in range(BURST):  # the first requests of a fresh emulator are slow
                warm.hardware.list()
        time.sleep(2 * BURST / RATE)  # the bucket fills again
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_run_keeps_to_the_server_rate_limit(rate_limited_url: str) -> None:
    statuses: list[int] = []
    hooks = wriftai.Hooks(on_response=lambda event: statuses.append(event.response.status_code))
    count = 500
    with wriftai.Client(
        access_token=RATE_TOKEN, api_base_url=rate_limited_url, hooks=hooks
    ) as client:
        run = client.bulk.predictions(prompts(count), model=MODEL)
        started = time.monotonic()
        results = list(run)
        elapsed = time.monotonic() - started
    seen = (run.stats, round(elapsed, 1))
    assert [r.status for r in results] == ["succeeded"] * count
    refused = statuses.count(429)
    assert refused == run.stats.rate_limited and len(statuses) == run.stats.requests, seen
    assert refused <= 0.05 * len(statuses), seen
    assert count / elapsed >= 0.9 * RATE, seen


def test_output_files_download_once_and_skip_what_is_there(
    wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    root = wriftai_emulator.url.removesuffix("/v1")
    urls = [f"{root}/_emulator/downloads/m/{name}" for name in ("a.bin", "b.json")]
    results = [
        BulkResult(0, None, "succeeded", output={"files": urls, "note": "not a url"}),
        BulkResult(1, None, "failed", output=None),
        BulkResult(2, None, "succeeded", output=urls[0]),
    ]
    first = download_outputs(results, tmp_path / "files", concurrency=2)
    assert [(d.index, d.path.name, d.skipped) for d in first] == [
        (0, "0-0.bin", False),
        (0, "0-1.json", False),
        (2, "2-0.bin", False),
    ]
    assert (tmp_path / "files" / "0-0.bin").read_bytes() == (
        tmp_path / "files" / "2-0.bin"
    ).read_bytes()
    assert len((tmp_path / "files" / "0-0.bin").read_bytes()) == 256
    assert not list((tmp_path / "files").glob("*.part"))
    written = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "files").iterdir()}
    (tmp_path / "files" / "2-0.bin").unlink()  # one is missing: only it is fetched again
    again = download_outputs(results, tmp_path / "files")
    assert [d.skipped for d in again] == [True, True, False]
    now = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "files").iterdir()}
    assert now["0-0.bin"] == written["0-0.bin"] and now["0-1.json"] == written["0-1.json"]
    assert now.keys() == written.keys()


def test_completions_sent_but_unanswered_are_completed_again(
    client: wriftai.Client, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    journal = tmp_path / "run.sqlite"
    prompts_ = [f"prompt {i}" for i in range(6)]
    client.bulk.completions(prompts_, model=LLM, journal=journal).run()
    with sqlite3.connect(journal) as db:  # as a kill between sending and the answer leaves it
        db.execute("UPDATE items SET state = 'sent', result = NULL WHERE idx < 2")
    before = wriftai_emulator.count("POST", "/llm/completions-sync")
    again = client.bulk.completions(prompts_, model=LLM, journal=journal, ordered=True)
    results = list(again)
    assert [r.resumed for r in results] == [False, False, True, True, True, True]
    assert all(r.ok for r in results)
    assert wriftai_emulator.count("POST", "/llm/completions-sync") == before + 2


def test_ids_name_the_items_in_their_keys_journal_and_results(
    wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    ids = [40, 10, 30]
    journal = tmp_path / "j.sqlite"
    with slow_client(wriftai_emulator) as client:
        run = client.bulk.predictions(
            prompts(3), model=MODEL, ids=ids, run_id="named", ordered=True, journal=journal
        )
        assert [r.index for r in run] == ids  # in input order, named by id
        again = client.bulk.predictions(prompts(3), model=MODEL, ids=ids, journal=journal)
        assert all(r.resumed for r in again)  # the journal knows them by id
        with pytest.raises(ValueError, match="2 ids for 3 inputs"):
            client.bulk.predictions(prompts(3), model=MODEL, ids=[1, 2])
        with pytest.raises(ValueError, match="2 ids for more inputs"):
            list(client.bulk.predictions(iter(prompts(3)), model=MODEL, ids=[1, 2], run_id="x"))
    keys = sorted(r.idempotency_key or "" for r in wriftai_emulator.requests if r.method == "POST")
    named = [key for key in keys if key.startswith("wb-named-")]
    assert [key.split("-")[2] for key in named] == ["10", "30", "40"]
