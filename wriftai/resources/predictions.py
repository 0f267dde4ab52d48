"""The predictions resource: create, get, list, cancel, wait for and stream predictions.

The requests are checked and built, and the wait algorithm written, in
`wriftai._core.predictions`; the operations are stated in
`wriftai.resources._async.predictions`.
"""

from __future__ import annotations

from _wriftai_sync.resources.predictions import PredictionsRawResponses, PredictionsResource
from wriftai.resources._async.predictions import (
    DEFAULT_ASYNC_WAIT_OPTIONS,
    DEFAULT_WAIT_OPTIONS,
    TERMINAL_STATUSES,
    is_terminal,
)

__all__ = [
    "DEFAULT_ASYNC_WAIT_OPTIONS",
    "DEFAULT_WAIT_OPTIONS",
    "TERMINAL_STATUSES",
    "PredictionsRawResponses",
    "PredictionsResource",
    "is_terminal",
]
