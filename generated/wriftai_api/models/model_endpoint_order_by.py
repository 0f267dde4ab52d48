from enum import StrEnum


class ModelEndpointOrderBy(StrEnum):
    ALPHABETICAL = "alphabetical"
    NEWEST = "newest"
    OLDEST = "oldest"

    def __str__(self) -> str:
        return str(self.value)
