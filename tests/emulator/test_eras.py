"""The emulator's eras: the current API (the default) and the legacy one (releases to 0.22).

Each test runs the plugin's emulator in the era it names (``wriftai_era``) and checks the
shapes and statuses that era answers with; every response of both eras is checked against
openapi.yaml by the emulator itself, and the plugin fails a test that produced a violation.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
from emulator_helpers import parse_sse, wait_for

from wriftai.testing import Emulator, Faults, Settings
from wriftai.testing.__main__ import _parser

DIGEST = "sha256:" + "cd" * 32
SCHEMAS = {"prediction": {"input": {"type": "object"}, "output": {"type": "string"}}}
ECHO = {"model": "wriftai/echo", "input": {"prompt": "a b c"}}
BOTH = pytest.mark.parametrize("wriftai_era", ["current", "legacy"])
CURRENT = pytest.mark.parametrize("wriftai_era", ["current"])

USER_CURRENT = {"account_id", "name", "display_name", "avatar_url", "bio", "location", "company"}
USER_LEGACY = {"id", "username", "name", "avatar_url", "bio", "location", "company"}
MODEL_DETAILS = {"source_url", "license_url", "paper_url", "latest_version"}


def _version(api: httpx.Client, name: str, **extra: Any) -> httpx.Response:
    body = {"release_notes": "notes", "container_image_digest": DIGEST, "schemas": SCHEMAS}
    return api.post(f"/models/demo/{name}/versions", json={**body, **extra})


# ---------------------------------------------------------------- choosing the era
def test_current_is_the_default_and_the_era_can_change_at_run_time() -> None:
    with Emulator() as emu:
        assert emu.era == "current" and emu.settings.era == "current"
        auth = {"Authorization": f"Bearer {emu.token}"}
        assert "account_id" in httpx.get(f"{emu.base_url}/user", headers=auth).json()
        emu.era = "legacy"
        assert "username" in httpx.get(f"{emu.base_url}/user", headers=auth).json()
        emu.reset()
        assert emu.era == "legacy"  # reset keeps the era
        assert "era='legacy'" in repr(emu)
        assert emu.spec_violations == []


UNKNOWN_ERA = "unknown era 'yesterday'; choose one of current, legacy"


def test_an_unknown_era_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=UNKNOWN_ERA):
        Emulator(era="yesterday")
    with pytest.raises(ValueError, match=UNKNOWN_ERA):
        Settings(era="yesterday")  # type: ignore[arg-type]
    emu = Emulator(era="legacy")
    assert emu.era == "legacy"
    with pytest.raises(ValueError, match=UNKNOWN_ERA):
        emu.era = "yesterday"
    assert emu.era == "legacy"


# The eras' earlier names, still accepted wherever an era is given.
ALIASES = pytest.mark.parametrize(("alias", "era"), [("today", "current"), ("seeds", "legacy")])


@ALIASES
def test_the_aliases_of_the_eras_are_accepted_and_read_back_as_the_eras(
    alias: str, era: str
) -> None:
    emu = Emulator(era=alias)
    assert emu.era == era and emu.settings.era == era
    assert f"era='{era}'" in repr(emu)
    other = "legacy" if era == "current" else "current"
    emu.era = other
    emu.era = alias
    assert emu.era == era
    assert Settings(era=alias).era == era  # type: ignore[arg-type]
    assert _parser().parse_args(["serve", "--era", alias]).era == era


def test_the_command_line_takes_an_era() -> None:
    assert _parser().parse_args(["serve"]).era == "current"
    assert _parser().parse_args(["serve", "--era", "legacy"]).era == "legacy"
    result = subprocess.run(
        [sys.executable, "-m", "wriftai.testing", "serve", "--era", "yesterday"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0 and UNKNOWN_ERA in result.stderr
    assert "--era {current,legacy}" in result.stderr  # the usage shows the eras


@BOTH
def test_the_plugin_fixture_switches_to_wriftai_era(emu: Emulator, wriftai_era: str) -> None:
    assert emu.era == wriftai_era


@pytest.mark.parametrize(("wriftai_era", "era"), [("today", "current"), ("seeds", "legacy")])
def test_the_plugin_fixture_takes_an_alias(emu: Emulator, api: httpx.Client, era: str) -> None:
    assert emu.era == era
    me = api.get("/user").json()
    assert ("account_id" in me) == (era == "current")


# ---------------------------------------------------------------- users
@BOTH
def test_users(api: httpx.Client, wriftai_era: str) -> None:
    me, alice = api.get("/user").json(), api.get("/users/alice").json()
    if wriftai_era == "current":  # `name` is the handle; the person's name is display_name
        assert set(me) >= USER_CURRENT and not {"id", "username"} & set(me)
        assert (me["name"], me["display_name"], alice["name"]) == ("demo", "Demo User", "alice")
    else:
        assert set(me) >= USER_LEGACY and "account_id" not in me
        assert (me["username"], me["name"], alice["username"]) == ("demo", "Demo User", "alice")
    assert "urls" in me and "urls" in alice


# ---------------------------------------------------------------- models
@BOTH
def test_model_lists(api: httpx.Client, wriftai_era: str) -> None:
    (item,) = [m for m in api.get("/models").json()["items"] if m["name"] == "echo"]
    if wriftai_era == "current":  # slim items, the owner as a BaseUser
        assert set(item["owner"]) == {"account_id", "name", "avatar_url"}
        assert item["owner"]["name"] == "wriftai" and item["cover_image_url"]
        assert not (MODEL_DETAILS | {"hardware", "overview"}) & set(item)
    else:
        assert item["owner"]["username"] == "wriftai" and "bio" in item["owner"]
        assert set(item) >= MODEL_DETAILS and item["hardware"]["identifier"] == "cpu-small"
        assert "cover_image_url" not in item
    assert [c["slug"] for c in item["categories"]] == ["text-generation", "utilities"]


@BOTH
def test_model_details(api: httpx.Client, wriftai_era: str) -> None:
    model = api.get("/models/wriftai/echo").json()
    assert set(model) >= MODEL_DETAILS and model["latest_version"]["number"] == 2
    if wriftai_era == "current":  # overview and the latest version in detail; no hardware
        assert "overview" in model and model["cover_image_url"] and "hardware" not in model
        assert model["latest_version"]["schemas"]["prediction"]["input"]["required"]
    else:
        assert model["hardware"]["identifier"] == "cpu-small"
        assert "schemas" not in model["latest_version"] and "overview" not in model


@BOTH
def test_create_and_update_model(api: httpx.Client, wriftai_era: str) -> None:
    body = {"name": "fresh", "overview": "# Fresh", "category_slugs": ["audio"]}
    created = api.post("/models", json=body)  # no hardware_identifier: optional in both
    assert created.status_code == (200 if wriftai_era == "current" else 201)
    assert [c["slug"] for c in created.json()["categories"]] == ["audio"]
    assert "hardware" not in created.json()
    if wriftai_era == "current":
        assert created.json()["overview"] == "# Fresh"
    updated = api.patch("/models/demo/fresh", json={"category_slugs": ["utilities", "audio"]})
    assert updated.status_code == 200
    assert [c["slug"] for c in updated.json()["categories"]] == ["utilities", "audio"]
    unknown = api.post("/models", json={"name": "other", "category_slugs": ["nope"]})
    assert unknown.status_code == 422
    restricted = api.post("/models", json={"name": "hidden", "visibility": "restricted"})
    assert restricted.json()["visibility"] == "restricted"


@BOTH
def test_both_spellings_of_the_prediction_count_sort(api: httpx.Client) -> None:
    for _ in range(2):
        api.post("/predictions", json={"model": "wriftai/uppercase", "input": {"prompt": "x"}})
    orders = {}
    for sort_by in ("predictions_count", "prediction_count"):
        items = api.get("/models", params={"sort_by": sort_by}).json()["items"]
        orders[sort_by] = [m["name"] for m in items]
    assert orders["predictions_count"] == orders["prediction_count"]
    assert orders["predictions_count"][0] == "uppercase"
    unknown = api.get("/models", params={"sort_by": "stars"})
    assert unknown.status_code == 422


# ---------------------------------------------------------------- versions
@BOTH
def test_versions(api: httpx.Client, wriftai_era: str) -> None:
    api.post("/models", json={"name": "versioned", "hardware_identifier": "gpu-t4"})
    created = _version(api, "versioned", compatibilities={"openai_chat_completions": True})
    (listed,) = api.get("/models/demo/versioned/versions").json()["items"]
    got = api.get("/models/demo/versioned/versions/1").json()
    if wriftai_era == "current":
        assert created.status_code == 200
        assert created.json()["configuration"] == {
            "hardware_identifier": "gpu-t4",
            "variable_names": [],
        }
        assert created.json()["compatibilities"]["openai_chat_completions"] is True
        assert set(listed) == {"number", "release_notes", "created_at"}
        assert got["size"] > 0 and got["openai_chat_completions"] is True
    else:
        assert created.status_code == 201 and "configuration" not in created.json()
        assert listed["container_image_digest"] == DIGEST
        assert "size" not in got and "openai_chat_completions" not in got
    assert got["container_image_digest"] == DIGEST and got["schemas"] == SCHEMAS


@CURRENT
def test_a_version_keeps_the_previous_configuration(api: httpx.Client) -> None:
    api.post("/models", json={"name": "configured"})
    config = {"hardware_identifier": "gpu-a100-80gb", "variable_names": ["HF_TOKEN"]}
    assert _version(api, "configured", configuration=config).json()["configuration"] == config
    assert _version(api, "configured").json()["configuration"] == config
    bad = {"hardware_identifier": "quantum", "variable_names": []}
    assert _version(api, "configured", configuration=bad).status_code == 422


# ---------------------------------------------------------------- predictions
@BOTH
def test_prediction_shapes(api: httpx.Client, wriftai_era: str) -> None:
    created = api.post("/predictions", json=ECHO)
    prediction = created.json()
    listed = api.get("/predictions").json()["items"][0]
    if wriftai_era == "current":  # pending: 202; no url; metrics and stream
        assert created.status_code == 202 and prediction["status"] == "pending"
        assert "url" not in prediction and "url" not in listed
        assert prediction["metrics"] is None and prediction["stream"] is False
    else:
        assert created.status_code == 201
        assert prediction["url"].endswith(f"/predictions/{prediction['id']}")
        assert "metrics" not in prediction and "stream" not in prediction
    wait_for(lambda: api.get(f"/predictions/{prediction['id']}").json()["status"] == "succeeded")
    done = api.get(f"/predictions/{prediction['id']}").json()
    if wriftai_era == "current":
        assert done["metrics"]["output_pieces"] == 3


@BOTH
def test_a_prediction_that_ends_during_the_hold(api: httpx.Client, wriftai_era: str) -> None:
    for prefer in ("wait", "wait=5", "wait=2.567"):
        held = api.post("/predictions", json=ECHO, headers={"Prefer": prefer})
        assert held.json()["status"] == "succeeded", prefer
        assert held.status_code == (200 if wriftai_era == "current" else 201)


def test_a_prediction_still_running_after_the_hold_is_202_in_the_current_era() -> None:
    with Emulator(prediction_duration=5.0) as slow:
        response = httpx.post(
            f"{slow.base_url}/predictions",
            json=ECHO,
            headers={"Authorization": f"Bearer {slow.token}", "Prefer": "wait=0.25"},
            timeout=10,
        )
        assert response.status_code == 202
        assert response.json()["status"] in {"pending", "started"}
        assert slow.spec_violations == []


@BOTH
def test_streamed_create(api: httpx.Client, wriftai_era: str) -> None:
    response = api.post("/predictions", json={**ECHO, "stream": True}, headers={"Prefer": "wait"})
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    assert [e["event"] for e in events] == ["init", "output", "output", "output", "done"]
    init, done = events[0]["data"], events[-1]["data"]
    if wriftai_era == "current":  # init has only the id, done only the status
        assert response.status_code == 200
        assert set(init) == {"id"} and done == {"status": "succeeded"}
        assert api.get(f"/predictions/{init['id']}").json()["stream"] is True
    else:
        assert response.status_code == 201
        assert init["status"] == "pending" and "url" in init
        assert done["status"] == "succeeded" and done["output"] == ["a ", "b ", "c"]


@BOTH
def test_stream_by_id_with_a_fractional_idle_time(api: httpx.Client, wriftai_era: str) -> None:
    created = api.post("/predictions", json=ECHO).json()
    stream = api.get(f"/predictions/{created['id']}/stream", headers={"Prefer": "wait=1.5"})
    events = parse_sse(stream.text)
    assert events[0]["event"] == "init" and events[-1]["event"] == "done"
    if wriftai_era == "current":
        assert events[0]["data"] == {"id": created["id"]}
        assert events[-1]["data"] == {"status": "succeeded"}
    else:
        assert events[0]["data"]["id"] == created["id"]
        assert events[-1]["data"]["output"] == ["a ", "b ", "c"]


@BOTH
def test_cancel(api: httpx.Client, wriftai_era: str) -> None:
    created = api.post("/predictions", json=ECHO).json()
    cancelled = api.post(f"/predictions/{created['id']}/cancel")
    if wriftai_era == "current":  # accepted, nothing in the body
        assert cancelled.status_code == 202 and cancelled.json() == {}
    else:
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert api.get(f"/predictions/{created['id']}").json()["status"] == "cancelled"
    events = parse_sse(api.get(f"/predictions/{created['id']}/stream").text)
    assert events[-1]["event"] == "done" and events[-1]["data"]["status"] == "cancelled"


@BOTH
def test_input_must_be_an_object_in_the_current_era(api: httpx.Client, wriftai_era: str) -> None:
    response = api.post("/predictions", json={"model": "wriftai/echo", "input": "hello"})
    assert response.status_code == (422 if wriftai_era == "current" else 201)


@BOTH
def test_webhook_bodies_follow_the_era(emu: Emulator, api: httpx.Client, wriftai_era: str) -> None:
    hook = {"url": "http://127.0.0.1:9/unreachable", "secret": "s3cret"}
    api.post("/predictions", json={**ECHO, "webhook": hook})
    wait_for(lambda: len(emu.webhook_deliveries) >= 1)
    body = json.loads(emu.webhook_deliveries[0].body)
    assert ("url" in body) == (wriftai_era == "legacy")
    assert ("metrics" in body) == (wriftai_era == "current")


# ---------------------------------------------------------------- errors
@BOTH
def test_error_bodies(api: httpx.Client, emu: Emulator, wriftai_era: str) -> None:
    missing = api.get("/models/wriftai/missing")
    invalid = api.post("/models", json={"name": "bad name!"})
    unauthorized = httpx.get(f"{emu.base_url}/user")
    assert (missing.status_code, invalid.status_code, unauthorized.status_code) == (404, 422, 401)
    if wriftai_era == "current":  # {"error": ...}; the emulator adds the invalid fields
        assert missing.json() == {"error": "Model wriftai/missing not found."}
        assert "name" in invalid.json()["error"] and invalid.json()["detail"][0]["loc"]
        assert set(unauthorized.json()) == {"error"}
    else:
        assert missing.json() == {"message": "Model wriftai/missing not found.", "detail": None}
        assert "name" in invalid.json()["message"]
        assert set(unauthorized.json()) == {"message", "detail"}


def test_llm_engine_errors_do_not_change_with_the_era(emu: Emulator, api: httpx.Client) -> None:
    bodies = []
    for era in ("current", "legacy"):
        emu.era = era
        bodies.append(api.get("/files/file_missing").json())
    assert bodies[0] == bodies[1] and "error" not in bodies[0]


@BOTH
def test_injected_faults_answer_in_the_era(
    api: httpx.Client, emu: Emulator, wriftai_era: str
) -> None:
    emu.faults = Faults(rate_429=1.0, max_faults=1)
    limited = api.get("/hardware")
    assert limited.status_code == 429
    key = "error" if wriftai_era == "current" else "message"
    assert limited.json()[key] == "Rate limit exceeded."
