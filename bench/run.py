"""`make bench`: the client's cost next to raw httpx and next to its peers, in one run.

Every row measures the facade and its baselines in this same run, alternating rounds so
that drift on the machine hits both alike, and reports medians. Nothing is compared
with a figure from another run. Prints two Markdown tables: the peer rows (`bench.peers`:
the official clients users would pick instead, each installed into its own virtual
environment under .bench-cache/, and raw httpx), then the raw-httpx rows (the floor).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench import bulk, cluster, peers

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "bench-token"


@dataclass
class Row:
    """One line of the table."""

    measure: str
    facade: str
    baseline: str
    ratio: float
    goal: str
    met: bool


def paired_ratio(facade: list[float], baseline: list[float]) -> float:
    """The median of the ratios of rounds run back to back.

    Each facade round is paired with the baseline round run right after it, so that a
    slow moment of the machine (the server shares its two cores) hits both sides of a
    pair; the median then drops the pairs such a moment split.
    """
    return statistics.median(f / b for f, b in zip(facade, baseline, strict=True))


def alternate(
    rounds: int, facade: Callable[[], float], baseline: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Runs a facade round and then a baseline round, `rounds` times."""
    pairs = [(facade(), baseline()) for _ in range(rounds)]
    return [f for f, _ in pairs], [b for _, b in pairs]


def compared(
    measure: str,
    facade: list[float],
    baseline: list[float],
    show: Callable[[float], str],
    baseline_name: str,
    goal: str,
    met: Callable[[float], bool],
) -> Row:
    """A row from paired rounds: medians shown with `show`, and their paired ratio."""
    f, b = statistics.median(facade), statistics.median(baseline)
    ratio = paired_ratio(facade, baseline)
    return Row(measure, show(f), f"{show(b)} ({baseline_name})", ratio, goal, met(ratio))


@contextmanager
def canned_server(*options: str) -> Iterator[str]:
    """The minimal server, in its own process so it never competes for our GIL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server", *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        port = int(line.split()[1])
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def client_for(base_url: str, **options: Any) -> Any:
    import wriftai

    return wriftai.Client(access_token=TOKEN, api_base_url=base_url, **options)


# ------------------------------------------------------------------ import time
def row_import(peer_row: peers.PeerRow) -> Row:
    """`import wriftai` next to `import httpx`: the times of the peer table's import row.

    Both come from the environment our wheel is installed in (`bench.peers`), so the
    import is measured one way in both tables.
    """
    assert peer_row.vs_httpx is not None
    return Row(
        "`import wriftai` (installed wheel, fresh interpreter)",
        peer_row.ours,
        f"{peer_row.httpx} (`import httpx`)",
        peer_row.vs_httpx,
        "≤ 1.3×",
        peer_row.vs_httpx <= 1.3,
    )


# ------------------------------------------------------------------ sync call overhead
def row_sync_get(base_url: str) -> Row:
    calls = 300
    with (
        client_for(base_url, max_retries=0) as client,
        httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
    ):

        def facade_round() -> float:
            start = time.perf_counter()
            for _ in range(calls):
                client.models.get("stability", "model-0")
            return (time.perf_counter() - start) / calls

        def raw_round() -> float:
            start = time.perf_counter()
            for _ in range(calls):
                raw.get("/models/stability/model-0").json()
            return (time.perf_counter() - start) / calls

        facade_round(), raw_round()  # warm the pools
        facade, baseline = alternate(15, facade_round, raw_round)
    return compared(
        "sync `models.get`, keep-alive, per call",
        facade,
        baseline,
        lambda seconds: f"{seconds * 1e6:.0f} µs",
        "`httpx.Client.get().json()`",
        "≤ 1.15×",
        lambda ratio: ratio <= 1.15,
    )


# ------------------------------------------------------------------ async throughput
def row_async_get(base_url: str) -> Row:
    total, in_flight = 500, 50

    async def measure() -> tuple[list[float], list[float]]:
        client = client_for(base_url, max_retries=0)
        raw = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {TOKEN}"},
            limits=httpx.Limits(max_connections=in_flight),
        )
        gate = asyncio.Semaphore(in_flight)

        async def facade_one() -> None:
            async with gate:
                await client.models.async_get("stability", "model-0")

        async def raw_one() -> None:
            async with gate:
                (await raw.get("/models/stability/model-0")).json()

        async def rate(one: Callable[[], Any]) -> float:
            start = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(total)))
            return total / (time.perf_counter() - start)

        await rate(facade_one), await rate(raw_one)  # warm the pools
        facade, baseline = [], []
        for _ in range(15):  # back to back, like `alternate` (whose rounds are not async)
            facade.append(await rate(facade_one))
            baseline.append(await rate(raw_one))
        await raw.aclose()
        await client.aclose()
        return facade, baseline

    facade, baseline = asyncio.run(measure())
    return compared(
        "async `models.async_get`, 500 calls, 50 in flight (throughput)",
        facade,
        baseline,
        lambda rate: f"{rate:.0f} req/s",
        "`httpx.AsyncClient`",
        "≥ 0.9×",
        lambda ratio: ratio >= 0.9,
    )


# ------------------------------------------------------------------ parsing
def row_parse() -> Row:
    from bench.bodies import model_page_body
    from wriftai._core.parsing import parse  # the facade's own parse path
    from wriftai_api.api.models import list_models
    from wriftai_api.models import ModelPage

    body = model_page_body(0)
    request = httpx.Request("GET", "http://bench/v1/models")

    def parse_page_body() -> object:
        response = httpx.Response(200, content=body, request=request)
        return parse(list_models, ModelPage, response, strict=False)

    def timed(parse: Callable[[], object]) -> float:
        start = time.perf_counter()
        for _ in range(20):
            parse()
        return (time.perf_counter() - start) / 20

    facade, baseline = alternate(
        25, lambda: timed(parse_page_body), lambda: timed(lambda: json.loads(body))
    )
    return compared(
        "parse one 100-item page of models (owners, versions, hardware, categories)",
        facade,
        baseline,
        lambda seconds: f"{seconds * 1e3:.2f} ms",
        "`json.loads`",
        "≤ 3×",
        lambda ratio: ratio <= 3,
    )


# ------------------------------------------------------------------ streams
def row_stream(base_url: str) -> Row:
    from bench.bodies import STREAM_EVENTS

    with (
        client_for(base_url, max_retries=0) as client,
        httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
    ):

        def facade_round() -> float:
            start = time.perf_counter()
            count = sum(1 for _ in client.predictions.stream("pred_bench"))
            assert count == STREAM_EVENTS + 2, count
            return time.perf_counter() - start

        def raw_round() -> float:
            start = time.perf_counter()
            count = 0
            with raw.stream("GET", "/predictions/pred_bench/stream") as response:
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        json.loads(line[5:])
                        count += 1
            assert count == STREAM_EVENTS + 2, count
            return time.perf_counter() - start

        facade, baseline = alternate(9, facade_round, raw_round)
    return compared(
        f"consume a {STREAM_EVENTS:,}-event prediction stream",
        facade,
        baseline,
        lambda seconds: f"{seconds * 1e3:.0f} ms",
        "httpx `iter_lines` + `json.loads`",
        "≤ 1.5×",
        lambda ratio: ratio <= 1.5,
    )


def row_completion_stream(base_url: str) -> Row:
    from bench.bodies import COMPLETION_PROMPT, COMPLETION_TOKENS

    endpoint = "bench-llm"
    body = {"prompt": COMPLETION_PROMPT, "max_new_tokens": COMPLETION_TOKENS, "temperature": 0.2}
    with (
        client_for(base_url, max_retries=0) as client,
        httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as raw,
    ):

        def facade_round() -> float:
            start = time.perf_counter()
            stream = client.completions.create(
                endpoint, COMPLETION_PROMPT, COMPLETION_TOKENS, 0.2, stream=True
            )
            count = sum(1 for _ in stream)
            assert count == COMPLETION_TOKENS, count
            return time.perf_counter() - start

        def raw_round() -> float:
            start = time.perf_counter()
            count = 0
            params = {"model_endpoint_name": endpoint}
            path = "/llm/completions-stream"
            with raw.stream("POST", path, params=params, json=body) as response:
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        json.loads(line[5:])
                        count += 1
            assert count == COMPLETION_TOKENS, count
            return time.perf_counter() - start

        facade_round(), raw_round()  # warm the pools
        facade, baseline = alternate(9, facade_round, raw_round)
    return compared(
        f"consume a {COMPLETION_TOKENS:,}-token completion stream (typed chunks)",
        facade,
        baseline,
        lambda seconds: f"{seconds * 1e3:.0f} ms",
        "httpx `iter_lines` + `json.loads`",
        "≤ 1.3×",
        lambda ratio: ratio <= 1.3,
    )


# ------------------------------------------------------------------ waiting
def row_wait() -> Row:
    from wriftai.testing import Emulator

    with Emulator(token=TOKEN, prediction_duration=2.0) as emu:
        base_url = emu.base_url
        params = {"input": {"prompt": "wait for me"}}

        def terminal_time(prediction_id: str) -> float:
            record = httpx.get(
                f"{base_url}/predictions/{prediction_id}",
                headers={"Authorization": f"Bearer {TOKEN}"},
            ).json()
            return datetime.datetime.fromisoformat(record["updated_at"]).timestamp()

        def requests_for(prediction_id: str) -> int:
            return sum(
                1
                for r in emu.requests
                if r.path.startswith("/v1/predictions") and prediction_id in r.path
            )

        def facade_run() -> tuple[float, int]:
            with client_for(base_url) as client:
                before = emu.count("POST", "/v1/predictions")
                prediction = client.predictions.create(params, model="wriftai/echo", wait=True)
                returned = time.time()
                posts = emu.count("POST", "/v1/predictions") - before
                return returned - terminal_time(prediction.id), posts + requests_for(prediction.id)

        def polling_run() -> tuple[float, int]:
            auth = {"Authorization": f"Bearer {TOKEN}"}
            with httpx.Client(base_url=base_url, headers=auth) as raw:
                body = {"model": "wriftai/echo", **params}
                prediction = raw.post("/predictions", json=body).json()
                sent = 1
                while prediction["status"] not in ("succeeded", "failed", "cancelled"):
                    time.sleep(1.0)
                    prediction = raw.get(f"/predictions/{prediction['id']}").json()
                    sent += 1
                returned = time.time()
                return returned - terminal_time(prediction["id"]), sent

        facade = [facade_run() for _ in range(3)]
        polling = [polling_run() for _ in range(3)]
    f_delay = statistics.median(d for d, _ in facade)
    f_sent = max(n for _, n in facade)
    b_delay = statistics.median(d for d, _ in polling)
    b_sent = max(n for _, n in polling)
    return Row(
        "`predictions.create(wait=True)`, 2 s prediction on the emulator: "
        "delay after terminal, requests",
        f"{f_delay * 1e3:.0f} ms, {f_sent} requests",
        f"{b_delay * 1e3:.0f} ms, {b_sent} requests (short polling every 1 s)",
        f_delay / b_delay if b_delay > 0 else float("inf"),
        "delay ≤ 0.1 s, ≤ 2 requests",
        f_delay <= 0.1 and f_sent <= 2,
    )


# ------------------------------------------------------------------ pagination walk
WALK_SNIPPET = """
import sys, time
sys.path.insert(0, {root!r})
from bench.run import client_for, peak_rss_kib
with client_for({base_url!r}, max_retries=0) as client:
    first = client.models.list(pagination_options={{"page_size": 100}})
    base_rss = peak_rss_kib()
    start = time.perf_counter()
    count = 0
    kept = []
    if {mode!r} == "keep":  # a check that the measure sees growth: hold every item
        for item in first.auto_paging_iter():
            kept.append(item)
            count += 1
    elif {mode!r} == "auto":
        for _ in first.auto_paging_iter():
            count += 1
    else:
        page = first
        while True:
            count += len(page.items)
            if page.next_cursor is None:
                break
            page = client.models.list(
                pagination_options={{"cursor": page.next_cursor, "page_size": 100}}
            )
    elapsed = time.perf_counter() - start
    grown = peak_rss_kib() - base_rss
    assert count == 20000, count
    print(elapsed, grown)
"""


def peak_rss_kib() -> int:
    """This process's peak resident set in KiB.

    VmHWM belongs to this process alone; ``ru_maxrss`` would also carry the peak of the
    process that started it (Linux keeps it across fork and exec), hiding smaller growth.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def walk(base_url: str, mode: str) -> tuple[float, float]:
    code = WALK_SNIPPET.format(root=str(ROOT), base_url=base_url, mode=mode)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    seconds, kib = out.stdout.split()
    return float(seconds), float(kib) / 1024


def row_walk(base_url: str) -> Row:
    facade, baseline = [], []
    for _ in range(5):
        facade.append(walk(base_url, "auto"))
        baseline.append(walk(base_url, "loop"))
    f = statistics.median(t for t, _ in facade)
    b = statistics.median(t for t, _ in baseline)
    ratio = paired_ratio([t for t, _ in facade], [t for t, _ in baseline])
    rss = max(m for _, m in facade)
    _, kept = walk(base_url, "keep")  # shows what the measure reads when items pile up
    return Row(
        "walk 20,000 models over 200 pages, 10 ms per page: time, peak RSS growth",
        f"{f:.2f} s, +{rss:.1f} MB (+{kept:.0f} MB if every item were kept)",
        f"{b:.2f} s (a loop over `list(cursor=...)`)",
        ratio,
        "≤ 1.05×; RSS ≤ 10 MB",
        ratio <= 1.05 and rss <= 10,
    )


# ------------------------------------------------------------------ uploads
UPLOAD_IN_FLIGHT = 8  # parts sent at once, by both sides (our default `max_concurrency`)


@contextmanager
def sparse_file(size: int) -> Iterator[Path]:
    """A temporary file of `size` bytes (sparse: it takes no disk), removed afterwards."""
    import tempfile

    handle, name = tempfile.mkstemp(prefix="wriftai-bench-", suffix=".bin")
    try:
        os.ftruncate(handle, size)
        os.close(handle)
        yield Path(name)
    finally:
        os.unlink(name)


def raw_upload(raw: httpx.Client, path: Path, in_flight: int) -> str:
    """An upload as a user writes it with httpx alone: each part read whole, then PUT."""
    from concurrent.futures import ThreadPoolExecutor

    size = path.stat().st_size
    created = raw.post("/uploads", json={"size": size, "mime_type": "video/mp4"}).json()
    part_size, urls = created["part_size"], created["urls"]
    with open(path, "rb") as file:
        fd = file.fileno()

        def put(index: int) -> str:
            offset = index * part_size
            data = os.pread(fd, min(part_size, size - offset), offset)
            response = raw.put(urls[index], content=data, headers={"Content-Type": "video/mp4"})
            response.raise_for_status()
            return response.headers["etag"]

        with ThreadPoolExecutor(in_flight) as pool:
            etags = list(pool.map(put, range(len(urls))))
    done = raw.post(f"/uploads/{created['id']}/complete", json={"etags": etags})
    return str(done.json()["download_url"])


def raw_upload_client(base_url: str) -> httpx.Client:
    limits = httpx.Limits(max_connections=UPLOAD_IN_FLIGHT + 2)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    return httpx.Client(base_url=base_url, headers=auth, limits=limits, timeout=60)


def row_upload_throughput(base_url: str) -> Row:
    size = 256 * 1024 * 1024
    with (
        sparse_file(size) as path,
        client_for(base_url, max_retries=0) as client,
        raw_upload_client(base_url) as raw,
    ):

        def facade_round() -> float:
            start = time.perf_counter()
            result = client.uploads.upload(path, max_concurrency=UPLOAD_IN_FLIGHT)
            assert result.download_url.startswith("http"), result
            return size / (time.perf_counter() - start)

        def raw_round() -> float:
            start = time.perf_counter()
            assert raw_upload(raw, path, UPLOAD_IN_FLIGHT).startswith("http")
            return size / (time.perf_counter() - start)

        facade_round(), raw_round()  # warm the pools and the threads
        facade, baseline = alternate(5, facade_round, raw_round)
    row = compared(
        f"upload a 256 MiB file in 8 MiB parts, {UPLOAD_IN_FLIGHT} in flight (throughput)",
        facade,
        baseline,
        lambda rate: f"{rate / 2**20:.0f} MiB/s",
        "httpx `PUT`s of the same parts, same concurrency",
        "≥ 0.9×",
        lambda ratio: ratio >= 0.9,
    )
    return row


UPLOAD_MEMORY_SNIPPET = """
import os, sys
sys.path.insert(0, {root!r})
from bench.run import client_for, peak_rss_kib, raw_upload, raw_upload_client, sparse_file
size = {size}
with sparse_file(size) as path, sparse_file(9 * 1024 * 1024) as small:
    if {mode!r} == "facade":
        with client_for({base_url!r}, max_retries=0) as client:
            client.uploads.upload(small, max_concurrency={in_flight})  # code, threads, pool
            base_rss = peak_rss_kib()
            client.uploads.upload(path, max_concurrency={in_flight})
            grown = peak_rss_kib() - base_rss
    else:
        with raw_upload_client({base_url!r}) as raw:
            raw_upload(raw, small, {in_flight})
            base_rss = peak_rss_kib()
            raw_upload(raw, path, {in_flight})
            grown = peak_rss_kib() - base_rss
print(grown)
"""


def upload_growth_mib(base_url: str, mode: str, size: int) -> float:
    """Peak RSS growth of one upload of `size` bytes, in a fresh interpreter, in MiB."""
    code = UPLOAD_MEMORY_SNIPPET.format(
        root=str(ROOT), base_url=base_url, mode=mode, size=size, in_flight=UPLOAD_IN_FLIGHT
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(out.stdout) / 1024


def row_upload_memory(base_url: str) -> Row:
    from wriftai._core.uploads import CHUNK_SIZE

    size = 512 * 1024 * 1024
    in_flight_mib = UPLOAD_IN_FLIGHT * CHUNK_SIZE / 2**20
    facade = max(upload_growth_mib(base_url, "facade", size) for _ in range(2))
    raw = upload_growth_mib(base_url, "raw", size)
    goal = min(64.0, max(in_flight_mib * 4, 16.0))
    return Row(
        f"upload a 512 MiB file, {UPLOAD_IN_FLIGHT} parts in flight: peak RSS growth "
        f"(fresh interpreter)",
        f"+{facade:.1f} MiB (parts in flight hold {in_flight_mib:.0f} MiB: "
        f"{UPLOAD_IN_FLIGHT} × {CHUNK_SIZE // 1024} KiB chunks)",
        f"+{raw:.1f} MiB (httpx `PUT`s, each part read whole)",
        facade / raw if raw > 0 else float("inf"),
        f"≤ {goal:.0f} MiB (what the parts in flight need, with room), ≤ 64 MiB",
        facade <= goal,
    )


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def upload_api() -> bool:
    """Whether this tree's client has ``client.uploads.upload`` (issue 15)."""
    try:
        from wriftai.resources.uploads import UploadsResource
    except ImportError:
        return False
    return callable(getattr(UploadsResource, "upload", None))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument(
        "--only",
        choices=["import"],
        help="run only this measure (import: the import rows of both tables)",
    )
    only = parser.parse_args(argv).only

    started = time.perf_counter()
    pythons = peers.environments()
    peer_rows = peers.import_rows(pythons)
    rows = [row_import(peer_rows[0])]
    notes: list[str] = []
    if only is None:
        with canned_server("--page-latency", "0") as base_url:
            more, notes = peers.measure(base_url, pythons)
        peer_rows += more
        rows.append(row_parse())
        with canned_server() as base_url:
            rows += [row_sync_get(base_url), row_async_get(base_url), row_stream(base_url)]
            rows.append(row_completion_stream(base_url))
            rows.append(row_walk(base_url))
            if upload_api():
                rows += [row_upload_throughput(base_url), row_upload_memory(base_url)]
        rows.append(row_wait())
        with canned_server() as base_url:
            ours, peer = pythons["wriftai-this"], pythons[peers.WRIFTAI_PEER.name]
            rows += bulk.rows(ours, peer, base_url, Row)
        rows += cluster.rows(Row)
    today = datetime.date.today().isoformat()
    print(
        f"`make bench` on {today}: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {cpu_model()}; "
        f"{time.perf_counter() - started:.0f} s"
    )
    print()
    print("Against the clients users would pick instead (÷: our time over theirs; lower is better)")
    print()
    peers.print_table(peer_rows)
    for note in notes:
        print(f"\n{note}")
    print()
    print("Against raw httpx (the floor)")
    print()
    print("| measure | wriftai | baseline (same run) | ratio | goal | met |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        met = "yes" if row.met else "**no**"
        cells = [row.measure, row.facade, row.baseline, f"{row.ratio:.2f}×", row.goal, met]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
