"""The peer rows: this client next to the clients users would pick instead, and raw httpx.

Each peer is installed from PyPI, pinned, into its own virtual environment under
``.bench-cache/peers/<name>/`` (the official WriftAI client is imported as ``wriftai``,
like ours, so it cannot share an interpreter with it); ours is built as a wheel from the
working tree and installed the same way, as a user gets it. Every contender, ours included,
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
WHEELS = ROOT / ".bench-cache" / "wheels"
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


# What goes into our wheel (pyproject.toml's wheel target, with its metadata and the
# force-included openapi.yaml): a change to any of these builds a new wheel.
WHEEL_SOURCES = ("wriftai", "generated/wriftai_api", "pyproject.toml", "openapi.yaml", "README.md")


def source_digest() -> str:
    """A hash of the files our wheel is built from (caches and bytecode left out)."""
    import hashlib

    digest = hashlib.sha256()
    for name in WHEEL_SOURCES:
        top = ROOT / name
        files = sorted(top.rglob("*")) if top.is_dir() else [top]
        for path in files:
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build_wheel() -> Path:
    """Our wheel, built from the working tree unless one of these very sources is cached.

    Returns:
        The wheel file, under ``.bench-cache/wheels/<digest>/``.
    """
    folder = WHEELS / source_digest()
    built = sorted(folder.glob("wriftai-*.whl"))
    if built:
        return built[0]
    shutil.rmtree(WHEELS, ignore_errors=True)  # only the wheel of the current tree is kept
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="wheel-", dir=CACHE.parent))
    try:
        pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "--no-deps", "--wheel-dir", str(scratch), str(ROOT)], check=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch.rename(folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return sorted(folder.glob("wriftai-*.whl"))[0]


def this_client() -> Peer:
    """Our client as a user has it: a wheel of the working tree, in a clean environment.

    Installed with pip (which also writes the bytecode) into an environment of its own,
    with its run-time dependencies alone. Neither the development environment (.venv,
    where httpx finds rich and click and imports its command line) nor the source tree
    is seen: from the repository's root, an interpreter started without ``-I`` imports
    ``wriftai`` from ``./wriftai``, whichever environment it belongs to.
    """
    return Peer("wriftai-this", runtime_requirements(), "this repository")


def _marker(peer: Peer, wheel: Path | None) -> str:
    """What an environment holds: its pins, and the digest of its wheel (ours)."""
    digest = None if wheel is None else wheel.parent.name
    return json.dumps({"requirements": peer.requirements, "wheel": digest})


def install(peer: Peer, wheel: Path | None = None) -> Path:
    """Creates the peer's virtual environment unless it already holds these pins.

    Args:
        peer: The environment and its pinned requirements.
        wheel: A wheel installed over the requirements (ours). When only the wheel
            changed, it alone is reinstalled.

    Returns:
        Its interpreter.
    """
    marker = peer.home / ".installed"
    wanted = _marker(peer, wheel)
    pip = [str(peer.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if peer.python.exists() and marker.exists():
        if marker.read_text() == wanted:
            return peer.python
        try:
            pins = json.loads(marker.read_text())["requirements"]
        except (ValueError, KeyError, TypeError):  # a marker of an older bench
            pins = None
        if wheel is not None and pins == list(peer.requirements):
            subprocess.run([*pip, "--no-deps", "--force-reinstall", str(wheel)], check=True)
            marker.write_text(wanted)
            print(f"reinstalled {wheel.name} (built from {wheel.parent.name})", file=sys.stderr)
            return peer.python
    shutil.rmtree(peer.home, ignore_errors=True)
    peer.home.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    # The base interpreter of this venv, so that every contender runs the same Python.
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(peer.home)], check=True)
    wheels = [] if wheel is None else [str(wheel)]
    subprocess.run([*pip, "--no-input", *peer.requirements, *wheels], check=True)
    marker.write_text(wanted)
    names = [*peer.requirements, *([] if wheel is None else [wheel.name])]
    print(f"installed {' '.join(names)} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
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


# Only `sys` and `time` (built into the interpreter) come before the timed import, so
# that nothing the module imports is loaded already; json loads after the clock stops.
IMPORT_SNIPPET = """import sys, time
start = time.perf_counter()
import {module}
seconds = time.perf_counter() - start
import json
print(json.dumps([seconds, {module}.__file__]))
"""


def import_seconds(python: Path, module: str) -> float:
    """The time of ``import module`` in a fresh interpreter of that environment.

    The clock runs around the import statement alone, so the interpreter's own start
    (and its exit) is left out on every side alike. ``-I`` and a neutral working
    directory keep the source tree and the caller's settings off the path; the module
    must then come from the environment's own site-packages.
    """
    out = subprocess.run(
        [str(python), "-I", "-c", IMPORT_SNIPPET.format(module=module)],
        cwd=tempfile.gettempdir(),
        env=clean_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, file = json.loads(out.stdout)
    home = python.parent.parent
    if not Path(file).resolve().is_relative_to(home.resolve()):
        raise RuntimeError(f"{module} came from {file}, not from {home}")
    return float(seconds)


def row_import(
    ours_python: Path, peer_python: Path, module: str, label: str, count: int = 21
) -> PeerRow:
    """`import wriftai` from our wheel, next to the peer's import and to `import httpx`.

    Each round starts the three interpreters one after the other, in a rotating order,
    after one start of each that is not counted (it brings the files into the page cache).
    """
    pythons = [(ours_python, "wriftai"), (peer_python, module), (ours_python, "httpx")]
    for python, name in pythons:
        import_seconds(python, name)
    times: list[list[float]] = [[] for _ in pythons]
    for index in range(count):
        shift = index % len(pythons)
        for position in [*range(shift, len(pythons)), *range(shift)]:
            python, name = pythons[position]
            times[position].append(import_seconds(python, name))
    return compare(
        f"import from installed wheels, fresh interpreter (`import {module}` for the peer)",
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


def environments() -> dict[str, Path]:
    """Builds our wheel and installs every environment that lacks its pins (once).

    Returns:
        Each environment's interpreter, by name (ours is ``wriftai-this``).
    """
    ours = this_client()
    pythons = {ours.name: install(ours, build_wheel())}
    return pythons | {peer.name: install(peer) for peer in PEERS}


def import_rows(pythons: dict[str, Path]) -> list[PeerRow]:
    """The import rows: ours next to the official WriftAI client, then to `llmengine`."""
    ours = pythons["wriftai-this"]
    return [
        row_import(ours, pythons[WRIFTAI_PEER.name], "wriftai", WRIFTAI_PEER.label),
        row_import(ours, pythons[LLMENGINE_PEER.name], "llmengine", LLMENGINE_PEER.label),
    ]


def measure(base_url: str, pythons: dict[str, Path]) -> tuple[list[PeerRow], list[str]]:
    """Measures every row but the import rows, against the canned server at `base_url`.

    Returns:
        The rows, and notes to print under the table (checks that failed).
    """
    wriftai_python = pythons[WRIFTAI_PEER.name]
    llmengine_python = pythons[LLMENGINE_PEER.name]
    ours_python = pythons["wriftai-this"]
    rows: list[PeerRow] = []
    notes: list[str] = []
    with ExitStack() as stack:
        ours = stack.enter_context(contender(ours_python, "ours", base_url))
        official = stack.enter_context(contender(wriftai_python, "wriftai-0.34", base_url))
        llm = stack.enter_context(contender(llmengine_python, "llmengine", base_url))
        raw = stack.enter_context(contender(ours_python, "httpx", base_url))
        if not official.file.startswith(str(WRIFTAI_PEER.home)) or not ours.file.startswith(
            str(ours_python.parent.parent)
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
