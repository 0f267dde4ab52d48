"""Callable classes for ``Dataset.map_batches``: each batch runs through the bulk runner.

Ray Data builds one instance per actor of its pool, so each actor has one client, and
calls it with one batch at a time. A batch becomes one bulk run (``client.bulk``), whose
items are named by the dataset's id column rather than their place in the batch: an item
keeps its idempotency key and its journal entry whichever batch, task or retry sends it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypedDict

import pyarrow as pa

import wriftai
from wriftai._core.bulk_control import Concurrency
from wriftai.bulk import BulkResult
from wriftai.ray._budget import RateBudget

__all__ = [
    "RESULT_COLUMNS",
    "BatchOptions",
    "BulkCompletions",
    "BulkPredictions",
    "completions",
    "predictions",
]

RESULT_COLUMNS = (
    "status",
    "result_id",
    "output",
    "error_type",
    "error_message",
    "error_status",
    "request_id",
    "attempts",
)
"""The columns each batch gains: the item's status, the prediction's id (or the
completion's request id), its output as JSON text, the error's type, message, HTTP status
and request id, and the requests it took."""

_SCHEMA = pa.schema(
    [
        ("status", pa.string()),
        ("result_id", pa.string()),
        ("output", pa.string()),
        ("error_type", pa.string()),
        ("error_message", pa.string()),
        ("error_status", pa.int64()),
        ("request_id", pa.string()),
        ("attempts", pa.int64()),
    ]
)


class BatchOptions(TypedDict, total=False):
    """How `BulkPredictions` and `BulkCompletions` run their batches; every key is optional.

    Attributes:
        client: Keyword arguments of `wriftai.Client` (``access_token``, ...); by default
            the settings of the worker's environment.
        budget: The `RateBudget` every worker draws from.
        id_column: A column with a unique id per row (ints, or strings and others, which
            are hashed). Without one, items are named by their place in the batch, which
            holds for a retried task but not across a rerun with other batches.
        input_column: A column whose values are the inputs; by default each row, less
            the id column, is the input.
        journal: A SQLite file on a path every worker sees, shared by all batches; with
            it, a re-executed task re-attaches what it created before, even on a server
            that ignores idempotency keys, and skips what finished.
        concurrency: The bounds of each actor's adaptive concurrency.
        deadline: Seconds each item may take; a prediction past it is cancelled.
    """

    client: Mapping[str, Any] | None
    budget: RateBudget | None
    id_column: str | None
    input_column: str | None
    journal: str | Path | None
    concurrency: Concurrency | None
    deadline: float | None


_OPTIONS = frozenset(BatchOptions.__annotations__)


class _BatchRunner:
    """What the prediction and completion callables share: rows in, a bulk run, columns out.

    A subclass names the options of its kind of run, with their defaults (`job_options`);
    the constructor takes those and `BatchOptions` as keywords, as ``map_batches`` passes
    ``fn_constructor_kwargs``.
    """

    job_options: Mapping[str, Any] = {}

    def __init__(self, *, model: str, run_id: str, **options: Any) -> None:
        unknown = sorted(options.keys() - _OPTIONS - self.job_options.keys())
        if unknown:
            raise TypeError(f"unknown options: {', '.join(unknown)}")
        if not isinstance(run_id, str) or not run_id:
            raise TypeError("run_id must be a non-empty str: every worker derives keys from it")
        budget = options.get("budget")
        if budget is not None and not isinstance(budget, RateBudget):
            raise TypeError("budget must be a wriftai.ray.RateBudget")
        self.model, self.run_id, self.budget = model, run_id, budget
        self.job = {name: options.get(name, default) for name, default in self.job_options.items()}
        self.id_column: str | None = options.get("id_column")
        self.input_column: str | None = options.get("input_column")
        self.journal: str | Path | None = options.get("journal")
        self.deadline: float | None = options.get("deadline")
        self.concurrency: Concurrency = options.get("concurrency") or Concurrency()
        self.client = wriftai.Client(**dict(options.get("client") or {}))

    def __call__(self, batch: Any) -> pa.Table:
        """Runs one batch; returns its columns with the result columns added.

        Args:
            batch: A batch as Ray Data gives it (``numpy``, ``pandas`` or ``pyarrow``).

        Returns:
            The batch's columns and `RESULT_COLUMNS`, one row per input, in order.
        """
        table = _as_table(batch)
        rows = table.to_pylist()
        ids = None if self.id_column is None else [_item_id(r[self.id_column]) for r in rows]
        inputs = [self._input(row) for row in rows]
        options: dict[str, Any] = {
            "run_id": self.run_id,
            "ids": ids,
            "ordered": True,
            "progress": False,
            "concurrency": self.concurrency,
            "deadline": self.deadline,
            "budget": self.budget,
        }
        if self.journal is not None:
            options["journal"] = self.journal
        results = list(self._run(inputs, options))
        return _with_results(table, results)

    def _input(self, row: dict[str, Any]) -> Any:
        if self.input_column is not None:
            return row[self.input_column]
        return {k: v for k, v in row.items() if k != self.id_column}

    def _run(self, inputs: list[Any], options: dict[str, Any]) -> Any:
        raise NotImplementedError


class BulkPredictions(_BatchRunner):
    """A ``map_batches`` callable that runs one WriftAI prediction per row.

    Pass the class, with its arguments in ``fn_constructor_kwargs``; an actor pool
    (``concurrency=``) makes one instance, so one client, per actor. Actors mostly wait on
    HTTP: give them a fraction of a CPU (``num_cpus=0.25``).

    Its own options, besides `BatchOptions`: ``webhook``, a ``{"url", "secret"}``
    webhook sent with every create; and ``on_ambiguous``, what to do with a create that may
    have reached a server that may ignore its key (see ``client.bulk.predictions``;
    ``reconcile`` by default).

    Args:
        model: ``owner/name`` or ``owner/name:number``.
        run_id: The run's id; the idempotency keys derive from it and each item's id, so
            a re-executed task sends the same keys. Keep it for a rerun of the same job.
        **options: ``webhook``, ``on_ambiguous`` and `BatchOptions`.

    Raises:
        TypeError: `run_id` is missing, an option is unknown, or `budget` is not a
            `RateBudget`.
    """

    job_options: Mapping[str, Any] = {"webhook": None, "on_ambiguous": "reconcile"}

    def _run(self, inputs: list[Any], options: dict[str, Any]) -> Any:
        return self.client.bulk.predictions(inputs, model=self.model, **self.job, **options)


class BulkCompletions(_BatchRunner):
    """A ``map_batches`` callable that runs one LLM Engine completion per row.

    Used as `BulkPredictions` is. Each input is a prompt (``input_column="prompt"``), or
    a row with ``prompt`` and options of its own. A completion creates nothing on the
    server, so a re-executed task completes again the rows its journal does not show done.

    Its own options, besides `BatchOptions`: ``max_new_tokens`` (20 by default),
    ``temperature`` (0.2 by default) and ``completion_options``, other options of
    ``completions.create`` (``top_p``, ...).

    Args:
        model: The LLM endpoint.
        run_id: The run's id.
        **options: ``max_new_tokens``, ``temperature``, ``completion_options`` and
            `BatchOptions`.

    Raises:
        TypeError: `run_id` is missing, an option is unknown, or `budget` is not a
            `RateBudget`.
    """

    job_options: Mapping[str, Any] = {
        "max_new_tokens": 20,
        "temperature": 0.2,
        "completion_options": None,
    }

    def _run(self, inputs: list[Any], options: dict[str, Any]) -> Any:
        return self.client.bulk.completions(inputs, model=self.model, **self.job, **options)


def _as_table(batch: Any) -> pa.Table:
    """A batch in any of Ray Data's formats, as a pyarrow table."""
    if isinstance(batch, pa.Table):
        return batch
    if isinstance(batch, Mapping):
        return pa.table({name: _column(values) for name, values in batch.items()})
    from_pandas = pa.Table.from_pandas
    return from_pandas(batch, preserve_index=False)  # a pandas DataFrame


def _column(values: Any) -> Any:
    tolist = getattr(values, "tolist", None)
    return tolist() if callable(tolist) else list(values)


def _item_id(value: Any) -> int:
    """An item's id: an int as it is, anything else hashed to a stable 63-bit int."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = json.dumps(value, sort_keys=True, default=str)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


def _with_results(table: pa.Table, results: Sequence[BulkResult]) -> pa.Table:
    columns: dict[str, list[Any]] = {name: [] for name in RESULT_COLUMNS}
    for result in results:
        error = result.error
        columns["status"].append(result.status)
        columns["result_id"].append(result.id)
        columns["output"].append(
            None if result.output is None else json.dumps(result.output, default=str)
        )
        columns["error_type"].append(None if error is None else error.type)
        columns["error_message"].append(None if error is None else error.message)
        columns["error_status"].append(None if error is None else error.status_code)
        columns["request_id"].append(None if error is None else error.request_id)
        columns["attempts"].append(result.attempts)
    for field in _SCHEMA:
        name = field.name if field.name not in table.column_names else f"wriftai_{field.name}"
        table = table.append_column(name, pa.array(columns[field.name], type=field.type))
    return table


def predictions(
    dataset: Any,
    *,
    model: str,
    run_id: str,
    workers: int = 2,
    num_cpus: float = 0.25,
    batch_size: int = 100,
    **options: Any,
) -> Any:
    """A dataset's rows as predictions: ``map_batches`` over an actor pool of `BulkPredictions`.

    Args:
        dataset: A Ray Data ``Dataset``.
        model: ``owner/name`` or ``owner/name:number``.
        run_id: The run's id (see `BulkPredictions`).
        workers: Actors in the pool, one client each.
        num_cpus: CPUs each actor reserves; a fraction, since actors wait on HTTP.
        batch_size: Rows in a batch, the unit Ray runs again when a worker dies.
        **options: ``webhook`` and ``on_ambiguous``, and `BatchOptions`.

    Returns:
        The lazy dataset of results: each row's columns and `RESULT_COLUMNS`.

    Raises:
        TypeError: An option is unknown, before anything runs.
    """
    return _mapped(
        dataset,
        BulkPredictions,
        model,
        run_id,
        workers=workers,
        num_cpus=num_cpus,
        batch_size=batch_size,
        options=options,
    )


def completions(dataset: Any, *, model: str, run_id: str, **options: Any) -> Any:
    """A dataset's rows as LLM Engine completions, as `predictions` makes predictions.

    Args:
        dataset: A Ray Data ``Dataset``.
        model: The LLM endpoint.
        run_id: The run's id.
        **options: The pool's ``workers``, ``num_cpus`` and ``batch_size``, with the
            defaults of `predictions`; ``max_new_tokens``, ``temperature`` and
            ``completion_options``; and `BatchOptions`.

    Returns:
        The lazy dataset of results.

    Raises:
        TypeError: An option is unknown, before anything runs.
    """
    pool = {name: options.pop(name, default) for name, default in _POOL.items()}
    return _mapped(dataset, BulkCompletions, model, run_id, **pool, options=options)


_POOL: dict[str, Any] = {"workers": 2, "num_cpus": 0.25, "batch_size": 100}


def _mapped(
    dataset: Any,
    kind: type[_BatchRunner],
    model: str,
    run_id: str,
    *,
    workers: int,
    num_cpus: float,
    batch_size: int,
    options: dict[str, Any],
) -> Any:
    unknown = sorted(options.keys() - _OPTIONS - kind.job_options.keys())
    if unknown:
        raise TypeError(f"unknown options: {', '.join(unknown)}")
    return dataset.map_batches(
        kind,
        fn_constructor_kwargs={"model": model, "run_id": run_id, **options},
        batch_size=batch_size,
        concurrency=workers,
        num_cpus=num_cpus,
    )
