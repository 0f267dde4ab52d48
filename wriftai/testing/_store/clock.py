"""The world's clock, and the timestamp formats of the two halves of the API."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def now() -> float:
    """Return the current time in Unix seconds."""
    return time.time()


def iso(ts: float | None) -> str | None:
    """Format Unix seconds as an ISO 8601 UTC timestamp (None stays None)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def local_iso(ts: float) -> str:
    """Format Unix seconds the way LLM Engine's batch routes do (ISO 8601, no time zone)."""
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None).isoformat()
