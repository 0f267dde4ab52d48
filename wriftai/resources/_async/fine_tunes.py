"""The operations of `wriftai.resources.fine_tunes`: the source of its sync twin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wriftai._async.waiting import AsyncJobResource
from wriftai._core.arguments import require_str
from wriftai._core.llm_engine import fine_tune_body
from wriftai._core.pages import ListResult
from wriftai_api.api.fine_tunes import (
    cancel_fine_tune,
    create_fine_tune,
    get_fine_tune,
    get_fine_tune_events,
    list_fine_tunes,
)
from wriftai_api.models import (
    CancelFineTuneResponse,
    CreateFineTuneResponse,
    FineTuneEvent,
    GetFineTuneEventsResponse,
    GetFineTuneResponse,
    ListFineTunesResponse,
)

__all__ = ["AsyncFineTunesResource"]


class AsyncFineTunesResource(AsyncJobResource[GetFineTuneResponse]):
    """Fine-tuning jobs: ``client.fine_tunes``; ``async_wait`` polls one until it is terminal."""

    _what = "the fine-tune"

    async def async_create(
        self,
        model: str,
        training_file: str,
        validation_file: str | None = None,
        hyperparameters: Mapping[str, Any] | None = None,
        wandb_config: Mapping[str, Any] | None = None,
        suffix: str | None = None,
    ) -> CreateFineTuneResponse:
        """Start fine-tuning a base model.

        The job creates something, and LLM Engine does not read ``Idempotency-Key``: the
        request is sent again only when the failure shows it was not processed. The
        server answers `BadRequestError` when a file's first line names neither the
        columns ``prompt`` and ``response`` nor ``input`` and ``output`` (as a CSV header,
        or as the keys of a JSON object), when it cannot read a file, and when the
        caller's quota of running fine-tunes and fine-tuned endpoints is used up;
        `NotFoundError` for an uploaded file id it does not know.

        Args:
            model: The base model to fine-tune (such as ``llama-2-7b``).
            training_file: The id of an uploaded file (`client.files.upload`) or a URL.
            validation_file: The same for validation data.
            hyperparameters: Such as ``{"epochs": 2, "lr": 0.0002}``: str, int, float or
                dict values. None sends ``{}`` (the server's defaults): LLM Engine
                requires the field.
            wandb_config: Weights & Biases settings.
            suffix: A string added to the fine-tuned model's name: 1 to 28 letters,
                digits and ``-``.

        Returns:
            The new job's id.

        Raises:
            TypeError: An argument (or a hyperparameter's value) has the wrong type.
            ValueError: An empty `model` or `training_file`, or a `suffix` LLM Engine
                refuses.
            BadRequestError: LLM Engine refused a file or the quota is used up.
            NotFoundError: An uploaded file id LLM Engine does not know.
        """
        new = fine_tune_body(
            model, training_file, validation_file, hyperparameters, wandb_config, suffix
        )
        return await self._async_call(create_fine_tune, CreateFineTuneResponse, body=new)

    async def async_get(self, job_id: str) -> GetFineTuneResponse:
        """Get a fine-tuning job.

        Args:
            job_id: The job's id.

        Returns:
            The job: its status and, once it succeeded, ``fine_tuned_model``.

        Raises:
            NotFoundError: LLM Engine does not know the job.
        """
        return await self._async_call_id(get_fine_tune, GetFineTuneResponse, "job_id", job_id)

    async def async_list(self) -> ListResult[GetFineTuneResponse, ListFineTunesResponse]:
        """List the caller's fine-tuning jobs, all at once: LLM Engine does not paginate them.

        Returns:
            The `ListFineTunesResponse` (``.jobs``), iterable over its jobs.

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_list(list_fine_tunes, ListFineTunesResponse, "jobs")

    async def async_cancel(self, job_id: str) -> CancelFineTuneResponse:
        """Cancel a fine-tuning job (a ``PUT``, so retried like a read).

        Args:
            job_id: The job's id.

        Returns:
            Whether it was cancelled (False when there was nothing to cancel: it had
            already ended, or LLM Engine does not know the id).

        Raises:
            WriftAIError: The errors every call raises (see `WriftAIError`).
        """
        return await self._async_call_id(cancel_fine_tune, CancelFineTuneResponse, "job_id", job_id)

    async def async_events(
        self, job_id: str
    ) -> ListResult[FineTuneEvent, GetFineTuneEventsResponse]:
        """Get a fine-tuning job's log events so far.

        Args:
            job_id: The job's id.

        Returns:
            The `GetFineTuneEventsResponse` (``.events``), iterable over its events.

        Raises:
            NotFoundError: LLM Engine does not know the job.
        """
        fid = require_str("job_id", job_id)
        return await self._async_list(
            get_fine_tune_events, GetFineTuneEventsResponse, "events", fid
        )
