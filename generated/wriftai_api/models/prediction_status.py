from enum import StrEnum


class PredictionStatus(StrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    PENDING = "pending"
    STARTED = "started"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
