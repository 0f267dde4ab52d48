"""Every facade method, in both forms, against the emulator over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wriftai

from .conftest import Form, Scenario
from .operations import EXTRA_METHODS, NOT_CLIENT_OPERATIONS, OPERATIONS, TAGS, facade_methods

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
ECHO = {"input": {"prompt": "hello world"}}
DIGEST = "sha256:" + "ab" * 32
SCHEMAS = {
    "prediction": {
        "input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
        "output": {"type": "array", "items": {"type": "string"}},
    }
}


def spec_operations() -> dict[str, str]:
    spec = yaml.safe_load(SPEC.read_text())
    found = {}
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op and set(op.get("tags", [])) & TAGS:
                found[op["operationId"]] = op["tags"][0]
    return found


def test_every_operation_has_a_method_in_both_forms() -> None:
    operations = spec_operations()
    missing = set(operations) - set(OPERATIONS) - NOT_CLIENT_OPERATIONS
    assert not missing, f"operations without a facade method: {sorted(missing)}"
    stale = set(OPERATIONS) - set(operations)
    assert not stale, f"table rows for operations the spec no longer has: {sorted(stale)}"
    client = wriftai.Client(access_token="t", api_base_url="http://127.0.0.1:9/v1")
    for resource, method in facade_methods():
        res = getattr(client, resource)
        assert callable(getattr(res, method, None)), f"{resource}.{method} is missing"
        assert callable(getattr(res, f"async_{method}", None)), f"{resource}.async_{method}"


# ------------------------------------------------------------------ scenarios
async def users_get_authenticated(client: wriftai.Client, call: Form, emu: Any) -> None:
    user = await call(client.users, "get_authenticated")
    assert user.username == emu.username


async def users_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    assert (await call(client.users, "get", "alice")).username == "alice"
    with pytest.raises(wriftai.NotFoundError):
        await call(client.users, "get", "nobody-here")


async def hardware_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.hardware, "list", {"page_size": 2})
    assert len(page.items) == 2 and page.next_cursor
    every = await call.drain(page)
    assert "cpu-small" in {h.identifier for h in every} and len(every) > 2


async def model_categories_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.model_categories, "list", {"page_size": 1})
    slugs = [c.slug for c in await call.drain(page)]
    assert "text-generation" in slugs and len(slugs) == len(set(slugs)) > 1


async def models_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.models, "list", {"page_size": 2, "sort_by": "created_at"})
    names = {(m.owner.username, m.name) for m in await call.drain(page)}
    assert ("wriftai", "echo") in names and ("alice", "sketch-diffusion") in names
    mine = await call(client.models, "list", None, "wriftai")
    assert {m.owner.username for m in mine.items} == {"wriftai"}


async def models_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    model = await call(client.models, "get", "wriftai", "echo")
    assert model.name == "echo" and model.latest_version is not None
    with pytest.raises(wriftai.NotFoundError):
        await call(client.models, "get", "wriftai", "missing")


async def models_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    params = {"name": f"m-{call.name}", "hardware_identifier": "cpu-small", "visibility": "private"}
    model = await call(client.models, "create", params)
    assert model.name == f"m-{call.name}" and str(model.visibility) == "private"
    with pytest.raises(wriftai.ConflictError):
        await call(client.models, "create", params)


async def models_update(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "upd", "hardware_identifier": "cpu-small"})
    model = await call(client.models, "update", emu.username, "upd", {"description": "new"})
    assert model.description == "new"


async def models_delete(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "gone", "hardware_identifier": "cpu-small"})
    assert await call(client.models, "delete", emu.username, "gone") is None
    with pytest.raises(wriftai.NotFoundError):
        await call(client.models, "get", emu.username, "gone")


async def models_search(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.models, "search", "echo")
    assert "echo" in {m.name for m in await call.drain(page)}


async def versions_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.versions, "list", "wriftai", "echo", {"page_size": 1})
    numbers = [v.number for v in await call.drain(page)]
    assert sorted(numbers) == [1, 2]


async def versions_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    version = await call(client.versions, "get", "wriftai/echo:1")
    assert version.number == 1 and version.schemas.prediction.input_ is not None


async def versions_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "ver", "hardware_identifier": "cpu-small"})
    options = {"release_notes": "first", "schemas": SCHEMAS, "container_image_digest": DIGEST}
    version = await call(client.versions, "create", emu.username, "ver", options)
    assert version.number == 1 and version.container_image_digest == DIGEST


async def versions_delete(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "vdel", "hardware_identifier": "cpu-small"})
    options = {"release_notes": "x", "schemas": SCHEMAS, "container_image_digest": DIGEST}
    await call(client.versions, "create", emu.username, "vdel", options)
    assert await call(client.versions, "delete", f"{emu.username}/vdel:1") is None
    with pytest.raises(wriftai.NotFoundError):
        await call(client.versions, "get", f"{emu.username}/vdel:1")


async def predictions_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(client.predictions, "create", ECHO, "wriftai/echo")
    assert created.id and created.model.name == "echo"
    done = await call(client.predictions, "create", ECHO, "wriftai/echo:1", True)
    assert str(done.status) == "succeeded" and "".join(done.output) == "hello world"
    events = await call.drain(
        await call(client.predictions, "create", ECHO, "wriftai/echo", stream=True)
    )
    assert events[0].event == "init" and events[-1].event == "done"
    with pytest.raises(wriftai.UnprocessableEntityError):
        await call(
            client.predictions, "create", {"input": {}, "validate_input": True}, "wriftai/echo"
        )


async def predictions_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(client.predictions, "create", ECHO, "wriftai/echo")
    assert (await call(client.predictions, "get", created.id)).id == created.id


async def predictions_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.predictions, "create", ECHO, "wriftai/echo", True)
    await call(
        client.predictions, "create", {"input": {"prompt": "x", "fail": True}}, "wriftai/echo", True
    )
    everything = await call.drain(await call(client.predictions, "list", {"page_size": 1}))
    assert len(everything) == 2
    failed = await call(client.predictions, "list", statuses=["failed"])
    assert [str(p.status) for p in failed.items] == ["failed"]


async def predictions_cancel(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(
        client.predictions, "create", {"input": {"prompt": "a b c d e f"}}, "wriftai/echo"
    )
    cancelled = await call(client.predictions, "cancel", created.id)
    assert str(cancelled.status) == "cancelled"


async def predictions_wait(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(client.predictions, "create", ECHO, "wriftai/echo")
    seen: list[str] = []

    def on_poll(p: Any) -> None:
        seen.append(str(p.status))

    async def async_on_poll(p: Any) -> None:
        on_poll(p)

    options_type = wriftai.WaitOptions if call.name == "sync" else wriftai.AsyncWaitOptions
    hook = on_poll if call.name == "sync" else async_on_poll
    done = await call(client.predictions, "wait", created.id, options_type(on_poll=hook))
    assert str(done.status) == "succeeded" and seen[-1] == "succeeded"
    failing = await call(
        client.predictions, "create", {"input": {"prompt": "x", "fail": True}}, "wriftai/echo"
    )
    failed = await call(client.predictions, "wait", failing.id)
    assert str(failed.status) == "failed" and failed.error is not None


async def predictions_stream(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(
        client.predictions, "create", {"input": {"prompt": "a b c"}}, "wriftai/echo"
    )
    events = await call.drain(await call(client.predictions, "stream", created.id))
    kinds = [e.event for e in events]
    assert kinds[0] == "init" and kinds[-1] == "done"
    assert "".join(e.data for e in events if e.event == "output") == "a b c"
    assert len({e.id for e in events}) == len(events)


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("users", "get_authenticated"): users_get_authenticated,
    ("users", "get"): users_get,
    ("hardware", "list"): hardware_list,
    ("model_categories", "list"): model_categories_list,
    ("models", "list"): models_list,
    ("models", "get"): models_get,
    ("models", "create"): models_create,
    ("models", "update"): models_update,
    ("models", "delete"): models_delete,
    ("models", "search"): models_search,
    ("versions", "list"): versions_list,
    ("versions", "get"): versions_get,
    ("versions", "create"): versions_create,
    ("versions", "delete"): versions_delete,
    ("predictions", "create"): predictions_create,
    ("predictions", "get"): predictions_get,
    ("predictions", "list"): predictions_list,
    ("predictions", "cancel"): predictions_cancel,
    ("predictions", "wait"): predictions_wait,
    ("predictions", "stream"): predictions_stream,
}


def test_extra_methods_and_scenarios_agree() -> None:
    assert set(SCENARIOS) >= EXTRA_METHODS


@pytest.mark.parametrize("method", facade_methods(), ids="{0[0]}.{0[1]}".format)
async def test_method(
    method: tuple[str, str], form: Form, client: wriftai.Client, wriftai_emulator: Any
) -> None:
    scenario = SCENARIOS.get(method)
    assert scenario is not None, f"no scenario exercises {method[0]}.{method[1]}"
    await scenario(client, form, wriftai_emulator)
