from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wriftai.testing import Emulator


@pytest.fixture
def emu(wriftai_emulator: Emulator) -> Emulator:
    return wriftai_emulator


@pytest.fixture
def api(emu: Emulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {emu.token}"}
    with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10.0) as client:
        yield client


@pytest.fixture
def wriftai_era() -> str:
    """The era of the plugin's emulator for this suite: the legacy shapes (releases up to
    0.22), which its tests were written against; test_eras.py checks both eras, the current
    one included."""
    return "legacy"
