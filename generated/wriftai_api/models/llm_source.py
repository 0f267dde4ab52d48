from enum import StrEnum


class LLMSource(StrEnum):
    HUGGING_FACE = "hugging_face"

    def __str__(self) -> str:
        return str(self.value)
