"""LLM Engine jobs: batch completions and fine-tunes, with LLM Engine's own checks.

Batch completion jobs are created under ``/v1`` and read and cancelled under ``/v2``.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError
from wriftai.testing._store.clock import now
from wriftai.testing._store.llm import TERMINAL_JOB, JobRecord
from wriftai.testing.routes._common import (
    RouteTable,
    body,
    context,
    json_response,
    lookup,
    renderer,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


_URL_PREFIXES = ("http://", "https://", "s3://", "gs://")
_SUFFIX = re.compile(r"[A-Za-z0-9-]{1,28}")
_REQUIRED_COLUMNS = (("prompt", "response"), ("input", "output"))
FINE_TUNE_QUOTA = 5
"""Running fine-tunes plus endpoints a caller may have before a new fine-tune is refused."""


def _new_job(request: Request, kind: str, data: dict[str, Any]) -> JobRecord:
    ctx = context(request)
    return JobRecord(
        seq=ctx.store.ids.next_seq(),
        id=ctx.store.ids.next("ft", sep="-"),  # LLM Engine's batch job ids, fine-tunes too
        owner=ctx.store.username,
        kind=kind,
        created_at=now(),
        duration=ctx.settings.job_duration,
        params=data,
    )


def _cancel(job: JobRecord | None) -> bool:
    at = now()
    if job is None or job.status(at) in TERMINAL_JOB:
        return False
    job.cancelled_at = at
    return True


def check_checkpoint(model: str, checkpoint_path: str | None, known: set[str]) -> None:
    """Refuse (``400``) a model LLM Engine cannot find weights for, as its checks do.

    Args:
        model: The model's name.
        checkpoint_path: The caller's checkpoint path, if any.
        known: The models the server has weights for.

    Raises:
        ApiError: With LLM Engine's message.
    """
    if not checkpoint_path:
        if model not in known:
            raise ApiError(400, f"No checkpoint path found for model {model}")
        return
    if not (
        checkpoint_path.startswith(("s3://", "azure://", "gs://"))
        or "blob.core.windows.net" in checkpoint_path
    ):
        raise ApiError(
            400,
            "Only S3, Azure Blob Storage, and GCS paths are supported. "
            f"Given checkpoint path: {checkpoint_path}.",
        )
    if checkpoint_path.endswith(".tar"):
        raise ApiError(
            400, f"Tar files are not supported. Given checkpoint path: {checkpoint_path}."
        )


@routes("POST", "/v1/llm/batch-completions")
async def create_batch_completions(request: Request) -> Response:
    """``POST /v1/llm/batch-completions``."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    store.tick(now())
    if (data.get("data_parallelism") or 1) > 1:
        raise ApiError(400, "Data parallelism is disabled for batch completions.")
    config = data["model_config"]
    check_checkpoint(config["model"], config.get("checkpoint_path"), store.base_models())
    tool = data.get("tool_config")
    if tool is not None and tool["name"] != "code_evaluator":
        raise ApiError(400, "Only code_evaluator tool is supported for batch completions.")
    job = _new_job(request, "batch", data)
    content = data.get("content")
    job.max_runtime = data.get("max_runtime_sec")
    # Nothing to read: the job starts and fails, as a batch job without input does.
    job.fails = content is None and not data.get("input_data_path")
    store.batch_jobs[job.id] = job
    return json_response({"job_id": job.id})


def _batch_job(request: Request) -> JobRecord | None:
    return context(request).store.batch_jobs.get(request.path_params["batch_completion_id"])


@routes("GET", "/v2/batch-completions/{batch_completion_id}")
async def get_batch_completion(request: Request) -> Response:
    """``GET /v2/batch-completions/{batch_completion_id}``."""
    job = _batch_job(request)
    if job is None:
        missing = request.path_params["batch_completion_id"]
        raise ApiError(404, f"Batch completion job {missing} was not found.")
    return json_response(renderer(request).batch_job(job))


@routes("POST", "/v2/batch-completions/{batch_completion_id}/actions/cancel")
async def cancel_batch_completion(request: Request) -> Response:
    """``POST /v2/batch-completions/{batch_completion_id}/actions/cancel``."""
    return json_response({"success": _cancel(_batch_job(request))})


def _first_line_columns(content: bytes) -> list[str]:
    """The columns LLM Engine reads from a dataset's first line.

    The line is read as a CSV header; when its fields, joined back with commas, are a JSON
    object, its keys are the columns.
    """
    text = content.decode("utf-8", errors="replace")
    header = next(csv.reader(text.splitlines()[:1] or [""]), [])
    try:
        row = json.loads(",".join(header))
    except json.JSONDecodeError:
        return header
    return list(row) if isinstance(row, dict) else header


def _check_dataset(request: Request, reference: str | None, kind: str) -> None:
    if reference is None:
        return
    store = context(request).store
    if reference.startswith("file-"):
        record = store.files.get(reference)
        if record is None:
            raise ApiError(404, f"{kind.capitalize()} file does not exist")
        columns = _first_line_columns(record.content)
        if not any(all(c in columns for c in group) for group in _REQUIRED_COLUMNS):
            raise ApiError(
                400,
                "Required column headers (one subset of [['prompt', 'response'], "
                f"['input', 'output']]) not found in {kind} dataset",
            )
    elif not reference.startswith(_URL_PREFIXES):
        raise ApiError(
            400, f"Cannot find the {kind} file. Verify the path and file name are correct."
        )


@routes("POST", "/v1/llm/fine-tunes")
async def create_fine_tune(request: Request) -> Response:
    """``POST /v1/llm/fine-tunes``."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    at = now()
    store.tick(at)
    running = [j for j in store.fine_tunes.values() if j.status(at) in {"PENDING", "RUNNING"}]
    owned = [e for e in store.endpoints.values() if e.owner == store.username]
    if len(running) + len(owned) >= FINE_TUNE_QUOTA:
        raise ApiError(
            400,
            f"Limit {FINE_TUNE_QUOTA} fine-tunes/fine-tuned endpoints per user. Cancel/delete a "
            f"total of {len(running) + len(owned) - FINE_TUNE_QUOTA + 1} pending or running "
            "fine-tune(s) or fine-tuned endpoints to run another fine-tune.",
        )
    suffix = data.get("suffix")
    if suffix is not None and not _SUFFIX.fullmatch(suffix):
        raise ApiError(
            400,
            "User-provided suffix is invalid, must only contain alphanumeric characters and "
            "dashes and be at most 28 characters",
        )
    _check_dataset(request, data["training_file"], "training")
    _check_dataset(request, data.get("validation_file"), "validation")
    job = _new_job(request, "fine_tune", data)
    epochs = data["hyperparameters"].get("epochs")
    if isinstance(epochs, int) and not isinstance(epochs, bool) and 1 <= epochs <= 20:
        job.epochs = epochs
    # The server does not check the base model; training one it lacks fails.
    job.fails = data["model"] not in store.base_models()
    store.fine_tunes[job.id] = job
    return json_response({"id": job.id})


def _fine_tune(request: Request, missing: str) -> JobRecord:
    return lookup(request, context(request).store.fine_tunes, "fine_tune_id", "Fine-tune", missing)


@routes("GET", "/v1/llm/fine-tunes")
async def list_fine_tunes(request: Request) -> Response:
    """``GET /v1/llm/fine-tunes``."""
    render = renderer(request)
    jobs = sorted(context(request).store.fine_tunes.values(), key=lambda job: job.seq)
    return json_response({"jobs": [render.fine_tune(job) for job in jobs]})


@routes("GET", "/v1/llm/fine-tunes/{fine_tune_id}")
async def get_fine_tune(request: Request) -> Response:
    """``GET /v1/llm/fine-tunes/{fine_tune_id}``."""
    job = _fine_tune(request, "The specified fine-tune job could not be found.")
    return json_response(renderer(request).fine_tune(job))


@routes("PUT", "/v1/llm/fine-tunes/{fine_tune_id}/cancel")
async def cancel_fine_tune(request: Request) -> Response:
    """``PUT /v1/llm/fine-tunes/{fine_tune_id}/cancel``: an unknown id is not cancelled."""
    job = context(request).store.fine_tunes.get(request.path_params["fine_tune_id"])
    return json_response({"success": _cancel(job)})


@routes("GET", "/v1/llm/fine-tunes/{fine_tune_id}/events")
async def get_fine_tune_events(request: Request) -> Response:
    """``GET /v1/llm/fine-tunes/{fine_tune_id}/events``."""
    job = _fine_tune(request, "The specified fine-tune job's events could not be found.")
    render = renderer(request)
    events = [render.compat.obj(event) for event in job.events(render.at)]
    return json_response({"events": events})
