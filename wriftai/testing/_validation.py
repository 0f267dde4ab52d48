"""Contract enforcement on the way in: bearer auth and request validation.

Requests are checked with openapi-core against ``openapi.yaml`` before any route runs; a
request that breaks the contract gets a 4xx ``Error`` whose message names the problem
(which parameter or body field, and why). Responses are checked on the way out, by
:mod:`wriftai.testing._response_validation`, which describes openapi-core's errors with
`schema_details` and `where` too.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
from typing import Any

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
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._asgi import is_api, scope_headers, scope_query
from wriftai.testing._errors import send_error
from wriftai.testing._spec import (
    Operation,
    SpecRequest,
    allowed_methods,
    find_operation,
    is_llm_engine_path,
    openapi,
)

MAX_BODY_BYTES = 256 * 1024 * 1024 + 64 * 1024  # a largest file plus its multipart framing

_REQUIRED = re.compile(r"^'(.+)' is a required property$")


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
    return [(k.lower(), v) for k, v in scope_headers(scope)]


def _deepest(error: JsonSchemaError) -> JsonSchemaError:
    while error.context:
        match = best_match(error.context)
        if match is None or match is error:
            break
        error = match
    return error


def schema_details(cause: BaseException | None, prefix: list[Any]) -> list[dict[str, Any]]:
    """Describe the JSON Schema errors under an openapi-core error, FastAPI style.

    Args:
        cause: The openapi-core error's cause; only an ``InvalidSchemaValue`` has details.
        prefix: Where the checked value sits (``["body"]``, ``["query", "cursor"]``).

    Returns:
        One ``{"loc", "msg"}`` per error, at the deepest error that explains it.
    """
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


def where(loc: list[Any]) -> str:
    """Return a ``loc`` as the dotted path the messages name (``body.input.prompt``)."""
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
            details = schema_details(cause, loc)
            msg = details[0]["msg"] if details else str(cause or error)
        if error.location == "path":
            return (
                404,
                f"Not found: invalid path parameter {error.name} ({msg}).",
                [{"loc": loc, "msg": msg}],
            )
        return 422, f"Invalid request: {where(loc)}: {msg}", [{"loc": loc, "msg": msg}]
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
        details = schema_details(cause, ["body"])
        if details:
            first = details[0]
            return 422, f"Invalid request: {where(first['loc'])}: {first['msg']}", details
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
        request = SpecRequest.build(
            method, path, scope_query(scope), scope_headers(scope), body or None
        )
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
