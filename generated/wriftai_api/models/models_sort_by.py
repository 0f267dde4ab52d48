from enum import StrEnum


class ModelsSortBy(StrEnum):
    CREATED_AT = "created_at"
    PREDICTIONS_COUNT = "predictions_count"
    PREDICTION_COUNT = "prediction_count"

    def __str__(self) -> str:
        return str(self.value)
