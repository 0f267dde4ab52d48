"""The exception hierarchy of wriftai, and the mapping from HTTP statuses to it.

Every exception the client raises on purpose derives from `WriftAIError`. None of them
carries the access token: messages are built from the response body and status only.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
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
    """Base class of every error wriftai raises."""


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

    Args:
        response: A response with a 4xx or 5xx status.

    Returns:
        The `APIStatusError` subclass for the status, with message, request id and body.
    """
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text or None
    message = _message_of(body) or response.reason_phrase or "HTTP error"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(
        message, response=response, body=body, request_id=response.headers.get("x-request-id")
    )


def _message_of(body: Any) -> str | None:
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
        detail = body.get("detail")
        if detail is not None:
            return detail if isinstance(detail, str) else str(detail)
        return None
    if isinstance(body, str):
        return body[:500]
    return None
