"""Runs openapi-python-client (pinned in the Makefile) with two additions of ours.

1. The generator renames every property whose name is a Python builtin by appending an
   underscore, so a prediction's ``input`` became ``input_``. The API calls it ``input``,
   and an attribute may shadow a builtin harmlessly, so ``input`` is taken off the
   generator's list of reserved words before it runs.
2. The templates need each model's ``x-fallback`` properties (see `fallbacks`), which the
   generator's property objects do not carry, and which a model made with ``allOf`` takes
   from the schemas it is made of. They are read from the spec given with ``--path`` and
   handed to the templates as the global ``wriftai_fallbacks``.

Everything else is the generator's own command line, unchanged:
``python tools/generate.py generate --path openapi.yaml ...``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import openapi_python_client
import openapi_python_client.strings as names
import yaml
from openapi_python_client.cli import app

KEPT_AS_IS = frozenset({"input"})
"""Property names used as they are, though they are builtins."""

_REF = "#/components/schemas/"


def fallbacks(spec: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Each model's properties with an ``x-fallback``, by class name and JSON name.

    ``x-fallback`` says what a property reads when the response does not send it:

    - ``from: [key, ...]``: the value at that path of the same object (``when: null``: also
      when the property is sent as null);
    - ``gone: <reason>``: nothing; reading the attribute raises ``ResponseFieldError``
      with the reason (the API no longer sends the field).

    A model made with ``allOf`` has the fallbacks of every schema it is made of.
    """
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})

    def collect(schema: Any, seen: frozenset[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        if not isinstance(schema, dict):
            return found
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF) and ref not in seen:
            found.update(collect(schemas.get(ref.removeprefix(_REF)), seen | {ref}))
        for part in schema.get("allOf", ()):
            found.update(collect(part, seen))
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and isinstance(prop.get("x-fallback"), dict):
                found[name] = _checked(name, prop["x-fallback"])
        return found

    table = {}
    for name, schema in schemas.items():
        found = collect(schema, frozenset({_REF + name}))
        if found:
            table[str(names.ClassName(name, ""))] = found
    return table


def _checked(name: str, fallback: dict[str, Any]) -> dict[str, Any]:
    """An ``x-fallback`` as the templates read it; raises on one they could not render."""
    path, gone = fallback.get("from"), fallback.get("gone")
    when = fallback.get("when", "absent")
    if (path is None) == (gone is None) or when not in ("absent", "null"):
        raise SystemExit(f"x-fallback of {name!r}: give `from` or `gone`, and `when` absent|null")
    if path is not None and not (
        isinstance(path, list) and path and all(isinstance(k, str) for k in path)
    ):
        raise SystemExit(f"x-fallback of {name!r}: `from` must be a list of keys")
    if gone is not None and not isinstance(gone, str):
        raise SystemExit(f"x-fallback of {name!r}: `gone` must be a reason")
    # `gone` is handed over as a Python literal, ready for the template to write.
    reason = repr(" ".join(gone.split())) if gone is not None else None
    return {"from": tuple(path) if path else None, "gone": reason, "null": when == "null"}


def _spec_path(argv: list[str]) -> Path | None:
    for i, arg in enumerate(argv):
        if arg == "--path" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--path="):
            return Path(arg.removeprefix("--path="))
    return None


def main() -> None:
    """Runs the generator's command line with the two additions."""
    names.RESERVED_WORDS.difference_update(KEPT_AS_IS)
    path = _spec_path(sys.argv)
    table = fallbacks(yaml.safe_load(path.read_text())) if path is not None else {}
    project_init = openapi_python_client.Project.__init__

    def init(self: openapi_python_client.Project, *args: Any, **kwargs: Any) -> None:
        project_init(self, *args, **kwargs)
        self.env.globals["wriftai_fallbacks"] = table

    openapi_python_client.Project.__init__ = init  # type: ignore[method-assign]
    sys.argv[0] = "openapi-python-client"
    app()


if __name__ == "__main__":
    main()
