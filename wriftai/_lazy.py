"""How wriftai's packages export names: loaded on first use, and under their own name."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, namespace: dict[str, Any], homes: Mapping[str, str], exported: list[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a package whose names load on first use.

    Args:
        package: The package's name, for error messages.
        namespace: The package's ``globals()``; a loaded name is kept there, so the next
            access is an ordinary attribute lookup.
        homes: Each lazy name's module; a name whose home is that very module (such as
            ``"webhooks": "wriftai.webhooks"``) stands for the module itself.
        exported: The package's ``__all__``.

    Returns:
        The two functions, to assign to the package's ``__getattr__`` and ``__dir__``.
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(home)
        value = module if home.rpartition(".")[2] == name else getattr(module, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(exported)

    return __getattr__, __dir__


def rehome(package: str, namespace: Mapping[str, Any]) -> None:
    """Makes a package the ``__module__`` of the classes it re-exports from its submodules.

    Users import these classes from the package, so that is where their repr, pickles and
    documentation point, not the private submodule that defines them.

    Args:
        package: The package's name (its ``__name__``).
        namespace: The package's ``globals()``, after its re-exports.
    """
    for value in namespace.values():
        if isinstance(value, type) and value.__module__.startswith(package + "."):
            value.__module__ = package
