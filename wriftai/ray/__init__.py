"""Bulk runs on Ray Data: a dataset's rows as predictions or completions, on a cluster.

``wriftai.ray.predictions(dataset, model=..., run_id=...)`` maps the dataset's batches
through `BulkPredictions` over a pool of actors: each batch is one bulk run of
``client.bulk``, one client per actor. A `RateBudget` (a named Ray actor) holds one pace
for every worker, learned from all their 429s. Items are named by the dataset's id column,
so a task that Ray runs again sends the same idempotency keys, and a shared journal lets
it re-attach the predictions it created before. Needs the ``ray`` extra
(``pip install 'wriftai[ray]'``).
"""

from __future__ import annotations

try:
    import ray as _ray  # noqa: F401
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError("wriftai.ray needs Ray Data: pip install 'wriftai[ray]'") from exc

from wriftai.ray._batches import (
    RESULT_COLUMNS,
    BatchOptions,
    BulkCompletions,
    BulkPredictions,
    completions,
    predictions,
)
from wriftai.ray._budget import RateBudget

__all__ = [
    "RESULT_COLUMNS",
    "BatchOptions",
    "BulkCompletions",
    "BulkPredictions",
    "RateBudget",
    "completions",
    "predictions",
]
