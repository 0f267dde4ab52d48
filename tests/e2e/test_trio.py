"""The async form of every facade method under trio, against the emulator over HTTP.

The async forms are written with anyio (`wriftai._concurrency`), so the same scenarios
that pytest runs under asyncio in test_operations.py run here in `trio.run`: the pools,
retries, streams, waits and concurrent uploads need nothing of asyncio.
"""

from __future__ import annotations

from typing import Any

import pytest
import sniffio
import trio

import wriftai

from .conftest import ERAS, Form
from .operations import facade_methods
from .test_operations import SCENARIOS


@pytest.mark.parametrize("wriftai_era", ERAS)
@pytest.mark.parametrize("method", facade_methods(), ids="{0[0]}.{0[1]}".format)
def test_method_under_trio(
    method: tuple[str, str], client: wriftai.Client, wriftai_emulator: Any
) -> None:
    scenario = SCENARIOS[method]

    async def main() -> None:
        assert sniffio.current_async_library() == "trio"
        await scenario(client, Form("async"), wriftai_emulator)
        await client.aclose()  # the pool belongs to this trio run

    trio.run(main)
