"""LLM completions, whole or streamed token by token."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from wriftai.testing._engine import complete
from wriftai.testing._errors import ApiError
from wriftai.testing._sse import completion_events, sse_response
from wriftai.testing._store import EndpointRecord, now
from wriftai.testing.routes._common import body, context, json_response, query


def _ready_endpoint(request: Request) -> EndpointRecord:
    ctx = context(request)
    name = str(query(request)["model_endpoint_name"])
    at = now()
    ctx.store.tick(at)
    endpoint = ctx.store.endpoints.get(name)
    if endpoint is None:
        raise ApiError(404, f"LLM endpoint {name} not found.")
    status = endpoint.status(at)
    if status != "READY":
        raise ApiError(409, f"LLM endpoint {name} is not ready (status {status}).")
    return endpoint


def _request_id(request: Request) -> str:
    return str(request.scope.get("wriftai", {}).get("request_id", "req"))


async def create_completion(request: Request) -> Response:
    """``POST /llm/completions-sync``."""
    _ready_endpoint(request)
    data: dict[str, Any] = body(request)
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
    return json_response({"request_id": _request_id(request), "output": output})


async def create_completion_stream(request: Request) -> Response:
    """``POST /llm/completions-stream``."""
    _ready_endpoint(request)
    data: dict[str, Any] = body(request)
    completion = complete(data)
    interval = min(0.01, 0.5 / max(len(completion.tokens), 1))
    events = completion_events(
        completion,
        _request_id(request),
        return_log_probs=bool(data.get("return_token_log_probs")),
        interval=interval,
    )
    return sse_response(events)


routes = [
    Route("/llm/completions-sync", create_completion, methods=["POST"]),
    Route("/llm/completions-stream", create_completion_stream, methods=["POST"]),
]
