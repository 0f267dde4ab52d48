"""The drift fault: seeded mutations of successful JSON responses, named in a header,
replayable, filtered and budgeted like the other faults, and never a spec violation."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
from emulator_helpers import parse_sse

from wriftai.testing import Emulator, Faults
from wriftai.testing.__main__ import _parser
from wriftai.testing._render import Renderer
from wriftai.testing._spec import SpecRequest, SpecResponse, openapi

HEADER = "x-emulator-drift"
KINDS = {"drop", "null", "retype", "unknown_field", "unknown_enum"}
PATHS = ["/user", "/models", "/hardware", "/model_categories", "/models/wriftai/echo"]

_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def _steps(path: str) -> list[str | int]:
    """Split a JSON path such as ``$.items[3]["a-b"]`` into keys and indexes."""
    assert path.startswith("$"), path
    steps: list[str | int] = []
    position = 1
    while position < len(path):
        match = _STEP.match(path, position)
        assert match is not None, f"not a JSON path: {path}"
        name, index, quoted = match.groups()
        steps.append(name if name is not None else int(index) if index else json.loads(quoted))
        position = match.end()
    return steps


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", dict: "object", list: "array"}.get(type(value), "null")


def _check_drift(original: Any, drifted: Any, header: str) -> str:
    """Assert ``drifted`` is ``original`` with exactly the mutation the header names."""
    kind, path = header.split(" ", 1)
    steps = _steps(path)
    assert steps, header
    *parents, last = steps
    before = copy.deepcopy(original)
    before_parent = before
    after_parent = drifted
    for step in parents:
        before_parent = before_parent[step]
        after_parent = after_parent[step]
    if kind == "unknown_field":
        assert isinstance(last, str) and last.startswith("x_drift_")
        assert last not in before_parent and last in after_parent
        del after_parent[last]  # the rest must be untouched
    elif kind == "drop":
        assert isinstance(before_parent, dict) and last in before_parent
        assert last not in after_parent
        del before_parent[last]
    else:
        old, new = before_parent[last], after_parent[last]
        if kind == "null":
            assert old is not None and new is None
        elif kind == "unknown_enum":
            assert isinstance(old, str) and new == "drift_unknown_value" != old
        else:
            assert kind == "retype", header
            assert _json_type(old) != _json_type(new), (old, new)
        before_parent[last] = new
    assert drifted == before, header
    return kind


def _originals(api: httpx.Client) -> dict[str, Any]:
    return {path: api.get(path).json() for path in PATHS}


def test_every_json_response_drifts_as_its_header_says(api: httpx.Client, emu: Emulator) -> None:
    originals = _originals(api)
    emu.faults = Faults(drift=1.0)
    for path in PATHS:
        response = api.get(path)
        assert response.status_code == 200
        assert len(response.content) == int(response.headers["content-length"])
        header = response.headers[HEADER]
        _check_drift(originals[path], response.json(), header)
        assert emu.requests[-1].fault == "drift"
        assert emu.requests[-1].drift == header
    assert emu.injected_faults == [(f"GET {path}", "drift") for path in PATHS]
    assert emu.spec_violations == []


def test_each_kind_happens(api: httpx.Client, emu: Emulator) -> None:
    original = api.get("/models").json()
    emu.faults = Faults(drift=1.0, seed=11)
    kinds = set()
    for _ in range(50):
        response = api.get("/models")
        kinds.add(_check_drift(original, response.json(), response.headers[HEADER]))
    assert kinds == KINDS


def _run(api: httpx.Client, emu: Emulator, faults: Faults) -> list[tuple[str | None, bytes]]:
    emu.reset()
    emu.faults = faults
    return [
        (response.headers.get(HEADER), response.content)
        for response in (api.get(path) for path in PATHS * 6)
    ]


def test_the_same_seed_replays_the_same_drift(api: httpx.Client, emu: Emulator) -> None:
    first = _run(api, emu, Faults(drift=0.5, seed=7))
    again = _run(api, emu, Faults(drift=0.5, seed=7))
    other = _run(api, emu, Faults(drift=0.5, seed=8))
    assert first == again
    assert first != other
    drifted = [header for header, _ in first if header is not None]
    assert 0 < len(drifted) < len(first)  # half of them, roughly, with rate 0.5


def test_only_and_max_faults_apply_to_drift(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(drift=1.0, only=("GET /hardware",))
    assert HEADER not in api.get("/models").headers
    assert HEADER not in api.get("/user").headers
    assert HEADER in api.get("/hardware").headers
    assert emu.injected_faults == [("GET /hardware", "drift")]

    emu.faults = Faults(drift=1.0, max_faults=2)
    assert api.get("/predictions/missing").status_code == 404  # not drifted, not counted
    headers = [api.get("/user").headers.get(HEADER) for _ in range(4)]
    assert [header is not None for header in headers] == [True, True, False, False]
    assert len(emu.injected_faults) == 2


def test_errors_204s_and_event_streams_do_not_drift(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(drift=1.0)
    missing = api.get("/predictions/missing")
    assert missing.status_code == 404 and HEADER not in missing.headers
    assert missing.json()["message"]
    invalid = api.post("/models", json={"name": 5})
    assert invalid.status_code == 422 and HEADER not in invalid.headers
    unauthorized = httpx.get(f"{emu.base_url}/user")
    assert unauthorized.status_code == 401 and HEADER not in unauthorized.headers

    created = api.post("/models", json={"name": "drifting", "hardware_identifier": "cpu-small"})
    assert created.status_code == 201 and HEADER in created.headers  # a 2xx JSON body does
    deleted = api.delete("/models/demo/drifting")
    assert deleted.status_code == 204 and HEADER not in deleted.headers

    assert api.post(
        "/predictions", json={"model": "wriftai/echo", "input": {"prompt": "a b"}}
    ).headers.get(HEADER)
    (prediction_id,) = emu.state.predictions
    stream = api.get(f"/predictions/{prediction_id}/stream")
    assert stream.headers["content-type"].startswith("text/event-stream")
    assert HEADER not in stream.headers
    events = parse_sse(stream.text)
    assert [e["event"] for e in events] == ["init", "output", "output", "done"]
    assert [e["data"] for e in events if e["event"] == "output"] == ["a ", "b"]
    completion = api.post(
        "/llm/completions-stream",
        params={"model_endpoint_name": "mistral-7b"},
        json={"prompt": "Say", "max_new_tokens": 4, "temperature": 0.5},
    )
    assert HEADER not in completion.headers
    chunks = [e["data"] for e in parse_sse(completion.text) if e["data"]["output"]]
    assert "".join(e["output"]["text"] for e in chunks) == " The quick brown fox"

    drifted = [(r.method, r.path) for r in emu.requests if r.fault == "drift"]
    assert drifted == [("POST", "/models"), ("POST", "/predictions")]
    assert [target for target, _ in emu.injected_faults] == ["POST /models", "POST /predictions"]


def _spec_errors(path: str, response: httpx.Response) -> list[Exception]:
    request = SpecRequest.build("GET", f"/v1{path}", [], [], None)
    spec_response = SpecResponse.build(
        response.status_code, response.headers.items(), response.content
    )
    return list(openapi().iter_response_errors(request, spec_response))


def test_drift_that_breaks_the_contract_is_not_a_violation(
    api: httpx.Client, emu: Emulator
) -> None:
    emu.faults = Faults(drift=1.0, seed=3)
    breaking = 0
    for _ in range(30):
        response = api.get("/models")
        assert response.status_code == 200 and HEADER in response.headers
        breaking += bool(_spec_errors("/models", response))
    assert breaking > 0  # the mutations really break the contract...
    assert emu.spec_violations == []  # ...and are not recorded as violations


def _broken_user(self: Renderer, user: object, details: bool = False) -> dict[str, object]:
    return {"id": "usr_1", "username": 42}  # missing fields, wrong type


def test_a_response_that_did_not_drift_is_still_validated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Renderer, "user", _broken_user)
    faults = Faults(drift=1.0, only=("GET /hardware",))
    with Emulator(strict=False, faults=faults) as emu:
        headers = {"Authorization": f"Bearer {emu.token}"}
        hardware = httpx.get(f"{emu.base_url}/hardware", headers=headers)
        assert HEADER in hardware.headers
        assert emu.spec_violations == []
        user = httpx.get(f"{emu.base_url}/user", headers=headers)
        assert user.status_code == 200 and HEADER not in user.headers
        (violation,) = emu.spec_violations
    assert violation.path == "/v1/user"
    assert any("username" in problem for problem in violation.problems)


def test_a_bug_under_a_drifted_response_is_still_a_violation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The check is of the response as the routes produced it, before the mutation.
    monkeypatch.setattr(Renderer, "user", _broken_user)
    with Emulator(faults=Faults(drift=1.0), era="legacy") as emu:
        response = httpx.get(
            f"{emu.base_url}/user", headers={"Authorization": f"Bearer {emu.token}"}
        )
        assert response.status_code == 500
        assert "violated openapi.yaml" in response.json()["message"]
        (violation,) = emu.spec_violations
    assert violation.path == "/v1/user" and violation.status == 200


def test_drift_option_parses() -> None:
    assert _parser().parse_args(["serve", "--drift", "0.25"]).drift == 0.25
    assert _parser().parse_args(["serve"]).drift == 0.0


def _served_drift(seed: str) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "wriftai.testing", "serve", "--drift", "1", "--seed", seed],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().rsplit(" ", 1)[1]
        headers = {"Authorization": "Bearer wriftai-test-token"}
        with httpx.Client(base_url=base_url, headers=headers, timeout=10) as client:
            return [client.get(path).headers[HEADER] for path in PATHS]
    finally:
        process.terminate()
        process.wait(10)


def test_serve_with_drift_from_the_command_line_replays() -> None:
    first = _served_drift("5")
    assert {header.split(" ", 1)[0] for header in first} <= KINDS
    assert _served_drift("5") == first


def test_drift_with_cut_streams_still_drifts_json(api: httpx.Client, emu: Emulator) -> None:
    emu.faults = Faults(drift=1.0, cut_stream_after=100)
    response = api.get("/user")
    assert HEADER in response.headers
    assert emu.requests[-1].fault == "drift"
