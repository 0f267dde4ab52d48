"""The fine-tunes resource: create, get, list, cancel, read events of and wait for jobs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from wriftai._pagination import ListResult
from wriftai._response import RawResponses
from wriftai.resources._base import body, check_arguments, of_type, require_str
from wriftai.resources._waiting import JobResource
from wriftai_api.api.fine_tunes import (
    cancel_fine_tune,
    create_fine_tune,
    get_fine_tune,
    get_fine_tune_events,
    list_fine_tunes,
)
from wriftai_api.models import (
    CancelFineTuneResponse,
    CreateFineTuneRequest,
    CreateFineTuneResponse,
    FineTuneEvent,
    GetFineTuneEventsResponse,
    GetFineTuneResponse,
    ListFineTunesResponse,
)

__all__ = ["FineTunesResource"]

_CHECKS = {
    "model": of_type(str),
    "training_file": of_type(str),
    "validation_file": of_type(str),
    "hyperparameters": of_type(Mapping),
    "wandb_config": of_type(Mapping),
    "suffix": of_type(str),
}
_SUFFIX = re.compile(r"[A-Za-z0-9-]{1,28}")
_HYPERPARAMETER = (str, int, float, Mapping)


def _create_body(
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
    given = check_arguments(_CHECKS, values, frozenset({"model", "training_file"}))
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


class FineTunesResource(JobResource[GetFineTuneResponse]):
    """Fine-tuning jobs: ``client.fine_tunes``; ``wait`` polls one until it is terminal."""

    @property
    def with_raw_response(self) -> FineTunesRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return FineTunesRawResponses(self)

    _what = "the fine-tune"

    def create(
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
        """
        new = _create_body(
            model, training_file, validation_file, hyperparameters, wandb_config, suffix
        )
        return self._call(create_fine_tune, CreateFineTuneResponse, body=new)

    async def async_create(
        self,
        model: str,
        training_file: str,
        validation_file: str | None = None,
        hyperparameters: Mapping[str, Any] | None = None,
        wandb_config: Mapping[str, Any] | None = None,
        suffix: str | None = None,
    ) -> CreateFineTuneResponse:
        """Async form of `create`."""
        new = _create_body(
            model, training_file, validation_file, hyperparameters, wandb_config, suffix
        )
        return await self._async_call(create_fine_tune, CreateFineTuneResponse, body=new)

    def get(self, job_id: str) -> GetFineTuneResponse:
        """Get a fine-tuning job.

        Args:
            job_id: The job's id.

        Returns:
            The job: its status and, once it succeeded, ``fine_tuned_model``.
        """
        return self._call(get_fine_tune, GetFineTuneResponse, require_str("job_id", job_id))

    async def async_get(self, job_id: str) -> GetFineTuneResponse:
        """Async form of `get`."""
        fid = require_str("job_id", job_id)
        return await self._async_call(get_fine_tune, GetFineTuneResponse, fid)

    def list(self) -> ListResult[GetFineTuneResponse, ListFineTunesResponse]:
        """List the fine-tuning jobs (the whole list; it is not paginated).

        Returns:
            The `ListFineTunesResponse` (``.jobs``), iterable over its jobs.
        """
        return self._list(list_fine_tunes, ListFineTunesResponse, "jobs")

    async def async_list(self) -> ListResult[GetFineTuneResponse, ListFineTunesResponse]:
        """Async form of `list`; ``for`` and ``async for`` both walk the jobs."""
        return await self._async_list(list_fine_tunes, ListFineTunesResponse, "jobs")

    def cancel(self, job_id: str) -> CancelFineTuneResponse:
        """Cancel a fine-tuning job (a ``PUT``, so retried like a read).

        Args:
            job_id: The job's id.

        Returns:
            Whether it was cancelled (False when there was nothing to cancel: it had
            already ended, or LLM Engine does not know the id).
        """
        fid = require_str("job_id", job_id)
        return self._call(cancel_fine_tune, CancelFineTuneResponse, fid)

    async def async_cancel(self, job_id: str) -> CancelFineTuneResponse:
        """Async form of `cancel`."""
        fid = require_str("job_id", job_id)
        return await self._async_call(cancel_fine_tune, CancelFineTuneResponse, fid)

    def events(self, job_id: str) -> ListResult[FineTuneEvent, GetFineTuneEventsResponse]:
        """Get a fine-tuning job's log events so far.

        Args:
            job_id: The job's id.

        Returns:
            The `GetFineTuneEventsResponse` (``.events``), iterable over its events.
        """
        fid = require_str("job_id", job_id)
        return self._list(get_fine_tune_events, GetFineTuneEventsResponse, "events", fid)

    async def async_events(
        self, job_id: str
    ) -> ListResult[FineTuneEvent, GetFineTuneEventsResponse]:
        """Async form of `events`."""
        fid = require_str("job_id", job_id)
        return await self._async_list(
            get_fine_tune_events, GetFineTuneEventsResponse, "events", fid
        )


class FineTunesRawResponses(RawResponses):
    """`FineTunesResource` methods, each returning an `APIResponse`."""

    cancel = RawResponses.of(FineTunesResource.cancel)
    async_cancel = RawResponses.of_async(FineTunesResource.async_cancel)
    create = RawResponses.of(FineTunesResource.create)
    async_create = RawResponses.of_async(FineTunesResource.async_create)
    events = RawResponses.of(FineTunesResource.events)
    async_events = RawResponses.of_async(FineTunesResource.async_events)
    get = RawResponses.of(FineTunesResource.get)
    async_get = RawResponses.of_async(FineTunesResource.async_get)
    list = RawResponses.of(FineTunesResource.list)
    async_list = RawResponses.of_async(FineTunesResource.async_list)
    wait = RawResponses.of(FineTunesResource.wait)
    async_wait = RawResponses.of_async(FineTunesResource.async_wait)
