"""The completions resource: complete a prompt on an LLM endpoint, whole or streamed.

The signature and its defaults (``max_new_tokens=20``, ``temperature=0.2``, a 300 second
timeout) are those of LLM Engine's official client, so code written for it moves over
unchanged. Arguments are checked (`wriftai._core.llm_engine`) against the bounds LLM
Engine's schema sets before any request is sent; the rules that depend on the endpoint's
inference framework are the server's (a `BadRequestError` with its message). A completion
creates nothing, so it is retried like a read. A streamed completion is read through
`wriftai._core.completion_stream.CompletionCursor`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Unpack, overload

from _wriftai_sync.resources.completions import (
    SyncCompletionsRawResponses,
    SyncCompletionsResource,
)
from wriftai._async.resource import AsyncResource
from wriftai._async.send import async_send
from wriftai._async.streaming import AsyncStream, async_iter_events
from wriftai._core.completion_stream import CompletionCursor
from wriftai._core.llm_engine import SAMPLING_CHECKS, completion_request
from wriftai._core.parsing import parse
from wriftai._response import RawAccess, RawResponses
from wriftai.types import CompletionOptions
from wriftai_api.api.completions import create_completion
from wriftai_api.models import CompletionStreamResponse, CompletionSyncResponse

__all__ = ["COMPLETION_TIMEOUT", "SAMPLING_CHECKS", "CompletionsResource"]

COMPLETION_TIMEOUT = 300.0
"""The seconds a completion (or each piece of a stream) may take, as in LLM Engine's client."""


class AsyncCompletionsResource(AsyncResource):
    """Completions: ``client.completions``."""

    @overload
    async def async_create(
        self,
        model: str,
        prompt: str,
        max_new_tokens: int = 20,
        temperature: float = 0.2,
        *,
        timeout: float | None = COMPLETION_TIMEOUT,
        request_headers: Mapping[str, str] | None = None,
        stream: Literal[False] = False,
        **options: Unpack[CompletionOptions],
    ) -> CompletionSyncResponse: ...
    @overload
    async def async_create(
        self,
        model: str,
        prompt: str,
        max_new_tokens: int = 20,
        temperature: float = 0.2,
        *,
        timeout: float | None = COMPLETION_TIMEOUT,
        request_headers: Mapping[str, str] | None = None,
        stream: Literal[True],
        **options: Unpack[CompletionOptions],
    ) -> AsyncStream[CompletionStreamResponse]: ...
    async def async_create(
        self,
        model: str,
        prompt: str,
        max_new_tokens: int = 20,
        temperature: float = 0.2,
        *,
        timeout: float | None = COMPLETION_TIMEOUT,
        request_headers: Mapping[str, str] | None = None,
        stream: bool = False,
        **options: Unpack[CompletionOptions],
    ) -> CompletionSyncResponse | AsyncStream[CompletionStreamResponse]:
        """Complete a prompt on an LLM endpoint.

        The server refuses (`BadRequestError`, with its message) what the endpoint's
        inference framework does not take: ``top_k`` and ``top_p`` outside vLLM, LightLLM
        and text-generation-inference, or there with ``temperature`` 0, and ``top_k``
        0; the penalties outside vLLM and LightLLM; ``return_token_log_probs`` on
        TensorRT-LLM; ``include_stop_str_in_output``, ``skip_special_tokens`` and
        guided decoding outside vLLM.

        Args:
            model: The name of the LLM endpoint (``model_endpoint_name``).
            prompt: The prompt to complete.
            max_new_tokens: The maximum number of tokens to generate (at least 1).
            temperature: Sampling temperature, 0 (greedy) to 1.
            timeout: Seconds to wait for the response (or, streamed, for each piece of
                it); None uses the client's timeout.
            request_headers: Extra headers for this request.
            stream: Return the completion token by token instead of all at once.
            **options: ``stop_sequences``, ``return_token_log_probs``,
                ``presence_penalty`` and ``frequency_penalty`` (0-2), ``top_k`` (at
                least -1), ``top_p`` (greater than 0, at most 1),
                ``include_stop_str_in_output``, ``skip_special_tokens``, and at most one
                of ``guided_json``, ``guided_regex``, ``guided_choice``,
                ``guided_grammar``.

        Returns:
            The `CompletionSyncResponse`; with `stream`, a `AsyncStream` of
            `CompletionStreamResponse` with output (empty events are skipped) that ends
            after the output marked ``finished`` or when the server ends the body (the
            request is sent when iteration starts; leave ``async with`` or call ``aclose()``
            to stop early and close the connection).

        Raises:
            TypeError: An argument has the wrong type (a bool is not a number).
            ValueError: An argument is out of its range.
            BadRequestError: The endpoint's framework does not take a setting.
            NotFoundError: No endpoint of that name is visible to the caller.
            StreamError: While streaming, the server sent an ``error`` event.
            StreamInterruptedError: While streaming, the connection broke before the
                finished output.
        """
        values = {"prompt": prompt, "max_new_tokens": max_new_tokens, "temperature": temperature}
        kwargs = completion_request(stream, model, timeout, request_headers, {**values, **options})
        if stream:
            cursor = CompletionCursor(kwargs, strict=self._http.strict)
            return AsyncStream(async_iter_events(self._http, cursor), cursor)
        response = await async_send(self._http, kwargs)
        return parse(create_completion, CompletionSyncResponse, response, strict=self._http.strict)


class AsyncCompletionsRawResponses(RawResponses):
    """`AsyncCompletionsResource` methods, each returning an `APIResponse`."""

    async_create = RawResponses.of_async(AsyncCompletionsResource.async_create)


# unasync: end


class CompletionsRawResponses(SyncCompletionsRawResponses, AsyncCompletionsRawResponses):
    """`CompletionsResource` methods, each returning an `APIResponse`."""


class CompletionsResource(SyncCompletionsResource, AsyncCompletionsResource):
    """Completions: ``client.completions``."""

    with_raw_response = RawAccess(CompletionsRawResponses)
