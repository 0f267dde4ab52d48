from enum import StrEnum


class Quantization(StrEnum):
    AWQ = "awq"
    BITSANDBYTES = "bitsandbytes"

    def __str__(self) -> str:
        return str(self.value)
