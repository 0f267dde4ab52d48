"""The operations of `wriftai.resources.batch_completions`: the source of its sync twin."""

from __future__ import annotations

from wriftai._async.waiting import AsyncJobResource
from wriftai._core.llm_engine import batch_completion_body, batch_completion_status
from wriftai._core.waiting import BATCH_COMPLETION_TERMINAL_STATUSES
from wriftai.types import BatchCompletionsContent, BatchCompletionsModelConfig, ToolConfig
from wriftai_api.api.batch_completions import (
    cancel_batch_completion,
    create_batch_completions,
    get_batch_completion,
)
from wriftai_api.models import (
    CancelBatchCompletionResponse,
    CreateBatchCompletionsModelConfig,
    CreateBatchCompletionsRequestContent,
    CreateBatchCompletionsResponse,
    GetBatchCompletionResponse,
)
from wriftai_api.models import ToolConfig as ToolConfigModel

__all__ = ["AsyncBatchCompletionsResource"]


class AsyncBatchCompletionsResource(AsyncJobResource[GetBatchCompletionResponse]):
    """Batch completion jobs: ``client.batch_completions``; ``wait`` polls one to its end."""

    _what = "the batch completion job"
    _terminal = BATCH_COMPLETION_TERMINAL_STATUSES
    _status = staticmethod(batch_completion_status)

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
        """Start a batch completion job (``POST /v1/llm/batch-completions``).

        The job creates something, and LLM Engine does not read ``Idempotency-Key``: the
        request is sent again only when the failure shows it was not processed (see the
        guide "Retries and idempotency"). The server answers `BadRequestError` for
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
            BadRequestError: LLM Engine refused a setting (see above).
        """
        new = batch_completion_body(
            output_data_path, model_config, content, input_data_path,
            data_parallelism, max_runtime_sec, priority, tool_config,
        )  # fmt: skip
        return await self._async_call(
            create_batch_completions, CreateBatchCompletionsResponse, body=new
        )

    async def async_get(self, job_id: str) -> GetBatchCompletionResponse:
        """Get a batch completion job (``GET /v2/batch-completions/{id}``).

        Args:
            job_id: The job's id.

        Returns:
            The envelope: ``.job`` has the job's ``status`` (``queued``, ``running``,
            ``completed``, ``failed``, ``cancelled`` or ``unknown``), paths, model settings
            and times.

        Raises:
            NotFoundError: LLM Engine does not know the job.
        """
        return await self._async_call_id(
            get_batch_completion, GetBatchCompletionResponse, "job_id", job_id
        )

    async def async_cancel(self, job_id: str) -> CancelBatchCompletionResponse:
        """Cancel a batch completion job (``POST /v2/batch-completions/{id}/actions/cancel``).

        Cancelling twice does no harm, so the request is retried like a read.

        Args:
            job_id: The job's id.

        Returns:
            Whether it was cancelled (False when there was nothing to cancel).

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_call_id(
            cancel_batch_completion, CancelBatchCompletionResponse, "job_id", job_id
        )
