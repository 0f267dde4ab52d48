"""The batch completions resource: start, get, cancel and wait for batch completion jobs.

A job is created through LLM Engine's ``/v1`` route and read and cancelled through its
``/v2`` routes, as LLM Engine's official client does. The ``/v2`` routes answer a job
inside a ``job`` envelope with lowercase statuses (``queued``, ``running``,
``completed``, ``failed``, ``cancelled``, ``unknown``); `wait` ends on the terminal ones.
"""

from __future__ import annotations

from _wriftai_sync.resources.batch_completions import (
    BatchCompletionsRawResponses,
    BatchCompletionsResource,
)

__all__ = ["BatchCompletionsRawResponses", "BatchCompletionsResource"]
