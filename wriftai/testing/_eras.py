"""The two eras of the WriftAI API the emulator speaks.

``current`` (the default) answers in the shapes of the current API, those the official
client 0.34 reads: users named by ``account_id`` and ``name``, slim model and version list
items, predictions without ``url`` but with ``metrics`` and ``stream``, ``202`` for a
prediction still running, ``202 {}`` for a cancel, ``200`` for creates, stream events that
carry only an id or a status, and ``{"error": "..."}`` error bodies. ``legacy`` answers in
the shapes the official client's releases up to 0.22 knew. ``openapi.yaml`` describes both,
so either is checked against it.

``today`` and ``seeds`` are accepted as aliases of ``current`` and ``legacy`` wherever an
era is given (`check_era` turns them into ``current`` and ``legacy``).

Only the WriftAI operations change with the era (`is_wriftai` tells them apart); the LLM
Engine operations answer the same in both.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from wriftai.testing._spec import API_PREFIX, find_operation, spec_dict

Era = Literal["current", "legacy"]

CURRENT: Era = "current"
LEGACY: Era = "legacy"
ERAS: tuple[Era, ...] = (CURRENT, LEGACY)
DEFAULT_ERA: Era = CURRENT

ERA_ALIASES: Mapping[str, Era] = MappingProxyType({"today": CURRENT, "seeds": LEGACY})
"""Other names accepted for the eras: ``today`` for ``current``, ``seeds`` for ``legacy``."""

WRIFTAI_TAGS = frozenset(
    {
        "users",
        "hardware",
        "model_categories",
        "models",
        "versions",
        "predictions",
        "uploads",
        "variables",
    }
)
"""The spec's tags whose operations answer differently in each era."""


def check_era(era: str) -> Era:
    """Return the era ``era`` names, else raise.

    Args:
        era: ``"current"`` or ``"legacy"``, or an alias of one (``"today"``,
            ``"seeds"``; see `ERA_ALIASES`).

    Returns:
        The era, under its own name: an alias gives the era it stands for.

    Raises:
        ValueError: For any other value; the message lists the eras.
    """
    for known in ERAS:
        if era == known:
            return known
    if isinstance(era, str) and era in ERA_ALIASES:
        return ERA_ALIASES[era]
    raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")


@functools.cache
def _wriftai_operations() -> frozenset[str]:
    found = set()
    for item in spec_dict()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and set(operation.get("tags", [])) & WRIFTAI_TAGS:
                found.add(operation["operationId"])
    return frozenset(found)


def is_wriftai(method: str, path: str) -> bool:
    """Return whether ``method path`` (with ``/v1``) belongs to the WriftAI half of the API.

    A path the contract does not have counts as WriftAI unless it is under an LLM Engine
    prefix (``/llm``, ``/files``).
    """
    operation = find_operation(method, path)
    if operation is not None:
        return operation.operation_id in _wriftai_operations()
    return not path.startswith((API_PREFIX + "/llm", API_PREFIX + "/files"))
