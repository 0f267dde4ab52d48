"""Testing your own code against the emulator with the pytest plugin's fixtures.

The site's Emulator guide includes this file; the test suite runs it with pytest. The
plugin comes with wriftai (the testing extra): no conftest.py is needed.
"""

from __future__ import annotations

import pytest

import wriftai
from wriftai.testing import Emulator


def describe(client: wriftai.Client, owner: str, name: str) -> str:
    """The code under test: a line about a model."""
    model = client.models.get(owner, name)
    return f"{model.name} by {model.owner.username}"


@pytest.fixture
def client(wriftai_emulator: Emulator) -> wriftai.Client:
    return wriftai.Client(
        access_token=wriftai_emulator.token, api_base_url=wriftai_emulator.base_url
    )


@pytest.mark.parametrize("wriftai_era", ["current", "legacy"])
def test_describe(client: wriftai.Client, wriftai_emulator: Emulator) -> None:
    assert describe(client, "wriftai", "echo") == "echo by wriftai"
    assert wriftai_emulator.count("GET", "/v1/models/wriftai/echo") == 1


def test_missing_model(client: wriftai.Client) -> None:
    with pytest.raises(wriftai.NotFoundError):
        describe(client, "wriftai", "missing")
