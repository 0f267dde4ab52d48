from enum import StrEnum


class BatchJobStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILURE = "FAILURE"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
