"""What loading the package and its pytest plugin costs users without the testing extra."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The emulator's own dependencies: present only with `pip install 'wriftai[testing]'`.
EMULATOR_DEPENDENCIES = ("starlette", "uvicorn", "sse_starlette", "openapi_core", "yaml")

CHECK = """
import sys
import {module}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {deps!r})
print(",".join(loaded))
"""


@pytest.mark.parametrize("module", ["wriftai", "wriftai.testing", "wriftai.testing.pytest_plugin"])
def test_module_loads_none_of_the_emulator_dependencies(module: str) -> None:
    # pytest imports the plugin (and so wriftai.testing) wherever wriftai is installed.
    code = CHECK.format(module=module, deps=EMULATOR_DEPENDENCIES)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"import {module} loaded {out.stdout.strip()}"


def test_the_emulator_names_still_load_on_use() -> None:
    code = "from wriftai.testing import Emulator, Faults, sign; print(Emulator.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Emulator"
