"""What every Python part of the parity check shares: scenarios, values, the emulator."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "parity" / "scenarios"
BUILD = ROOT / "parity" / "build"
SPEC = ROOT / "openapi.yaml"
TOKEN = "parity-token"
MISSING = "<missing>"
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def load_scenarios(folder: Path = SCENARIOS) -> list[dict[str, Any]]:
    """Every scenario file of `folder`, in name order."""
    scenarios = []
    for path in sorted(folder.glob("*.yaml")):
        scenario = yaml.safe_load(path.read_text())
        scenario.setdefault("name", path.stem)
        scenario["file"] = path.name
        scenarios.append(scenario)
    return scenarios


def spec_operations(spec_path: Path = SPEC) -> dict[str, dict[str, str]]:
    """Every client operation of the spec: operationId -> method, path and first tag.

    Webhooks are left out: the service calls them, a client does not.
    """
    spec = yaml.safe_load(spec_path.read_text())
    found: dict[str, dict[str, str]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                tag = (op.get("tags") or ["<untagged>"])[0]
                found[op["operationId"]] = {"method": method.upper(), "path": path, "tag": tag}
    return found


def substitute(value: Any, variables: dict[str, Any]) -> Any:
    """Replace ``${name}`` in every string of `value` by the captured variable."""
    if isinstance(value, str):
        whole = _VARIABLE.fullmatch(value)
        if whole:
            return variables[whole.group(1)]
        return _VARIABLE.sub(lambda m: str(variables[m.group(1)]), value)
    if isinstance(value, list):
        return [substitute(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, variables) for k, v in value.items()}
    return value


def select(value: Any, path: str) -> Any:
    """The value at a dotted `path`; ``*`` maps over a list, a number indexes one."""
    head, _, rest = path.partition(".")
    if head == "*":
        if not isinstance(value, list):
            return MISSING
        return [select(item, rest) if rest else item for item in value]
    if isinstance(value, dict):
        found = value.get(head, MISSING)
    elif isinstance(value, list) and head.isdigit() and int(head) < len(value):
        found = value[int(head)]
    else:
        found = MISSING
    if not rest or found is MISSING:
        return found
    return select(found, rest)


def http_json(url: str, method: str = "GET") -> Any:
    """One JSON request to the parity routes of the emulator."""
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@contextmanager
def emulator(token: str = TOKEN) -> Iterator[str]:
    """Start a fresh ``python -m parity.serve`` process; yields its server root URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "parity.serve", "--port", "0", "--token", token],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        prefix = "WriftAI emulator listening on "
        if not line.startswith(prefix):
            raise RuntimeError(f"the emulator did not start: {line!r}")
        base = line[len(prefix) :].strip()
        root = base.rsplit("/v1", 1)[0]
        deadline = time.monotonic() + 10
        while True:
            try:
                urllib.request.urlopen(root + "/_emulator/health", timeout=2).read()
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield root
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
