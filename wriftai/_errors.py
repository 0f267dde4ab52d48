"""The exception hierarchy of wriftai, and the mapping from HTTP statuses to it.

Every exception the client raises on purpose derives from `WriftAIError`. None of them
carries the access token: messages are built from the response body and status only.
"""

from __future__ import annotations

import json as json  # importable from here, for code that takes it from this module
from typing import Any

import httpx

# status_error reads error bodies with these; the ones it does not call are importable from
# here as well as from where they are defined.
from wriftai._error_bodies import _MAX_MESSAGE as _MAX_MESSAGE
from wriftai._error_bodies import _MESSAGE_FIELDS as _MESSAGE_FIELDS
from wriftai._error_bodies import _bounded as _bounded
from wriftai._error_bodies import _compact_json as _compact_json
from wriftai._error_bodies import _entry_text as _entry_text
from wriftai._error_bodies import _field_text as _field_text
from wriftai._error_bodies import _message_of as _message_of
from wriftai._error_bodies import _raw_text as _raw_text
from wriftai._error_bodies import _request_id_of as _request_id_of

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

    Every call to the API can raise the errors below. A method's docstring does not list
    them again: it lists the errors of its own or, when it has none, names this class.

    - `TypeError` or `ValueError`, before any request, for an argument of the wrong type
      or an empty or invalid one (an id that is not a non-empty string, an unknown
      pagination option, a ``page_size`` outside 1-100);
    - `APIStatusError`, one subclass a status (such as `NotFoundError`), when the API
      answers with an error status;
    - `APIConnectionError` when the request gets no answer.

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
