from enum import StrEnum


class ModelEndpointStatus(StrEnum):
    DELETE_IN_PROGRESS = "DELETE_IN_PROGRESS"
    READY = "READY"
    UPDATE_FAILED = "UPDATE_FAILED"
    UPDATE_IN_PROGRESS = "UPDATE_IN_PROGRESS"
    UPDATE_PENDING = "UPDATE_PENDING"

    def __str__(self) -> str:
        return str(self.value)
