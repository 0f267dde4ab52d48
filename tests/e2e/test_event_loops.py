"""One client used from several event loops, against the emulator over real sockets."""

from __future__ import annotations

import asyncio
from typing import Any

import wriftai


def test_a_client_works_in_a_second_event_loop(wriftai_emulator: Any) -> None:
    emu = wriftai_emulator
    with wriftai.Client(access_token=emu.token, api_base_url=emu.base_url) as client:
        first = asyncio.run(client.models.async_get("wriftai", "echo"))
        # The first loop has ended, and with it the connections opened in it.
        second = asyncio.run(client.models.async_get("wriftai", "echo"))
        assert first.id == second.id
    # Closing let go of the pool whose loop had ended; async use starts a new one.
    assert asyncio.run(client.hardware.async_list()).items
    asyncio.run(client.aclose())


async def test_closing_a_copy_in_async_code_leaves_the_original_usable(
    wriftai_emulator: Any,
) -> None:
    emu = wriftai_emulator
    async with wriftai.Client(access_token=emu.token, api_base_url=emu.base_url) as client:
        async with client.with_options(max_retries=0) as quick:
            await quick.models.async_get("wriftai", "echo")
        assert (await client.models.async_get("wriftai", "echo")).name == "echo"
