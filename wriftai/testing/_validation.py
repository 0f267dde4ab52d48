"""Contract enforcement: bearer auth, request validation and response validation.

Requests are checked with openapi-core against ``openapi.yaml`` before any route runs; a
request that breaks the contract gets a 4xx ``Error`` whose message names the problem
(which parameter or body field, and why). Responses are checked after the route ran: a
violation is recorded in ``spec_violations`` and, in strict mode, replaced by a 500 that
names it, so a test can never miss it. Event streams are forwarded as they are produced
and checked when they end (status, headers, and every event against its schema). A
stream cut on purpose by the fault injector, or closed because the emulator is stopping,
ends early by design: its body is not checked as a whole, but each event sent before the
end still is. A response the fault injector drifted on purpose is checked as the routes
produced it, before the mutation: the drift is not a violation, an emulator bug under it
still is.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from jsonschema.exceptions import ValidationError as JsonSchemaError
from jsonschema.exceptions import best_match
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.validation.request.exceptions import (
    MissingParameterError,
    MissingRequestBodyError,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.response.exceptions import DataValidationError
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._context import AppContext, SpecViolation
from wriftai.testing._errors import error_body
from wriftai.testing._spec import (
    Operation,
    SpecRequest,
    SpecResponse,
    allowed_methods,
    find_operation,
    is_api_path,
    is_llm_engine_path,
    openapi,
    sse_event_errors,
)

logger = logging.getLogger("wriftai.testing")

MAX_BODY_BYTES = 256 * 1024 * 1024 + 64 * 1024  # a largest file plus its multipart framing

_REQUIRED = re.compile(r"^'(.+)' is a required property$")


def is_api(scope: Scope) -> bool:
    """Return whether the request is an API request (under ``/v1``, or LLM Engine's ``/v2``)."""
    return scope["type"] == "http" and is_api_path(str(scope.get("path", "")))


def _headers(scope: Scope) -> list[tuple[str, str]]:
    return [(bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in scope["headers"]]


def _query(scope: Scope) -> list[tuple[str, str]]:
    raw = bytes(scope.get("query_string", b"")).decode("latin-1")
    return parse_qsl(raw, keep_blank_values=True)


async def send_error(
    send: Send,
    status: int,
    message: str,
    detail: Any = None,
    extra_headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    """Send an ``Error`` response over raw ASGI.

    Args:
        send: The ASGI send channel.
        status: The HTTP status.
        message: What went wrong.
        detail: Machine-readable details.
        extra_headers: More headers.
    """
    headers = [(b"content-type", b"application/json"), *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": error_body(message, detail)})


class AuthMiddleware:
    """Answers 401 to API requests without the emulator's bearer token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request if it carries the token."""
        if not is_api(scope):
            await self.app(scope, receive, send)
            return
        value = dict(_headers_lower(scope)).get("authorization", "")
        scheme, _, credentials = value.partition(" ")
        credentials = credentials.strip()
        if scheme.lower() == "basic" and is_llm_engine_path(str(scope["path"])):
            # LLM Engine also takes HTTP Basic, the API key being the user name.
            credentials = basic_user(credentials)
            scheme = "bearer"
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            credentials.encode(), self.token.encode()
        ):
            message = (
                "Missing access token."
                if not value
                else "Invalid access token: send Authorization: Bearer <token>."
            )
            await send_error(send, 401, message, None, [(b"www-authenticate", b"Bearer")])
            return
        scope.setdefault("wriftai", {})["token"] = credentials
        await self.app(scope, receive, send)


def basic_user(credentials: str) -> str:
    """Return the user name of HTTP Basic credentials (empty when they are malformed)."""
    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""
    return decoded.partition(":")[0]


def _headers_lower(scope: Scope) -> list[tuple[str, str]]:
    return [(k.lower(), v) for k, v in _headers(scope)]


def _deepest(error: JsonSchemaError) -> JsonSchemaError:
    while error.context:
        match = best_match(error.context)
        if match is None or match is error:
            break
        error = match
    return error


def _schema_details(cause: BaseException | None, prefix: list[Any]) -> list[dict[str, Any]]:
    details: list[dict[str, Any]] = []
    errors = cause.schema_errors if isinstance(cause, InvalidSchemaValue) else ()
    for raw in errors:
        if not isinstance(raw, JsonSchemaError):
            details.append({"loc": prefix, "msg": str(raw)})
            continue
        error = _deepest(raw)
        loc = [*prefix, *error.absolute_path]
        msg = error.message
        if error.validator == "required" and isinstance(error.instance, dict):
            named = _REQUIRED.match(error.message)
            required = error.validator_value if isinstance(error.validator_value, list) else []
            missing = [p for p in required if p not in error.instance]
            loc += [named.group(1)] if named else missing[:1]
            msg = "field required"
        details.append({"loc": loc, "msg": msg})
    return details


def _where(loc: list[Any]) -> str:
    return ".".join(str(part) for part in loc)


def describe_request_error(
    error: Exception, content_type: str, body: bytes = b""
) -> tuple[int, str, Any]:
    """Turn an openapi-core request error into a status, a message and details.

    Args:
        error: The first validation error.
        content_type: The request's Content-Type.
        body: The raw request body.

    Returns:
        ``(status, message, detail)``.
    """
    cause = error.__cause__
    if isinstance(error, ParameterValidationError):
        loc: list[Any] = [error.location, error.name]
        if isinstance(error, MissingParameterError):
            msg = "field required"
        else:
            details = _schema_details(cause, loc)
            msg = details[0]["msg"] if details else str(cause or error)
        if error.location == "path":
            return (
                404,
                f"Not found: invalid path parameter {error.name} ({msg}).",
                [{"loc": loc, "msg": msg}],
            )
        return 422, f"Invalid request: {_where(loc)}: {msg}", [{"loc": loc, "msg": msg}]
    if isinstance(error, MissingRequestBodyError):
        return (
            422,
            "Invalid request: body: a request body is required",
            [{"loc": ["body"], "msg": "field required"}],
        )
    if isinstance(error, RequestBodyValidationError):
        if isinstance(cause, MediaTypeNotFound):
            return 400, f"Unsupported Content-Type {content_type!r}: {cause}", None
        if isinstance(cause, MediaTypeDeserializeError) or cause is None:
            if "json" in content_type:
                return 400, f"Malformed JSON body{_json_reason(body)}.", None
            return 400, f"Malformed request body for Content-Type {content_type!r}.", None
        details = _schema_details(cause, ["body"])
        if details:
            first = details[0]
            return 422, f"Invalid request: {_where(first['loc'])}: {first['msg']}", details
        return 422, f"Invalid request body: {cause}", None
    return 400, f"Invalid request: {error}", None


def _json_reason(body: bytes) -> str:
    try:
        json.loads(body)
    except UnicodeDecodeError as exc:
        return f": not UTF-8 (byte {exc.start})"
    except json.JSONDecodeError as exc:
        return f": {exc.msg} at line {exc.lineno} column {exc.colno}"
    except Exception:
        return ""
    return ""


def _fit_status(operation: Operation, status: int) -> int:
    """Return ``status`` if the operation documents it, else the closest documented 4xx."""
    if operation.declares(status):
        return status
    for candidate in (422, 400, 404):
        if operation.declares(candidate):
            return candidate
    return status


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return b"", False
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks), True


class RequestValidationMiddleware:
    """Checks every API request against the contract before any route runs.

    It leaves the raw body in ``scope["wriftai"]["body"]`` and openapi-core's typed
    parameters (defaults applied) in ``scope["wriftai"]["params"]``.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request if it conforms."""
        if not is_api(scope):
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        operation = find_operation(method, path)
        if operation is None:
            allowed = allowed_methods(path)
            if allowed:
                allow = ", ".join(allowed).encode()
                message = f"Method {method} is not allowed on {path}."
                await send_error(send, 405, message, {"allowed": allowed}, [(b"allow", allow)])
            else:
                await send_error(send, 404, f"No API operation at {path}.")
            return
        body, fits = await _read_body(receive)
        if not fits:
            status = _fit_status(operation, 413)
            await send_error(send, status, f"Request body larger than {MAX_BODY_BYTES} bytes.")
            return
        notes: dict[str, Any] = scope.setdefault("wriftai", {})
        notes["body"] = body
        request = SpecRequest.build(method, path, _query(scope), _headers(scope), body or None)
        try:
            result = openapi().unmarshal_request(request)
            errors = [e for e in result.errors if not isinstance(e, SecurityValidationError)]
        except Exception as exc:  # openapi-core can fail outright on mangled input
            await send_error(send, _fit_status(operation, 400), f"Unreadable request: {exc}")
            return
        if errors:
            try:
                status, message, detail = describe_request_error(
                    errors[0], request.content_type, body
                )
            except Exception:  # never let an odd error description become a 500
                status, message, detail = 400, "Invalid request.", None
            await send_error(send, _fit_status(operation, status), message, detail)
            return
        notes["params"] = result.parameters
        notes["operation_id"] = operation.operation_id

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _response_problems(
    scope: Scope,
    operation: Operation,
    start: Message,
    data: bytes,
    streaming: bool,
    ended_early: bool = False,
) -> list[str]:
    headers = [
        (bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in start["headers"]
    ]
    status = int(start["status"])
    request = SpecRequest.build(
        scope["method"], scope["path"], _query(scope), _headers(scope), None
    )
    response = SpecResponse.build(status, headers, data)
    # Validation only: openapi-core's unmarshalling is an order of magnitude slower.
    # A stream's events are checked one by one below. As a whole body, a stream cut short
    # on purpose may be partial, and a stream with no events (closed for being idle
    # before anything new happened) is empty: neither is a contract violation.
    lenient = streaming and (ended_early or not data)
    problems = [
        _describe_response_error(e)
        for e in openapi().iter_response_errors(request, response)
        if not (lenient and isinstance(e, DataValidationError))
    ]
    if streaming and status < 300:
        problems += sse_event_errors(operation.operation_id, data)
    return problems


def _describe_response_error(error: Exception) -> str:
    cause = error.__cause__
    details = _schema_details(cause, ["response"])
    if details:
        return "; ".join(f"{_where(d['loc'])}: {d['msg']}" for d in details[:5])
    return f"{type(error).__name__}: {error}"


def _cut_on_purpose(scope: Scope) -> bool:
    """Return whether the fault injector cut this request's stream."""
    notes: dict[str, Any] = scope.get("wriftai", {})
    return notes.get("fault") == "cut_stream"


def _as_produced(scope: Scope, start: Message, data: bytes) -> tuple[Message, bytes]:
    """Return the response as the routes produced it, before any drift mutation."""
    notes: dict[str, Any] = scope.get("wriftai", {})
    original: tuple[Message, bytes] | None = notes.get("drift_original")
    return original if original is not None else (start, data)


class ResponseValidationMiddleware:
    """Checks every API response against the contract.

    A violating response is recorded and, in strict mode, replaced by a 500 naming it.
    """

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request and check its response."""
        operation = find_operation(scope["method"], scope["path"]) if is_api(scope) else None
        if operation is None:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []
        streaming = False

        async def capture(message: Message) -> None:
            nonlocal start, streaming
            if message["type"] == "http.response.start":
                start = message
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                streaming = content_type.startswith(b"text/event-stream")
                if streaming:
                    await send(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if streaming:
                    await send(message)

        try:
            await self.app(scope, receive, capture)
        except Exception as exc:
            logger.exception("the emulator failed on %s %s", scope["method"], scope["path"])
            self._record(scope, 500, [f"unhandled exception: {type(exc).__name__}: {exc}"])
            if start is None or not streaming:
                await send_error(send, 500, f"Emulator bug: {type(exc).__name__}: {exc}")
            return
        if start is None:
            return  # the connection was dropped on purpose; nothing was answered
        data = b"".join(chunks)
        ended_early = streaming and (_cut_on_purpose(scope) or self.ctx.closing)
        checked_start, checked_data = _as_produced(scope, start, data)
        try:
            problems = _response_problems(
                scope, operation, checked_start, checked_data, streaming, ended_early
            )
        except Exception as exc:
            problems = [f"response could not be checked: {type(exc).__name__}: {exc}"]
        if problems:
            self._record(scope, int(start["status"]), problems)
        if streaming:
            return
        if problems and self.ctx.settings.strict:
            await send_error(
                send,
                500,
                "Emulator bug: the response violated openapi.yaml: " + problems[0],
                {"status": start["status"], "problems": problems},
            )
            return
        await send(start)
        await send({"type": "http.response.body", "body": data})

    def _record(self, scope: Scope, status: int, problems: list[str]) -> None:
        violation = SpecViolation(scope["method"], scope["path"], status, tuple(problems))
        logger.error("contract violation: %s", violation)
        self.ctx.spec_violations.append(violation)
