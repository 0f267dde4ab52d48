from enum import StrEnum


class PredictionStatus(StrEnum):
    ABANDONED = "abandoned"
    CANCELLED = "cancelled"
    FAILED = "failed"
    PENDING = "pending"
    STARTED = "started"
    STARTING = "starting"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
