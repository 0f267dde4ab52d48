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

from wriftai._core.sse import SSEDecoder, loads, read_in_context
from wriftai._errors import (
    StreamError,
    StreamInterruptedError,
    WriftAIError,
    response_validation_error,
)
from wriftai_api.types import PARSE_ERRORS, ResponseValidationIssue

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
        # Imported here, once per stream, rather than for every event (the models are
        # imported on first use, not with wriftai).
        from wriftai_api.models import CompletionStreamResponse

        self._model = CompletionStreamResponse
        self._exact = CompletionStreamResponse._from_dict

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
        # Only the data of an event is read (its type and id are not), so the decoder hands
        # over the data alone.
        for text_data in self._decoder.feed_data(text):
            if text_data:
                chunk = self._accept(text_data)
                if chunk is not None:
                    yield chunk
                if self.finished:
                    return

    def _accept(self, text_data: str) -> CompletionStreamResponse | None:
        """The typed chunk of one event's data (None when it has neither output nor error)."""
        try:
            data = loads(text_data)
            if isinstance(data, dict) and data.get("error") is not None:
                raise self._error(data)
            try:  # the exact reader: a conforming event needs no parse context
                chunk = self._exact(data)
            except PARSE_ERRORS:
                chunk = read_in_context(self._model, data, _COMPLETION_STREAM, self._strict)
        except ResponseValidationIssue as exc:
            response = self.response or httpx.Response(200, request=self._failed_request())
            raise response_validation_error(_COMPLETION_STREAM, response, exc.issue) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WriftAIError(f"unreadable completion stream event: {text_data[:200]!r}") from exc
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
