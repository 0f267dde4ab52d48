"""The batch completions resource: start, get, cancel and wait for batch completion jobs.

A job is created through LLM Engine's ``/v1`` route and read and cancelled through its
``/v2`` routes, as LLM Engine's official client does. The ``/v2`` routes answer a job
inside a ``job`` envelope with lowercase statuses (``queued``, ``running``,
``completed``, ``failed``, ``cancelled``, ``unknown``); `wait` ends on the terminal ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wriftai._response import RawResponses
from wriftai.resources._base import body, check_arguments, integer, of_type, require_str
from wriftai.resources._waiting import BATCH_COMPLETION_TERMINAL_STATUSES, JobResource
from wriftai.resources.completions import SAMPLING_CHECKS
from wriftai.types import BatchCompletionsContent, BatchCompletionsModelConfig, ToolConfig
from wriftai_api.api.batch_completions import (
    cancel_batch_completion,
    create_batch_completions,
    get_batch_completion,
)
from wriftai_api.models import (
    CancelBatchCompletionResponse,
    CreateBatchCompletionsModelConfig,
    CreateBatchCompletionsRequest,
    CreateBatchCompletionsRequestContent,
    CreateBatchCompletionsResponse,
    GetBatchCompletionResponse,
)
from wriftai_api.models import ToolConfig as ToolConfigModel

__all__ = ["BatchCompletionsResource"]

_CHECKS = {
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


def _create_body(values: dict[str, Any]) -> CreateBatchCompletionsRequest:
    """Checks the arguments of `create` (sampling bounds included) and builds its body."""
    given = check_arguments(_CHECKS, values, frozenset({"output_data_path", "model_config"}))
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


def _envelope_status(job: GetBatchCompletionResponse) -> str:
    """The status of a job envelope (empty when the response lacked it)."""
    return str(getattr(getattr(job, "job", None), "status", ""))


class BatchCompletionsResource(JobResource[GetBatchCompletionResponse]):
    """Batch completion jobs: ``client.batch_completions``; ``wait`` polls one to its end."""

    @property
    def with_raw_response(self) -> BatchCompletionsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return BatchCompletionsRawResponses(self)

    _what = "the batch completion job"
    _terminal = BATCH_COMPLETION_TERMINAL_STATUSES
    _status = staticmethod(_envelope_status)

    def create(
        self,
        output_data_path: str,
        model_config: BatchCompletionsModelConfig | CreateBatchCompletionsModelConfig,
        content: BatchCompletionsContent | CreateBatchCompletionsRequestContent | None = None,
        input_data_path: str | None = None,
        data_parallelism: int | None = None,
        max_runtime_sec: int | None = None,
        *,
        priority: str | None = None,
        tool_config: ToolConfig | ToolConfigModel | None = None,
    ) -> CreateBatchCompletionsResponse:
        """Start a batch completion job (``POST /v1/llm/batch-completions``).

        The job creates something, and LLM Engine does not read ``Idempotency-Key``: the
        request is sent again only when the failure shows it was not processed (see the
        README's Configuration section). The server answers `BadRequestError` for
        ``data_parallelism`` above 1 (it is disabled), for a model it does not know
        without a ``checkpoint_path`` (``s3://``, ``gs://``, ``azure://`` or an Azure Blob
        URL), and for a ``tool_config`` other than ``code_evaluator``. It picks the
        hardware and the shard count itself.

        Args:
            output_data_path: Where the results are written.
            model_config: ``model``, and optionally ``checkpoint_path``, ``labels``,
                ``num_shards``, ``seed``, ``max_context_length``, ``response_role`` and
                vLLM engine settings such as ``quantization`` or ``max_model_len`` (see
                `BatchCompletionsModelConfig`; a dict or the generated model).
            content: The prompts and sampling settings inline (``prompts``,
                ``max_new_tokens``, ``temperature`` and the optional ones of a
                completion, with the same bounds); or else
            input_data_path: A JSON file of prompts and settings.
            data_parallelism: How many workers to split the prompts over (at least 1).
            max_runtime_sec: Time limit in seconds (1 to 172800), after which the job
                fails.
            priority: The job's priority, a value the deployment defines.
            tool_config: Tool use (experimental): ``name`` (``code_evaluator``) and
                optionally ``max_iterations``, ``execution_timeout_seconds``,
                ``should_retry_on_error``.

        Returns:
            The new job's id.

        Raises:
            ValueError: Neither or both of `content` and `input_data_path`, or a value out
                of its range.
            TypeError: An argument has the wrong type, or a dict an unknown key (such as
                ``quantize``, which LLM Engine does not have: use ``quantization``).
        """
        new = _create_body(
            {
                "output_data_path": output_data_path,
                "model_config": model_config,
                "content": content,
                "input_data_path": input_data_path,
                "data_parallelism": data_parallelism,
                "max_runtime_sec": max_runtime_sec,
                "priority": priority,
                "tool_config": tool_config,
            }
        )
        return self._call(create_batch_completions, CreateBatchCompletionsResponse, body=new)

    async def async_create(
        self,
        output_data_path: str,
        model_config: BatchCompletionsModelConfig | CreateBatchCompletionsModelConfig,
        content: BatchCompletionsContent | CreateBatchCompletionsRequestContent | None = None,
        input_data_path: str | None = None,
        data_parallelism: int | None = None,
        max_runtime_sec: int | None = None,
        *,
        priority: str | None = None,
        tool_config: ToolConfig | ToolConfigModel | None = None,
    ) -> CreateBatchCompletionsResponse:
        """Async form of `create`."""
        new = _create_body(
            {
                "output_data_path": output_data_path,
                "model_config": model_config,
                "content": content,
                "input_data_path": input_data_path,
                "data_parallelism": data_parallelism,
                "max_runtime_sec": max_runtime_sec,
                "priority": priority,
                "tool_config": tool_config,
            }
        )
        return await self._async_call(
            create_batch_completions, CreateBatchCompletionsResponse, body=new
        )

    def get(self, job_id: str) -> GetBatchCompletionResponse:
        """Get a batch completion job (``GET /v2/batch-completions/{id}``).

        Args:
            job_id: The job's id.

        Returns:
            The envelope: ``.job`` has the job's ``status`` (``queued``, ``running``,
            ``completed``, ``failed``, ``cancelled`` or ``unknown``), paths, model settings
            and times.
        """
        jid = require_str("job_id", job_id)
        return self._call(get_batch_completion, GetBatchCompletionResponse, jid)

    async def async_get(self, job_id: str) -> GetBatchCompletionResponse:
        """Async form of `get`."""
        jid = require_str("job_id", job_id)
        return await self._async_call(get_batch_completion, GetBatchCompletionResponse, jid)

    def cancel(self, job_id: str) -> CancelBatchCompletionResponse:
        """Cancel a batch completion job (``POST /v2/batch-completions/{id}/actions/cancel``).

        Cancelling twice does no harm, so the request is retried like a read.

        Args:
            job_id: The job's id.

        Returns:
            Whether it was cancelled (False when there was nothing to cancel).
        """
        jid = require_str("job_id", job_id)
        return self._call(cancel_batch_completion, CancelBatchCompletionResponse, jid)

    async def async_cancel(self, job_id: str) -> CancelBatchCompletionResponse:
        """Async form of `cancel`."""
        jid = require_str("job_id", job_id)
        return await self._async_call(cancel_batch_completion, CancelBatchCompletionResponse, jid)


class BatchCompletionsRawResponses(RawResponses):
    """`BatchCompletionsResource` methods, each returning an `APIResponse`."""

    cancel = RawResponses.of(BatchCompletionsResource.cancel)
    async_cancel = RawResponses.of_async(BatchCompletionsResource.async_cancel)
    create = RawResponses.of(BatchCompletionsResource.create)
    async_create = RawResponses.of_async(BatchCompletionsResource.async_create)
    get = RawResponses.of(BatchCompletionsResource.get)
    async_get = RawResponses.of_async(BatchCompletionsResource.async_get)
    wait = RawResponses.of(BatchCompletionsResource.wait)
    async_wait = RawResponses.of_async(BatchCompletionsResource.async_wait)
