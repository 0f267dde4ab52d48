"""The batch completions resource: start, get, cancel and wait for batch completion jobs."""

from __future__ import annotations

from wriftai._response import RawResponses
from wriftai.resources._base import body, check_arguments, integer, of_type, require_str
from wriftai.resources._waiting import JobResource
from wriftai.resources.completions import SAMPLING_CHECKS
from wriftai.types import BatchCompletionsContent, BatchCompletionsModelConfig
from wriftai_api.api.batch_completions import (
    cancel_batch_completions,
    create_batch_completions,
    get_batch_completions,
)
from wriftai_api.models import (
    CancelBatchCompletionsResponse,
    CreateBatchCompletionsModelConfig,
    CreateBatchCompletionsRequest,
    CreateBatchCompletionsRequestContent,
    CreateBatchCompletionsResponse,
    GetBatchCompletionsResponse,
)

__all__ = ["BatchCompletionsResource"]

_CHECKS = {
    "output_data_path": of_type(str),
    "model_config": of_type(dict, CreateBatchCompletionsModelConfig),
    "content": of_type(dict, CreateBatchCompletionsRequestContent),
    "input_data_path": of_type(str),
    "data_parallelism": integer(1),
    "max_runtime_sec": integer(1),
}
_CONTENT_CHECKS = {**SAMPLING_CHECKS, "prompts": of_type(list)}


def _create_body(*args: object) -> CreateBatchCompletionsRequest:
    """Checks the arguments of `create` (sampling bounds included) and builds its body."""
    values = dict(zip(_CHECKS, args, strict=True))
    given = check_arguments(_CHECKS, values, frozenset({"output_data_path", "model_config"}))
    if ("content" in given) == ("input_data_path" in given):
        raise ValueError("give exactly one of content and input_data_path")
    content = given.get("content")
    if isinstance(content, dict):
        required = frozenset({"prompts", "max_new_tokens", "temperature"})
        sampling = {key: content.get(key) for key in required} | content
        check_arguments(_CONTENT_CHECKS, sampling, required)
        given["content"] = body(CreateBatchCompletionsRequestContent, content, "content")
    given["model_config"] = body(
        CreateBatchCompletionsModelConfig, given["model_config"], "model_config"
    )
    return CreateBatchCompletionsRequest(**given)


class BatchCompletionsResource(JobResource[GetBatchCompletionsResponse]):
    """Batch completion jobs: ``client.batch_completions``; ``wait`` polls one to its end."""

    @property
    def with_raw_response(self) -> BatchCompletionsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return BatchCompletionsRawResponses(self)

    _what = "the batch completion job"

    def create(
        self,
        output_data_path: str,
        model_config: BatchCompletionsModelConfig | CreateBatchCompletionsModelConfig,
        content: BatchCompletionsContent | CreateBatchCompletionsRequestContent | None = None,
        input_data_path: str | None = None,
        data_parallelism: int | None = None,
        max_runtime_sec: int | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> CreateBatchCompletionsResponse:
        """Start a batch completion job.

        Args:
            output_data_path: Where the results are written.
            model_config: ``model`` and ``labels``, optionally ``checkpoint_path``,
                ``num_shards``, ``quantize``, ``seed`` (a dict or the generated model).
            content: The prompts and sampling settings inline (``prompts``,
                ``max_new_tokens``, ``temperature`` and the optional ones of a
                completion, with the same bounds); or else
            input_data_path: A JSON file of prompts and settings.
            data_parallelism: How many workers to split the prompts over (at least 1).
            max_runtime_sec: Time limit in seconds, after which the job ends with TIMEOUT.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The new job's id.

        Raises:
            ValueError: Neither or both of `content` and `input_data_path`, or a value out
                of its range.
            TypeError: An argument has the wrong type.
        """
        new = _create_body(
            output_data_path,
            model_config,
            content,
            input_data_path,
            data_parallelism,
            max_runtime_sec,
        )
        key = idempotency_key
        return self._call(
            create_batch_completions, CreateBatchCompletionsResponse, body=new, idempotency_key=key
        )

    async def async_create(
        self,
        output_data_path: str,
        model_config: BatchCompletionsModelConfig | CreateBatchCompletionsModelConfig,
        content: BatchCompletionsContent | CreateBatchCompletionsRequestContent | None = None,
        input_data_path: str | None = None,
        data_parallelism: int | None = None,
        max_runtime_sec: int | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> CreateBatchCompletionsResponse:
        """Async form of `create`."""
        new = _create_body(
            output_data_path,
            model_config,
            content,
            input_data_path,
            data_parallelism,
            max_runtime_sec,
        )
        return await self._async_call(
            create_batch_completions,
            CreateBatchCompletionsResponse,
            body=new,
            idempotency_key=idempotency_key,
        )

    def get(self, job_id: str) -> GetBatchCompletionsResponse:
        """Get a batch completion job.

        Args:
            job_id: The job's id.

        Returns:
            The job: its status and task counts.
        """
        jid = require_str("job_id", job_id)
        return self._call(get_batch_completions, GetBatchCompletionsResponse, jid)

    async def async_get(self, job_id: str) -> GetBatchCompletionsResponse:
        """Async form of `get`."""
        jid = require_str("job_id", job_id)
        return await self._async_call(get_batch_completions, GetBatchCompletionsResponse, jid)

    def cancel(
        self, job_id: str, *, idempotency_key: str | None = None
    ) -> CancelBatchCompletionsResponse:
        """Cancel a batch completion job.

        Args:
            job_id: The job's id.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            Whether it was cancelled (False when it had already ended).
        """
        jid, key = require_str("job_id", job_id), idempotency_key
        cancel, result = cancel_batch_completions, CancelBatchCompletionsResponse
        return self._call(cancel, result, jid, idempotency_key=key)

    async def async_cancel(
        self, job_id: str, *, idempotency_key: str | None = None
    ) -> CancelBatchCompletionsResponse:
        """Async form of `cancel`."""
        jid, key = require_str("job_id", job_id), idempotency_key
        cancel, result = cancel_batch_completions, CancelBatchCompletionsResponse
        return await self._async_call(cancel, result, jid, idempotency_key=key)


class BatchCompletionsRawResponses(RawResponses[BatchCompletionsResource]):
    """`BatchCompletionsResource` methods, each returning an `APIResponse`."""

    cancel = RawResponses.of(BatchCompletionsResource.cancel)
    async_cancel = RawResponses.of_async(BatchCompletionsResource.async_cancel)
    create = RawResponses.of(BatchCompletionsResource.create)
    async_create = RawResponses.of_async(BatchCompletionsResource.async_create)
    get = RawResponses.of(BatchCompletionsResource.get)
    async_get = RawResponses.of_async(BatchCompletionsResource.async_get)
    wait = RawResponses.of(BatchCompletionsResource.wait)
    async_wait = RawResponses.of_async(BatchCompletionsResource.async_wait)
