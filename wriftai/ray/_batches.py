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
from typing import Any

import pyarrow as pa

import wriftai
from wriftai._core.bulk_control import Concurrency
from wriftai.bulk import Ambiguity, BulkResult
from wriftai.ray._budget import RateBudget

__all__ = ["RESULT_COLUMNS", "BulkCompletions", "BulkPredictions"]

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


class _BatchRunner:
    """What the prediction and completion callables share: rows in, a bulk run, columns out."""

    kind = ""

    def __init__(
        self,
        *,
        model: str,
        run_id: str,
        client: Mapping[str, Any] | None = None,
        budget: RateBudget | None = None,
        id_column: str | None = None,
        input_column: str | None = None,
        journal: str | Path | None = None,
        concurrency: Concurrency | None = None,
        deadline: float | None = None,
    ) -> None:
        if not isinstance(run_id, str) or not run_id:
            raise TypeError("run_id must be a non-empty str: every worker derives keys from it")
        if budget is not None and not isinstance(budget, RateBudget):
            raise TypeError("budget must be a wriftai.ray.RateBudget")
        self.model, self.run_id, self.budget = model, run_id, budget
        self.id_column, self.input_column = id_column, input_column
        self.journal, self.deadline = journal, deadline
        self.concurrency = concurrency or Concurrency()
        self.client = wriftai.Client(**dict(client or {}))

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
    HTTP: give them a fraction of a CPU (``num_cpus=0.25``)::

        budget = RateBudget(rate=20)
        results = dataset.map_batches(
            BulkPredictions,
            fn_constructor_kwargs={"model": "owner/name", "run_id": "run-1",
                                   "budget": budget, "id_column": "id"},
            batch_size=100, concurrency=2, num_cpus=0.25)

    Args:
        model: ``owner/name`` or ``owner/name:number``.
        run_id: The run's id; the idempotency keys derive from it and each item's id, so
            a re-executed task sends the same keys. Keep it for a rerun of the same job.
        client: Keyword arguments of `wriftai.Client` (``access_token``, ...); by
            default the environment's settings.
        budget: The rate budget every worker draws from.
        id_column: A column with a unique id per row (ints, or strings and others, which
            are hashed). Without one, items are named by their place in the batch, which
            holds for a retried task but not across a rerun with other batches.
        input_column: A column whose values are the inputs; by default each row, less
            the id column, is the input.
        journal: A SQLite file on a path every worker sees, shared by all batches; with
            it, a re-executed task re-attaches predictions created before, even on a
            server that ignores idempotency keys.
        concurrency: The bounds of each actor's adaptive concurrency.
        deadline: Seconds each prediction may take; past it, it is cancelled.
        webhook: A ``{"url", "secret"}`` webhook sent with every create.
        on_ambiguous: What to do with a create that may have reached a server that may
            ignore its key (see ``client.bulk.predictions``).

    Raises:
        TypeError: `run_id` is missing or `budget` is not a `RateBudget`.
    """

    kind = "predictions"

    def __init__(
        self,
        *,
        model: str,
        run_id: str,
        client: Mapping[str, Any] | None = None,
        budget: RateBudget | None = None,
        id_column: str | None = None,
        input_column: str | None = None,
        journal: str | Path | None = None,
        concurrency: Concurrency | None = None,
        deadline: float | None = None,
        webhook: Any = None,
        on_ambiguous: Ambiguity = "reconcile",
    ) -> None:
        super().__init__(
            model=model,
            run_id=run_id,
            client=client,
            budget=budget,
            id_column=id_column,
            input_column=input_column,
            journal=journal,
            concurrency=concurrency,
            deadline=deadline,
        )
        self.webhook, self.on_ambiguous = webhook, on_ambiguous

    def _run(self, inputs: list[Any], options: dict[str, Any]) -> Any:
        return self.client.bulk.predictions(
            inputs,
            model=self.model,
            webhook=self.webhook,
            on_ambiguous=self.on_ambiguous,
            **options,
        )


class BulkCompletions(_BatchRunner):
    """A ``map_batches`` callable that runs one LLM Engine completion per row.

    Used as `BulkPredictions` is. Each input is a prompt (``input_column="prompt"``), or
    a row with ``prompt`` and options of its own. A completion creates nothing on the
    server, so a re-executed task completes its rows again.

    Args:
        model: The LLM endpoint.
        run_id: The run's id.
        client: Keyword arguments of `wriftai.Client`.
        budget: The rate budget every worker draws from.
        id_column: A column with a unique id per row.
        input_column: A column whose values are the inputs (prompts).
        journal: A SQLite file every worker sees; finished rows are not completed again.
        concurrency: The bounds of each actor's adaptive concurrency.
        deadline: Seconds each completion may take.
        max_new_tokens: The most tokens to generate.
        temperature: The sampling temperature.

    Raises:
        TypeError: `run_id` is missing or `budget` is not a `RateBudget`.
    """

    kind = "completions"

    def __init__(
        self,
        *,
        model: str,
        run_id: str,
        client: Mapping[str, Any] | None = None,
        budget: RateBudget | None = None,
        id_column: str | None = None,
        input_column: str | None = None,
        journal: str | Path | None = None,
        concurrency: Concurrency | None = None,
        deadline: float | None = None,
        max_new_tokens: int = 20,
        temperature: float = 0.2,
    ) -> None:
        super().__init__(
            model=model,
            run_id=run_id,
            client=client,
            budget=budget,
            id_column=id_column,
            input_column=input_column,
            journal=journal,
            concurrency=concurrency,
            deadline=deadline,
        )
        self.max_new_tokens, self.temperature = max_new_tokens, temperature

    def _run(self, inputs: list[Any], options: dict[str, Any]) -> Any:
        return self.client.bulk.completions(
            inputs,
            model=self.model,
            max_new_tokens=self.max_new_tokens,
            temperature=self.temperature,
            **options,
        )


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
