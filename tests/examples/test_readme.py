"""The README's Python examples run against the emulator, as the site's examples do."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wriftai.testing import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(), re.M | re.S)


def runnable(block: str) -> str:
    """The block as a script: top-level ``async with`` runs inside ``asyncio.run``."""
    if not block.startswith("async "):
        return block
    body = textwrap.indent(block, "    ")
    return f"import asyncio\nimport wriftai\n\n\nasync def main():\n{body}\n\nasyncio.run(main())\n"


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.splitlines()[0][:40])
def test_readme_example_runs(block: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(runnable(block))
    with Emulator(token="readme-token") as emulator:
        env = {
            **os.environ,
            "WRIFTAI_ACCESS_TOKEN": emulator.token,
            "WRIFTAI_API_BASE_URL": emulator.base_url,
        }
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
