"""Drift: one seeded mutation of a JSON document, as an API that moved on might answer.

Drift changes one node of a successful JSON response (drops a key, nulls or retypes a
value, adds an unknown field, or puts an unknown value in a string) to exercise a
client's tolerance of an API that moved on. The mutation is drawn from a generator
seeded at decision time, so it replays too; the fault injector
(:mod:`wriftai.testing._faults`) sends it with an ``x-emulator-drift`` header that says
what was done. The response validator checks the body as produced, before the mutation,
so drift is never recorded as a contract violation.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from starlette.types import Message

DRIFT_HEADER = b"x-emulator-drift"
DRIFT_KINDS = ("drop", "null", "retype", "unknown_field", "unknown_enum")
UNKNOWN_ENUM_VALUE = "drift_unknown_value"

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class _Node(NamedTuple):
    """One value in a decoded JSON document, with where it sits."""

    path: str
    parent: dict[str, Any] | list[Any] | None
    key: str | int | None
    value: Any


def _member_path(path: str, key: str) -> str:
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


def _walk(value: Any) -> Iterator[_Node]:
    """Yield every node of a JSON document, the root first, in document order."""
    pending = [_Node("$", None, None, value)]
    while pending:
        node = pending.pop()
        yield node
        children: list[_Node] = []
        if isinstance(node.value, dict):
            children = [
                _Node(_member_path(node.path, key), node.value, key, child)
                for key, child in node.value.items()
            ]
        elif isinstance(node.value, list):
            children = [
                _Node(f"{node.path}[{index}]", node.value, index, child)
                for index, child in enumerate(node.value)
            ]
        pending.extend(reversed(children))


def _drift_candidates(kind: str, nodes: list[_Node]) -> list[_Node]:
    inner = [node for node in nodes if node.parent is not None]
    if kind == "drop":
        return [node for node in inner if isinstance(node.parent, dict)]
    if kind == "null":
        return [node for node in inner if node.value is not None]
    if kind == "retype":
        return inner
    if kind == "unknown_field":
        return [node for node in nodes if isinstance(node.value, dict)]
    return [n for n in inner if isinstance(n.value, str) and n.value != UNKNOWN_ENUM_VALUE]


def _other_type(value: Any) -> Any:
    """Return a value of another JSON type than ``value``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return f"list of {len(value)}"
    return 0  # null becomes a number


def _unknown_value(rng: random.Random) -> Any:
    choices: list[Any] = ["drift", rng.randrange(1000), True, None, {"drift": 1}, ["drift"]]
    return rng.choice(choices)


def drift_document(document: Any, rng: random.Random) -> tuple[str, str] | None:
    """Apply one drift mutation to a decoded JSON document, in place.

    The kind is drawn uniformly from :data:`DRIFT_KINDS`, then the node uniformly from
    the nodes it can apply to; a kind that fits no node gives way to another.

    Args:
        document: The decoded JSON body; changed in place.
        rng: The generator that draws the mutation.

    Returns:
        The kind applied and the JSON path it applied to (``$.items[3].owner.id``), or
        None when no kind fits the document (an empty list, a bare scalar).
    """
    nodes = list(_walk(document))
    kinds = list(DRIFT_KINDS)
    rng.shuffle(kinds)
    for kind in kinds:
        candidates = _drift_candidates(kind, nodes)
        if not candidates:
            continue
        node = rng.choice(candidates)
        if kind == "unknown_field":
            target: dict[str, Any] = node.value
            name = f"x_drift_{rng.randrange(1000)}"
            while name in target:
                name += "_"
            target[name] = _unknown_value(rng)
            return kind, _member_path(node.path, name)
        parent: Any = node.parent
        if kind == "drop":
            del parent[node.key]
        elif kind == "null":
            parent[node.key] = None
        elif kind == "retype":
            parent[node.key] = _other_type(node.value)
        else:
            parent[node.key] = UNKNOWN_ENUM_VALUE
        return kind, node.path
    return None


def drifts(start: Message) -> bool:
    """Return whether a response is one drift applies to: a 2xx JSON body, not a 204."""
    status = int(start["status"])
    if not 200 <= status < 300 or status == 204:
        return False
    headers = {bytes(k).lower(): bytes(v) for k, v in start.get("headers", [])}
    return headers.get(b"content-type", b"").lower().startswith(b"application/json")
