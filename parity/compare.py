"""The parity check: run every runner, normalise their transcripts, compare them step by step.

``python -m parity.compare`` (what ``make parity`` runs):

1. reads ``parity/scenarios/*.yaml`` and the operations of ``openapi.yaml``, fails naming
   every client operation that no scenario uses, and writes both as JSON for the runners;
2. runs each runner against its own fresh emulator (``python -m parity.serve``), which is
   reset before each scenario;
3. normalises each raw transcript (captured ids, timestamps, request ids and the
   emulator's address become placeholders) into ``parity/build/<language>.json``;
4. checks each step's expectations, compares the languages step by step, prints the table
   of operations by language, the first differing step of each scenario side by side, and
   a last line with the numbers. Exits 1 on any uncovered operation, failed expectation
   or difference.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from parity.common import (
    BUILD,
    MISSING,
    ROOT,
    SCENARIOS,
    SPEC,
    emulator,
    load_scenarios,
    select,
    spec_operations,
)

NODE_BIN = ROOT / "node_modules" / ".bin"
RUNNERS: dict[str, list[str]] = {
    "python-sync": [sys.executable, "-m", "parity.runners.python_runner", "--form", "sync"],
    "python-async": [sys.executable, "-m", "parity.runners.python_runner", "--form", "async"],
    "typescript": [str(NODE_BIN / "tsx"), "parity/runners/ts/runner.ts"],
    "go": [str(BUILD / "go-runner")],  # built by `make go-runner` (parity/runners/go/rules.mk)
    # built by `make java-runner` (parity/runners/java/rules.mk): the argument file names the
    # classpath and the main class
    "java": ["java", "@parity/runners/java/target/runner.args"],
}
"""Every language's runner: a command that takes ``--root URL --out FILE``."""

COMPARED = ("requests", "status", "observed")
"""The parts of a normalised step that must agree across languages."""

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")
_REQUEST_ID = re.compile(r"req_[0-9a-f]+_\d+")


def coverage(
    scenarios: list[dict[str, Any]], operations: dict[str, Any]
) -> tuple[dict[str, list[str]], list[str], list[str]]:
    """Which scenarios use each operation; the uncovered operations; the unknown ones."""
    used: dict[str, list[str]] = {op: [] for op in operations}
    unknown = []
    for scenario in scenarios:
        for step in scenario["steps"]:
            if step["op"] not in used:
                unknown.append(f"{scenario['file']}: {step['op']}")
            elif scenario["name"] not in used[step["op"]]:
                used[step["op"]].append(scenario["name"])
    uncovered = sorted(op for op, names in used.items() if not names)
    return used, uncovered, unknown


def _path_pattern(operation: dict[str, str]) -> re.Pattern[str]:
    """A regex of the request paths of an operation, as the emulator sees them."""
    path = operation["path"]
    if not (path.startswith("/v1/") or path.startswith("/v2/")):
        path = "/v1" + path  # WriftAI's paths sit under the /v1 of its server URL
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


class Normaliser:
    """Replaces what differs from run to run by stable placeholders."""

    def __init__(self, variables: dict[str, Any]) -> None:
        """Captured `variables` become ``${name}``."""
        self.values = {
            str(v): f"${{{k}}}"
            for k, v in variables.items()
            if isinstance(v, (str, int)) and len(str(v)) > 2
        }

    def __call__(self, value: Any) -> Any:
        """`value` with placeholders."""
        if isinstance(value, str):
            value = re.sub(r"http://127\.0\.0\.1:\d+", "<emulator>", value)
            value = _TIME.sub("<time>", value)
            value = _REQUEST_ID.sub("<request-id>", value)
            for raw, placeholder in sorted(self.values.items(), key=lambda kv: -len(kv[0])):
                value = value.replace(raw, placeholder)
            return value
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, dict):
            return {self(k): self(v) for k, v in value.items()}
        return value


def _collapse(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Repeated identical requests (polls) as one: how often a client polls is its own."""
    out: list[dict[str, Any]] = []
    for request in requests:
        if not out or out[-1] != request:
            out.append(request)
    return out


def _opaque_cursors(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A cursor not captured by name becomes ``<cursor>``: its bytes are the server's."""
    for request in requests:
        request["query"] = [
            [name, "<cursor>" if name == "cursor" and not value.startswith("${") else value]
            for name, value in request["query"]
        ]
    return requests


def normalise(
    raw: dict[str, Any], scenarios: list[dict[str, Any]], operations: dict[str, Any]
) -> list[dict[str, Any]]:
    """A raw transcript as comparable steps, each with its expectation failures."""
    steps = []
    for scenario in scenarios:
        recorded = raw["scenarios"].get(scenario["name"], [])
        for index, spec_step in enumerate(scenario["steps"]):
            op = spec_step["op"]
            if index >= len(recorded):
                steps.append(
                    {
                        "scenario": scenario["name"],
                        "step": index + 1,
                        "op": op,
                        "missing": True,
                        "failures": ["the runner did not run it"],
                    }
                )
                continue
            record = recorded[index]
            norm = Normaliser(record.get("variables", {}))
            pattern = _path_pattern(operations[op])
            method = operations[op]["method"]
            own, other = [], []
            for request in record["requests"]:
                mine = request["method"] == method and pattern.match(request["path"])
                (own if mine else other).append(request)
            status = own[-1]["status"] if own else None
            for request in own:
                request.pop("status")
            result = record["result"]
            paths = list(spec_step.get("observe", []))
            expect = spec_step.get("expect", {})
            paths += [p for p in expect.get("fields", {}) if p not in paths]
            observed = {p: select(result, p) for p in paths}
            failures = []
            if "exception" in (result or {}):
                failures.append(f"raised {result['exception']}")
            if "status" in expect and expect["status"] != status:
                failures.append(f"status {status}, expected {expect['status']}")
            for path, wanted in expect.get("fields", {}).items():
                if observed[path] != wanted:
                    failures.append(f"{path} = {observed[path]!r}, expected {wanted!r}")
            steps.append(
                {
                    "scenario": scenario["name"],
                    "step": index + 1,
                    "op": op,
                    "how": record.get("how"),
                    "by_hand": record.get("by_hand", False),
                    "reason": record.get("reason"),
                    "not_expressible": record.get("not_expressible", False),
                    "requests": _opaque_cursors(norm(_collapse(own))),
                    "other_requests": norm([f"{r['method']} {r['path']}" for r in other]),
                    "status": status,
                    "observed": norm(observed),
                    "failures": failures,
                }
            )
    return steps


NOT_EXPRESSIBLE = "not expr."
"""The table's mark for an operation a language's generated client has no method for."""


def operation_marks(
    transcripts: dict[str, list[dict[str, Any]]],
    operations: dict[str, Any],
    differing: list[int],
) -> dict[str, dict[str, str]]:
    """The table's cell per operation and language.

    ``DIFFERS`` (a step of it differs between languages or fails an expectation) wins over
    ``not expr.`` (the generated client has no method: done by hand), which wins over
    ``by hand`` (a step of it was done, or partly done, by hand), which wins over ``ok``.
    """
    rank = {"ok": 0, "by hand": 1, NOT_EXPRESSIBLE: 2, "DIFFERS": 3}
    marks = {op: dict.fromkeys(transcripts, "ok") for op in operations}
    for lang, steps in transcripts.items():
        for number, step in enumerate(steps):
            if step["failures"] or number in differing:
                mark = "DIFFERS"
            elif step.get("not_expressible"):
                mark = NOT_EXPRESSIBLE
            elif step.get("by_hand"):
                mark = "by hand"
            else:
                continue
            if rank[mark] > rank[marks[step["op"]][lang]]:
                marks[step["op"]][lang] = mark
    return marks


def run_runner(language: str, out: Path) -> float:
    """Run one runner against its own fresh emulator; returns the seconds it took."""
    env = dict(os.environ, PATH=f"{NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.monotonic()
    with emulator() as root:
        command = [*RUNNERS[language], "--root", root, "--out", str(out)]
        subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def _short(value: Any, width: int) -> str:
    text = json.dumps(value, sort_keys=True) if not isinstance(value, str) else value
    return text if len(text) <= width else text[: width - 1] + "…"


def flatten(value: Any, prefix: str) -> dict[str, Any]:
    """`value` as leaf paths: ``requests.0.body.max_workers`` -> 3."""
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}"))
        return out
    if isinstance(value, list) and value and prefix.startswith("requests"):
        out = {}
        for number, item in enumerate(value):
            out.update(flatten(item, f"{prefix}.{number}"))
        return out
    return {prefix: value}


def side_by_side(steps: dict[str, dict[str, Any]], width: int = 34) -> list[str]:
    """The leaves of one step that differ, a column per language."""
    languages = list(steps)
    first = next(iter(steps.values()))
    flat = {lang: {} for lang in languages}
    for lang in languages:
        for part in COMPARED:
            flat[lang].update(flatten(steps[lang].get(part), part))
    keys = sorted({k for lang in languages for k in flat[lang]})
    label = max([len(k) for k in keys] + [10]) + 2
    lines = [
        f"    {first['scenario']} step {first['step']} ({first['op']})",
        "    " + " " * label + "".join(f"{lang:<{width}}" for lang in languages),
    ]
    for key in keys:
        values = [flat[lang].get(key, MISSING) for lang in languages]
        if all(v == values[0] for v in values):
            continue
        cells = "".join(f"{_short(v, width - 2):<{width}}" for v in values)
        lines.append(f"    {key:<{label}}{cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the check; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m parity.compare")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--scenarios", type=Path, default=SCENARIOS)
    parser.add_argument("--languages", nargs="*", default=list(RUNNERS))
    parser.add_argument("--coverage-only", action="store_true", help="check coverage, run nothing")
    args = parser.parse_args(argv)

    scenarios = load_scenarios(args.scenarios)
    operations = spec_operations(args.spec)
    used, uncovered, unknown = coverage(scenarios, operations)
    for line in unknown:
        print(f"parity: scenario step names an operation the spec lacks: {line}")
    for op in uncovered:
        print(f"parity: operation {op} is used by no scenario")
    covered = len(operations) - len(uncovered)
    if uncovered or unknown or args.coverage_only:
        print(
            f"parity: {len(scenarios)} scenarios, {covered}/{len(operations)} operations covered, "
            + ("not run" if uncovered or unknown else "coverage only")
        )
        return 1 if uncovered or unknown else 0

    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "scenarios.json").write_text(json.dumps(scenarios, indent=1))
    (BUILD / "operations.json").write_text(json.dumps(operations, indent=1))
    transcripts: dict[str, list[dict[str, Any]]] = {}
    for language in args.languages:
        raw_path = BUILD / f"raw-{language}.json"
        raw_path.unlink(missing_ok=True)
        try:
            seconds = run_runner(language, raw_path)
            raw = json.loads(raw_path.read_text())
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            # Every step of this language then fails as "the runner did not run it".
            print(f"parity: the {language} runner failed: {error}")
            seconds, raw = 0.0, {"scenarios": {}}
        steps = normalise(raw, scenarios, operations)
        (BUILD / f"{language}.json").write_text(json.dumps(steps, indent=1, sort_keys=True))
        transcripts[language] = steps
        print(f"parity: ran {language} in {seconds:.1f}s")

    languages = list(transcripts)
    failures = [(lang, s) for lang in languages for s in transcripts[lang] if s["failures"]]
    differing: list[int] = []
    reference = transcripts[languages[0]]
    for index in range(len(reference)):
        parts = [{p: transcripts[lang][index].get(p) for p in COMPARED} for lang in languages]
        if any(p != parts[0] for p in parts[1:]):
            differing.append(index)
    marks = operation_marks(transcripts, operations, differing)

    print()
    width = max(len(op) for op in operations) + 2
    head = f"{'operation':<{width}}" + "".join(f"{lang:<14}" for lang in languages) + "scenarios"
    print(head)
    print("-" * len(head))
    for op in sorted(operations):
        cells = "".join(f"{marks[op][lang]:<14}" for lang in languages)
        print(f"{op:<{width}}{cells}{', '.join(used[op])}")
    by_hand_steps = [(lang, s) for lang in languages for s in transcripts[lang] if s.get("by_hand")]
    listed: set[tuple[str, str, str]] = set()
    for lang, step in by_hand_steps:
        key = (lang, step["op"], step.get("reason") or "no reason given")
        if key not in listed:
            listed.add(key)
            if step.get("not_expressible"):
                print(f"parity: {lang} cannot express {key[1]} (done by hand): {key[2]}")
            else:
                print(f"parity: {lang} does {key[1]} by hand: {key[2]}")
    not_expressible = {(lang, op) for lang, op, _ in listed if marks[op][lang] == NOT_EXPRESSIBLE}

    for lang, step in failures:
        for failure in step["failures"]:
            print(
                f"parity: {lang} {step['scenario']} step {step['step']} ({step['op']}): {failure}"
            )
    shown: set[str] = set()
    for index in differing:
        scenario = reference[index]["scenario"]
        if scenario in shown:
            continue
        shown.add(scenario)
        print(f"\nparity: first difference in scenario {scenario}:")
        print("\n".join(side_by_side({lang: transcripts[lang][index] for lang in languages})))
    if not_expressible:
        print(
            f"parity: {len(not_expressible)} operations not expressible by a generated client "
            "(done by hand, listed above; not counted as differences)"
        )
    print(
        f"parity: {len(scenarios)} scenarios, {covered}/{len(operations)} operations covered, "
        f"{len(languages)} runners, {len(differing)} differences, "
        f"{len(by_hand_steps)} steps done by hand, {len(failures)} failed expectations"
    )
    return 1 if differing or failures else 0


if __name__ == "__main__":
    sys.exit(main())
