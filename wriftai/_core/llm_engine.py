"""LLM Engine requests, checked and built (no I/O): completions, batch jobs, fine-tunes.

Arguments are checked against the bounds LLM Engine's schema sets, so that a wrong one
fails before any request; the rules that depend on an endpoint's inference framework are
the server's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from wriftai._core.arguments import (
    Check,
    body,
    check_arguments,
    integer,
    number,
    of_type,
    require_str,
    str_list,
)
from wriftai._core.requests import request_kwargs
from wriftai_api.api.completions import create_completion, create_completion_stream
from wriftai_api.models import (
    CompletionRequest,
    CreateBatchCompletionsModelConfig,
    CreateBatchCompletionsRequest,
    CreateBatchCompletionsRequestContent,
    CreateFineTuneRequest,
    GetBatchCompletionResponse,
)
from wriftai_api.models import ToolConfig as ToolConfigModel

__all__ = [
    "SAMPLING_CHECKS",
    "batch_completion_body",
    "batch_completion_status",
    "completion_request",
    "fine_tune_body",
]

SAMPLING_CHECKS: Mapping[str, Check] = {
    "max_new_tokens": integer(1),
    "skip_special_tokens": of_type(bool),
    "temperature": number(0, 1),
    "stop_sequences": str_list,
    "return_token_log_probs": of_type(bool),
    "presence_penalty": number(0, 2),
    "frequency_penalty": number(0, 2),
    "top_k": integer(-1),
    "top_p": number(0, 1, low_open=True),
}
"""The checks of the sampling arguments completions and batch jobs share."""

_COMPLETION_CHECKS: Mapping[str, Check] = {
    **SAMPLING_CHECKS,
    "prompt": of_type(str),
    "include_stop_str_in_output": of_type(bool),
    "guided_json": of_type(dict),
    "guided_regex": of_type(str),
    "guided_choice": str_list,
    "guided_grammar": of_type(str),
}
_REQUIRED = frozenset({"prompt", "max_new_tokens", "temperature"})
_GUIDES = ("guided_json", "guided_regex", "guided_choice", "guided_grammar")


def completion_request(
    stream: bool,
    model: str,
    timeout: float | None,
    request_headers: Mapping[str, str] | None,
    values: dict[str, Any],
) -> Any:
    """Checks a completion's arguments and builds its request (no I/O)."""
    name = require_str("model", model)
    given = check_arguments(_COMPLETION_CHECKS, values, _REQUIRED)
    guides = [g for g in _GUIDES if g in given]
    if len(guides) > 1:
        raise ValueError(f"give at most one of {', '.join(_GUIDES)}; got {', '.join(guides)}")
    if timeout is not None:
        number(0, float("inf"), low_open=True)("timeout", timeout)
    extra = dict(request_headers or {})
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in extra.items()):
        raise TypeError("request_headers must map str to str")
    endpoint = create_completion_stream if stream else create_completion
    kwargs = request_kwargs(
        endpoint,
        (),
        {"body": body(CompletionRequest, given, "completion"), "model_endpoint_name": name},
    )
    if extra:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra}
    if timeout is not None:
        kwargs["read_timeout"] = float(timeout)
    return kwargs


# ---------------------------------------------------------------- batch completion jobs
_BATCH_CHECKS = {
    "output_data_path": of_type(str),
    "model_config": of_type(Mapping, CreateBatchCompletionsModelConfig),
    "content": of_type(Mapping, CreateBatchCompletionsRequestContent),
    "input_data_path": of_type(str),
    "data_parallelism": integer(1),
    "max_runtime_sec": integer(1),
    "priority": of_type(str),
    "tool_config": of_type(Mapping, ToolConfigModel),
}
_CONTENT_CHECKS = {**SAMPLING_CHECKS, "prompts": of_type(list)}
_MAX_RUNTIME = 2 * 24 * 3600
_MAX_PARALLELISM = 64


def batch_completion_body(
    output_data_path: object,
    model_config: object,
    content: object,
    input_data_path: object,
    data_parallelism: object,
    max_runtime_sec: object,
    priority: object,
    tool_config: object,
) -> CreateBatchCompletionsRequest:
    """Checks the arguments of a batch job's `create` (sampling bounds included); its body."""
    values = {
        "output_data_path": output_data_path,
        "model_config": model_config,
        "content": content,
        "input_data_path": input_data_path,
        "data_parallelism": data_parallelism,
        "max_runtime_sec": max_runtime_sec,
        "priority": priority,
        "tool_config": tool_config,
    }
    given = check_arguments(_BATCH_CHECKS, values, frozenset({"output_data_path", "model_config"}))
    if ("content" in given) == ("input_data_path" in given):
        raise ValueError("give exactly one of content and input_data_path")
    if given.get("max_runtime_sec", 1) > _MAX_RUNTIME:
        raise ValueError(f"max_runtime_sec must be at most {_MAX_RUNTIME} (two days)")
    if given.get("data_parallelism", 1) > _MAX_PARALLELISM:
        raise ValueError(f"data_parallelism must be at most {_MAX_PARALLELISM}")
    content = given.get("content")
    if isinstance(content, Mapping):
        required = frozenset({"prompts", "max_new_tokens", "temperature"})
        sampling = {key: content.get(key) for key in required} | dict(content)
        check_arguments(_CONTENT_CHECKS, sampling, required)
        given["content"] = body(CreateBatchCompletionsRequestContent, dict(content), "content")
    config = given["model_config"]
    given["model_config"] = body(
        CreateBatchCompletionsModelConfig,
        dict(config) if isinstance(config, Mapping) else config,
        "model_config",
    )
    tool = given.get("tool_config")
    if isinstance(tool, Mapping):
        given["tool_config"] = body(ToolConfigModel, dict(tool), "tool_config")
    return CreateBatchCompletionsRequest(**given)


def batch_completion_status(job: GetBatchCompletionResponse) -> str:
    """The status of a job envelope (empty when the response lacked it)."""
    return str(getattr(getattr(job, "job", None), "status", ""))


# ---------------------------------------------------------------- fine-tunes
_FINE_TUNE_CHECKS = {
    "model": of_type(str),
    "training_file": of_type(str),
    "validation_file": of_type(str),
    "hyperparameters": of_type(Mapping),
    "wandb_config": of_type(Mapping),
    "suffix": of_type(str),
}
_SUFFIX = re.compile(r"[A-Za-z0-9-]{1,28}")
_HYPERPARAMETER = (str, int, float, Mapping)


def fine_tune_body(
    model: object,
    training_file: object,
    validation_file: object,
    hyperparameters: object,
    wandb_config: object,
    suffix: object,
) -> CreateFineTuneRequest:
    """Checks the arguments of `create` and builds its body."""
    require_str("model", model)
    require_str("training_file", training_file)
    values = {
        "model": model,
        "training_file": training_file,
        "validation_file": validation_file,
        "hyperparameters": hyperparameters,
        "wandb_config": wandb_config,
        "suffix": suffix,
    }
    given = check_arguments(_FINE_TUNE_CHECKS, values, frozenset({"model", "training_file"}))
    suffix = given.get("suffix")
    if suffix is not None and not _SUFFIX.fullmatch(suffix):
        raise ValueError(
            f"suffix must be 1 to 28 letters, digits and '-' (LLM Engine's rule), got {suffix!r}"
        )
    hyper = dict(given.get("hyperparameters") or {})  # LLM Engine requires the object
    for name, value in hyper.items():
        if isinstance(value, bool) or not isinstance(value, _HYPERPARAMETER):
            raise TypeError(
                f"hyperparameter {name!r} must be a str, int, float or dict, "
                f"not {type(value).__name__}"
            )
    given["hyperparameters"] = hyper
    return body(
        CreateFineTuneRequest,
        {k: dict(v) if isinstance(v, Mapping) else v for k, v in given.items()},
        "fine-tune",
    )
