"""Loading ``openapi.yaml`` once and talking to openapi-core about it.

The emulator never keeps its own copy of the contract: an installed wheel carries the root
``openapi.yaml`` as ``wriftai/testing/openapi.yaml``, and a checkout (editable install) reads
the file at the repository root. This module finds it, builds the openapi-core
:class:`~openapi_core.OpenAPI` object once per process, and adapts ASGI requests and
responses to openapi-core's request and response protocols.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from jsonschema.exceptions import ValidationError as JsonSchemaError
from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import data_form_loads, plain_loads
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from werkzeug.datastructures import Headers, ImmutableMultiDict

API_PREFIX = "/v1"
"""Every WriftAI path is served under this prefix, as in the production base URL."""

API_PREFIXES = ("/v1/", "/v2/")
"""The prefixes of every API request path: LLM Engine routes both versions."""

# openapi-core finds operations by matching the request URL against the spec's servers;
# the emulator's requests are presented as if they were sent to the production server.
_SPEC_HOST = "https://api.wrift.ai"


def spec_path() -> Path:
    """Return the path of the ``openapi.yaml`` the emulator validates against.

    Returns:
        The packaged copy when installed from a wheel, else the repository's root file.

    Raises:
        FileNotFoundError: When neither file exists.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "openapi.yaml", here.parent.parent / "openapi.yaml"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "openapi.yaml not found; looked in " + ", ".join(str(c) for c in candidates)
    )


def _multipart_loads(value: bytes, **parameters: str) -> Mapping[str, Any]:
    # openapi-core hands multipart parts over as bytes, which a `type: string` schema
    # (how `format: binary` is written) rejects; the parts are text to the contract.
    try:
        form = data_form_loads(value, **parameters)
    except Exception as exc:  # the stdlib parser fails in many ways on broken input
        raise ValueError(f"malformed multipart body: {exc}") from exc
    pairs = form.items(multi=True) if isinstance(form, ImmutableMultiDict) else form.items()
    return ImmutableMultiDict(
        [(key, item.decode("latin-1") if isinstance(item, bytes) else item) for key, item in pairs]
    )


@functools.cache
def spec_dict() -> dict[str, Any]:
    """Return the parsed ``openapi.yaml`` (cached; treat it as read-only)."""
    with spec_path().open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle)
    if not isinstance(loaded, dict):
        raise ValueError("openapi.yaml is not a mapping")
    return loaded


@functools.cache
def openapi() -> OpenAPI:
    """Return the openapi-core view of the contract, built once per process."""
    config = Config(
        extra_media_type_deserializers={
            "multipart/form-data": _multipart_loads,
            "text/event-stream": plain_loads,
        }
    )
    return OpenAPI.from_dict(spec_dict(), config=config)


@functools.cache
def operation_ids() -> tuple[str, ...]:
    """Return the operationIds of every path operation (webhooks excluded)."""
    ids: list[str] = []
    for item in spec_dict()["paths"].values():
        for method, operation in item.items():
            if method in {"get", "put", "post", "patch", "delete"}:
                ids.append(operation["operationId"])
    return tuple(ids)


@functools.cache
def _component_validator(name: str) -> OAS31Validator:
    document = spec_dict()
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:wriftai-openapi", resource)
    schema = {"$ref": f"urn:wriftai-openapi#/components/schemas/{name}"}
    return OAS31Validator(schema, registry=registry)


def component_errors(name: str, value: Any) -> list[str]:
    """Validate ``value`` against ``#/components/schemas/<name>``.

    Args:
        name: A schema name under ``components/schemas``.
        value: The JSON value to check.

    Returns:
        Human-readable problems; empty when the value conforms.
    """
    errors: Iterable[JsonSchemaError] = _component_validator(name).iter_errors(value)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '<root>'}: {e.message}" for e in errors]


@dataclass
class SpecRequest:
    """An HTTP request as openapi-core's request protocol wants it."""

    method: str
    path: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    host_url: str = _SPEC_HOST

    @classmethod
    def build(
        cls,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes | None,
    ) -> SpecRequest:
        """Build a request from decoded ASGI parts.

        Args:
            method: The HTTP method.
            path: The request path, including the ``/v1`` prefix.
            query: Decoded query pairs, in order.
            headers: Decoded header pairs.
            body: The raw body, or None when empty.

        Returns:
            The request adapter.
        """
        header_map = Headers(list(headers))
        return cls(
            method=method.lower(),
            path=path,
            body=body,
            content_type=header_map.get("content-type") or "application/octet-stream",
            parameters=RequestParameters(
                query=ImmutableMultiDict(list(query)),
                header=header_map,
                cookie=ImmutableMultiDict(),
            ),
        )


@dataclass
class SpecResponse:
    """An HTTP response as openapi-core's response protocol wants it."""

    status_code: int
    data: bytes
    content_type: str
    headers: Headers

    @classmethod
    def build(cls, status: int, headers: Iterable[tuple[str, str]], data: bytes) -> SpecResponse:
        """Build a response adapter from decoded ASGI parts.

        Args:
            status: The HTTP status.
            headers: Decoded header pairs.
            data: The whole body.

        Returns:
            The response adapter.
        """
        header_map = Headers(list(headers))
        return cls(
            status_code=status,
            data=data,
            content_type=header_map.get("content-type") or "",
            headers=header_map,
        )


def sse_event_errors(operation_id: str, data: bytes) -> list[str]:
    """Check each event of a streamed body against the event schema of its operation.

    Args:
        operation_id: The operation that produced the stream.
        data: The raw stream body.

    Returns:
        Problems found; empty when every event conforms.
    """
    from wriftai._core.sse import SSEDecoder  # the client's own parser: one SSE reader

    problems: list[str] = []
    # A body ends after its last blank line; the extra one completes an unfinished block.
    events = SSEDecoder().feed(data.decode("utf-8") + "\n\n")
    for index, event in enumerate(events):
        try:
            payload = json.loads(event.data)
        except json.JSONDecodeError:
            problems.append(f"event {index}: data is not one JSON value")
            continue
        if operation_id == "create_completion_stream":
            errors = component_errors("CompletionStreamResponse", payload)
        else:
            obj = {"id": event.id, "event": event.event, "data": payload}
            errors = component_errors("PredictionStreamEvent", obj)
        problems.extend(f"event {index}: {error}" for error in errors)
    return problems


@dataclass(frozen=True)
class Operation:
    """One operation of the contract, as the validation layer needs it.

    ``llm_engine`` marks the operations of a path item with servers of its own: LLM
    Engine's, written with their version prefix under the host root.
    """

    operation_id: str
    method: str
    template: str
    statuses: frozenset[str]
    llm_engine: bool = False

    def declares(self, status: int) -> bool:
        """Return whether the operation documents ``status`` (exactly or as ``4XX``/``5XX``)."""
        return str(status) in self.statuses or f"{str(status)[0]}XX" in self.statuses


@functools.cache
def _paths() -> tuple[tuple[re.Pattern[str], dict[str, Operation]], ...]:
    found: list[tuple[int, re.Pattern[str], dict[str, Operation]]] = []
    for template, item in spec_dict()["paths"].items():
        # A path item with servers of its own (LLM Engine's) is served under their path.
        own = item.get("servers")
        prefix = urlparse(own[0]["url"]).path.rstrip("/") if own else API_PREFIX
        pattern = re.compile(
            "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(prefix + template)) + "$"
        )
        operations = {
            method.upper(): Operation(
                operation["operationId"],
                method.upper(),
                template,
                frozenset(str(s) for s in operation.get("responses", {})),
                llm_engine=bool(own),
            )
            for method, operation in item.items()
            if method in {"get", "put", "post", "patch", "delete"}
        }
        found.append((template.count("{"), pattern, operations))
    # A literal path wins over a templated one (`/llm/model-endpoints/download`).
    found.sort(key=lambda entry: entry[0])
    return tuple((pattern, operations) for _, pattern, operations in found)


def _path_operations(path: str) -> dict[str, Operation] | None:
    for pattern, operations in _paths():
        if pattern.match(path):
            return operations
    return None


def find_operation(method: str, path: str) -> Operation | None:
    """Return the operation serving ``method path`` (the whole path, ``/v1`` or ``/v2``), if any.

    Args:
        method: The HTTP method.
        path: The request path.

    Returns:
        The operation, or None when the path or method is not in the contract.
    """
    operations = _path_operations(path)
    return operations.get(method.upper()) if operations else None


def strip_api_prefix(path: str) -> str:
    """Return ``path`` relative to the WriftAI base URL: without its ``/v1``, if it has one."""
    return path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else path


def is_api_path(path: str) -> bool:
    """Return whether ``path`` is under one of the API's version prefixes."""
    return path.startswith(API_PREFIXES)


def is_llm_engine_path(path: str) -> bool:
    """Return whether ``path`` is served by an LLM Engine operation of the contract."""
    operations = _path_operations(path) or {}
    return any(op.llm_engine for op in operations.values())


def allowed_methods(path: str) -> list[str]:
    """Return the methods the contract serves on ``path`` (with ``/v1``); empty if none."""
    return sorted(_path_operations(path) or ())
