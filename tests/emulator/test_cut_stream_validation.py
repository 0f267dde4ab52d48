"""A stream cut on purpose (fault injection) or closed by `Emulator.stop()` is not a
contract violation; a bad event sent before the cut still is."""

from __future__ import annotations

import threading

import httpx
import pytest
from emulator_helpers import read_stream, wait_for

from wriftai.testing import Emulator, Faults
from wriftai.testing._render import Renderer

STREAMED_CREATE = {"model": "wriftai/echo", "input": {"prompt": "x"}, "stream": True}


def _handlers_done(emu: Emulator) -> bool:
    # uvicorn keeps one task per request being handled; none left means every response,
    # the cut one included, has been through the emulator's response check.
    server = emu._server
    assert server is not None
    return not server.server.server_state.tasks


def test_a_stream_cut_before_any_event_records_no_violation(
    api: httpx.Client, emu: Emulator
) -> None:
    emu.faults = Faults(cut_stream_after=0, only=("POST /predictions",))
    with api.stream(
        "POST", "/predictions", json=STREAMED_CREATE, headers={"Prefer": "wait"}
    ) as response:
        assert response.status_code == 201
        events, broken = read_stream(response)
    assert broken and events == []
    wait_for(lambda: _handlers_done(emu))
    assert emu.requests[-1].fault == "cut_stream"
    assert emu.injected_faults == [("POST /predictions", "cut_stream")]
    assert emu.spec_violations == []


def test_a_stream_closed_by_stop_records_no_violation() -> None:
    # An hour-long prediction: after its init event (id 1) nothing comes while the test runs.
    emu = Emulator(prediction_duration=3600.0).start()
    headers = {"Authorization": f"Bearer {emu.token}"}
    outcome: list[tuple[int, bool]] = []
    with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10.0) as api:
        created = api.post("/predictions", json={"model": "wriftai/echo", "input": {"prompt": "x"}})
        path = f"/predictions/{created.json()['id']}/stream"

        def read() -> None:
            with api.stream("GET", path, params={"after_id": "1"}) as response:
                events, broken = read_stream(response)
                outcome.append((len(events), broken))

        reader = threading.Thread(target=read)
        reader.start()
        wait_for(lambda: emu.count("GET", path) == 1 and emu.requests[-1].status == 200)
        emu.stop()  # returns once the server thread, and so every response check, is done
        reader.join(10)
    assert outcome == [(0, False)]  # the stream ended, empty, when the server closed it
    assert emu.spec_violations == []


def test_a_bad_event_before_a_cut_is_still_a_violation(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_prediction(
        self: Renderer, record: object, with_io: bool = True
    ) -> dict[str, object]:
        return {"id": 42}  # an id of the wrong type

    # The legacy era: its init event carries the whole (here broken) prediction.
    with Emulator(strict=False, faults=Faults(cut_stream_after=1), era="legacy") as emu:
        monkeypatch.setattr(Renderer, "prediction", broken_prediction)
        headers = {"Authorization": f"Bearer {emu.token}", "Prefer": "wait"}
        with (
            httpx.Client(base_url=emu.base_url, headers=headers, timeout=10.0) as api,
            api.stream("POST", "/predictions", json=STREAMED_CREATE) as response,
        ):
            events, broken = read_stream(response)
        assert broken and [e["event"] for e in events] == ["init"]
        wait_for(lambda: _handlers_done(emu))
        (violation,) = emu.spec_violations
    assert violation.path == "/v1/predictions"
    assert violation.problems and all(p.startswith("event 0:") for p in violation.problems)


def test_a_stream_closed_idle_before_any_new_event_records_no_violation() -> None:
    # A long prediction and a one-second idle time: the resumed stream ends empty.
    with Emulator(prediction_duration=30.0) as slow:
        client = httpx.Client(
            base_url=slow.base_url, headers={"Authorization": f"Bearer {slow.token}"}, timeout=10
        )
        created = client.post(
            "/predictions", json={"model": "wriftai/echo", "input": {"prompt": "a b c d"}}
        ).json()
        response = client.get(
            f"/predictions/{created['id']}/stream",
            params={"after_id": "1"},
            headers={"Prefer": "wait=1"},
        )
        assert response.status_code == 200 and response.text == ""
        wait_for(lambda: _handlers_done(slow))
        assert slow.spec_violations == []
        client.close()
