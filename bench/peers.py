"""The peer rows: this client next to the clients users would pick instead, and raw httpx.

Each peer is installed from PyPI, pinned, into its own virtual environment under
``.bench-cache/peers/<name>/`` (the official WriftAI client is imported as ``wriftai``,
like ours, so it cannot share an interpreter with it). Every contender, ours included,
runs `bench.contender` in an interpreter of its own, started once and kept for the
whole table: so each side pays the same for being driven over a pipe (outside the timed
code), starts from a fresh heap, and keeps its connection pools warm between rounds.
Rounds alternate at the round level (ours, the peer, httpx, in a rotating order), all
against the same canned server, and each ratio is the median of the ratios of the rounds
of one pass, as in the raw-httpx rows.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".bench-cache" / "peers"
CONTENDER = Path(__file__).resolve().parent / "contender.py"


@dataclass(frozen=True)
class Peer:
    """A client installed from PyPI into a virtual environment of its own."""

    name: str
    requirements: tuple[str, ...]
    label: str

    @property
    def home(self) -> Path:
        return CACHE / self.name

    @property
    def python(self) -> Path:
        return self.home / "bin" / "python"


# Pinned. sniffio: httpx's async path imports it on every request and searches the disk
# when it is missing (our pyproject says why we depend on it); the official client does
# not pull it in, so it is added here too, to compare the clients rather than installs.
WRIFTAI_PEER = Peer("wriftai-0.34.0", ("wriftai==0.34.0", "sniffio==1.3.1"), "wriftai 0.34.0")
LLMENGINE_PEER = Peer(
    "scale-llm-engine-0.0.0b45", ("scale-llm-engine==0.0.0b45",), "llmengine 0.0.0b45"
)
PEERS = (WRIFTAI_PEER, LLMENGINE_PEER)


def runtime_requirements() -> tuple[str, ...]:
    """This repository's run-time dependencies, as pyproject.toml states them."""
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as file:
        return tuple(tomllib.load(file)["project"]["dependencies"])


def this_client() -> Peer:
    """Our client as a user has it: its run-time dependencies alone, in a clean environment.

    The development environment (.venv) holds rich and click, which httpx imports for
    its command line when they are there (about 35 ms), and much else; measured in it, our
    import and our calls would not be comparable with the peers'. The working tree is put
    on the path with a .pth file (as an editable install does), so that the rows measure
    the code as it stands.
    """
    return Peer("wriftai-this", runtime_requirements(), "this repository")


def install(peer: Peer) -> Path:
    """Creates the peer's virtual environment unless it already holds these pins.

    Returns:
        Its interpreter.
    """
    marker = peer.home / ".installed"
    source = [str(ROOT), str(ROOT / "generated")] if peer.name == "wriftai-this" else []
    wanted = "\n".join([*peer.requirements, *source])
    if peer.python.exists() and marker.exists() and marker.read_text() == wanted:
        return peer.python
    shutil.rmtree(peer.home, ignore_errors=True)
    peer.home.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    # The base interpreter of this venv, so that every contender runs the same Python.
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(peer.home)], check=True)
    pip = [str(peer.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--no-input", *peer.requirements], check=True)
    if source:
        site = subprocess.run(
            [str(peer.python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        (Path(site) / "wriftai-working-tree.pth").write_text("\n".join(source) + "\n")
    marker.write_text(wanted)
    print(
        f"installed {' '.join(peer.requirements)} in {time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )
    return peer.python


# ------------------------------------------------------------------ contenders
class Contender:
    """A running `bench.contender` process."""

    def __init__(self, python: Path, kind: str, base_url: str, env: dict[str, str]) -> None:
        self.kind = kind
        # -I: neither the working directory nor bench/ goes on sys.path, so `import
        # wriftai` finds the environment's own client (ours is installed in .venv).
        self.process = subprocess.Popen(
            [str(python), "-I", str(CONTENDER), kind, base_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tempfile.gettempdir(),
            env=env,
        )
        hello = self._read()
        self.client = str(hello.get("client", kind))
        self.file = str(hello.get("file", ""))

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.kind} contender exited ({self.process.wait()})")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{self.kind}: {answer['error']}")
        return answer

    def ask(self, **request: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self._read()

    def round(self, row: str) -> float:
        return float(self.ask(op="round", row=row)["value"])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def clean_env() -> dict[str, str]:
    """The environment of every contender: none of our settings, and no network.

    `llmengine` asks PyPI for its latest version on every import unless told not to.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WRIFTAI_", "PYTHON"))}
    env["LLM_ENGINE_DISABLE_VERSION_CHECK"] = "true"
    return env


@contextmanager
def contender(python: Path, kind: str, base_url: str) -> Iterator[Contender]:
    running = Contender(python, kind, base_url, clean_env())
    try:
        yield running
    finally:
        running.close()


# ------------------------------------------------------------------ rows
@dataclass
class PeerRow:
    """One line of the peer table."""

    measure: str
    ours: str
    peer: str
    httpx: str
    vs_peer: float | None
    vs_httpx: float | None
    goal: float

    @property
    def met(self) -> bool | None:
        return None if self.vs_peer is None else self.vs_peer <= self.goal


def paired(ours: list[float], other: list[float]) -> float:
    return statistics.median(o / t for o, t in zip(ours, other, strict=True))


def rounds(contenders: list[Contender], row: str, count: int) -> list[list[float]]:
    """`count` rounds of `row` on each contender, one after the other in a rotating order.

    Returns:
        Each contender's round times, in the order of `contenders`.
    """
    for each in contenders:  # warm the pools and the code paths; not counted
        each.round(row)
    times: list[list[float]] = [[] for _ in contenders]
    for index in range(count):
        shift = index % len(contenders)
        for position in [*range(shift, len(contenders)), *range(shift)]:
            times[position].append(contenders[position].round(row))
    return times


def failed(measure: str, error: Exception) -> PeerRow:
    """The row of a measure that could not be taken (the table is still printed)."""
    reason = f"failed: {str(error)[:120]}"
    return PeerRow(measure, reason, "", "", None, None, 1.0)


def compare(
    measure: str,
    times: list[list[float]],
    show: Callable[[float], str],
    goal: float,
    peer_label: str,
) -> PeerRow:
    ours, peer, raw = times
    return PeerRow(
        measure,
        show(statistics.median(ours)),
        f"{show(statistics.median(peer))} ({peer_label})",
        show(statistics.median(raw)),
        paired(ours, peer),
        paired(ours, raw),
        goal,
    )


def import_seconds(python: Path, module: str) -> float:
    snippet = (
        f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [str(python), "-I", "-c", snippet],
        cwd=tempfile.gettempdir(),
        env=clean_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout)


def row_import(
    ours_python: Path, peer_python: Path, module: str, label: str, count: int = 15
) -> PeerRow:
    pythons = [(ours_python, "wriftai"), (peer_python, module), (ours_python, "httpx")]
    times: list[list[float]] = [[] for _ in pythons]
    for index in range(count):
        shift = index % len(pythons)
        for position in [*range(shift, len(pythons)), *range(shift)]:
            python, name = pythons[position]
            times[position].append(import_seconds(python, name))
    return compare(
        f"import, fresh interpreter (`import {module}` for the peer)",
        times,
        lambda s: f"{s * 1e3:.1f} ms",
        1.0,
        label,
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms" if seconds < 0.01 else f"{seconds * 1e3:.0f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def rate(total: int) -> Callable[[float], str]:
    return lambda seconds: f"{total / seconds:.0f} req/s"


# (row, measure, rounds, how a round's time is shown, goal, the peer: "wriftai" or "llm")
ROWS: tuple[tuple[str, str, int, Callable[[float], str], float, str], ...] = (
    ("get", "`models.get`, keep-alive, per call", 11, us, 1.0, "wriftai"),
    ("page", "one 100-model page (`models.list`), per call", 11, ms, 1.0, "wriftai"),
    (
        "async",
        "async `models.async_get`, 500 calls, 50 in flight (throughput)",
        11,
        rate(500),
        1.0,
        "wriftai",
    ),
    ("stream", "a 10,000-event prediction stream (`predictions.stream`)", 11, ms, 0.8, "wriftai"),
    ("completion", "a 200-token completion (`Completion.create`), per call", 11, us, 1.0, "llm"),
    (
        "completion_stream",
        "a 2,000-token completion stream (`Completion.create(stream=True)`)",
        11,
        ms,
        0.8,
        "llm",
    ),
)


def measure(base_url: str) -> tuple[list[PeerRow], list[str]]:
    """Installs the peers (once) and measures every row.

    Returns:
        The rows, and notes to print under the table (checks that failed).
    """
    pythons = {peer.name: install(peer) for peer in (this_client(), *PEERS)}
    wriftai_python = pythons[WRIFTAI_PEER.name]
    llmengine_python = pythons[LLMENGINE_PEER.name]
    ours_python = pythons["wriftai-this"]
    rows = [
        row_import(ours_python, wriftai_python, "wriftai", WRIFTAI_PEER.label),
        row_import(ours_python, llmengine_python, "llmengine", LLMENGINE_PEER.label),
    ]
    notes: list[str] = []
    with ExitStack() as stack:
        ours = stack.enter_context(contender(ours_python, "ours", base_url))
        official = stack.enter_context(contender(wriftai_python, "wriftai-0.34", base_url))
        llm = stack.enter_context(contender(llmengine_python, "llmengine", base_url))
        raw = stack.enter_context(contender(ours_python, "httpx", base_url))
        if Path(ours.file) != ROOT / "wriftai" / "__init__.py" or not official.file.startswith(
            str(WRIFTAI_PEER.home)
        ):
            raise RuntimeError(f"wrong clients: ours {ours.file}, peer {official.file}")
        for each in (ours, llm):  # every response the rows read parses (ours: strictly typed)
            try:
                each.ask(op="check")
            except RuntimeError as exc:
                notes.append(f"check failed, {exc}")
        sides = {"wriftai": [ours, official, raw], "llm": [ours, llm, raw]}
        labels = {"wriftai": WRIFTAI_PEER.label, "llm": LLMENGINE_PEER.label}
        for row, what, count, show, goal, peer in ROWS:
            try:
                rows.append(
                    compare(what, rounds(sides[peer], row, count), show, goal, labels[peer])
                )
            except RuntimeError as exc:
                rows.append(failed(what, exc))
    return rows, notes


def print_table(rows: list[PeerRow]) -> None:
    print("| measure | wriftai | peer | raw httpx | ÷ peer | ÷ httpx | goal (÷ peer) | met |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        met = {True: "yes", False: "**no**", None: "n/a"}[row.met]
        cells = [
            row.measure,
            row.ours,
            row.peer,
            row.httpx,
            "n/a" if row.vs_peer is None else f"{row.vs_peer:.2f}×",
            "n/a" if row.vs_httpx is None else f"{row.vs_httpx:.2f}×",
            f"≤ {row.goal:.1f}×",
            met,
        ]
        print("| " + " | ".join(cells) + " |")
