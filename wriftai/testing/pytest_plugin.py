"""Pytest fixtures for testing against the WriftAI emulator.

Registered as the ``wriftai`` pytest plugin when the package is installed. Fixtures:

* ``wriftai_emulator_session``: one emulator for the whole session, started on first use.
* ``wriftai_era``: the era the emulator answers in for a test, ``"current"`` unless a
  test or a conftest says otherwise: override the fixture, or run a test in both eras
  with ``@pytest.mark.parametrize("wriftai_era", ["current", "legacy"])``. The aliases
  ``"today"`` and ``"seeds"`` are accepted too (the emulator reads them as ``"current"``
  and ``"legacy"``).
* ``wriftai_emulator``: the session emulator, reset to the seeded world (faults off, logs
  empty, the upload part size its settings give) and switched to ``wriftai_era`` before
  each test. A test fails if the emulator
  produced a response that violates ``openapi.yaml`` during it.

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
def wriftai_era() -> str:
    """The era the emulator answers in for this test (the current API by default)."""
    return "current"


@pytest.fixture
def wriftai_emulator(wriftai_emulator_session: Emulator, wriftai_era: str) -> Iterator[Emulator]:
    """Return the session emulator in its seeded state; fail on contract violations."""
    emulator = wriftai_emulator_session
    emulator.reset()
    emulator.era = wriftai_era
    emulator.upload_part_size = emulator.settings.upload_part_size
    yield emulator
    violations = list(emulator.spec_violations)
    if violations:
        pytest.fail(f"the emulator violated openapi.yaml: {violations}", pytrace=False)
