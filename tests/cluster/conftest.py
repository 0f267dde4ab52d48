"""A local Ray cluster for the Ray tests, on the loopback address, with usage stats off.

Ray is the ``ray`` extra. `make test` installs it and sets ``WRIFTAI_REQUIRE_EXTRAS=1``,
under which a missing Ray is an error; elsewhere these tests are skipped, saying why.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # no usage reports leave the machine

if importlib.util.find_spec("ray") is None:
    if os.environ.get("WRIFTAI_REQUIRE_EXTRAS") == "1":
        raise RuntimeError("the Ray tests need the ray extra: pip install -e '.[dev]'")
    pytest.skip(
        "the ray extra is not installed (pip install 'wriftai[ray]'; make test installs it)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    """A local cluster of 2 CPUs, listening on 127.0.0.1 only; stopped after the module,
    so that the rest of the suite does not share the cores with it."""
    from wriftai.testing import local_ray

    with local_ray(num_cpus=2):
        yield


class EmulatorProcess:
    """The emulator of `emulator_process`, in a process of its own."""

    def __init__(self) -> None:
        script = os.path.join(os.path.dirname(__file__), "emulator_process.py")
        self.process = subprocess.Popen(
            [sys.executable, script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.base_url, self.token = self.process.stdout.readline().split()
        import wriftai

        with wriftai.Client(**self.client) as warm:
            for _ in range(20):  # the first requests of a fresh emulator are slow
                warm.hardware.list()

    def _say(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = ""
        while (got := self.process.stdout.readline()) != "ok\n":
            if not got:
                raise RuntimeError("the emulator process ended")
            answer += got
        return answer

    def faults(self, **faults: Any) -> None:
        self._say("faults " + json.dumps(faults))

    def dump(self) -> dict[str, Any]:
        seen: dict[str, Any] = json.loads(self._say("dump"))
        return seen

    @property
    def client(self) -> dict[str, Any]:
        return {"access_token": self.token, "api_base_url": self.base_url}

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def emulator_process() -> Iterator[EmulatorProcess]:
    emulator = EmulatorProcess()
    try:
        yield emulator
    finally:
        emulator.close()
