"""Predictions and their resumable event streams.

Create (with waiting, streaming, input validation and webhooks), list, get, cancel, stream.
The current era answers a create with 202 while the prediction runs and 200 once it ended
(or with its event stream), and a cancel with 202 ``{}``; the legacy era answers 201 and
200 with the prediction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from jsonschema import Draft202012Validator
from sse_starlette import ServerSentEvent
from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._compat import Compat
from wriftai.testing._context import AppContext
from wriftai.testing._engine import PredictionPlan
from wriftai.testing._eras import CURRENT
from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._pagination import page_json
from wriftai.testing._render import Renderer
from wriftai.testing._sse import DEFAULT_IDLE, prediction_events, sse_response
from wriftai.testing._store.clock import now
from wriftai.testing._store.predictions import TERMINAL_PREDICTION, PredictionRecord
from wriftai.testing._store.resources import ModelRecord, VersionRecord
from wriftai.testing._uploads import resolve_download
from wriftai.testing._webhooks import deliver_webhooks
from wriftai.testing.routes._common import (
    RouteTable,
    base_url,
    body,
    context,
    header,
    json_response,
    lookup,
    query,
    renderer,
    requested_page,
    visible_model,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


MAX_WAIT = 60.0


def _prefer_wait(value: str | None, default: float) -> float | None:
    """Parse ``Prefer: wait`` / ``wait=<seconds>``, fractions allowed, at most `MAX_WAIT`.

    The value was checked against the contract already.
    """
    if not value:
        return None
    _, _, seconds = value.partition("=")
    return min(float(seconds), MAX_WAIT) if seconds else default


def _events(
    request: Request, record: PredictionRecord, *, after_id: int, idle: float
) -> AsyncIterator[ServerSentEvent]:
    """The prediction's event stream, its ``init`` and ``done`` data rendered when sent."""
    ctx = context(request)
    return prediction_events(
        record,
        lambda rec: renderer(request).init_event_data(rec),
        after_id=after_id,
        idle=idle,
        closing=lambda: ctx.closing,
        render_done=lambda rec: renderer(request).done_event_data(rec),
    )


def _find(request: Request) -> PredictionRecord:
    return lookup(request, context(request).store.predictions, "prediction_id", "Prediction")


def _check_input(schema: dict[str, Any], value: Any) -> None:
    try:
        errors = sorted(
            Draft202012Validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path)
        )
    except Exception as exc:  # a version schema jsonschema cannot apply (e.g. a bad regex)
        raise ApiError(422, f"The version's input schema cannot be applied: {exc}") from exc
    if errors:
        detail = [
            {"loc": ["body", "input", *e.absolute_path], "msg": e.message} for e in errors[:20]
        ]
        first = detail[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ApiError(422, f"Invalid input: {where}: {first['msg']}", detail)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _unreadable_file(ctx: AppContext, root: str, input_value: Any) -> str | None:
    """Return the first of the emulator's upload URLs in an input that serves no file.

    A ``download_url`` of a completed upload is a file the model can read; any other URL
    on the emulator's ``/_uploads/`` path is not, and the prediction fails.
    """
    for text in _strings(input_value):
        if resolve_download(ctx, root, text) is None:
            return text
    return None


def _version_to_run(request: Request, reference: str) -> tuple[ModelRecord, VersionRecord]:
    """The model and version ``owner/name[:number]`` names (without a number, the latest)."""
    model_name, _, number = reference.partition(":")
    owner, _, name = model_name.partition("/")
    model = visible_model(request, owner, name)
    if number:
        version = model.versions.get(int(number))
        if version is None:
            raise ApiError(404, f"Version {number} of {owner}/{name} not found.")
    else:
        version = model.latest_version()
        if version is None:
            raise field_error(422, ["body", "model"], f"model {owner}/{name} has no versions")
    return model, version


def _start_webhooks(request: Request, record: PredictionRecord) -> None:
    """POST the prediction to its webhook on every status change, in the era it began in."""
    ctx = context(request)
    url = base_url(request)
    era = ctx.era

    def render_at(rec: PredictionRecord, at: float) -> dict[str, Any]:
        compat = Compat(False, ctx.compat_rng)
        return Renderer(ctx.store, compat, url, at, era).prediction(rec)

    ctx.spawn(deliver_webhooks(ctx, record, render_at))


async def _wait(ctx: AppContext, record: PredictionRecord, seconds: float) -> None:
    """Wait until the prediction ends, ``seconds`` pass or the emulator stops."""
    deadline = now() + seconds
    while record.status(now()) not in TERMINAL_PREDICTION and now() < deadline and not ctx.closing:
        await record.wait_change(until=deadline)


@routes("POST", "/predictions")
async def create_prediction(request: Request) -> Response:
    """``POST /predictions``."""
    ctx = context(request)
    data: dict[str, Any] = body(request)
    headers = header(request)
    model, version = _version_to_run(request, str(data["model"]))
    current = ctx.era == CURRENT
    if current and not isinstance(data["input"], dict):
        raise field_error(422, ["body", "input"], "must be a JSON object")
    if headers.get("Validate-Input"):
        _check_input(version.schemas["prediction"]["input"], data["input"])
    stream = bool(data.get("stream"))
    record = ctx.store.new_prediction(
        model,
        version,
        data["input"],
        data.get("webhook"),
        ctx.settings.prediction_duration,
        stream=stream,
    )
    unreadable = _unreadable_file(ctx, str(request.base_url).rstrip("/"), data["input"])
    if unreadable is not None:  # the run fails, as fetching the file would
        message = f"Could not fetch the input file {unreadable}: not a completed upload's URL."
        record.plan = PredictionPlan((), record.plan.as_text, message)
    if record.webhook:
        _start_webhooks(request, record)
    wait = _prefer_wait(headers.get("Prefer"), MAX_WAIT)
    if wait is not None and stream:
        events = _events(request, record, after_id=0, idle=wait or DEFAULT_IDLE)
        return sse_response(events, status=200 if current else 201)
    if wait is not None:
        await _wait(ctx, record, wait)
    render = renderer(request)
    status = 201
    if current:
        status = 200 if record.status(render.at) in TERMINAL_PREDICTION else 202
    return json_response(render.prediction(record), status=status)


@routes("GET", "/predictions")
async def list_predictions(request: Request) -> Response:
    """``GET /predictions``: the caller's predictions, newest first."""
    ctx = context(request)
    params = query(request)
    statuses = set(params.get("statuses") or [])
    at = now()
    records = [
        r
        for r in ctx.store.predictions.values()
        if r.owner == ctx.store.username and (not statuses or r.status(at) in statuses)
    ]
    page = requested_page(
        request,
        records,
        listing="predictions:" + ",".join(sorted(statuses)),
        key=lambda r: r.created_at,
        seq=lambda r: r.seq,
        descending=True,
    )
    render = renderer(request)
    return json_response(page_json(page, lambda r: render.prediction(r, with_io=False)))


@routes("GET", "/predictions/{prediction_id}")
async def get_prediction(request: Request) -> Response:
    """``GET /predictions/{prediction_id}``."""
    return json_response(renderer(request).prediction(_find(request)))


@routes("POST", "/predictions/{prediction_id}/cancel")
async def cancel_prediction(request: Request) -> Response:
    """``POST /predictions/{prediction_id}/cancel``.

    The current era answers 202 ``{}``; the legacy era answers 200 with the prediction.
    """
    record = _find(request)
    at = now()
    if record.status(at) not in TERMINAL_PREDICTION:
        record.cancelled_at = at
        record.advance(at)
        record.notify()
    if context(request).era == CURRENT:
        return json_response({}, status=202)
    return json_response(renderer(request).prediction(record))


@routes("GET", "/predictions/{prediction_id}/stream")
async def stream_prediction(request: Request) -> Response:
    """``GET /predictions/{prediction_id}/stream``."""
    record = _find(request)
    params = query(request)
    after = params.get("after_id")
    try:
        after_id = int(after) if after is not None else 0
        if after_id < 0:
            raise ValueError(after)
    except ValueError as exc:
        raise field_error(422, ["query", "after_id"], "not an event id of this stream") from exc
    idle = _prefer_wait(header(request).get("Prefer"), DEFAULT_IDLE) or DEFAULT_IDLE
    return sse_response(_events(request, record, after_id=after_id, idle=idle))
