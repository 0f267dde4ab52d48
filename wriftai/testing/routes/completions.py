"""LLM completions, whole or streamed token by token, with LLM Engine's rules.

As on the real server, a completion is checked against the endpoint's inference
framework (``400`` for a setting the framework does not take), an endpoint that cannot
answer (not ``READY`` yet) is an upstream failure (a ``500`` before streaming, an error
event after), and a TensorRT-LLM stream never marks its last output ``finished``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._engine import complete
from wriftai.testing._errors import ApiError
from wriftai.testing._llm_engine import llm_timestamp
from wriftai.testing._sse import completion_events, completion_stream_response
from wriftai.testing._store.clock import now
from wriftai.testing._store.llm import EndpointRecord
from wriftai.testing.routes._common import RouteTable, body, context, json_response, query

routes = RouteTable()
"""This module's routes, declared on their handlers."""


_SAMPLING = frozenset({"text_generation_inference", "vllm", "lightllm"})
_PENALTIES = frozenset({"vllm", "lightllm"})
_LOG_PROBS = frozenset({"deepspeed", "text_generation_inference", "vllm", "lightllm"})
_GUIDES = ("guided_json", "guided_choice", "guided_regex", "guided_grammar")


def _endpoint(request: Request, missing: str) -> EndpointRecord:
    """The endpoint named in the query, if the caller may use it (else ``404``)."""
    ctx = context(request)
    ctx.store.tick(now())
    endpoint = ctx.store.endpoints.get(str(query(request)["model_endpoint_name"]))
    visible = endpoint is not None and (
        endpoint.owner == ctx.store.username or bool(endpoint.settings["public_inference"])
    )
    if endpoint is None or not visible:
        raise ApiError(404, missing)
    return endpoint


def check_settings(framework: str, data: dict[str, Any]) -> None:
    """Refuse (``400``) the settings LLM Engine refuses for `framework`.

    Args:
        framework: The endpoint's inference framework.
        data: The completion request.

    Raises:
        ApiError: With LLM Engine's message.
    """
    top_k, top_p = data.get("top_k"), data.get("top_p")
    if framework in _SAMPLING:
        if data["temperature"] == 0 and (top_k not in (-1, None) or top_p not in (1.0, None)):
            raise ApiError(400, "top_k and top_p can't be enabled when temperature is 0.")
        if top_k == 0:
            raise ApiError(
                400,
                "top_k needs to be strictly positive, or set it to be -1 / None to disable top_k.",
            )
    elif top_k or top_p:
        raise ApiError(
            400, "top_k and top_p are only supported in text-generation-inference, vllm, lightllm."
        )
    if framework not in _PENALTIES and (
        data.get("presence_penalty") or data.get("frequency_penalty")
    ):
        raise ApiError(
            400, "presence_penalty and frequency_penalty are only supported in vllm, lightllm."
        )
    if framework not in _LOG_PROBS and data.get("return_token_log_probs"):
        raise ApiError(
            400,
            "return_token_log_probs is only supported in deepspeed, "
            "text-generation-inference, vllm, lightllm.",
        )
    if framework != "vllm" and data.get("include_stop_str_in_output") is not None:
        raise ApiError(400, "include_stop_str_in_output is only supported in vllm.")
    guides = [g for g in _GUIDES if data.get(g) is not None]
    if len(guides) > 1:
        raise ApiError(
            400,
            "Only one of guided_json, guided_choice, guided_regex, guided_grammar can be enabled.",
        )
    if guides and framework != "vllm":
        raise ApiError(400, "Guided decoding is only supported in vllm.")


def _request_id(request: Request) -> str:
    return str(request.scope.get("wriftai", {}).get("request_id", "req"))


def _ready(endpoint: EndpointRecord) -> bool:
    return endpoint.status(now()) == "READY"


@routes("POST", "/v1/llm/completions-sync")
async def create_completion(request: Request) -> Response:
    """``POST /v1/llm/completions-sync``."""
    endpoint = _endpoint(request, "The specified endpoint could not be found.")
    data: dict[str, Any] = body(request)
    if endpoint.settings["endpoint_type"] not in {"sync", "streaming"}:
        raise ApiError(
            400,
            f"Unsupported inference type: Endpoint {endpoint.name} does not serve sync requests.",
        )
    check_settings(str(endpoint.settings["inference_framework"]), data)
    request_id = _request_id(request)
    if not _ready(endpoint):
        raise ApiError(500, f"Upstream service error for request_id {request_id}")
    completion = complete(data)
    tokens = None
    if data.get("return_token_log_probs"):
        tokens = [{"token": t.text, "log_prob": t.log_prob} for t in completion.tokens]
    output = {
        "text": completion.text,
        "num_prompt_tokens": completion.num_prompt_tokens,
        "num_completion_tokens": len(completion.tokens),
        "tokens": tokens,
    }
    return json_response({"request_id": request_id, "output": output})


@routes("POST", "/v1/llm/completions-stream")
async def create_completion_stream(request: Request) -> Response:
    """``POST /v1/llm/completions-stream``."""
    name = str(query(request)["model_endpoint_name"])
    endpoint = _endpoint(request, f"Model endpoint {name} not found.")
    data: dict[str, Any] = body(request)
    if endpoint.settings["endpoint_type"] != "streaming":
        raise ApiError(400, f"Endpoint {name} is not a streaming endpoint.")
    framework = str(endpoint.settings["inference_framework"])
    check_settings(framework, data)
    request_id = _request_id(request)
    error = None
    if not _ready(endpoint):
        message = f"Upstream service error for request_id {request_id}"
        error = {"status_code": 500, "content": {"error": message, "timestamp": llm_timestamp()}}
    completion = complete(data)
    interval = min(0.01, 0.5 / max(len(completion.tokens), 1))
    events = completion_events(
        completion,
        request_id,
        return_log_probs=bool(data.get("return_token_log_probs")),
        interval=interval,
        marks_finished=framework != "tensorrt_llm",
        error=error,
    )
    return completion_stream_response(events)
