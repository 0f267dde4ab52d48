"""LLM model endpoints and model downloads."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._store import EndpointRecord, now
from wriftai.testing.routes._common import body, context, json_response, renderer

DOWNLOAD_FILES = ("config.json", "model.safetensors", "tokenizer.json")


def _visible(request: Request, endpoint: EndpointRecord) -> bool:
    store = context(request).store
    return endpoint.owner == store.username or bool(endpoint.settings.get("public_inference", True))


def _endpoint(request: Request) -> EndpointRecord:
    name = request.path_params["model_endpoint_name"]
    store = context(request).store
    store.tick(now())
    endpoint = store.endpoints.get(name)
    if endpoint is None or not _visible(request, endpoint):
        raise ApiError(404, f"LLM endpoint {name} not found.")
    return endpoint


async def list_llm_endpoints(request: Request) -> Response:
    """``GET /llm/model-endpoints``."""
    render = renderer(request)
    endpoints = sorted(context(request).store.endpoints.values(), key=lambda e: e.seq)
    return json_response(
        {"model_endpoints": [render.endpoint(e) for e in endpoints if _visible(request, e)]}
    )


async def create_llm_endpoint(request: Request) -> Response:
    """``POST /llm/model-endpoints``: the endpoint is READY after the job duration."""
    data: dict[str, Any] = body(request)
    ctx = context(request)
    ctx.store.tick(now())
    if data["name"] in ctx.store.endpoints:
        raise ApiError(409, f"An LLM endpoint named {data['name']} already exists.")
    if data["min_workers"] > data["max_workers"]:
        raise field_error(422, ["body", "min_workers"], "must not exceed max_workers")
    at = now()
    endpoint = EndpointRecord(
        seq=ctx.store.ids.next_seq(),
        id=ctx.store.ids.next("end"),
        owner=ctx.store.username,
        settings=dict(data),
        created_at=at,
        updated_at=at,
        duration=ctx.settings.job_duration,
    )
    ctx.store.endpoints[endpoint.name] = endpoint
    return json_response({"endpoint_creation_task_id": ctx.store.ids.next("task")})


async def get_llm_endpoint(request: Request) -> Response:
    """``GET /llm/model-endpoints/{model_endpoint_name}``."""
    return json_response(renderer(request).endpoint(_endpoint(request)))


async def update_llm_endpoint(request: Request) -> Response:
    """``PUT /llm/model-endpoints/{model_endpoint_name}``: goes through UPDATE_PENDING again."""
    endpoint = _endpoint(request)
    ctx = context(request)
    if endpoint.owner != ctx.store.username:
        raise ApiError(403, f"Only {endpoint.owner} can update LLM endpoint {endpoint.name}.")
    data: dict[str, Any] = body(request)
    merged = {**endpoint.settings, **data}
    if merged.get("min_workers", 0) > merged.get("max_workers", merged.get("min_workers", 0)):
        raise field_error(422, ["body", "min_workers"], "must not exceed max_workers")
    endpoint.settings = merged
    endpoint.updated_at = now()
    endpoint.duration = ctx.settings.job_duration
    return json_response({"endpoint_creation_task_id": ctx.store.ids.next("task")})


async def delete_llm_endpoint(request: Request) -> Response:
    """``DELETE /llm/model-endpoints/{model_endpoint_name}``."""
    endpoint = _endpoint(request)
    store = context(request).store
    if endpoint.owner != store.username:
        raise ApiError(403, f"Only {endpoint.owner} can delete LLM endpoint {endpoint.name}.")
    del store.endpoints[endpoint.name]
    return json_response({"deleted": True})


async def download_model(request: Request) -> Response:
    """``POST /llm/model-endpoints/download``: URLs the emulator itself serves."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    store.tick(now())
    name = data["model_name"]
    if name not in store.base_models():
        raise ApiError(404, f"Model {name} not found.")
    root = str(request.base_url).rstrip("/")
    urls = {f: f"{root}/_emulator/downloads/{quote(name, safe='')}/{f}" for f in DOWNLOAD_FILES}
    return json_response({"urls": urls})


routes = [
    Route("/llm/model-endpoints", list_llm_endpoints, methods=["GET"]),
    Route("/llm/model-endpoints", create_llm_endpoint, methods=["POST"]),
    Route("/llm/model-endpoints/download", download_model, methods=["POST"]),
    Route("/llm/model-endpoints/{model_endpoint_name}", get_llm_endpoint, methods=["GET"]),
    Route("/llm/model-endpoints/{model_endpoint_name}", update_llm_endpoint, methods=["PUT"]),
    Route("/llm/model-endpoints/{model_endpoint_name}", delete_llm_endpoint, methods=["DELETE"]),
]
