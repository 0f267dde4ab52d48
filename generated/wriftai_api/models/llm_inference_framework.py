from enum import StrEnum


class LLMInferenceFramework(StrEnum):
    DEEPSPEED = "deepspeed"
    LIGHTLLM = "lightllm"
    SGLANG = "sglang"
    TENSORRT_LLM = "tensorrt_llm"
    TEXT_GENERATION_INFERENCE = "text_generation_inference"
    VLLM = "vllm"

    def __str__(self) -> str:
        return str(self.value)
