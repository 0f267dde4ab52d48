"""The ``wriftai`` command line: models, predictions, completions and bulk runs from a shell.

It needs the ``cli`` extra (click). This module imports click only when `main` runs, so
``import wriftai.cli`` works without it and `main` can say what to install.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

_NEEDS_CLICK = "the wriftai command line needs click: pip install 'wriftai[cli]'"


def main(args: Sequence[str] | None = None) -> None:
    """Runs the ``wriftai`` command (the console script's entry point).

    Args:
        args: The command line without the program name; None reads ``sys.argv``.

    Raises:
        SystemExit: Always, with the command's exit status: 0 on success, 1 when the API
            or an item of a bulk run failed, 2 for a bad argument or without click.
    """
    try:
        import click  # noqa: F401  (only to learn whether it is installed)
    except ImportError:
        print(_NEEDS_CLICK, file=sys.stderr)
        raise SystemExit(2) from None
    from wriftai.cli._app import cli

    cli.main(args=None if args is None else list(args), prog_name="wriftai")
