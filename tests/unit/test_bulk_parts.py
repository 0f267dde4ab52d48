"""The sans-IO and file parts of bulk runs: pace control, journal, sinks, inputs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from wriftai._core.bulk_control import PROBE, Concurrency, Control, server_pause
from wriftai.bulk import Journal, JournalMismatchError, item_key, read_inputs
from wriftai.bulk._inputs import digest
from wriftai.bulk._sinks import JsonlSink, ParquetSink

NO_HEADERS: dict[str, str] = {}


def test_server_pause_prefers_the_sooner_of_retry_after_and_reset() -> None:
    assert server_pause({"retry-after": "3"}, 1000.0) == 3.0
    assert server_pause({"retry-after": "1", "x-ratelimit-reset": "1000.25"}, 1000.0) == 0.25
    assert server_pause({"x-ratelimit-reset": "999"}, 1000.0) == 0.0
    assert server_pause({"retry-after": "soon"}, 1000.0) is None
    assert server_pause({}, 1000.0) is None


def test_concurrency_grows_while_busy_and_shrinks_on_overload() -> None:
    control = Control(Concurrency(floor=2, start=4, ceiling=6))
    for step in range(40):
        control.busy = control.concurrency  # every slot taken
        control.succeeded(float(step), NO_HEADERS, 0.0)
    assert control.concurrency == 6  # capped at the ceiling
    control.overloaded_server(50.0)
    assert control.concurrency == 4  # 6 * 0.7
    for step in range(10):
        control.overloaded_server(60.0 + step)
    assert control.concurrency == 2  # never below the floor
    control.busy = 0
    control.succeeded(100.0, NO_HEADERS, 0.0)
    assert control.concurrency == 2  # idle slots: no reason to grow


def test_a_429_paces_at_what_the_server_admits_and_pauses_everyone() -> None:
    control = Control(Concurrency())
    assert control.pace is None and control.reserve(0.0) == (0.0, 0)
    for i in range(100):  # 50 successes a second
        control.succeeded(i / 50, NO_HEADERS, 0.0)
    control.limited_by_server(2.0, {"retry-after": "1"}, 0.0)
    assert control.pace == pytest.approx(35.0, rel=0.02)  # a first guess: 0.7 of the average
    wait, schedule = control.reserve(2.0)
    assert wait == pytest.approx(1.0)  # everyone waits for Retry-After
    assert control.void(schedule - 1) and not control.void(schedule)
    # Since the 429, the server admitted the requests sent at 20 a second.
    for i in range(40):
        sent = 3.0 + i / 20
        control.succeeded(sent + 0.1, NO_HEADERS, 0.0, sent)
    control.limited_by_server(5.1, {"x-ratelimit-reset": "0.01"}, 0.0)
    assert control.pace == pytest.approx(0.95 * 20, rel=0.05)
    first, _ = control.reserve(6.0)
    second, _ = control.reserve(6.0)
    assert second - first == pytest.approx(1 / control.pace, rel=0.05)


def test_the_learned_pace_probes_upward_and_a_fixed_rate_caps_it() -> None:
    control = Control(Concurrency())
    for i in range(40):
        control.succeeded(i / 20, NO_HEADERS, 0.0)
    control.limited_by_server(2.0, {"retry-after": "0"}, 0.0)
    learned = control.pace
    assert learned is not None
    control.reserve(3.0)  # a second later: PROBE faster
    assert control.pace == pytest.approx(learned * (1 + PROBE))
    for second in range(4, 14):  # ten quiet seconds: the probe speeds up, to 25% a second
        control.reserve(float(second))
    assert control.pace > learned * 3
    capped = Control(Concurrency(), rate=5.0)
    assert capped.pace == 5.0
    assert [round(capped.reserve(0.0)[0], 3) for _ in range(3)] == [0.0, 0.2, 0.4]
    with pytest.raises(ValueError, match="rate"):
        Control(Concurrency(), rate=-1)


def test_remaining_zero_pauses_until_the_reset() -> None:
    control = Control(Concurrency())
    control.succeeded(10.0, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1000.5"}, 1000.0)
    assert control.reserve(10.0)[0] == pytest.approx(0.5)


def test_a_429_without_hints_backs_off_exponentially() -> None:
    control = Control(Concurrency())
    waits = []
    for n in range(4):
        now = 100.0 * n
        control.limited_by_server(now, NO_HEADERS, 0.0)
        waits.append(control.reserve(now)[0])
    assert all(0.5 * 0.25 * 2**n <= w <= 0.25 * 2**n for n, w in enumerate(waits))


def test_journal_states_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = Journal(path, {"kind": "predictions", "model": "a/b"})
    journal.intend(0, "d0", "k0")
    journal.intend(1, "d1", "k1")
    journal.created(1, "pred_1")
    journal.intend(2, "d2", "k2")
    journal.finish(2, "succeeded", {"index": 2, "id": "pred_2", "status": "succeeded"})
    run_id = journal.run_id
    journal.close()
    again = Journal(path, {"kind": "predictions", "model": "a/b"})
    assert again.run_id == run_id
    assert [e.index for e in again.unanswered()] == [0]
    one = again.entry(1, "d1")
    assert one is not None and one.state == "created" and one.remote_id == "pred_1"
    two = again.entry(2, "d2")
    assert two is not None and two.final and again.record(2)["id"] == "pred_2"
    assert again.entry(3, "d3") is None
    assert again.attached_ids() == {"pred_1", "pred_2"}
    with pytest.raises(JournalMismatchError, match="input 1 differs"):
        again.entry(1, "other")
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_journal_refuses_another_fingerprint_or_run(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    Journal(path, {"model": "a/b"}, run_id="first").close()
    with pytest.raises(JournalMismatchError, match=r"model: 'a/b' -> 'a/c'"):
        Journal(path, {"model": "a/c"})
    with pytest.raises(JournalMismatchError, match="belongs to run 'first'"):
        Journal(path, {"model": "a/b"}, run_id="second")


def test_item_keys_derive_from_run_item_and_input() -> None:
    key = item_key("run1", 7, digest({"prompt": "x"}))
    assert key == item_key("run1", 7, digest({"prompt": "x"}))
    assert key != item_key("run1", 8, digest({"prompt": "x"}))
    assert key != item_key("run2", 7, digest({"prompt": "x"}))
    assert item_key("run1", 7, "d" * 32, generation=2).endswith("-r2")
    assert digest({"a": 1, "b": 2}) == digest({"b": 2, "a": 1})


def test_jsonl_sink_drops_a_torn_line_and_knows_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    sink = JsonlSink(path, resume=False)
    sink.write({"index": 0, "status": "succeeded"})
    sink.write({"index": 1, "status": "failed"})
    sink.close()
    with path.open("ab") as file:
        file.write(b'{"index": 2, "sta')  # a kill in the middle of a line
    resumed = JsonlSink(path, resume=True)
    assert resumed.present == {0, 1}
    resumed.write({"index": 2, "status": "succeeded"})
    resumed.close()
    assert [json.loads(line)["index"] for line in path.read_text().splitlines()] == [0, 1, 2]
    assert JsonlSink(path, resume=False).present == set()
    assert path.read_text() == ""


def test_parquet_sink_writes_whole_parts_only(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    folder = tmp_path / "out.parquet"
    sink = ParquetSink(folder, resume=False, rows_per_part=2)
    for index in range(3):
        sink.write(
            {
                "index": index,
                "status": "succeeded",
                "input": {"i": index},
                "output": [1],
                "error": None,
                "id": f"p{index}",
                "attempts": 1,
            }
        )
    assert len(list(folder.glob("part-*.parquet"))) == 1  # the third row is still buffered
    (folder / "part-00009.tmp").write_bytes(b"torn")
    sink.close()
    resumed = ParquetSink(folder, resume=True)
    assert resumed.present == {0, 1, 2}
    assert not list(folder.glob("*.tmp"))
    table = pq.read_table(folder)
    assert sorted(table.column("index").to_pylist()) == [0, 1, 2]
    assert json.loads(table.column("input").to_pylist()[0]) == {"i": 0}


def test_inputs_are_read_lazily_from_files(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"prompt": "a"}\n\n{"prompt": "b"}\nnot json\n')
    rows = read_inputs(jsonl)
    assert next(rows) == {"prompt": "a"} and next(rows) == {"prompt": "b"}
    with pytest.raises(ValueError, match=r"in\.jsonl:4 is not JSON"):
        next(rows)
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("prompt,repeat\nx,2\n")
    assert list(read_inputs(csv_file)) == [{"prompt": "x", "repeat": "2"}]
    parquet = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"prompt": "p", "n": 1}]), parquet)
    assert list(read_inputs(parquet)) == [{"prompt": "p", "n": 1}]
    with pytest.raises(ValueError, match=r"must be a \.jsonl"):
        read_inputs(tmp_path / "in.txt")
    with pytest.raises(FileNotFoundError):
        read_inputs(tmp_path / "absent.csv")


def test_near_the_measured_rate_the_pace_creeps_up_slowly() -> None:
    control = Control(Concurrency())
    for i in range(40):
        control.succeeded(i / 20, NO_HEADERS, 0.0)
    control.limited_by_server(2.0, NO_HEADERS, 0.0)  # the first: a guess
    for i in range(20):  # sent after it, admitted at 10 a second
        sent = 2.0 + i / 10
        control.succeeded(sent + 0.05, NO_HEADERS, 0.0, sent)
    control.limited_by_server(4.0, NO_HEADERS, 0.0)
    settled = control.pace
    assert settled == pytest.approx(0.95 * 20 / 1.9, rel=0.01)
    for second in range(5, 15):
        control.reserve(float(second))
    assert control.pace == pytest.approx(settled * (1 + PROBE) ** 10, rel=0.05)


def test_sending_again_records_the_new_key(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite", {"model": "a/b"})
    journal.intend(0, "d0", "key-1")
    journal.interrupt(0)
    journal.intend(0, "d0", "key-1-r1")
    entry = journal.entry(0, "d0")
    assert entry is not None and (entry.state, entry.key) == ("sent", "key-1-r1")
