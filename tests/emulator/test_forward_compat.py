"""Forward-compatibility mode: unknown fields and unknown open-enum values, still valid."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from emulator_helpers import parse_sse, wait_for

from wriftai.testing import Emulator


@pytest.fixture(scope="module")
def future() -> Iterator[Emulator]:
    with Emulator(forward_compat=True, prediction_duration=1.0, job_duration=1.0, seed=5) as emu:
        yield emu


@pytest.fixture
def client(future: Emulator) -> Iterator[httpx.Client]:
    future.reset()
    headers = {"Authorization": f"Bearer {future.token}"}
    with httpx.Client(base_url=future.base_url, headers=headers, timeout=10) as http:
        yield http
    assert future.spec_violations == []


def test_objects_carry_unknown_fields(client: httpx.Client) -> None:
    user = client.get("/user").json()
    assert "emulator_future_field" in user
    model = client.get("/models/wriftai/echo").json()
    assert "emulator_future_field" in model
    assert "emulator_future_field" in model["owner"]
    page = client.get("/hardware").json()
    assert all("emulator_future_field" in item for item in page["items"])


def test_open_enums_get_unknown_values_but_the_state_machine_holds(client: httpx.Client) -> None:
    created = [
        client.post(
            "/predictions", json={"model": "wriftai/echo", "input": {"prompt": "x y"}}
        ).json()
        for _ in range(8)
    ]
    statuses = {p["status"] for p in created}
    assert "queued" in statuses  # a value PredictionStatus does not list
    assert statuses <= {"queued", "pending"}
    target = created[0]["id"]
    wait_for(lambda: client.get(f"/predictions/{target}").json()["status"] == "succeeded")
    events = parse_sse(client.get(f"/predictions/{target}/stream").text)
    assert events[-1]["event"] == "done"


def test_job_and_endpoint_statuses_can_be_unknown(client: httpx.Client, future: Emulator) -> None:
    body = {
        "output_data_path": "s3://b/o.json",
        "input_data_path": "s3://b/i.json",
        "model_config": {"model": "llama-2-7b", "labels": {}},
    }
    seen = set()
    v2 = f"{future.url}/v2/batch-completions"
    for _ in range(16):
        job_id = client.post("/llm/batch-completions", json=body).json()["job_id"]
        seen.add(client.get(f"{v2}/{job_id}").json()["job"]["status"])
    assert "scheduling" in seen  # a value BatchCompletionsJobStatus does not list
    wait_for(lambda: client.get(f"{v2}/{job_id}").json()["job"]["status"] == "completed")


def test_forward_compat_is_off_by_default(api: httpx.Client) -> None:
    assert "emulator_future_field" not in api.get("/user").json()
    created = api.post("/predictions", json={"model": "wriftai/echo", "input": {"prompt": "x"}})
    assert created.json()["status"] == "pending"
