"""What a bulk run gives back: one `BulkResult` an item, and the run's `BulkStats`."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from wriftai._errors import APIStatusError, WriftAIError

__all__ = ["BulkError", "BulkResult", "BulkStats", "BulkStatus"]

BulkStatus = Literal["succeeded", "failed", "cancelled", "ambiguous"]
"""How an item ended. ``ambiguous``: its create may or may not have reached the server, and
nothing the server shows settles it; it was not sent again, so nothing was created twice."""


@dataclass(frozen=True)
class BulkError:
    """Why an item did not succeed.

    Attributes:
        type: The exception's class name (``RateLimitError``, ``WaitTimeoutError``, ...), or
            ``PredictionFailed`` for a prediction that ended ``failed``.
        message: What went wrong.
        status_code: The HTTP status, for an error the API answered.
        request_id: The request id the server gave, if any.
    """

    type: str
    message: str
    status_code: int | None = None
    request_id: str | None = None

    @classmethod
    def of(cls, error: BaseException) -> BulkError:
        """The record of an exception.

        Args:
            error: The exception an item met.

        Returns:
            Its type, message, and status and request id where it has them.
        """
        if isinstance(error, APIStatusError):
            return cls(type(error).__name__, error.message, error.status_code, error.request_id)
        return cls(type(error).__name__, str(error) or type(error).__name__)

    def as_dict(self) -> dict[str, Any]:
        """The error as JSON-ready data."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class BulkResult:
    """How one input of a bulk run ended.

    Attributes:
        index: The input's place in the inputs, from 0.
        input: The input.
        status: ``succeeded``, ``failed``, ``cancelled`` or ``ambiguous``.
        id: The prediction's id (predictions), or the completion's request id.
        output: The prediction's output, or the completion's output (``text`` and more).
        error: Why it did not succeed, or None.
        attempts: How many requests created or sent it (1 unless retried).
        resumed: Whether it finished in an earlier run and was read from the journal.
    """

    index: int
    input: Any
    status: BulkStatus
    id: str | None = None
    output: Any = None
    error: BulkError | None = None
    attempts: int = 1
    resumed: bool = False

    @property
    def ok(self) -> bool:
        """Whether the item succeeded."""
        return self.status == "succeeded"

    def as_record(self) -> dict[str, Any]:
        """The result as the sinks write it (one JSON object)."""
        return {
            "index": self.index,
            "status": self.status,
            "id": self.id,
            "output": self.output,
            "error": None if self.error is None else self.error.as_dict(),
            "attempts": self.attempts,
            "input": self.input,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> BulkResult:
        """A result read back from a journal or a sink.

        Args:
            record: What `as_record` gave.

        Returns:
            The result, marked `resumed`.

        Raises:
            WriftAIError: The record is not one of a result.
        """
        try:
            error = record.get("error")
            return cls(
                index=int(record["index"]),
                input=record.get("input"),
                status=record["status"],
                id=record.get("id"),
                output=record.get("output"),
                error=None if error is None else BulkError(**error),
                attempts=int(record.get("attempts", 1)),
                resumed=True,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise WriftAIError(f"not a bulk result record: {exc!r}") from None


@dataclass
class BulkStats:
    """A bulk run's counts so far; the run updates it in place.

    Attributes:
        done: Items that ended (any status), this run and resumed.
        succeeded: Items that succeeded.
        failed: Items that failed or were cancelled.
        ambiguous: Items reported ambiguous.
        resumed: Items finished by an earlier run, read from the journal.
        in_flight: Items being worked on now.
        requests: Requests sent by this run.
        rate_limited: Requests the server refused with 429.
        concurrency: How many items may be in flight now.
        pace: The requests per second the run keeps to, or None while unpaced.
        started: The monotonic time the run started.
    """

    done: int = 0
    succeeded: int = 0
    failed: int = 0
    ambiguous: int = 0
    resumed: int = 0
    in_flight: int = 0
    requests: int = 0
    rate_limited: int = 0
    concurrency: int = 0
    pace: float | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Items finished by this run per second."""
        elapsed = self.elapsed
        return (self.done - self.resumed) / elapsed if elapsed > 0 else 0.0

    def counts(self) -> dict[str, int]:
        """The counts, as ``wriftai.bulk.<name>`` span attributes."""
        names = ("done", "succeeded", "failed", "ambiguous", "resumed", "requests")
        counts = {f"wriftai.bulk.{name}": getattr(self, name) for name in names}
        counts["wriftai.bulk.rate_limited"] = self.rate_limited
        return counts

    def count(self, result: BulkResult) -> None:
        """Counts a finished item.

        Args:
            result: The item's result.
        """
        self.done += 1
        self.resumed += result.resumed
        if result.status == "succeeded":
            self.succeeded += 1
        elif result.status == "ambiguous":
            self.ambiguous += 1
        else:
            self.failed += 1
