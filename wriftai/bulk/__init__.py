"""Bulk runs: thousands of predictions or completions that adapt to rate limits and resume.

``client.bulk.predictions(inputs, model=...)`` (or ``async_predictions``) runs one
prediction per input; ``client.bulk.completions(prompts, model=...)`` one LLM Engine
completion per prompt. See `Bulk` for how a run behaves and `BulkOptions` for its options;
`download_outputs` fetches the files the results link to.
"""

from __future__ import annotations

from wriftai._core.bulk_budget import Budget
from wriftai._core.bulk_control import Concurrency
from wriftai.bulk._api import AsyncBulkRun, Bulk, BulkOptions, BulkRun
from wriftai.bulk._downloads import Download, async_download_outputs, download_outputs
from wriftai.bulk._inputs import Inputs, read_inputs
from wriftai.bulk._jobs import Ambiguity
from wriftai.bulk._journal import Journal, JournalMismatchError
from wriftai.bulk._results import BulkError, BulkResult, BulkStats, BulkStatus
from wriftai.bulk._runner import BulkRunStopped, item_key

__all__ = [
    "Ambiguity",
    "AsyncBulkRun",
    "Budget",
    "Bulk",
    "BulkError",
    "BulkOptions",
    "BulkResult",
    "BulkRun",
    "BulkRunStopped",
    "BulkStats",
    "BulkStatus",
    "Concurrency",
    "Download",
    "Inputs",
    "Journal",
    "JournalMismatchError",
    "async_download_outputs",
    "download_outputs",
    "item_key",
    "read_inputs",
]
