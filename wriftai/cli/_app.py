"""The ``wriftai`` group and its commands for models, predictions and completions."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import click

from wriftai._version import __version__
from wriftai.cli._bulk import bulk
from wriftai.cli._common import Group, State, count_option, emit, pass_state, sampling_options
from wriftai.types import ModelPaginationOptions, WaitOptions
from wriftai_api.models import CompletionStreamOutput

__all__ = ["cli"]

_EPILOG = """\b
Examples:
  export WRIFTAI_ACCESS_TOKEN=...
  wriftai models list --limit 5
  wriftai models get wriftai/echo
  wriftai predictions create wriftai/echo --input '{"prompt": "hi"}' --wait
  wriftai predictions create wriftai/echo --input @input.json --stream
  wriftai predictions wait PREDICTION_ID --timeout 60
  wriftai complete llama-2-7b "The sea is" --max-new-tokens 30 --stream
  wriftai bulk predictions inputs.jsonl --model wriftai/echo --output results.jsonl

\b
Output is JSON on stdout: one document, or one line per item of a list or a
stream. An error is one line on stderr, "error: <type>: <message>".
Exit status: 0 on success, 1 when the API (or an item of a bulk run) failed,
2 for a bad argument.

\b
Environment: WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL, and for LLM Engine
(complete, bulk completions) LLM_ENGINE_BASE_PATH and SCALE_API_KEY, as the
library reads them.
"""


@click.group(cls=Group, epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="wriftai")
@click.option(
    "--base-url",
    metavar="URL",
    help="The API base URL (default: WRIFTAI_API_BASE_URL, or https://api.wrift.ai/v1).",
)
@click.option(
    "--token",
    envvar="WRIFTAI_ACCESS_TOKEN",
    metavar="TOKEN",
    help="The API token (default: WRIFTAI_ACCESS_TOKEN; prefer it, since a command line "
    "is visible to other users of the machine).",
)
@click.pass_context
def cli(ctx: click.Context, base_url: str | None, token: str | None) -> None:
    """Call the WriftAI API and LLM Engine from the shell."""
    ctx.obj = State(ctx, base_url, token)


cli.add_command(bulk)


# ------------------------------------------------------------------ models
@cli.group()
def models() -> None:
    """List and get models."""


def _model_path(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, str]:
    """OWNER/NAME as a pair."""
    owner, slash, name = value.partition("/")
    if not (owner and slash and name) or "/" in name:
        raise click.BadParameter(f"{value!r} is not OWNER/NAME")
    return owner, name


@models.command("list")
@click.option(
    "--page-size",
    type=click.IntRange(1, 100),
    metavar="N",
    help="Models fetched per request (default: the server's, or --limit when smaller).",
)
@count_option("--limit", "Stop after this many models.")
@pass_state
def models_list(state: State, page_size: int | None, limit: int | None) -> None:
    """List models, one JSON line each, walking every page."""
    if page_size is None and limit is not None:
        page_size = min(limit, 100)
    options = ModelPaginationOptions() if page_size is None else {"page_size": page_size}
    for model in itertools.islice(state.client().models.list(options), limit):
        emit(model)


@models.command("get")
@click.argument("model", metavar="OWNER/NAME", callback=_model_path)
@pass_state
def models_get(state: State, model: tuple[str, str]) -> None:
    """Get a model."""
    emit(state.client().models.get(*model))


# ------------------------------------------------------------------ predictions
@cli.group()
def predictions() -> None:
    """Create, get, cancel and wait for predictions."""


def _json_input(ctx: click.Context, param: click.Parameter, value: str) -> Any:
    """The --input value: JSON text, or ``@path`` of a file holding it."""
    try:
        text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value
        return json.loads(text)
    except OSError as error:
        raise click.BadParameter(f"cannot read {value[1:]!r}: {error.strerror}") from None
    except ValueError as error:
        raise click.BadParameter(f"not JSON: {error}") from None


@predictions.command("create")
@click.argument("model", metavar="MODEL")
@click.option(
    "--input",
    "input_",
    required=True,
    metavar="JSON|@FILE",
    callback=_json_input,
    help="The prediction's input: JSON text, or @ and the path of a JSON file.",
)
@click.option("--wait", is_flag=True, help="Wait until the prediction ends, then print it.")
@click.option(
    "--stream", is_flag=True, help="Print each event as a JSON line until it ends (waits)."
)
@pass_state
def predictions_create(state: State, model: str, input_: Any, wait: bool, stream: bool) -> None:
    """Create a prediction on MODEL (owner/name or owner/name:number).

    The prediction is printed whatever its status; with --wait, a failed one too.
    """
    resource = state.client().predictions
    if stream:
        for event in resource.create(model=model, input=input_, wait=True, stream=True):
            emit(event)
        return
    emit(resource.create(model=model, input=input_, wait=wait))


@predictions.command("get")
@click.argument("prediction_id", metavar="ID")
@pass_state
def predictions_get(state: State, prediction_id: str) -> None:
    """Get a prediction with its input and output."""
    emit(state.client().predictions.get(prediction_id))


@predictions.command("cancel")
@click.argument("prediction_id", metavar="ID")
@pass_state
def predictions_cancel(state: State, prediction_id: str) -> None:
    """Cancel a prediction (one that has ended is printed unchanged)."""
    emit(state.client().predictions.cancel(prediction_id))


@predictions.command("wait")
@click.argument("prediction_id", metavar="ID")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Give up (exit status 1) after this long; by default wait as long as it takes.",
)
@pass_state
def predictions_wait(state: State, prediction_id: str, timeout: float | None) -> None:
    """Wait until a prediction ends, then print it."""
    emit(state.client().predictions.wait(prediction_id, WaitOptions(timeout=timeout)))


# ------------------------------------------------------------------ completions
@cli.command()
@click.argument("endpoint")
@click.argument("prompt")
@sampling_options
@click.option("--stream", is_flag=True, help="Print the text as it is generated, not JSON.")
@pass_state
def complete(
    state: State,
    endpoint: str,
    prompt: str,
    max_new_tokens: int,
    temperature: float,
    stream: bool,
) -> None:
    """Complete PROMPT on the LLM Engine endpoint ENDPOINT."""
    completions = state.client().completions
    if not stream:
        emit(completions.create(endpoint, prompt, max_new_tokens, temperature))
        return
    with completions.create(endpoint, prompt, max_new_tokens, temperature, stream=True) as chunks:
        for chunk in chunks:
            if isinstance(chunk.output, CompletionStreamOutput):
                click.echo(chunk.output.text, nl=False)
    click.echo()
