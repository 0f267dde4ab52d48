"""The `wriftai` command line, run in a subprocess against the emulator over real HTTP.

The token and the base URL reach it through the environment, as a user's shell would give
them; the commands print JSON on stdout and report errors as one line on stderr.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import wriftai
from wriftai.testing import Emulator

ECHO = "wriftai/echo"
LLM = "llama-2-7b"
SENTENCE = " The quick brown fox jumps over the lazy dog."
SCRIPT = Path(sys.executable).parent / "wriftai"

Run = Callable[..., subprocess.CompletedProcess[str]]


def run_cli(emu: Emulator, *args: str, script: bool = False) -> subprocess.CompletedProcess[str]:
    """Runs ``wriftai ARGS`` with the emulator's token and base URL in the environment."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("WRIFTAI_", "LLM_ENGINE_", "SCALE_"))
    }
    env.update(
        WRIFTAI_ACCESS_TOKEN=emu.token,
        WRIFTAI_API_BASE_URL=emu.base_url,
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
    )
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "wriftai.cli"]
    result = subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=120)
    assert emu.token not in result.stdout + result.stderr
    return result


@pytest.fixture
def cli(wriftai_emulator: Emulator) -> Run:
    def run(*args: str, script: bool = False) -> subprocess.CompletedProcess[str]:
        return run_cli(wriftai_emulator, *args, script=script)

    return run


@pytest.fixture(scope="module")
def slow_emulator() -> Iterator[Emulator]:
    """An emulator whose predictions take a minute, to cancel one and time a wait out."""
    with Emulator(prediction_duration=60) as emulator:
        yield emulator
    assert not emulator.spec_violations


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def document(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def lines(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines()]


def error_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1
    return result.stderr.strip()


def prediction_creates(emu: Emulator) -> int:
    return emu.count("POST", "/predictions") - emu.count("POST", "/predictions/")


# ------------------------------------------------------------------ help, version, entry point
def test_group_help_names_every_command_and_examples(cli: Run) -> None:
    text = ok(cli("--help"))
    for command in ("models", "predictions", "complete", "bulk", "--base-url", "--token"):
        assert command in text
    assert "Examples:" in text and "wriftai bulk predictions inputs.jsonl" in text
    assert "WRIFTAI_ACCESS_TOKEN" in text and "LLM_ENGINE_BASE_PATH" in text


def test_bulk_predictions_help_names_its_options(cli: Run) -> None:
    text = ok(cli("bulk", "predictions", "--help"))
    for option in (
        "--model",
        "--output",
        "--journal",
        "--resume",
        "--concurrency-ceiling",
        "--rate",
        "--deadline",
        "--max-failures",
        "--ordered",
        "--progress / --no-progress",
        "OUTPUT.journal.sqlite",
    ):
        assert option in text, option
    assert "1 when any failed" in " ".join(text.split())


def test_the_console_script_is_installed_and_works(cli: Run) -> None:
    assert ok(cli("--version", script=True)).strip() == f"wriftai, version {wriftai.__version__}"
    model = document(cli("models", "get", ECHO, script=True))
    assert (model["owner"]["name"], model["name"]) == ("wriftai", "echo")


def test_without_click_the_command_says_what_to_install() -> None:
    code = "import sys; sys.modules['click'] = None; import wriftai.cli; wriftai.cli.main([])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == ("the wriftai command line needs click: pip install 'wriftai[cli]'\n")


# ------------------------------------------------------------------ models
def test_models_list_walks_pages_up_to_the_limit(cli: Run, wriftai_emulator: Emulator) -> None:
    two = lines(ok(cli("models", "list", "--page-size", "1", "--limit", "2")))
    assert len(two) == 2 and two[0]["id"] != two[1]["id"]
    assert wriftai_emulator.count("GET", "/models") == 2  # one model a page
    everything = lines(ok(cli("models", "list")))
    with wriftai.Client(
        access_token=wriftai_emulator.token, api_base_url=wriftai_emulator.base_url
    ) as client:
        expected = [m.id for m in client.models.list()]
    assert [m["id"] for m in everything] == expected and len(expected) > 2


def test_models_get_and_its_errors(cli: Run) -> None:
    model = document(cli("models", "get", ECHO))
    assert model["name"] == "echo" and model["latest_version"]["number"] >= 1
    missing = cli("models", "get", "wriftai/no-such-model")
    line = error_line(missing)
    assert line.startswith("error: NotFoundError: 404: ") and "(request id req_" in line
    assert missing.stdout == ""
    bad = cli("models", "get", "no-slash")
    assert bad.returncode == 2 and "is not OWNER/NAME" in bad.stderr


# ------------------------------------------------------------------ predictions
def test_predictions_create_wait_then_get(cli: Run, wriftai_emulator: Emulator) -> None:
    done = document(
        cli("predictions", "create", ECHO, "--input", '{"prompt": "hello world"}', "--wait")
    )
    assert done["status"] == "succeeded" and "".join(done["output"]) == "hello world"
    got = document(cli("predictions", "get", done["id"]))
    assert (got["id"], got["output"]) == (done["id"], done["output"])
    assert prediction_creates(wriftai_emulator) == 1


def test_predictions_create_stream_prints_each_event(cli: Run) -> None:
    events = lines(
        ok(cli("predictions", "create", ECHO, "--input", '{"prompt": "a b c"}', "--stream"))
    )
    assert events[0]["event"] == "init" and events[-1]["event"] == "done"
    assert "".join(e["data"] for e in events if e["event"] == "output") == "a b c"


def test_predictions_input_from_a_file_then_wait(cli: Run, tmp_path: Path) -> None:
    source = tmp_path / "input.json"
    source.write_text('{"prompt": "from a file"}')
    created = document(cli("predictions", "create", ECHO, "--input", f"@{source}"))
    assert created["input"] == {"prompt": "from a file"}
    done = document(cli("predictions", "wait", created["id"], "--timeout", "30"))
    assert done["status"] == "succeeded" and "".join(done["output"]) == "from a file"


def test_predictions_cancel_and_a_wait_that_times_out(slow_emulator: Emulator) -> None:
    created = document(
        run_cli(slow_emulator, "predictions", "create", ECHO, "--input", '{"prompt": "slow"}')
    )
    assert created["status"] in ("pending", "starting", "processing")
    late = run_cli(slow_emulator, "predictions", "wait", created["id"], "--timeout", "0.5")
    assert error_line(late).startswith("error: WaitTimeoutError: ")
    cancelled = document(run_cli(slow_emulator, "predictions", "cancel", created["id"]))
    assert (cancelled["id"], cancelled["status"]) == (created["id"], "cancelled")
    got = document(run_cli(slow_emulator, "predictions", "get", created["id"]))
    assert got["status"] == "cancelled"


def test_predictions_errors_and_bad_arguments(cli: Run, wriftai_emulator: Emulator) -> None:
    unknown = cli("predictions", "create", "wriftai/no-such-model", "--input", "{}")
    assert error_line(unknown).startswith("error: NotFoundError: 404: ")
    not_json = cli("predictions", "create", ECHO, "--input", "{prompt")
    assert not_json.returncode == 2 and "Invalid value for '--input': not JSON" in not_json.stderr
    no_file = cli("predictions", "create", ECHO, "--input", "@/no/such/file.json")
    assert no_file.returncode == 2 and "cannot read" in no_file.stderr
    bad_model = cli("predictions", "create", "no-slash", "--input", "{}")
    assert bad_model.returncode == 2 and "owner/name" in bad_model.stderr
    assert cli("models", "list", "--page-size", "0").returncode == 2
    assert cli("no-such-command").returncode == 2
    assert prediction_creates(wriftai_emulator) == 1  # only the unknown model reached it


# ------------------------------------------------------------------ completions
def test_complete_whole_and_streamed(cli: Run, wriftai_emulator: Emulator) -> None:
    whole = document(cli("complete", LLM, "Say it", "--max-new-tokens", "10"))
    assert whole["output"]["text"] == SENTENCE
    assert whole["output"]["num_completion_tokens"] == 10
    assert ok(cli("complete", LLM, "Say it", "--max-new-tokens", "10", "--stream")) == (
        SENTENCE + "\n"
    )
    assert wriftai_emulator.count("POST", "/llm/completions-sync") == 1
    assert wriftai_emulator.count("POST", "/llm/completions-stream") == 1
    assert error_line(cli("complete", "no-such-endpoint", "x")).startswith(
        "error: NotFoundError: 404: "
    )
    assert cli("complete", LLM, "x", "--temperature", "2").returncode == 2


# ------------------------------------------------------------------ bulk
def write_jsonl(path: Path, values: list[Any]) -> Path:
    path.write_text("".join(json.dumps(v) + "\n" for v in values))
    return path


def bulk(
    cli: Run, kind: str, inputs: Path, model: str, out: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    """Runs ``wriftai bulk KIND INPUTS --model MODEL --output OUT OPTIONS``."""
    return cli("bulk", kind, str(inputs), "--model", model, "--output", str(out), *options)


def test_bulk_predictions_writes_one_line_per_input_and_resumes_only_when_asked(
    cli: Run, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", [{"prompt": f"item {i}"} for i in range(50)])
    out = tmp_path / "out.jsonl"
    stats = document(bulk(cli, "predictions", inputs, ECHO, out, "--no-progress"))
    assert stats["done"] == stats["succeeded"] == 50 and stats["failed"] == 0
    assert stats["resumed"] == 0 and stats["requests"] >= 50
    records = lines(out.read_text())
    assert sorted(r["index"] for r in records) == list(range(50))
    for record in records:
        assert record["status"] == "succeeded" and record["id"].startswith("pred_")
        assert record["output"] == ["item ", str(record["index"])]
    assert prediction_creates(wriftai_emulator) == 50
    assert (tmp_path / "out.jsonl.journal.sqlite").is_file()

    again = bulk(cli, "predictions", inputs, ECHO, out)
    assert again.returncode == 2 and "pass --resume to continue it" in again.stderr
    resumed = document(bulk(cli, "predictions", inputs, ECHO, out, "--resume"))
    assert (resumed["done"], resumed["resumed"], resumed["requests"]) == (50, 50, 0)
    assert len(lines(out.read_text())) == 50
    assert prediction_creates(wriftai_emulator) == 50

    other = tmp_path / "other.jsonl"
    elsewhere = bulk(cli, "predictions", inputs, ECHO, other, "--resume")
    assert elsewhere.returncode == 2 and "there is no journal" in elsewhere.stderr
    assert not other.exists()


def test_bulk_predictions_exit_1_when_an_item_fails(cli: Run, tmp_path: Path) -> None:
    values = [{"prompt": "fine"}, {"prompt": "x", "fail": True}, {"prompt": "fine too"}]
    inputs = write_jsonl(tmp_path / "in.jsonl", values)
    out = tmp_path / "out.jsonl"
    failed = bulk(cli, "predictions", inputs, ECHO, out, "--ordered")
    assert failed.returncode == 1
    stats = json.loads(failed.stdout)
    assert (stats["succeeded"], stats["failed"]) == (2, 1)
    assert [r["status"] for r in lines(out.read_text())] == ["succeeded", "failed", "succeeded"]
    stop = ("--max-failures", "1", "--concurrency-ceiling", "1")
    stopped = bulk(cli, "predictions", inputs, ECHO, tmp_path / "stopped.jsonl", *stop)
    assert error_line(stopped).startswith("error: BulkRunStopped: the bulk run stopped after 1")
    assert json.loads(stopped.stdout)["failed"] == 1


def test_bulk_completions_read_the_prompt_column_of_a_csv(
    cli: Run, wriftai_emulator: Emulator, tmp_path: Path
) -> None:
    inputs = tmp_path / "prompts.csv"
    with inputs.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "prompt", "note"])
        writer.writerows([[str(i), f"say {i}", "not an option"] for i in range(5)])
    out, journal = tmp_path / "out.jsonl", tmp_path / "run.sqlite"
    sampling = ("--max-new-tokens", "3", "--temperature", "0")
    done = bulk(cli, "completions", inputs, LLM, out, "--journal", str(journal), *sampling)
    stats = document(done)
    assert (stats["done"], stats["succeeded"], stats["failed"]) == (5, 5, 0)
    records = sorted(lines(out.read_text()), key=lambda r: r["index"])
    assert [r["input"] for r in records] == [f"say {i}" for i in range(5)]
    assert {r["output"]["text"] for r in records} == {" The quick brown"}
    assert journal.is_file() and not (tmp_path / "out.jsonl.journal.sqlite").exists()
    assert wriftai_emulator.count("POST", "/llm/completions-sync") == 5

    wrong_out = tmp_path / "wrong.jsonl"
    wrong = bulk(cli, "completions", inputs, LLM, wrong_out, "--prompt-column", "text")
    assert wrong.returncode == 2 and "no 'text'" in wrong.stderr
    assert not (tmp_path / "wrong.jsonl.journal.sqlite").exists()


def test_bulk_refuses_inputs_it_cannot_read(cli: Run, tmp_path: Path) -> None:
    text = tmp_path / "inputs.txt"
    text.write_text("x\n")
    result = bulk(cli, "predictions", text, ECHO, tmp_path / "out.jsonl")
    assert result.returncode == 2 and ".jsonl, .csv or .parquet" in result.stderr
    missing = bulk(cli, "predictions", tmp_path / "none.jsonl", ECHO, tmp_path / "out.jsonl")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
