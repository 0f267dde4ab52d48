"""`make bench-against REV=<rev>`: every peer row of this tree next to the client at a revision.

A change that moves code around must not make it slower. This measures both sides in one
run, as the peer rows do: the working tree's wheel and a wheel built from ``git archive
REV`` are each installed into a virtual environment of their own under ``.bench-cache/``,
each runs `bench.contender` as ``ours`` in an interpreter of its own, and their rounds
alternate against the same canned server. Each ratio is the median of the paired ratios
of the rounds (this tree over the revision); the goal is at most 1.05.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from contextlib import ExitStack
from pathlib import Path

from bench.peers import (
    CACHE,
    ROOT,
    ROWS,
    Peer,
    build_wheel,
    contender,
    install,
    paired,
    rounds,
    this_client,
)
from bench.run import canned_server

GOAL = 1.05
"""The most this tree may cost next to the revision, per row."""


def wheel_at(sha: str) -> tuple[Path, tuple[str, ...]]:
    """The wheel of the client at commit `sha`, and its run-time dependencies.

    Returns:
        The wheel (cached under ``.bench-cache/wheels-at/<sha>/``) and the dependencies
        its own pyproject.toml states.
    """
    folder = CACHE.parent / "wheels-at" / sha
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", sha],
            check=True,
            capture_output=True,
        ).stdout
        archive_path = Path(scratch) / "tree.tar"
        archive_path.write_bytes(archive)
        with tarfile.open(archive_path) as tar:
            tar.extractall(tree, filter="data")
        with open(tree / "pyproject.toml", "rb") as file:
            requirements = tuple(tomllib.load(file)["project"]["dependencies"])
        built = sorted(folder.glob("wriftai-*.whl"))
        if not built:
            pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
            subprocess.run([*pip, "--no-deps", "--wheel-dir", str(folder), str(tree)], check=True)
            built = sorted(folder.glob("wriftai-*.whl"))
    return built[0], requirements


def main() -> None:
    """Prints the table of this tree's rows next to the revision's."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("rev", help="the revision to compare with (a commit, tag or branch)")
    rev = parser.parse_args().rev
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", rev], check=True, capture_output=True, text=True
    ).stdout.strip()
    wheel, requirements = wheel_at(sha)
    before = Peer(f"wriftai-at-{sha[:12]}", requirements, f"wriftai at {sha[:12]}")
    before_python = install(before, wheel)
    ours_python = install(this_client(), build_wheel())
    print(f"| measure | this tree | at {sha[:12]} | ÷ | goal | met |")
    print("| --- | --- | --- | --- | --- | --- |")
    worst = 0.0
    with canned_server() as base_url, ExitStack() as stack:
        ours = stack.enter_context(contender(ours_python, "ours", base_url))
        then = stack.enter_context(contender(before_python, "ours", base_url))
        for row, what, count, show, _goal, _peer in ROWS:
            now_times, then_times = rounds([ours, then], row, count)
            ratio = paired(now_times, then_times)
            worst = max(worst, ratio)
            now_median, then_median = sorted(now_times), sorted(then_times)
            cells = [
                what,
                show(now_median[len(now_median) // 2]),
                show(then_median[len(then_median) // 2]),
                f"{ratio:.3f}×",
                f"≤ {GOAL:.2f}×",
                "yes" if ratio <= GOAL else "**no**",
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
    print(f"\nworst row: {worst:.3f}× the revision's cost")


if __name__ == "__main__":
    main()
