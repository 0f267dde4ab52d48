"""Runs openapi-python-client (pinned in the Makefile) with one naming rule changed.

The generator renames every property whose name is a Python builtin by appending an
underscore, so a prediction's ``input`` became ``input_``. The seeds and today's API both
call it ``input``, and an attribute may shadow a builtin harmlessly, so ``input`` is taken
off the generator's list of reserved words before it runs. Everything else is the
generator's own command line, unchanged: ``python tools/generate.py generate ...``.
"""

from __future__ import annotations

import sys

import openapi_python_client.strings as names
from openapi_python_client.cli import app

KEPT_AS_IS = frozenset({"input"})
"""Property names used as they are, though they are builtins."""


def main() -> None:
    """Runs the generator's command line with `KEPT_AS_IS` no longer renamed."""
    names.RESERVED_WORDS.difference_update(KEPT_AS_IS)
    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
