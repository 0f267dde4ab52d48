"""The exception hierarchy of wriftai, and the mapping from HTTP statuses to it.

Every exception the client raises on purpose derives from `WriftAIError`. None of them
carries the access token: messages are built from the response body and status only.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MalformedSignatureError",
    "MissingSignatureError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseFieldError",
    "SignatureMismatchError",
    "StaleTimestampError",
    "StreamError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookSignatureError",
    "WriftAIError",
]


class WriftAIError(Exception):
    """Base class of every error wriftai raises.

    Attributes:
        may_have_been_processed: True on the error of a ``POST`` that failed in a way that
            tells nothing of whether the server acted on it (a 5xx, a connection lost after
            sending, a timeout). Such a request is not retried by default.
        idempotency_key: That request's ``Idempotency-Key``, to check for it or to send the
            request again to a server that honours keys.
    """

    may_have_been_processed: bool = False
    idempotency_key: str | None = None


class APIConnectionError(WriftAIError):
    """The request could not reach the API, or the connection broke before an answer.

    Attributes:
        request: The request that failed.
    """

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class StreamInterruptedError(APIConnectionError):
    """A stream that cannot be resumed (a completion stream) ended before its last event.

    The output received so far is incomplete; the request has to be made again.
    """


class APIStatusError(WriftAIError):
    """The API answered with an error status (4xx or 5xx).

    Attributes:
        status_code: The HTTP status of the response.
        message: The human-readable message of the error body, or the reason phrase.
        request_id: The `x-request-id` the server gave the request, if any.
        body: The decoded JSON error body (or the raw text when it is not JSON).
        response: The `httpx.Response` itself.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        request_id: str | None,
        status_code: int | None = None,
    ) -> None:
        self.status_code = response.status_code if status_code is None else status_code
        self.message = message
        self.request_id = request_id
        self.body = body
        self.response = response
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{self.status_code}: {message}{suffix}")


class BadRequestError(APIStatusError):
    """400: the request could not be understood."""


class AuthenticationError(APIStatusError):
    """401: the access token is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the caller may not act on this resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or is not visible to the caller."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but not valid; `body` says which fields are wrong."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically up to `max_retries` times."""


class InternalServerError(APIStatusError):
    """5xx: the server failed or is temporarily unavailable."""


class StreamError(APIStatusError):
    """A stream reported an error in an ``error`` event after it had started.

    The HTTP response itself succeeded; `status_code` and `message` are the ones the
    error event carries, and `body` is the event's ``error`` object.
    """


class APIResponseValidationError(WriftAIError):
    """A successful response that does not conform to the spec, with strict validation on.

    Raised only by a client made with ``strict_response_validation=True`` (or when a 2xx
    body cannot be read as JSON at all). By default such a response still parses.

    Attributes:
        operation: The operation whose response it is (its ``operationId``).
        path: Where the first value that does not conform is (a JSON path such as
            ``$.items[3].owner.id``), or None when the whole response is at fault.
        problem: What is wrong, in words.
        status_code: The HTTP status of the response.
        request_id: The `x-request-id` the server gave the request, if any.
        body: The decoded JSON body (or the raw text when it is not JSON).
        response: The `httpx.Response` itself.
    """

    def __init__(
        self,
        operation: str,
        path: str | None,
        problem: str,
        *,
        response: httpx.Response,
        body: Any,
    ) -> None:
        self.operation = operation
        self.path = path
        self.problem = problem
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")
        self.body = body
        self.response = response
        where = f" at {path}" if path else ""
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(
            f"{operation}: the {self.status_code} response does not conform{where}: "
            f"{problem}{suffix}"
        )


class ResponseFieldError(WriftAIError, AttributeError):
    """Reading a field of a model that the response did not send, or sent malformed.

    A default (tolerant) client still returns a model when a response lacks a required
    field or sends it in another shape; reading that attribute raises this error, which is
    also an `AttributeError`. The value as it came is ``model.additional_properties[name]``.

    Attributes:
        model: The model's class name.
        field: The attribute read.
        json_name: The field's name in the JSON body.
        arrived: Whether a value came (of a shape that does not conform).
        reason: Why the API does not send the field any more, when it is one of those
            (``Model.hardware``, ``Prediction.url``); None otherwise.
    """

    def __init__(
        self, model: str, field: str, json_name: str, arrived: bool, reason: str | None = None
    ) -> None:
        from wriftai_api.types import field_message  # loaded already: a model raised this

        self.model = model
        self.field = field
        self.json_name = json_name
        self.arrived = arrived
        self.reason = reason
        super().__init__(field_message(model, field, json_name, arrived, reason))


def response_validation_error(
    operation: str, response: httpx.Response, issue: Any
) -> APIResponseValidationError:
    """Builds the error for a response that does not conform.

    Args:
        operation: The operation's name.
        response: The response (for a stream, whose body is read event by event, the
            error's `body` is the value of the event at fault).
        issue: A `wriftai_api.types.ParseIssue` (which has a path) or a message.

    Returns:
        The `APIResponseValidationError`.
    """
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    except httpx.ResponseNotRead:  # a stream: its body is read as it goes
        body = getattr(issue, "value", None)
    path = getattr(issue, "path", None)
    problem = getattr(issue, "problem", None) or str(issue)
    return APIResponseValidationError(operation, path, problem, response=response, body=body)


def check_secret(what: str, value: str) -> str:
    """Checks a token or key before it goes into a header: no whitespace, no control bytes.

    A secret read from a file with its newline would otherwise reach the HTTP library,
    whose error (and debug log) quotes the header, secret included.

    Args:
        what: What it is, for the message (the value itself is never shown).
        value: The secret.

    Returns:
        The value.

    Raises:
        ValueError: It contains whitespace or a control character.
    """
    if any(char.isspace() or not char.isprintable() for char in value):
        raise ValueError(f"{what} contains whitespace or a control character (strip it)")
    return value


class WaitTimeoutError(WriftAIError, TimeoutError):
    """A prediction or a job did not reach a terminal status within the wait timeout.

    Attributes:
        prediction: The last state of the prediction (or job) that was seen, if any.
    """

    def __init__(self, message: str, prediction: Any = None) -> None:
        super().__init__(message)
        self.prediction = prediction

    @property
    def latest(self) -> Any:
        """The last state of what was waited for (a prediction or a job), if any."""
        return self.prediction


class WebhookSignatureError(WriftAIError, ValueError):
    """Base class of the webhook verification failures."""


class MissingSignatureError(WebhookSignatureError):
    """The `WriftAI-Signature` header is absent or empty."""


class MalformedSignatureError(WebhookSignatureError):
    """The `WriftAI-Signature` header is not `t=<unix>,v1=<hex>[,v1=<hex>...]`."""


class StaleTimestampError(WebhookSignatureError):
    """The signature's timestamp is outside the tolerance."""


class SignatureMismatchError(WebhookSignatureError):
    """No `v1` signature matches the payload under the secret."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """Builds the typed error for an error response; its body must already be read.

    The message is the text of the body's ``message``, ``error`` or ``detail`` field (the
    first that is present and not empty), so the shapes of the WriftAI API
    (``{"error": "..."}``, ``{"error": {"message": "..."}}``, ``{"message": "..."}``) and of
    FastAPI servers (``{"detail": "..."}``, ``{"detail": [{"loc", "msg", "type"}]}``) all
    read well. A body that is not JSON gives its text; texts are bounded in length. When
    the body says nothing usable, the message is the reason phrase. Nothing in the body
    can make this function raise.

    Args:
        response: A response with a 4xx or 5xx status.

    Returns:
        The `APIStatusError` subclass for the status, with message, request id and body.
    """
    body: Any
    message: str | None
    try:
        body = response.json()
    except (ValueError, RecursionError, httpx.ResponseNotRead):
        body = _raw_text(response)
        message = _bounded(" ".join(body.split())) if body else None
    else:
        message = _message_of(body)
    message = message or response.reason_phrase or "HTTP error"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body, request_id=_request_id_of(response, body))


_MAX_MESSAGE = 500
"""The longest message (in characters) taken from an error body."""

_MESSAGE_FIELDS = ("message", "error", "detail")
"""The fields of an error body that hold its message, in order of preference."""


def _raw_text(response: httpx.Response) -> str | None:
    """The text of a body that is not JSON, or None when it is empty or was not read."""
    try:
        return response.text or None
    except httpx.ResponseNotRead:
        return None


def _message_of(body: Any) -> str | None:
    """The message of a decoded JSON error body, or None when it has none.

    Args:
        body: The decoded body: any JSON value.

    Returns:
        The text of the first non-empty ``message``, ``error`` or ``detail`` field of an
        object, or the text of a body that is a string, bounded in length.
    """
    if isinstance(body, str):
        return _bounded(body)
    if not isinstance(body, dict):
        return None
    for field in _MESSAGE_FIELDS:
        text = _field_text(field, body.get(field))
        if text:
            return text
    return None


def _field_text(field: str, value: Any) -> str | None:
    """The text of one message field of an error body, or None when it says nothing.

    Args:
        field: The field's name (``message``, ``error`` or ``detail``).
        value: Its value: any JSON value.

    Returns:
        A string as it is; a number as text; a list (such as FastAPI's validation
        errors) as its entries joined with ``; ``; the ``message`` of an ``error``
        object; any other object as compact JSON. None for null, booleans and empty
        values. The text is bounded in length.
    """
    if isinstance(value, str):
        return _bounded(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _bounded(str(value))
    if isinstance(value, list):
        return _bounded("; ".join(filter(None, map(_entry_text, value))))
    if isinstance(value, dict):
        if field == "error" and "message" in value:
            return _field_text("message", value["message"])
        return _bounded(_compact_json(value)) if value else None
    return None


def _entry_text(entry: Any) -> str | None:
    """One entry of a list of errors, such as FastAPI's ``{"loc", "msg", "type"}``.

    Args:
        entry: The entry: any JSON value.

    Returns:
        ``loc.parts: msg`` for an entry with a ``msg`` (or ``message``), the compact JSON
        of any other object, a string as it is, other values as text; None when null or
        empty.
    """
    if isinstance(entry, str):
        return entry.strip() or None
    if entry is None or entry == [] or entry == {}:
        return None
    if not isinstance(entry, dict):
        return _compact_json(entry)
    msg = entry.get("msg", entry.get("message"))
    if not isinstance(msg, str) or not msg.strip():
        return _compact_json(entry)
    loc = entry.get("loc")
    if isinstance(loc, list):
        where = ".".join(str(part) for part in loc if part is not None)
    else:
        where = loc if isinstance(loc, str) else ""
    return f"{where}: {msg.strip()}" if where else msg.strip()


def _compact_json(value: Any) -> str:
    """The compact JSON text of a decoded value (or its `str` should it not encode)."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        return str(value)


def _bounded(text: str) -> str | None:
    """The text without surrounding blanks and cut to `_MAX_MESSAGE` characters.

    Args:
        text: Any text.

    Returns:
        The text, ending in an ellipsis when it was cut; None when it is blank.
    """
    text = text.strip()
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 1].rstrip() + "\u2026"
    return text or None


def _request_id_of(response: httpx.Response, body: Any) -> str | None:
    """The request id of an error response.

    Args:
        response: The response.
        body: Its decoded body.

    Returns:
        The ``x-request-id`` header, else the body's string ``request_id`` field (at its
        top level or in its ``error`` object), else None.
    """
    header: str = response.headers.get("x-request-id", "")
    if header:
        return header
    if not isinstance(body, dict):
        return None
    for holder in (body, body.get("error")):
        if isinstance(holder, dict):
            request_id = holder.get("request_id")
            if isinstance(request_id, str) and request_id.strip():
                return request_id.strip()
    return None
