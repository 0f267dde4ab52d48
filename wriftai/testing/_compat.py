"""Forward-compatibility mode: responses a newer server could send.

With ``forward_compat`` on, every rendered resource object carries fields the contract
does not name, and statuses of open enums (marked ``x-open-enum`` in the spec) are
sometimes reported as values the contract does not list. Only non-terminal statuses are
disguised, so a client that waits for a terminal status still gets there; the emulator's
real state machine is untouched.
"""

from __future__ import annotations

import random
from typing import Any

# Unknown values a newer server uses for a known, non-terminal status.
_UNKNOWN_STATUS = {
    "prediction": {"pending": "queued", "started": "processing"},
    "job": {"PENDING": "QUEUED", "RUNNING": "PREEMPTED_RESUMING"},
    "batch": {"queued": "scheduling", "running": "preempted_resuming"},
    "endpoint": {"UPDATE_PENDING": "PROVISIONING", "UPDATE_IN_PROGRESS": "SCALING"},
}

EXTRA_FIELD = "emulator_future_field"


class Compat:
    """Applies forward-compatibility changes when enabled."""

    def __init__(self, enabled: bool, rng: random.Random) -> None:
        self.enabled = enabled
        self.rng = rng

    def status(self, kind: str, value: str) -> str:
        """Return the status to report for a real ``value`` of an open enum.

        Args:
            kind: ``"prediction"``, ``"job"``, ``"batch"`` or ``"endpoint"``.
            value: The real status.

        Returns:
            The real status, or (in forward-compat mode, half of the time for non-terminal
            statuses) a status the contract does not know.
        """
        unknown = _UNKNOWN_STATUS[kind].get(value)
        if not self.enabled or unknown is None:
            return value
        return unknown if self.rng.random() < 0.5 else value

    def obj(self, value: dict[str, Any]) -> dict[str, Any]:
        """Add unknown fields to a resource object (returns the same dict)."""
        if self.enabled:
            value[EXTRA_FIELD] = {"added_in": "v1.99", "note": "clients must ignore this"}
            value["emulator_future_flag"] = True
        return value
