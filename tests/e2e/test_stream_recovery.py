"""Streams that break before they name their prediction, against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

import wriftai
from wriftai.testing import Faults

from .conftest import Form


async def test_a_streamed_create_cut_before_its_first_event_is_not_sent_again(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(cut_stream_after=0, only=("POST /predictions",), max_faults=1)
    with wriftai.Client(access_token=emu.token, api_base_url=emu.base_url) as client:
        stream = await form(
            client.predictions,
            "create",
            {"input": {"prompt": "a b"}},
            "wriftai/echo",
            wait=True,
            stream=True,
        )
        with pytest.raises(wriftai.APIConnectionError, match="not sent again") as info:
            await form.drain(stream)
    assert info.value.may_have_been_processed
    posts = [r for r in emu.requests if r.method == "POST" and r.path == "/predictions"]
    assert len(posts) == 1 and len(emu.state.predictions) == 1  # created once, never twice
    assert emu.injected_faults == [("POST /predictions", "cut_stream")]


async def test_with_trusted_keys_a_streamed_create_cut_early_is_sent_again_with_its_key(
    wriftai_emulator: Any, form: Form
) -> None:
    emu = wriftai_emulator
    emu.faults = Faults(cut_stream_after=0, only=("POST /predictions",), max_faults=1)
    with wriftai.Client(
        access_token=emu.token, api_base_url=emu.base_url, trust_idempotency_keys=True
    ) as client:
        stream = await form(
            client.predictions,
            "create",
            {"input": {"prompt": "a b"}},
            "wriftai/echo",
            wait=True,
            stream=True,
        )
        events = await form.drain(stream)
    assert events[0].event == "init" and events[-1].event == "done"
    posts = [r for r in emu.requests if r.method == "POST" and r.path == "/predictions"]
    # Sent twice with one key, so the server answered the second with the same prediction.
    assert len(posts) == 2 and posts[0].idempotency_key == posts[1].idempotency_key
    assert len(emu.state.predictions) == 1
    assert emu.injected_faults == [("POST /predictions", "cut_stream")]
