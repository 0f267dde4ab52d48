"""LLM model endpoints and model downloads, with the checks LLM Engine makes.

The rules are those of the open-source server (scaleapi/llm-engine): every check its
create and update use cases make beyond the schema answers ``400`` with its message, a
left-out ``public_inference`` on update is read as ``true``, and an endpoint of another
team is not found. The emulator can scale HTTP endpoints from zero workers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError
from wriftai.testing._store.clock import now
from wriftai.testing._store.llm import LLM_ENDPOINT_DEFAULTS, SEED_HARDWARE, EndpointRecord
from wriftai.testing.routes._common import RouteTable, body, context, json_response, query, renderer
from wriftai.testing.routes.jobs import check_checkpoint

routes = RouteTable()
"""This module's routes, declared on their handlers."""


DOWNLOAD_FILES = ("config.json", "model.safetensors", "tokenizer.json")
LATEST_IMAGE_TAG = "0.4.0"
"""What ``latest`` resolves to, as LLM Engine resolves it from its config map."""
MAX_ENDPOINT_SIZE = 250
HARDWARE = ("gpus", "gpu_type", "cpus", "memory", "storage", "nodes_per_worker")
_STREAMING_ONLY = frozenset({"text_generation_inference", "vllm", "lightllm", "tensorrt_llm"})
_QUANTIZATIONS = {"text_generation_inference": {"bitsandbytes"}, "vllm": {"awq"}}
_RESERVED_METADATA = ("_llm", "_CONVERTED_FROM_ARTIFACT_LIKE")
_ORDER: dict[str, Callable[[EndpointRecord], Any]] = {
    "newest": lambda e: (-e.created_at, -e.seq),
    "oldest": lambda e: (e.created_at, e.seq),
    "alphabetical": lambda e: e.name,
}


def _visible(request: Request, endpoint: EndpointRecord) -> bool:
    store = context(request).store
    return endpoint.owner == store.username or bool(endpoint.settings["public_inference"])


def _endpoint(request: Request, missing: str, *, owned: bool = False) -> EndpointRecord:
    name = request.path_params["model_endpoint_name"]
    store = context(request).store
    store.tick(now())
    endpoint = store.endpoints.get(name)
    mine = endpoint is not None and endpoint.owner == store.username
    if endpoint is None or not (mine if owned else _visible(request, endpoint)):
        raise ApiError(404, missing.format(name=name))
    return endpoint


def check_labels(labels: dict[str, Any]) -> None:
    """Refuse (``400``) labels without ``team`` and ``product`` or with reserved keys."""
    for required in ("team", "product"):
        if required not in labels:
            raise ApiError(
                400,
                f"Missing label '{required}' in labels. "
                "These are all required: {'team', 'product'}",
            )
    for restricted in ("user_id", "endpoint_name"):
        if restricted in labels:
            raise ApiError(400, f"Cannot specify '{restricted}' in labels")


def _check_framework_rules(framework: str, settings: dict[str, Any]) -> None:
    shards, gpus = settings.get("num_shards"), settings.get("gpus")
    if framework == "deepspeed" and shards is not None and shards <= 1:
        raise ApiError(400, "DeepSpeed requires more than 1 GPU.")
    if shards is not None and gpus is not None and shards != gpus:
        raise ApiError(400, f"Num shard {shards} must be equal to the number of GPUs {gpus}.")
    quantize = settings.get("quantize")
    supported = _QUANTIZATIONS.get(framework, set())
    if quantize is not None and quantize not in supported:
        raise ApiError(
            400,
            f"Quantization {quantize} is not supported for inference framework {framework}. "
            f"Supported quantization types are {sorted(supported)}.",
        )
    if settings.get("chat_template_override") is not None and framework != "vllm":
        raise ApiError(400, "Chat template is only supported for inference framework vllm.")


def _check_workers(min_workers: int | None, max_workers: int | None) -> None:
    if min_workers is not None and min_workers < 0:
        raise ApiError(400, f"Requested min workers {min_workers} too low")
    if max_workers is not None and max_workers > MAX_ENDPOINT_SIZE:
        raise ApiError(400, f"Requested max workers {max_workers} too high")


@routes("GET", "/v1/llm/model-endpoints")
async def list_llm_endpoints(request: Request) -> Response:
    """``GET /v1/llm/model-endpoints``: the caller's and every public one."""
    render = renderer(request)
    params = query(request)
    endpoints = sorted(context(request).store.endpoints.values(), key=lambda e: e.seq)
    if params.get("name") is not None:
        endpoints = [e for e in endpoints if e.name == params["name"]]
    order = params.get("order_by")
    if order is not None:
        endpoints.sort(key=_ORDER[str(order)])
    return json_response(
        {"model_endpoints": [render.endpoint(e) for e in endpoints if _visible(request, e)]}
    )


@routes("POST", "/v1/llm/model-endpoints")
async def create_llm_endpoint(request: Request) -> Response:
    """``POST /v1/llm/model-endpoints``: the endpoint is READY after the job duration."""
    data: dict[str, Any] = body(request)
    ctx = context(request)
    store = ctx.store
    store.tick(now())
    settings = {**LLM_ENDPOINT_DEFAULTS, **{k: v for k, v in data.items() if v is not None}}
    framework = str(settings["inference_framework"])
    given = [key for key in HARDWARE if data.get(key) is not None]
    if given and len(given) < len(HARDWARE):
        raise ApiError(
            400,
            "All hardware spec fields (gpus, gpu_type, cpus, memory, storage, nodes_per_worker) "
            "must be provided if any hardware spec field is missing.",
        )
    if not given:  # the server infers the hardware, from weights it must find
        check_checkpoint(settings["model_name"], settings["checkpoint_path"], store.base_models())
        settings.update(SEED_HARDWARE)
        settings["num_shards"] = SEED_HARDWARE["gpus"]
    _check_workers(settings["min_workers"], settings["max_workers"])
    if settings["gpu_type"] == "nvidia-ampere-a100e":
        raise ApiError(400, "We have migrated A100 usage to H100. Please request for H100 instead!")
    check_labels(settings["labels"])
    _check_framework_rules(framework, settings)
    if framework in _STREAMING_ONLY and settings["endpoint_type"] != "streaming":
        raise ApiError(
            400,
            f"Creating endpoint type {settings['endpoint_type']} is not allowed. Can only create "
            "streaming endpoints for text-generation-inference, vLLM, LightLLM, and TensorRT-LLM.",
        )
    if settings["inference_framework_image_tag"] == "latest":
        settings["inference_framework_image_tag"] = LATEST_IMAGE_TAG
    if settings["nodes_per_worker"] > 1 and framework != "vllm":
        raise ApiError(400, "Multinode endpoints are only supported for VLLM models.")
    if data["name"] in store.endpoints:
        raise ApiError(400, "The specified model endpoint already exists.")
    at = now()
    endpoint = EndpointRecord(
        seq=store.ids.next_seq(),
        id=store.ids.next("end"),
        owner=store.username,
        settings=settings,
        created_at=at,
        updated_at=at,
        duration=ctx.settings.job_duration,
    )
    store.endpoints[endpoint.name] = endpoint
    return json_response({"endpoint_creation_task_id": store.ids.next("task")})


@routes("GET", "/v1/llm/model-endpoints/{model_endpoint_name}")
async def get_llm_endpoint(request: Request) -> Response:
    """``GET /v1/llm/model-endpoints/{model_endpoint_name}``."""
    endpoint = _endpoint(request, "Model Endpoint {name}  was not found.")
    return json_response(renderer(request).endpoint(endpoint))


# Fields an update may clear with an explicit null (the rest keep their value on null).
_CLEARABLE = frozenset({"quantize", "checkpoint_path", "chat_template_override"})
_NOT_STORED = frozenset({"inference_framework", "force_bundle_recreation"})


@routes("PUT", "/v1/llm/model-endpoints/{model_endpoint_name}")
async def update_llm_endpoint(request: Request) -> Response:
    """``PUT /v1/llm/model-endpoints/{model_endpoint_name}``: goes through UPDATE_PENDING again.

    ``inference_framework`` only picks how the body is read; the endpoint keeps its own.
    A left-out ``public_inference`` is read as its default, ``true``, as LLM Engine does.
    """
    endpoint = _endpoint(request, "The specified LLM endpoint could not be found.", owned=True)
    ctx = context(request)
    data: dict[str, Any] = body(request)
    data.setdefault("public_inference", True)
    if data.get("labels") is not None:
        check_labels(data["labels"])
    changes = {
        key: value
        for key, value in data.items()
        if key not in _NOT_STORED and (value is not None or key in _CLEARABLE)
    }
    merged = {**endpoint.settings, **changes}
    _check_framework_rules(str(endpoint.settings["inference_framework"]), merged)
    _check_workers(data.get("min_workers"), data.get("max_workers"))
    for key in _RESERVED_METADATA:
        if key in (data.get("metadata") or {}):
            raise ApiError(400, f"{key} is a reserved metadata key and cannot be used by user.")
    if merged.get("inference_framework_image_tag") == "latest":
        merged["inference_framework_image_tag"] = LATEST_IMAGE_TAG
    merged["metadata"] = {**endpoint.settings["metadata"], **(data.get("metadata") or {})}
    endpoint.settings = merged
    endpoint.updated_at = now()
    endpoint.duration = ctx.settings.job_duration
    return json_response({"endpoint_creation_task_id": ctx.store.ids.next("task")})


@routes("DELETE", "/v1/llm/model-endpoints/{model_endpoint_name}")
async def delete_llm_endpoint(request: Request) -> Response:
    """``DELETE /v1/llm/model-endpoints/{model_endpoint_name}``: the caller's own only."""
    endpoint = _endpoint(request, "The requested model endpoint could not be found.", owned=True)
    del context(request).store.endpoints[endpoint.name]
    return json_response({"deleted": True})


@routes("POST", "/v1/llm/model-endpoints/download")
async def download_model(request: Request) -> Response:
    """``POST /v1/llm/model-endpoints/download``: the weights of a model the caller serves.

    The URLs point at the emulator itself.
    """
    data: dict[str, Any] = body(request)
    store = context(request).store
    store.tick(now())
    name = data["model_name"]
    endpoint = store.endpoints.get(name)
    if endpoint is None or endpoint.owner != store.username:
        raise ApiError(404, "The requested fine-tuned model could not be found.")
    root = str(request.base_url).rstrip("/")
    urls = {f: f"{root}/_emulator/downloads/{quote(name, safe='')}/{f}" for f in DOWNLOAD_FILES}
    return json_response({"urls": urls})
