from enum import StrEnum


class ModelEndpointType(StrEnum):
    ASYNC = "async"
    STREAMING = "streaming"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
