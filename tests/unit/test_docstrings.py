"""Every async public method of the facade documents its arguments, result and errors.

The async forms are the source the sync twin is written from, so their docstrings are the
ones both forms carry: each needs its Args (when it takes any), Returns (when it returns
something) and Raises sections.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest

import wriftai.resources

SECTIONS = ("Args:", "Returns:", "Raises:")


def async_methods() -> Iterator[tuple[str, Any]]:
    for info in pkgutil.iter_modules(wriftai.resources.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"wriftai.resources.{info.name}")
        for name in module.__all__:
            cls = getattr(module, name)
            if not (inspect.isclass(cls) and name.endswith("Resource")):
                continue
            for attr in dir(cls):
                if attr.startswith("async_"):
                    yield f"{name}.{attr}", getattr(cls, attr)


METHODS = dict(async_methods())


def test_every_resource_has_async_methods() -> None:
    assert len({name.split(".")[0] for name in METHODS}) == 14
    assert len(METHODS) > 50


def wanted(method: Any) -> list[str]:
    signature = inspect.signature(method)
    takes = [p for p in signature.parameters if p != "self"]
    returns = signature.return_annotation not in (None, "None")
    return [s for s, need in zip(SECTIONS, (bool(takes), returns, True), strict=True) if need]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_async_method_has_a_full_docstring(name: str) -> None:
    method = METHODS[name]
    doc = inspect.getdoc(method) or ""
    assert not doc.startswith("Async form"), f"{name}: says only that it is an async form"
    missing = [section for section in wanted(method) if section not in doc]
    assert not missing, f"{name}: its docstring has no {', '.join(missing)}"


def test_a_method_without_sections_is_caught() -> None:
    async def bare(self: object, x: int) -> int:
        """Does something."""
        return x

    assert wanted(bare) == list(SECTIONS)
    assert not all(section in (bare.__doc__ or "") for section in wanted(bare))
