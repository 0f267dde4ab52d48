"""The completions resource: complete a prompt on an LLM endpoint, whole or streamed.

The signature and its defaults (``max_new_tokens=20``, ``temperature=0.2``, a 300 second
timeout) are those of LLM Engine's official client, so code written for it moves over
unchanged. Arguments are checked against the bounds LLM Engine's schema sets before any
request is sent; the rules that depend on the endpoint's inference framework are the
server's (a `BadRequestError` with its message). A completion creates nothing, so it is
retried like a read. A streamed completion is read through
`wriftai._core.completion_stream.CompletionCursor`: it ends after the output marked ``finished`` or
when the server ends the body cleanly, raises `StreamError` on an ``error`` event, and
raises `StreamInterruptedError` when the connection breaks (completions cannot be resumed,
so partial output is never passed off as the whole).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Unpack, overload

from _wriftai_sync.send import send
from _wriftai_sync.streaming import Stream, iter_events
from wriftai._async.send import async_send
from wriftai._async.streaming import AsyncStream, async_iter_events
from wriftai._core.completion_stream import CompletionCursor
from wriftai._response import RawResponses
from wriftai.resources._base import (
    Check,
    Resource,
    body,
    check_arguments,
    integer,
    number,
    of_type,
    parse,
    request_kwargs,
    require_str,
    str_list,
)
from wriftai.types import CompletionOptions
from wriftai_api.api.completions import create_completion, create_completion_stream
from wriftai_api.models import CompletionRequest, CompletionStreamResponse, CompletionSyncResponse

__all__ = ["COMPLETION_TIMEOUT", "SAMPLING_CHECKS", "CompletionsResource"]

COMPLETION_TIMEOUT = 300.0
"""The seconds a completion (or each piece of a stream) may take, as in LLM Engine's client."""

SAMPLING_CHECKS: Mapping[str, Check] = {
    "max_new_tokens": integer(1),
    "skip_special_tokens": of_type(bool),
    "temperature": number(0, 1),
    "stop_sequences": str_list,
    "return_token_log_probs": of_type(bool),
    "presence_penalty": number(0, 2),
    "frequency_penalty": number(0, 2),
    "top_k": integer(-1),
    "top_p": number(0, 1, low_open=True),
}
"""The checks of the sampling arguments completions and batch jobs share."""

_CHECKS: Mapping[str, Check] = {
    **SAMPLING_CHECKS,
    "prompt": of_type(str),
    "include_stop_str_in_output": of_type(bool),
    "guided_json": of_type(dict),
    "guided_regex": of_type(str),
    "guided_choice": str_list,
    "guided_grammar": of_type(str),
}
_REQUIRED = frozenset({"prompt", "max_new_tokens", "temperature"})
_GUIDES = ("guided_json", "guided_regex", "guided_choice", "guided_grammar")


def _request(
    stream: bool,
    model: str,
    timeout: float | None,
    request_headers: Mapping[str, str] | None,
    values: dict[str, Any],
) -> Any:
    """Checks a completion's arguments and builds its request (no I/O)."""
    name = require_str("model", model)
    given = check_arguments(_CHECKS, values, _REQUIRED)
    guides = [g for g in _GUIDES if g in given]
    if len(guides) > 1:
        raise ValueError(f"give at most one of {', '.join(_GUIDES)}; got {', '.join(guides)}")
    if timeout is not None:
        number(0, float("inf"), low_open=True)("timeout", timeout)
    extra = dict(request_headers or {})
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in extra.items()):
        raise TypeError("request_headers must map str to str")
    endpoint = create_completion_stream if stream else create_completion
    kwargs = request_kwargs(
        endpoint,
        (),
        {"body": body(CompletionRequest, given, "completion"), "model_endpoint_name": name},
    )
    if extra:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra}
    if timeout is not None:
        kwargs["read_timeout"] = float(timeout)
    return kwargs


class CompletionsResource(Resource):
    """Completions: ``client.completions``."""

    @property
    def with_raw_response(self) -> CompletionsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return CompletionsRawResponses(self)

    @overload
    def create(
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
    def create(
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
    ) -> Stream[CompletionStreamResponse]: ...
    def create(
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
    ) -> CompletionSyncResponse | Stream[CompletionStreamResponse]:
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
            The `CompletionSyncResponse`; with `stream`, a `Stream` of
            `CompletionStreamResponse` with output (empty events are skipped) that ends
            after the output marked ``finished`` or when the server ends the body (the
            request is sent when iteration starts; leave ``with`` or call ``close()`` to
            stop early and close the connection).

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
        kwargs = _request(stream, model, timeout, request_headers, {**values, **options})
        if stream:
            cursor = CompletionCursor(kwargs, strict=self._http.strict)
            return Stream(iter_events(self._http, cursor), cursor)
        return parse(
            create_completion,
            CompletionSyncResponse,
            send(self._http, kwargs),
            strict=self._http.strict,
        )

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
        """Async form of `create`; with `stream`, ``async for`` / ``async with`` the result."""
        values = {"prompt": prompt, "max_new_tokens": max_new_tokens, "temperature": temperature}
        kwargs = _request(stream, model, timeout, request_headers, {**values, **options})
        if stream:
            cursor = CompletionCursor(kwargs, strict=self._http.strict)
            return AsyncStream(async_iter_events(self._http, cursor), cursor)
        response = await async_send(self._http, kwargs)
        return parse(create_completion, CompletionSyncResponse, response, strict=self._http.strict)


class CompletionsRawResponses(RawResponses):
    """`CompletionsResource` methods, each returning an `APIResponse`."""

    create = RawResponses.of(CompletionsResource.create)
    async_create = RawResponses.of_async(CompletionsResource.async_create)
