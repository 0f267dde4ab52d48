from enum import StrEnum


class LLMUpdateInferenceFramework(StrEnum):
    DEEPSPEED = "deepspeed"
    SGLANG = "sglang"
    TEXT_GENERATION_INFERENCE = "text_generation_inference"
    VLLM = "vllm"

    def __str__(self) -> str:
        return str(self.value)
