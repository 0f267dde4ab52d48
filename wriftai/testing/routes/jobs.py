"""LLM Engine jobs: batch completions and fine-tunes."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._store import TERMINAL_JOB, JobRecord, now
from wriftai.testing.routes._common import body, context, json_response, lookup, renderer

_URL_PREFIXES = ("http://", "https://", "s3://", "gs://")


def _new_job(request: Request, kind: str, prefix: str, data: dict[str, Any]) -> JobRecord:
    ctx = context(request)
    job = JobRecord(
        seq=ctx.store.ids.next_seq(),
        id=ctx.store.ids.next(prefix),
        owner=ctx.store.username,
        kind=kind,
        created_at=now(),
        duration=ctx.settings.job_duration,
        params=data,
    )
    return job


def _cancel(job: JobRecord) -> bool:
    at = now()
    if job.status(at) in TERMINAL_JOB:
        return False
    job.cancelled_at = at
    return True


async def create_batch_completions(request: Request) -> Response:
    """``POST /llm/batch-completions``."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    store.tick(now())
    model = data["model_config"]["model"]
    if model not in store.base_models():
        raise field_error(422, ["body", "model_config", "model"], f"unknown model {model!r}")
    content = data.get("content")
    if content is None and not data.get("input_data_path"):
        raise field_error(422, ["body", "content"], "give content or input_data_path")
    job = _new_job(request, "batch", "batch", data)
    job.num_tasks = len(content["prompts"]) if content else 1
    job.max_runtime = data.get("max_runtime_sec")
    store.batch_jobs[job.id] = job
    return json_response({"job_id": job.id})


def _batch_job(request: Request) -> JobRecord:
    return lookup(request, context(request).store.batch_jobs, "job_id", "Batch completion job")


async def get_batch_completions(request: Request) -> Response:
    """``GET /llm/batch-completions/{job_id}``."""
    return json_response(renderer(request).batch_job(_batch_job(request)))


async def cancel_batch_completions(request: Request) -> Response:
    """``POST /llm/batch-completions/{job_id}/actions/cancel``."""
    return json_response({"success": _cancel(_batch_job(request))})


def _check_file(request: Request, field: str, file_id: str) -> None:
    if file_id.startswith(_URL_PREFIXES) or file_id in context(request).store.files:
        return
    raise ApiError(
        404, f"File {file_id} not found.", [{"loc": ["body", field], "msg": "no such file"}]
    )


async def create_fine_tune(request: Request) -> Response:
    """``POST /llm/fine-tunes``."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    store.tick(now())
    if data["model"] not in store.base_models():
        raise ApiError(404, f"Base model {data['model']} not found.")
    _check_file(request, "training_file", data["training_file"])
    if data.get("validation_file"):
        _check_file(request, "validation_file", data["validation_file"])
    job = _new_job(request, "fine_tune", "ft", data)
    epochs = (data.get("hyperparameters") or {}).get("epochs")
    if isinstance(epochs, int) and not isinstance(epochs, bool) and 1 <= epochs <= 20:
        job.epochs = epochs
    store.fine_tunes[job.id] = job
    return json_response({"id": job.id})


def _fine_tune(request: Request) -> JobRecord:
    return lookup(request, context(request).store.fine_tunes, "fine_tune_id", "Fine-tune")


async def list_fine_tunes(request: Request) -> Response:
    """``GET /llm/fine-tunes``."""
    render = renderer(request)
    jobs = sorted(context(request).store.fine_tunes.values(), key=lambda job: job.seq)
    return json_response({"jobs": [render.fine_tune(job) for job in jobs]})


async def get_fine_tune(request: Request) -> Response:
    """``GET /llm/fine-tunes/{fine_tune_id}``."""
    return json_response(renderer(request).fine_tune(_fine_tune(request)))


async def cancel_fine_tune(request: Request) -> Response:
    """``PUT /llm/fine-tunes/{fine_tune_id}/cancel``."""
    return json_response({"success": _cancel(_fine_tune(request))})


async def get_fine_tune_events(request: Request) -> Response:
    """``GET /llm/fine-tunes/{fine_tune_id}/events``."""
    job = _fine_tune(request)
    render = renderer(request)
    events = [render.compat.obj(event) for event in job.events(render.at)]
    return json_response({"events": events})


routes = [
    Route("/llm/batch-completions", create_batch_completions, methods=["POST"]),
    Route("/llm/batch-completions/{job_id}", get_batch_completions, methods=["GET"]),
    Route(
        "/llm/batch-completions/{job_id}/actions/cancel",
        cancel_batch_completions,
        methods=["POST"],
    ),
    Route("/llm/fine-tunes", list_fine_tunes, methods=["GET"]),
    Route("/llm/fine-tunes", create_fine_tune, methods=["POST"]),
    Route("/llm/fine-tunes/{fine_tune_id}", get_fine_tune, methods=["GET"]),
    Route("/llm/fine-tunes/{fine_tune_id}/cancel", cancel_fine_tune, methods=["PUT"]),
    Route("/llm/fine-tunes/{fine_tune_id}/events", get_fine_tune_events, methods=["GET"]),
]
