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

from _wriftai_sync.resources.completions import CompletionsRawResponses, CompletionsResource
from wriftai.resources._async.completions import COMPLETION_TIMEOUT, SAMPLING_CHECKS

__all__ = [
    "COMPLETION_TIMEOUT",
    "SAMPLING_CHECKS",
    "CompletionsRawResponses",
    "CompletionsResource",
]
