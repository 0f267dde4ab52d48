"""``wriftai bulk``: bulk runs of predictions and completions, through ``client.bulk``.

Every run has a journal, so that a run that was killed or stopped can be resumed; by
default it is ``<output>.journal.sqlite``. Resuming is asked for, never implied: a journal
that exists without ``--resume`` is refused, and so is ``--resume`` without one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from wriftai.bulk import BulkRun, BulkRunStopped, BulkStats, Concurrency, read_inputs
from wriftai.cli._common import (
    Group,
    State,
    count_option,
    emit,
    pass_state,
    sampling_options,
    stacked,
)

__all__ = ["bulk"]


_NOTHING = object()

_START_CONCURRENCY = 8
"""Items in flight at the start (the library's default), or the ceiling when lower."""

_EPILOG = """\b
Results go to OUTPUT (a .jsonl file, or a .parquet folder), one record per
input; the run's counts are printed as one JSON object at the end. Exit
status: 0 when every item succeeded, 1 when any failed or is ambiguous (or
the run stopped at --max-failures), 2 for a bad argument.

\b
The journal (default OUTPUT.journal.sqlite) records every item. After a
crash, Ctrl-C or a stop, run the same command with --resume: finished items
are kept, and nothing is created twice. Without --resume an existing journal
is refused, so that no run resumes by accident.
"""


def _inputs_file(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """INPUTS, refused early when its suffix is not one a bulk run reads."""
    try:
        read_inputs(value)  # checks the suffix; the rows are read lazily, by the run
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    return value


run_options = stacked(
    click.argument(
        "inputs",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        callback=_inputs_file,
    ),
    click.option(
        "--output",
        "-o",
        required=True,
        type=click.Path(path_type=Path),
        help="Where results go: a .jsonl file, or a .parquet folder.",
    ),
    click.option(
        "--journal",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The run's SQLite journal (default: OUTPUT.journal.sqlite).",
    ),
    click.option("--resume", is_flag=True, help="Continue the run the journal records."),
    count_option(
        "--concurrency-ceiling",
        "The most items in flight; fewer while the server pushes back.",
        default=64,
    ),
    click.option(
        "--rate",
        type=click.FloatRange(min=0, min_open=True),
        metavar="PER_SECOND",
        help="A cap in requests per second (default: only the server's limit).",
    ),
    click.option(
        "--deadline",
        type=click.FloatRange(min=0, min_open=True),
        metavar="SECONDS",
        help="The most one item may take; a later prediction is cancelled.",
    ),
    count_option("--max-failures", "Stop the run after this many failed items."),
    click.option("--ordered", is_flag=True, help="Write results in input order."),
    click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar on stderr (default: when it is a terminal).",
    ),
)
"""INPUTS and the options both bulk commands take."""


@click.group(cls=Group)
def bulk() -> None:
    """Run predictions or completions in bulk, paced and resumable."""


@bulk.command("predictions", epilog=_EPILOG)
@click.option("--model", required=True, metavar="OWNER/NAME[:N]", help="The model to run.")
@run_options
@pass_state
def bulk_predictions(state: State, /, inputs: Path, model: str, **options: Any) -> None:
    """Run one prediction per input of INPUTS.

    INPUTS is a .jsonl, .csv or .parquet file. A JSONL line or a Parquet row is one
    prediction's input; a CSV row is an input of its columns, as strings.
    """
    _execute(state.client().bulk.predictions, inputs, {"model": model}, options)


@bulk.command("completions", epilog=_EPILOG)
@click.option("--model", required=True, metavar="ENDPOINT", help="The LLM Engine endpoint.")
@click.option(
    "--prompt-column",
    default="prompt",
    show_default=True,
    metavar="NAME",
    help="The column (or JSON key) of a row that holds its prompt.",
)
@sampling_options
@run_options
@pass_state
def bulk_completions(
    state: State,
    /,
    inputs: Path,
    model: str,
    prompt_column: str,
    max_new_tokens: int,
    temperature: float,
    **options: Any,
) -> None:
    """Run one LLM Engine completion per prompt of INPUTS.

    INPUTS is a .jsonl, .csv or .parquet file. A JSONL line is a prompt or an object;
    of an object, or of a CSV or Parquet row, only --prompt-column is read (the other
    columns are not taken as completion options).
    """
    job = {"model": model, "max_new_tokens": max_new_tokens, "temperature": temperature}
    _execute(state.client().bulk.completions, _prompts(inputs, prompt_column), job, options)


def _prompts(inputs: Path, column: str) -> Iterator[Any]:
    """The prompts of an inputs file: each row's `column`, and plain values as they are.

    The first row is read now, so that a column the file does not have is a usage error
    before the run starts; a later row without it fails as its own item.
    """
    rows = read_inputs(inputs)
    first = next(rows, _NOTHING)
    if first is _NOTHING:
        return iter(())
    if isinstance(first, dict) and column not in first:
        raise click.BadParameter(
            f"the first row has no {column!r} (it has {', '.join(map(repr, first))})",
            param_hint="--prompt-column",
        )
    return (
        row.get(column) if isinstance(row, dict) else row for row in itertools.chain([first], rows)
    )


def _journal(output: Path, journal: Path | None, resume: bool) -> Path:
    """The journal a run uses, refusing a resume that was not asked for or cannot be."""
    path = journal if journal is not None else output.with_name(output.name + ".journal.sqlite")
    if resume and not path.exists():
        raise click.UsageError(f"--resume: there is no journal {str(path)!r} to resume")
    if not resume and path.exists():
        raise click.UsageError(
            f"the journal {str(path)!r} records an earlier run: pass --resume to continue "
            "it, or --journal with another file to start anew"
        )
    return path


def _execute(
    start: Callable[..., BulkRun], inputs: Any, job: dict[str, Any], options: dict[str, Any]
) -> None:
    """Runs a bulk run to its end and prints its counts; exits 1 if any item failed."""
    ceiling = options["concurrency_ceiling"]
    run = start(
        inputs,
        **job,
        journal=_journal(options["output"], options["journal"], options["resume"]),
        output=options["output"],
        concurrency=Concurrency(1, min(_START_CONCURRENCY, ceiling), ceiling),
        rate=options["rate"],
        deadline=options["deadline"],
        max_failures=options["max_failures"],
        ordered=options["ordered"],
        progress=options["progress"],
    )
    try:
        stats = run.run()
    except BulkRunStopped as stopped:
        emit(_counts(stopped.stats))
        raise
    emit(_counts(stats))
    if stats.failed or stats.ambiguous:
        raise click.exceptions.Exit(1)


def _counts(stats: BulkStats) -> dict[str, Any]:
    """The stats printed at the end of a run."""
    return {
        "done": stats.done,
        "succeeded": stats.succeeded,
        "failed": stats.failed,
        "ambiguous": stats.ambiguous,
        "resumed": stats.resumed,
        "requests": stats.requests,
        "rate_limited": stats.rate_limited,
        "elapsed": round(stats.elapsed, 3),
    }
