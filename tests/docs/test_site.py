"""The documentation site: it builds strictly, and its API reference covers every public name.

The site is built once per session with ``mkdocs build --strict`` into a scratch folder
(what ``make docs`` runs), and its ``objects.inv`` (the Sphinx inventory mkdocstrings
writes, one line per documented object) is read with the small parser below.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import wriftai

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# The public modules besides wriftai itself: each name of their __all__ needs an entry.
PUBLIC_MODULES = [
    "wriftai",
    "wriftai.types",
    "wriftai.bulk",
    "wriftai.ray",
    "wriftai.testing",
    "wriftai.webhooks",
]
CODE_LANGUAGES = {"python", "py", "pycon", "bash", "sh", "shell", "console", "yaml"}
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```", re.M | re.S
)
SNIPPET = re.compile(r'^--8<-- "(?P<path>[^":]+)(?::[^"]*)?"$')


def read_inventory(data: bytes) -> set[str]:
    """The names an objects.inv (Sphinx inventory version 2) lists."""
    header, _, rest = data.partition(b"\n")
    if header.strip() != b"# Sphinx inventory version 2":
        raise ValueError(f"not a version 2 inventory: {header!r}")
    lines = rest.split(b"\n", 3)
    if len(lines) < 4 or b"zlib" not in lines[2]:
        raise ValueError("the inventory has no zlib-compressed body")
    body = zlib.decompress(lines[3]).decode()
    return {line.split(" ", 1)[0] for line in body.splitlines() if line.strip()}


def public_names() -> list[str]:
    """Every dotted name the reference must have: modules' __all__, resources and methods."""
    names = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        names += [f"{module_name}.{name}" for name in module.__all__]
    client = wriftai.Client(access_token="unused")
    resources = [n for n, v in vars(wriftai.Client).items() if type(v).__name__ == "_Resource"]
    assert len(resources) >= 14, resources
    for attribute in resources:
        cls = type(getattr(client, attribute))
        # The public home of a resource class is wriftai.resources.<module>.
        module = "wriftai.resources." + cls.__module__.rsplit(".", 1)[1]
        assert getattr(importlib.import_module(module), cls.__name__) is cls, attribute
        names.append(f"{module}.{cls.__name__}")
        methods = [n for n, v in inspect.getmembers(cls) if not n.startswith("_") and callable(v)]
        assert any(n.startswith("async_") for n in methods), f"{attribute}: no async methods"
        names += [f"{module}.{cls.__name__}.{name}" for name in methods]
    client.close()
    return names


def missing(inventory: set[str], names: list[str]) -> list[str]:
    return [name for name in names if name not in inventory]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    done = subprocess.run(mkdocs, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-6000:]}"
    warnings = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, warnings
    return out


def test_the_parser_reads_an_inventory_and_finds_what_is_missing() -> None:
    body = "wriftai.Client py:class 1 reference/client/#$ -\nwriftai.Page py:class 1 #$ -\n"
    data = (
        b"# Sphinx inventory version 2\n# Project: x\n# Version: 0.0.0\n"
        b"# The remainder of this file is compressed using zlib.\n" + zlib.compress(body.encode())
    )
    inventory = read_inventory(data)
    assert inventory == {"wriftai.Client", "wriftai.Page"}
    assert missing(inventory, ["wriftai.Client", "wriftai.Hooks"]) == ["wriftai.Hooks"]
    with pytest.raises(ValueError):
        read_inventory(b"# Sphinx inventory version 1\n")


def test_the_names_to_check_include_both_forms_of_every_resource() -> None:
    names = public_names()
    assert "wriftai.Client" in names and "wriftai.bulk.Bulk" in names
    assert "wriftai.resources.models.ModelsResource.get" in names
    assert "wriftai.resources.models.ModelsResource.async_get" in names
    assert "wriftai.resources.predictions.PredictionsResource.async_stream" in names


def test_every_public_name_has_an_entry(site: Path) -> None:
    inventory = read_inventory((site / "objects.inv").read_bytes())
    assert not missing(inventory, public_names())


def test_the_bulk_plot_and_its_data_are_published(site: Path) -> None:
    assert (site / "assets" / "bulk-rate-limit.svg").stat().st_size > 10_000
    page = (site / "guides" / "bulk" / "index.html").read_text()
    assert "bulk-rate-limit.svg" in page


def code_blocks() -> list[tuple[str, str, str]]:
    blocks = []
    for page in sorted(DOCS.rglob("*.md")):
        for match in FENCE.finditer(page.read_text()):
            blocks.append((str(page.relative_to(DOCS)), match["lang"], match["body"]))
    return blocks


def test_every_code_block_of_the_site_is_a_file_the_tests_run() -> None:
    """Code on the site is included from examples/ (run by tests/examples) or parity/."""
    blocks = [block for block in code_blocks() if block[1] in CODE_LANGUAGES]
    assert len(blocks) > 30, "the site shows fewer examples than expected"
    for page, lang, body in blocks:
        lines = [line.strip() for line in body.splitlines() if line.strip()]
        assert lines, f"{page}: an empty {lang} block"
        for line in lines:
            snippet = SNIPPET.match(line)
            assert snippet, f"{page}: a {lang} block holds code of its own: {line!r}"
            path = snippet["path"]
            assert path.startswith(("examples/", "parity/scenarios/")), f"{page}: {path}"
            assert (ROOT / path).is_file(), f"{page}: {path} does not exist"


def test_no_prose_block_hides_code() -> None:
    """Blocks the site shows as text hold commands and output, never Python."""
    for page, lang, body in code_blocks():
        if lang in {"text", ""}:
            assert "import " not in body and "def " not in body, f"{page}: code in a text block"
