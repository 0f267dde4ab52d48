"""What the commands share: the client the global options describe, JSON output, errors.

Every command prints JSON to stdout (one document, or one line per item of a list or a
stream). The client's errors are reported as one line on stderr, ``error: <type>:
<message>``, with exit status 1; a `ValueError` the client raises is about an argument,
so it is a usage error (exit status 2), as click's own are.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

import wriftai
from wriftai import WriftAIError

__all__ = [
    "Command",
    "Group",
    "State",
    "emit",
    "fail",
    "pass_state",
    "sampling_options",
    "stacked",
]

F = TypeVar("F", bound=Callable[..., Any])


class State:
    """The global options, and the client made from them on first use.

    Args:
        ctx: The group's context; the client is closed when it ends.
        base_url: ``--base-url``, or None to let the client read ``WRIFTAI_API_BASE_URL``.
        token: ``--token`` (or ``WRIFTAI_ACCESS_TOKEN``), or None.
    """

    def __init__(self, ctx: click.Context, base_url: str | None, token: str | None) -> None:
        self._ctx = ctx
        self._base_url = base_url or None
        self._token = token or None
        self._client: wriftai.Client | None = None

    def client(self) -> wriftai.Client:
        """The client; the LLM Engine settings come from the environment, as in the library.

        Returns:
            The client, made on the first call.
        """
        if self._client is None:
            self._client = wriftai.Client(access_token=self._token, api_base_url=self._base_url)
            self._ctx.call_on_close(self._client.close)
        return self._client


pass_state = click.make_pass_decorator(State)
"""Passes the `State` of the ``wriftai`` group to a command as its first argument."""


def jsonable(value: Any) -> Any:
    """A value as JSON-ready data: a model's ``to_dict()``, a dataclass's fields.

    Args:
        value: A generated model, a dataclass (an unknown stream event), or plain data.

    Returns:
        What `json.dumps` takes (with ``default=str`` for dates and the like).
    """
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def emit(value: Any) -> None:
    """Prints a value as one line of JSON on stdout, flushed.

    Args:
        value: What `jsonable` takes.
    """
    click.echo(json.dumps(jsonable(value), default=str))


def fail(error: BaseException) -> NoReturn:
    """Reports an error as one line on stderr and exits with status 1.

    Args:
        error: The error; its message says the status and request id where it has them.

    Raises:
        click.exceptions.Exit: Always, with status 1.
    """
    message = " ".join(str(error).split())
    click.echo(f"error: {type(error).__name__}: {message}", err=True)
    raise click.exceptions.Exit(1)


class Command(click.Command):
    """A command that reports the client's errors as `fail` does."""

    def invoke(self, ctx: click.Context) -> Any:
        """Runs the command, turning the client's errors into exit statuses.

        Args:
            ctx: The command's context.

        Returns:
            What the command returns.

        Raises:
            click.UsageError: The client refused an argument (`ValueError`).
            click.exceptions.Exit: The client raised `WriftAIError`, or a file could not be
                read or written (`OSError`).
        """
        try:
            return super().invoke(ctx)
        except WriftAIError as error:
            fail(error)
        except OSError as error:
            fail(error)
        except ValueError as error:
            raise click.UsageError(str(error), ctx) from None


class Group(click.Group):
    """A group whose commands and subgroups are `Command` and `Group`."""

    command_class = Command
    group_class = type


def stacked(*decorators: Callable[[Any], Any]) -> Callable[[F], F]:
    """One decorator applying several, so that the first is the first in ``--help``.

    Args:
        *decorators: ``click.option`` and ``click.argument`` decorators.

    Returns:
        The decorator.
    """

    def apply(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


def count_option(name: str, help: str, default: int | None = None) -> Callable[[F], F]:
    """An option that takes a whole number of at least 1 (``N``), its default shown in help.

    Args:
        name: The option's name (``--max-failures``).
        help: Its help text.
        default: Its value when it is not given; None leaves it None.

    Returns:
        The decorator.
    """
    shown = default is not None
    return click.option(
        name,
        type=click.IntRange(min=1),
        default=default,
        show_default=shown,
        metavar="N",
        help=help,
    )


sampling_options = stacked(
    count_option("--max-new-tokens", "The most tokens to generate.", default=20),
    click.option(
        "--temperature",
        type=click.FloatRange(0, 1),
        default=0.2,
        show_default=True,
        metavar="T",
        help="The sampling temperature, 0 (greedy) to 1.",
    ),
)
"""Adds ``--max-new-tokens`` and ``--temperature``, with LLM Engine's defaults."""
