"""A Griffe extension that loads the folders of a package that have no ``__init__.py``.

``wriftai/resources/`` is such a folder (Python imports it as a namespace package inside
the regular package ``wriftai``), and Griffe skips those on purpose, so the resources and
their async forms would be missing from the API reference. This extension mounts each such
folder as a namespace subpackage once the package is loaded, then loads its modules.

It uses two private methods of ``griffe.GriffeLoader``; griffelib is pinned exactly in
pyproject.toml (the ``docs`` extra), and ``make docs`` fails loudly if they change. An
``__init__.py`` in ``wriftai/resources/`` would make this extension unnecessary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import griffe


class NamespaceSubpackages(griffe.Extension):
    """Load the modules under folders of a regular package that lack ``__init__.py``."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        """Mount every folder without ``__init__.py`` under ``pkg`` and load its modules."""
        if pkg.is_namespace_package or not isinstance(pkg.filepath, Path):
            return
        root = pkg.filepath.parent
        for folder in sorted(p for p in root.iterdir() if _is_bare_folder(p)):
            module = loader._create_module(folder.name, [folder])
            pkg.set_member(folder.name, module)
            for path in sorted(folder.rglob("*.py")):
                parts = path.relative_to(root).with_suffix("").parts
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                loader._load_submodule(pkg, parts, path)


def _is_bare_folder(path: Path) -> bool:
    return (
        path.is_dir()
        and not (path / "__init__.py").exists()
        and not path.name.startswith((".", "_"))
        and any(path.glob("*.py"))
    )
