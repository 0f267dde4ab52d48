"""Bulk runs on Ray Data: a dataset's rows as predictions or completions, on a cluster.

``Dataset.map_batches(BulkPredictions, ...)`` runs each batch through the bulk runner of
``client.bulk``, one client per actor; a `RateBudget` (a named Ray actor) holds one pace
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

from wriftai.ray._batches import RESULT_COLUMNS, BulkCompletions, BulkPredictions
from wriftai.ray._budget import RateBudget

__all__ = ["RESULT_COLUMNS", "BulkCompletions", "BulkPredictions", "RateBudget"]
