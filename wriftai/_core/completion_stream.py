"""A completion stream (no I/O): one connection, never resumed.

`CompletionCursor` ends after the output marked ``finished`` or when the server ends the
body cleanly (TensorRT-LLM endpoints never mark an output finished), raises `StreamError`
on an ``error`` event, and raises `StreamInterruptedError` only when the connection
breaks. Keep-alive comments and events that carry neither output nor error are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx

from wriftai._core.sse import ServerSentEvent, SSEDecoder, loads, read_model
from wriftai._errors import (
    StreamError,
    StreamInterruptedError,
    WriftAIError,
    response_validation_error,
)
from wriftai_api.types import ResponseValidationIssue

if TYPE_CHECKING:
    from wriftai_api.models import CompletionStreamResponse

__all__ = ["CompletionCursor"]

_NOT_RESUMABLE = (
    "the completion stream broke before the completion finished; completions cannot be "
    "resumed, so the output so far is incomplete (send the request again)"
)


_COMPLETION_STREAM = "create_completion_stream"


class CompletionCursor:
    """The reader of one completion stream: one connection, no resumption.

    The stream is complete after an output marked ``finished``, or when the server ends
    the body cleanly: LLM Engine sends no end marker, and its TensorRT-LLM endpoints never
    mark an output finished. Only a connection that breaks (a transport error while
    reading) leaves the completion incomplete.

    Args:
        request: The request of the stream (``create_completion_stream.build_request``).
        strict: Raise `APIResponseValidationError` on an event that does not conform.
    """

    def __init__(self, request: dict[str, Any], *, strict: bool = False) -> None:
        self._strict = strict
        self._request: dict[str, Any] | None = request
        self.finished = False
        self.backoff = 0.0
        self.response: httpx.Response | None = None
        self._decoder = SSEDecoder()

    def next_request(self) -> dict[str, Any]:
        """The stream's request; there is no second connection.

        Raises:
            StreamInterruptedError: Asked for a second connection.
        """
        if self._request is None:
            raise StreamInterruptedError(_NOT_RESUMABLE, request=self._failed_request())
        request, self._request = self._request, None
        return request

    def start(self, response: httpx.Response) -> None:
        """Begins reading the response."""
        self.response = response
        self._decoder = SSEDecoder()

    def feed(self, text: str) -> Iterator[CompletionStreamResponse]:
        """Takes the next piece of the response's text.

        Args:
            text: The piece.

        Yields:
            Each `CompletionStreamResponse` it completes that carries output, up to the
            finished output.

        Raises:
            StreamError: An event is an ``error`` event.
            WriftAIError: An event's data is not a completion stream response.
        """
        for sse in self._decoder.feed(text):
            if sse.data:
                chunk = self._accept(sse)
                if chunk is not None:
                    yield chunk
                if self.finished:
                    return

    def _accept(self, sse: ServerSentEvent) -> CompletionStreamResponse | None:
        """The typed chunk of one event (None for an event with neither output nor error)."""
        from wriftai_api.models import CompletionStreamResponse

        try:
            data = loads(sse.data)
            if isinstance(data, dict) and data.get("error") is not None:
                raise self._error(data)
            chunk = read_model(CompletionStreamResponse, data, _COMPLETION_STREAM, self._strict)
        except ResponseValidationIssue as exc:
            response = self.response or httpx.Response(200, request=self._failed_request())
            raise response_validation_error(_COMPLETION_STREAM, response, exc.issue) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WriftAIError(f"unreadable completion stream event: {sse.data[:200]!r}") from exc
        output = getattr(chunk, "output", None)
        if output is None:
            return None  # LLM Engine passes on the model's empty chunks
        if getattr(output, "finished", False) is True:
            self.finished = True
        return chunk

    def _error(self, data: dict[str, Any]) -> StreamError:
        error = data["error"]
        content = error.get("content") if isinstance(error, dict) else error
        message = content.get("error") if isinstance(content, dict) else content
        status = error.get("status_code") if isinstance(error, dict) else None
        response = self.response or httpx.Response(500, request=self._failed_request())
        return StreamError(
            str(message or "the completion stream reported an error"),
            response=response,
            body=error,
            request_id=data.get("request_id") or response.headers.get("x-request-id"),
            status_code=status if isinstance(status, int) else 500,
        )

    def ended(self, error: Exception | None) -> None:
        """Notes the end of the connection: a clean end completes the stream.

        Raises:
            StreamInterruptedError: The connection broke before the finished output.
        """
        if error is not None and not self.finished:
            raise StreamInterruptedError(_NOT_RESUMABLE, request=self._failed_request()) from error
        self.finished = True

    def _failed_request(self) -> httpx.Request:
        if self.response is not None:
            return self.response.request
        return httpx.Request("POST", "/v1/llm/completions-stream")
