"""The OpenAPI document: valid, complete against the API reference, and well described."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate
from spec_walk import METHODS, deref, load_spec, resolve, undescribed_properties

# Every operation of shared/api-reference.md, as (method, path) with path parameters
# written `{}`: the reference names some parameters `{id}` where the spec uses a
# descriptive name, and only the shape of the path matters on the wire.
REFERENCE_OPERATIONS = [
    # WriftAI: users, hardware, categories
    ("GET", "/user"),
    ("GET", "/users/{}"),
    ("GET", "/hardware"),
    ("GET", "/model_categories"),
    # models
    ("GET", "/models"),
    ("GET", "/models/{}"),
    ("GET", "/models/{}/{}"),
    ("POST", "/models"),
    ("PATCH", "/models/{}/{}"),
    ("DELETE", "/models/{}/{}"),
    ("GET", "/search/models"),
    # versions
    ("GET", "/models/{}/{}/versions"),
    ("GET", "/models/{}/{}/versions/{}"),
    ("POST", "/models/{}/{}/versions"),
    ("DELETE", "/models/{}/{}/versions/{}"),
    # predictions
    ("POST", "/predictions"),
    ("GET", "/predictions/{}"),
    ("GET", "/predictions"),
    ("POST", "/predictions/{}/cancel"),
    ("GET", "/predictions/{}/stream"),
    # the current API (issue 15): uploads, variables, version configuration, users
    ("POST", "/uploads"),
    ("POST", "/uploads/{}/complete"),
    ("GET", "/variables"),
    ("POST", "/variables"),
    ("PATCH", "/variables/{}"),
    ("DELETE", "/variables/{}"),
    ("GET", "/models/{}/{}/versions/{}/configuration"),
    ("PATCH", "/models/{}/{}/versions/{}/configuration"),
    ("GET", "/user/models"),
    ("PATCH", "/user"),
    ("GET", "/users"),
    ("GET", "/search/users"),
    # LLM Engine: whole paths under the host root, as its server routes them (two versions)
    ("POST", "/v1/llm/completions-sync"),
    ("POST", "/v1/llm/completions-stream"),
    ("POST", "/v1/llm/batch-completions"),
    ("GET", "/v2/batch-completions/{}"),
    ("POST", "/v2/batch-completions/{}/actions/cancel"),
    ("POST", "/v1/llm/fine-tunes"),
    ("GET", "/v1/llm/fine-tunes/{}"),
    ("GET", "/v1/llm/fine-tunes"),
    ("PUT", "/v1/llm/fine-tunes/{}/cancel"),
    ("GET", "/v1/llm/fine-tunes/{}/events"),
    ("POST", "/v1/files"),
    ("GET", "/v1/files/{}"),
    ("GET", "/v1/files"),
    ("DELETE", "/v1/files/{}"),
    ("GET", "/v1/files/{}/content"),
    ("POST", "/v1/llm/model-endpoints"),
    ("GET", "/v1/llm/model-endpoints"),
    ("GET", "/v1/llm/model-endpoints/{}"),
    ("PUT", "/v1/llm/model-endpoints/{}"),
    ("DELETE", "/v1/llm/model-endpoints/{}"),
    ("POST", "/v1/llm/model-endpoints/download"),
]
LLM_ENGINE_ROOT = "https://api.wrift.ai"

# Parameters the reference names for particular operations (method, path, name, location).
REFERENCE_PARAMETERS = [
    ("POST", "/predictions", "Prefer", "header"),
    ("POST", "/predictions", "Validate-Input", "header"),
    ("POST", "/predictions", "Idempotency-Key", "header"),
    ("GET", "/predictions", "statuses", "query"),
    ("GET", "/predictions", "cursor", "query"),
    ("GET", "/predictions", "page_size", "query"),
    ("GET", "/predictions/{}/stream", "after_id", "query"),
    ("GET", "/predictions/{}/stream", "Prefer", "header"),
    ("GET", "/models", "sort_by", "query"),
    ("GET", "/models", "sort_direction", "query"),
    ("GET", "/models/{}", "sort_by", "query"),
    ("GET", "/search/models", "q", "query"),
    ("GET", "/models", "category_slugs", "query"),
    ("GET", "/models/{}", "category_slugs", "query"),
    ("GET", "/users", "sort_by", "query"),
    ("GET", "/users", "sort_direction", "query"),
    ("GET", "/users", "cursor", "query"),
    ("GET", "/search/users", "q", "query"),
    ("GET", "/user/models", "page_size", "query"),
    ("GET", "/variables", "cursor", "query"),
    ("POST", "/uploads", "Idempotency-Key", "header"),
    ("POST", "/v1/llm/completions-sync", "model_endpoint_name", "query"),
    ("POST", "/v1/llm/completions-stream", "model_endpoint_name", "query"),
    ("GET", "/v1/llm/model-endpoints", "name", "query"),
    ("GET", "/v1/llm/model-endpoints", "order_by", "query"),
]

STREAMING_OPERATIONS = {"create_prediction", "stream_prediction", "create_completion_stream"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def is_llm_engine(spec: dict[str, Any], path: str) -> bool:
    """Whether a path is LLM Engine's: its path item names servers of its own."""
    return "servers" in spec["paths"][path]


def walk(node: Any, where: str = "#") -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def test_document_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_server_and_global_bearer_security(spec: dict[str, Any]) -> None:
    assert [server["url"] for server in spec["servers"]] == ["https://api.wrift.ai/v1"]
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")


def test_every_reference_operation_is_in_the_spec(spec: dict[str, Any]) -> None:
    present = {(method, shape(path)) for method, path, _ in operations(spec)}
    missing = [op for op in REFERENCE_OPERATIONS if op not in present]
    assert not missing, f"operations of api-reference.md missing from openapi.yaml: {missing}"
    extra = sorted(
        f"{op.get('operationId')} ({method} {path})"
        for method, path, op in operations(spec)
        if (method, shape(path)) not in REFERENCE_OPERATIONS
    )
    assert not extra, f"operations in openapi.yaml that api-reference.md does not have: {extra}"


@pytest.mark.parametrize(("method", "path", "name", "location"), REFERENCE_PARAMETERS)
def test_reference_parameters_are_described(
    spec: dict[str, Any], method: str, path: str, name: str, location: str
) -> None:
    found = {
        (param["name"], param["in"])
        for op_method, op_path, op in operations(spec)
        if (op_method, shape(op_path)) == (method, path)
        for param in (deref(spec, p) for p in op.get("parameters", []))
    }
    assert (name, location) in found, f"{method} {path} lacks {location} parameter {name}"


def test_every_post_accepts_an_idempotency_key(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        if method != "POST":
            continue
        names = {deref(spec, p)["name"] for p in op.get("parameters", [])}
        if is_llm_engine(spec, path):  # LLM Engine does not read the header
            assert "Idempotency-Key" not in names, f"POST {path}: LLM Engine has no such header"
        else:
            assert "Idempotency-Key" in names, f"POST {path} takes no Idempotency-Key"


def test_llm_engine_paths_carry_their_version_under_the_host_root(spec: dict[str, Any]) -> None:
    llm = [(m, p, op) for m, p, op in operations(spec) if is_llm_engine(spec, p)]
    assert len(llm) == 21
    for _, path, op in llm:
        assert [s["url"] for s in spec["paths"][path]["servers"]] == [LLM_ENGINE_ROOT]
        assert path.startswith(("/v1/llm/", "/v1/files", "/v2/batch-completions/")), path
        assert op["security"] == [{"bearerAuth": []}, {"llmEngineBasic": []}], path
    basic = spec["components"]["securitySchemes"]["llmEngineBasic"]
    assert (basic["type"], basic["scheme"]) == ("http", "basic")


def test_every_operation_is_named_summarised_tagged_and_described(spec: dict[str, Any]) -> None:
    seen: set[str] = set()
    tag_names = {tag["name"] for tag in spec["tags"]}
    for method, path, op in operations(spec):
        where = f"{method} {path}"
        op_id = op.get("operationId", "")
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id), f"{where}: operationId {op_id!r}"
        assert op_id not in seen, f"{where}: duplicate operationId {op_id}"
        seen.add(op_id)
        assert op.get("summary"), f"{where}: no summary"
        assert op.get("description"), f"{where}: no description"
        assert len(op.get("tags", [])) == 1, f"{where}: needs exactly one tag"
        assert op["tags"][0] in tag_names, f"{where}: tag {op['tags'][0]} is not declared"
    assert len(seen) == len(REFERENCE_OPERATIONS)


def test_every_operation_documents_its_errors_with_the_shared_schema(spec: dict[str, Any]) -> None:
    wrong = []
    for method, path, op in operations(spec):
        where = f"operation {op.get('operationId')} ({method} {path})"
        codes = {str(code) for code in op.get("responses") or {}}
        if not {"401", "429", "5XX"} <= codes:
            wrong.append(f"{where}: responses {sorted(codes)} lack one of 401, 429, 5XX")
        for code, response in (op.get("responses") or {}).items():
            if str(code)[0] in "45":
                media = (deref(spec, response).get("content") or {}).get("application/json")
                body = media.get("schema") if isinstance(media, dict) else None
                if body != {"$ref": "#/components/schemas/Error"}:
                    wrong.append(f"{where}: the {code} body is {body!r}, not a $ref to Error")
    assert not wrong, wrong


def test_rate_limit_and_request_id_headers(spec: dict[str, Any]) -> None:
    too_many = spec["components"]["responses"]["TooManyRequests"]["headers"]
    assert {"x-request-id", "x-ratelimit-reset", "Retry-After"} <= set(too_many)
    for method, path, op in operations(spec):
        for code, response in op["responses"].items():
            headers = deref(spec, response).get("headers", {})
            if is_llm_engine(spec, path):  # LLM Engine sends none of these headers
                assert not {"x-request-id", "Retry-After"} & set(headers), f"{method} {path}"
            else:
                assert "x-request-id" in headers, f"{method} {path} {code}: no x-request-id"


def has_example(node: Any) -> bool:
    return isinstance(node, dict) and ("example" in node or bool(node.get("examples")))


def test_every_operation_has_an_example(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        where = f"operation {op.get('operationId')} ({method} {path})"
        media = list(deref(spec, op.get("requestBody", {})).get("content", {}).values())
        for code, response in op["responses"].items():
            if str(code).startswith("2"):
                media += list(deref(spec, response).get("content", {}).values())
        if media:
            assert any(has_example(m) for m in media), f"{where}: no body example"
        else:  # no body either way (e.g. a DELETE answered 204): its parameters carry them
            params = [deref(spec, p) for p in op.get("parameters", [])]
            assert params and all(has_example(p) for p in params), f"{where}: no example"


def test_every_ref_resolves(spec: dict[str, Any]) -> None:
    refs = [node["$ref"] for _, node in walk(spec) if isinstance(node, dict) and "$ref" in node]
    assert len(refs) > 300
    for ref in refs:
        resolve(spec, ref)


def test_every_schema_property_is_described(spec: dict[str, Any]) -> None:
    """Of every schema: named, inline in an operation (placed by its operationId) or inline
    in a shared parameter, header or response."""
    undescribed = undescribed_properties(spec)
    assert not undescribed, undescribed


def test_event_streams_and_their_payloads(spec: dict[str, Any]) -> None:
    streaming = {
        op["operationId"]
        for _, _, op in operations(spec)
        for response in op["responses"].values()
        if "text/event-stream" in deref(spec, response).get("content", {})
    }
    assert streaming == STREAMING_OPERATIONS
    schemas = spec["components"]["schemas"]
    for name in ("PredictionStreamEvent", "CompletionStreamResponse"):
        assert name in schemas
    events = [deref(spec, event) for event in schemas["PredictionStreamEvent"]["oneOf"]]
    consts = {event["properties"]["event"]["const"] for event in events}
    assert consts == {"init", "output", "error", "done"}


def test_prediction_webhook_is_described_with_its_signature(spec: dict[str, Any]) -> None:
    hook = spec["webhooks"]["prediction"]["post"]
    header = next(p for p in hook["parameters"] if p["in"] == "header")
    assert header["name"] == "WriftAI-Signature" and header["required"] is True
    pattern = re.compile(header["schema"]["pattern"])
    assert pattern.fullmatch("t=1740902400,v1=" + "a" * 64 + ",v1=" + "b" * 64)
    assert not pattern.fullmatch("v1=" + "a" * 64)
    body = hook["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/PredictionWithIO"}


@pytest.mark.parametrize(
    ("open_enum", "known"),
    [
        (
            "OpenPredictionStatus",
            ["pending", "starting", "started", "succeeded", "failed", "cancelled", "abandoned"],
        ),
        ("OpenModelVisibility", ["private", "public", "restricted"]),
        ("OpenModelsSortBy", ["created_at", "predictions_count", "prediction_count"]),
        ("OpenUsersSortBy", ["created_at"]),
        (
            "OpenBatchJobStatus",
            ["PENDING", "RUNNING", "SUCCESS", "FAILURE", "CANCELLED", "UNDEFINED", "TIMEOUT"],
        ),
        (
            "OpenBatchCompletionsJobStatus",
            ["queued", "running", "completed", "failed", "cancelled", "unknown"],
        ),
        (
            "OpenLLMInferenceFramework",
            [
                "deepspeed",
                "text_generation_inference",
                "vllm",
                "lightllm",
                "tensorrt_llm",
                "sglang",
            ],
        ),
        (
            "OpenModelEndpointStatus",
            [
                "READY",
                "UPDATE_PENDING",
                "UPDATE_IN_PROGRESS",
                "UPDATE_FAILED",
                "DELETE_IN_PROGRESS",
            ],
        ),
    ],
)
def test_extensible_enums_are_open(spec: dict[str, Any], open_enum: str, known: list[str]) -> None:
    schema = spec["components"]["schemas"][open_enum]
    assert schema["x-open-enum"] is True
    closed, fallback = schema["anyOf"]
    assert deref(spec, closed)["enum"] == known
    assert fallback["type"] == "string" and "enum" not in fallback
