"""Pytest fixtures for testing against the WriftAI emulator.

Registered as the ``wriftai`` pytest plugin when the package is installed. Fixtures:

* ``wriftai_emulator_session``: one emulator for the whole session, started on first use.
* ``wriftai_emulator``: the session emulator, reset to the seeded world (faults off, logs
  empty) before each test. A test fails if the emulator produced a response that
  violates ``openapi.yaml`` during it.

The emulator is imported only when a fixture is used, so the plugin costs nothing to
suites that do not use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from wriftai.testing import Emulator


@pytest.fixture(scope="session")
def wriftai_emulator_session() -> Iterator[Emulator]:
    """Start one emulator for the test session."""
    from wriftai.testing import Emulator

    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def wriftai_emulator(wriftai_emulator_session: Emulator) -> Iterator[Emulator]:
    """Return the session emulator in its seeded state; fail on contract violations."""
    emulator = wriftai_emulator_session
    emulator.reset()
    yield emulator
    violations = list(emulator.spec_violations)
    if violations:
        pytest.fail(f"the emulator violated openapi.yaml: {violations}", pytrace=False)
