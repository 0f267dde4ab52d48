"""The operations of `wriftai.resources.completions`: the source of its sync twin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Unpack, overload

from wriftai._async.resource import AsyncResource
from wriftai._async.send import async_send
from wriftai._async.streaming import AsyncStream, async_iter_events
from wriftai._core.completion_stream import CompletionCursor
from wriftai._core.llm_engine import SAMPLING_CHECKS, completion_request
from wriftai._core.parsing import parse
from wriftai.types import CompletionOptions
from wriftai_api.api.completions import create_completion
from wriftai_api.models import CompletionStreamResponse, CompletionSyncResponse

__all__ = ["COMPLETION_TIMEOUT", "SAMPLING_CHECKS", "AsyncCompletionsResource"]

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
            The `CompletionSyncResponse`; with `stream`, an `AsyncStream` of the
            `CompletionStreamResponse` events with output, sent when iteration starts and
            ended by the ``finished`` output, the server, or ``aclose()``.

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
            cursor = CompletionCursor(kwargs, strict=self._http.settings.strict)
            return AsyncStream(async_iter_events(self._http, cursor), cursor)
        response = await async_send(self._http, kwargs)
        return parse(
            create_completion, CompletionSyncResponse, response, strict=self._http.settings.strict
        )
