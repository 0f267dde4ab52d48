"""A response that breaks openapi.yaml is loud: recorded, and a 500 in strict mode."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from emulator_helpers import wait_for

from wriftai.testing import Emulator
from wriftai.testing._render import Renderer


def _broken_user(self: Renderer, user: object, details: bool = False) -> dict[str, object]:
    return {"id": "usr_1", "username": 42}  # missing fields, wrong type


def test_a_violating_response_is_recorded_and_replaced_by_a_500(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Renderer, "user", _broken_user)
    with Emulator(era="legacy") as emu:
        response = httpx.get(
            f"{emu.base_url}/user", headers={"Authorization": f"Bearer {emu.token}"}
        )
        assert response.status_code == 500
        assert "violated openapi.yaml" in response.json()["message"]
        assert response.headers["x-request-id"]
        (violation,) = emu.spec_violations
        assert violation.path == "/v1/user" and violation.status == 200
        assert any("username" in problem for problem in violation.problems)


def test_non_strict_mode_passes_the_response_through_but_records_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Renderer, "user", _broken_user)
    with Emulator(strict=False) as emu:
        response = httpx.get(
            f"{emu.base_url}/user", headers={"Authorization": f"Bearer {emu.token}"}
        )
        assert response.status_code == 200
        assert response.json()["username"] == 42
        assert len(emu.spec_violations) == 1


def test_stream_events_are_checked_against_their_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_prediction(
        self: Renderer, record: object, with_io: bool = True
    ) -> dict[str, object]:
        return {"id": 42}  # an id of the wrong type

    monkeypatch.setattr(Renderer, "prediction", broken_prediction)
    # The legacy era: its init event carries the whole (here broken) prediction.
    with Emulator(prediction_duration=0.0, strict=False, era="legacy") as emu:
        headers = {"Authorization": f"Bearer {emu.token}"}
        httpx.post(
            f"{emu.base_url}/predictions",
            json={"model": "wriftai/echo", "input": {"prompt": "x"}},
            headers=headers,
        )
        (prediction_id,) = emu.state.predictions
        emu.spec_violations.clear()
        stream = httpx.get(f"{emu.base_url}/predictions/{prediction_id}/stream", headers=headers)
        assert stream.status_code == 200
        # A stream is checked when it has ended, just after its last byte went out.
        wait_for(lambda: len(emu.spec_violations) > 0)
        (violation,) = emu.spec_violations
        assert violation.path.endswith("/stream")
        assert any(problem.startswith("event 0") for problem in violation.problems)


def test_an_emulator_crash_is_a_recorded_500(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(self: Renderer, hw: object) -> dict[str, object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(Renderer, "hardware", crash)
    with Emulator(era="legacy") as emu:
        response = httpx.get(
            f"{emu.base_url}/hardware", headers={"Authorization": f"Bearer {emu.token}"}
        )
        assert response.status_code == 500
        assert "boom" in response.json()["message"]
        assert "boom" in emu.spec_violations[0].problems[0]


def test_the_plugin_fixture_fails_a_test_on_a_violation(tmp_path: Path) -> None:
    (tmp_path / "test_user_suite.py").write_text(
        textwrap.dedent(
            """
            import httpx
            from wriftai.testing._render import Renderer

            def test_clean(wriftai_emulator):
                emu = wriftai_emulator
                auth = {"Authorization": "Bearer " + emu.token}
                assert httpx.get(emu.base_url + "/user", headers=auth).status_code == 200

            def test_violating(wriftai_emulator, monkeypatch):
                monkeypatch.setattr(Renderer, "user", lambda self, user, details=False: {})
                emu = wriftai_emulator
                auth = {"Authorization": "Bearer " + emu.token}
                httpx.get(emu.base_url + "/user", headers=auth)
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert "2 passed, 1 error" in result.stdout, result.stdout
    assert "the emulator violated openapi.yaml" in result.stdout
