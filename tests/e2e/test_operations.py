"""Every facade method, in both forms, against the emulator over HTTP."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import wriftai

from .conftest import ERAS, Form, Scenario
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


def spec_operations(tags: frozenset[str] | None = TAGS) -> dict[str, str]:
    """Every operation of openapi.yaml (of `tags`; None: of any tag) -> its first tag."""
    spec = yaml.safe_load(SPEC.read_text())
    found = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            if tags is None or set(op.get("tags", [])) & tags:
                found[op["operationId"]] = (op.get("tags") or ["<untagged>"])[0]
    return found


def test_every_tag_of_the_spec_is_covered() -> None:
    every = spec_operations(None)
    uncovered = {op: tag for op, tag in every.items() if tag not in TAGS}
    assert not set(uncovered) - NOT_CLIENT_OPERATIONS, f"tags not covered: {uncovered}"
    assert set(every) - NOT_CLIENT_OPERATIONS <= set(OPERATIONS)


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
    if emu.era == "current":  # the person's name moved to display_name
        assert user.account_id and user.display_name == "Demo User"
    else:
        assert user.id and user.name == "Demo User"


async def users_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    assert (await call(client.users, "get", "alice")).username == "alice"
    with pytest.raises(wriftai.NotFoundError):
        await call(client.users, "get", "nobody-here")


async def users_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    page = await call(client.users, "list", {"page_size": 1, "sort_direction": "asc"})
    assert len(page.items) == 1 and page.next_cursor
    handles = [u.username for u in await call.drain(page)]
    assert {"alice", emu.username} <= set(handles) and len(handles) == len(set(handles))
    newest = await call(client.users, "list", {"sort_by": "created_at", "sort_direction": "desc"})
    assert [u.username for u in newest.items] == handles[::-1][: len(newest.items)]
    with pytest.raises(ValueError, match="'nonsense' is not a valid UsersSortBy"):
        await call(client.users, "list", {"sort_by": "nonsense"})


async def users_search(client: wriftai.Client, call: Form, emu: Any) -> None:
    found = await call.drain(await call(client.users, "search", "ALI", {"page_size": 1}))
    assert "alice" in {u.username for u in found}
    assert (await call(client.users, "search", "no-such-person-here")).items == []


async def authenticated_user_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    assert (await call(client.authenticated_user, "get")).username == emu.username


async def authenticated_user_update(client: wriftai.Client, call: Form, emu: Any) -> None:
    updated = await call(
        client.authenticated_user, "update", {"bio": "Builds models.", "location": "Lisbon"}
    )
    assert (updated.bio, updated.location) == ("Builds models.", "Lisbon")
    again = await call(client.authenticated_user, "get")
    assert again.bio == "Builds models." and again.username == emu.username
    with pytest.raises(TypeError, match="unknown key"):
        await call(client.authenticated_user, "update", {"email": "x@y.z"})


async def authenticated_user_models(client: wriftai.Client, call: Form, emu: Any) -> None:
    for name in ("mine-a", "mine-b"):
        await call(client.models, "create", {"name": name, "visibility": "private"})
    page = await call(client.authenticated_user, "models", {"page_size": 1})
    mine = await call.drain(page)
    assert {"mine-a", "mine-b"} <= {m.name for m in mine}
    assert {m.owner.username for m in mine} == {emu.username}


async def versions_get_configuration(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "conf"})
    options = {
        "release_notes": "x",
        "schemas": SCHEMAS,
        "container_image_digest": DIGEST,
        "configuration": {"hardware_identifier": "cpu-small", "variable_names": ["HF_TOKEN"]},
    }
    await call(client.versions, "create", emu.username, "conf", options)
    got = await call(client.versions, "get_configuration", f"{emu.username}/conf:1")
    assert (got.hardware_identifier, got.variable_names) == ("cpu-small", ["HF_TOKEN"])
    with pytest.raises(ValueError, match="owner/name:number"):
        await call(client.versions, "get_configuration", f"{emu.username}/conf")


async def versions_update_configuration(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.models, "create", {"name": "reconf"})
    options = {"release_notes": "x", "schemas": SCHEMAS, "container_image_digest": DIGEST}
    await call(client.versions, "create", emu.username, "reconf", options)
    ref = f"{emu.username}/reconf:1"
    changed = await call(client.versions, "update_configuration", ref, {"variable_names": ["A"]})
    assert changed.variable_names == ["A"]
    moved = await call(
        client.versions, "update_configuration", ref, {"hardware_identifier": "gpu-a100-80gb"}
    )
    assert (moved.hardware_identifier, moved.variable_names) == ("gpu-a100-80gb", ["A"])
    with pytest.raises(wriftai.UnprocessableEntityError):
        await call(client.versions, "update_configuration", ref, {"hardware_identifier": "nope"})


async def uploads_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    upload = await call(client.uploads, "create", size=3, mime_type="text/plain")
    assert upload.id and len(upload.urls) == 1 and upload.part_size == 3
    same = await call(client.uploads, "create", {"size": 3, "mime_type": "text/plain"})
    assert same.id != upload.id  # the official client's dict form
    with pytest.raises(ValueError, match="size"):
        await call(client.uploads, "create", size=-1, mime_type="text/plain")


async def uploads_complete(client: wriftai.Client, call: Form, emu: Any) -> None:
    """The two operations by hand: create, PUT the one part, complete with its ETag."""
    upload = await call(client.uploads, "create", size=5, mime_type="text/plain")
    put = httpx.put(upload.urls[0], content=b"hello", headers={"Content-Type": "text/plain"})
    done = await call(client.uploads, "complete", upload.id, etags=[put.headers["etag"]])
    assert httpx.get(done.download_url).content == b"hello"
    other = await call(client.uploads, "create", size=5, mime_type="text/plain")
    with pytest.raises(wriftai.UnprocessableEntityError):  # the part was never sent
        await call(client.uploads, "complete", other.id, {"etags": ['"nope"']})


async def uploads_upload(client: wriftai.Client, call: Form, emu: Any) -> None:
    content = b"%PDF-1.7 " * 1000
    seen: list[int] = []
    done = await call(
        client.uploads,
        "upload",
        io.BytesIO(content),
        mime_type="application/pdf",
        on_progress=lambda sent, total: seen.append(sent),
    )
    assert done.size == len(content) and seen[-1] == len(content)
    assert httpx.get(done.download_url).content == content


async def variables_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    plain = await call(
        client.variables,
        "create",
        {"name": "region", "key": "REGION", "value": "eu", "secret": False},
    )
    assert (plain.name, plain.key, plain.value, plain.secret) == ("region", "REGION", "eu", False)
    secret = await call(
        client.variables,
        "create",
        {"name": "hf", "key": "HF_TOKEN", "value": "hf_SECRET_value", "secret": True},
    )
    assert secret.secret is True and secret.value == ""  # a secret's value never comes back
    assert "hf_SECRET_value" not in repr(secret)
    with pytest.raises(wriftai.ConflictError):
        await call(
            client.variables, "create", {"name": "hf", "key": "K", "value": "v", "secret": True}
        )


async def variables_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    for n in range(3):
        params = {"name": f"v{n}", "key": f"K{n}", "value": str(n), "secret": n == 1}
        await call(client.variables, "create", params)
    page = await call(client.variables, "list", {"page_size": 2})
    assert len(page.items) == 2 and page.next_cursor
    everything = await call.drain(page)
    assert [v.name for v in everything] == ["v0", "v1", "v2"]
    assert [v.value for v in everything] == ["0", "", "2"]


async def variables_update(client: wriftai.Client, call: Form, emu: Any) -> None:
    params = {"name": "tok", "key": "TOKEN", "value": "a", "secret": False}
    await call(client.variables, "create", params)
    updated = await call(client.variables, "update", "tok", {"value": "b"})
    assert (updated.key, updated.value) == ("TOKEN", "b") and updated.updated_at
    with pytest.raises(wriftai.NotFoundError):
        await call(client.variables, "update", "missing", {"value": "b"})


async def variables_delete(client: wriftai.Client, call: Form, emu: Any) -> None:
    params = {"name": "gone", "key": "G", "value": "x", "secret": False}
    await call(client.variables, "create", params)
    assert await call(client.variables, "delete", "gone") is None
    assert [v.name for v in (await call(client.variables, "list")).items] == []
    with pytest.raises(wriftai.NotFoundError):
        await call(client.variables, "delete", "gone")


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
    images = await call(client.models, "list", {"category_slugs": ["image-generation"]})
    image_names = {m.name for m in await call.drain(images)}
    assert "sketch-diffusion" in image_names and "echo" not in image_names
    with pytest.raises(TypeError, match="category_slugs"):
        await call(client.models, "list", {"category_slugs": "image-generation"})


async def models_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    model = await call(client.models, "get", "wriftai", "echo")
    assert model.name == "echo" and model.latest_version is not None
    if emu.era == "current":  # no hardware on models; the latest version comes with its schemas
        assert model.cover_image_url and model.latest_version.schemas.prediction.input
    else:
        assert model.hardware.identifier == "cpu-small"
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
    assert version.number == 1 and version.schemas.prediction.input is not None


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
        await call(client.predictions, "create", ECHO, "wriftai/echo", wait=True, stream=True)
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
    assert str((await call(client.predictions, "get", created.id)).status) == "cancelled"


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


# ------------------------------------------------------------------ LLM Engine
LLM = "llama-2-7b"
TRT = "llama-2-7b-trt"  # a TensorRT-LLM endpoint: its streams never mark an output finished
SENTENCE = " The quick brown fox jumps over the lazy dog."
CONTENT = {"prompts": ["a", "b"], "max_new_tokens": 4, "temperature": 0.0}
CONFIG = {"model": LLM, "labels": {"team": "x"}}
TRAINING = b'{"prompt": "hi", "response": "there"}\n' * 3
LABELS = {"team": "research", "product": "assistant"}


def hook(call: Form, seen: list[Any]) -> Any:
    """An ``on_poll`` recording what it sees: sync for the sync form, async for async."""

    def on_poll(value: Any) -> None:
        seen.append(value)

    async def async_on_poll(value: Any) -> None:
        seen.append(value)

    return on_poll if call.name == "sync" else async_on_poll


async def completions_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    whole = await call(
        client.completions, "create", LLM, "Say it", 9, 0.5, stop_sequences=[" lazy"]
    )
    assert whole.output.text == " The quick brown fox jumps over the"
    assert whole.output.num_completion_tokens == 8
    chunks = await call.drain(
        await call(client.completions, "create", LLM, "Say it", 10, 0.5, stream=True)
    )
    assert "".join(c.output.text for c in chunks) == SENTENCE
    assert [c.output.finished for c in chunks] == [False] * 9 + [True]
    # LLM Engine's client's defaults: 20 tokens at temperature 0.2.
    default = await call(client.completions, "create", LLM, "Say it")
    assert default.output.num_completion_tokens == 20
    unfinished = await call.drain(await call(client.completions, "create", TRT, "x", stream=True))
    assert len(unfinished) == 20 and not any(c.output.finished for c in unfinished)
    logged = await call(client.completions, "create", LLM, "x", 2, 0.0, return_token_log_probs=True)
    assert [t.token for t in logged.output.tokens] == [" The", " quick"]
    with pytest.raises(wriftai.NotFoundError):
        await call(client.completions, "create", "no-such-endpoint", "x", 2, 0.0)
    with pytest.raises(wriftai.BadRequestError, match="top_k needs to be strictly positive"):
        await call(client.completions, "create", LLM, "x", 2, 0.5, top_k=0)
    assert emu.count("POST", "/llm/completions-stream") == 2


async def batch_completions_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.batch_completions, "create", "s3://out/", CONFIG, CONTENT)
    assert job.job_id in emu.state.batch_jobs
    config = {"model": "my-model", "checkpoint_path": "s3://b/ckpt", "quantization": "awq"}
    by_path = await call(
        client.batch_completions,
        "create",
        "s3://out/",
        config,
        input_data_path="s3://in.json",
        max_runtime_sec=600,
        priority="low",
        tool_config={"name": "code_evaluator", "max_iterations": 3},
    )
    params = emu.state.batch_jobs[by_path.job_id].params
    assert params["model_config"]["quantization"] == "awq" and params["priority"] == "low"
    assert params["tool_config"] == {"name": "code_evaluator", "max_iterations": 3}
    with pytest.raises(wriftai.BadRequestError, match="No checkpoint path found for model nope"):
        await call(
            client.batch_completions, "create", "s3://o/", {**CONFIG, "model": "nope"}, CONTENT
        )
    with pytest.raises(wriftai.BadRequestError, match="Data parallelism is disabled"):
        await call(
            client.batch_completions, "create", "s3://o/", CONFIG, CONTENT, data_parallelism=2
        )
    assert len(emu.state.batch_jobs) == 2


async def batch_completions_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.batch_completions, "create", "s3://out/", CONFIG, CONTENT)
    got = await call(client.batch_completions, "get", job.job_id)
    assert got.job.job_id == job.job_id and str(got.job.status) in {"queued", "running"}
    assert got.job.output_data_path == "s3://out/"
    assert got.job.metadata.labels.to_dict() == {"team": "x"}
    assert emu.count("GET", f"/v2/batch-completions/{job.job_id}") == 1
    with pytest.raises(wriftai.NotFoundError):
        await call(client.batch_completions, "get", "ft-missing")


async def batch_completions_cancel(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.batch_completions, "create", "s3://out/", CONFIG, CONTENT)
    assert (await call(client.batch_completions, "cancel", job.job_id)).success is True
    assert str((await call(client.batch_completions, "get", job.job_id)).job.status) == "cancelled"
    assert (await call(client.batch_completions, "cancel", job.job_id)).success is False
    assert emu.count("POST", f"/v2/batch-completions/{job.job_id}/actions/cancel") == 2


async def batch_completions_wait(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.batch_completions, "create", "s3://out/", CONFIG, CONTENT)
    seen: list[Any] = []
    done = await call(
        client.batch_completions, "wait", job.job_id, on_poll=hook(call, seen), poll_interval=0.1
    )
    assert str(done.job.status) == "completed" and done.job.completed_at
    assert str(seen[-1].job.status) == "completed" and len(seen) >= 2
    assert {str(s.job.status) for s in seen[:-1]} <= {"queued", "running"}
    slow = await call(client.batch_completions, "create", "s3://out/", CONFIG, CONTENT)
    with pytest.raises(wriftai.WaitTimeoutError) as info:
        await call(client.batch_completions, "wait", slow.job_id, poll_interval=0.05, timeout=0.1)
    assert str(info.value.latest.job.status) in {"queued", "running"}


async def upload(client: wriftai.Client, call: Form, content: bytes = TRAINING) -> Any:
    return await call(client.files, "upload", content, filename="train.jsonl")


async def fine_tunes_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    job = await call(
        client.fine_tunes, "create", LLM, file.id, file.id, {"epochs": 2}, {"project": "p"}, "v1"
    )
    params = emu.state.fine_tunes[job.id].params
    assert params["hyperparameters"] == {"epochs": 2} and params["suffix"] == "v1"
    plain = await call(client.fine_tunes, "create", LLM, file.id)  # hyperparameters: {}
    assert emu.state.fine_tunes[plain.id].params["hyperparameters"] == {}
    with pytest.raises(wriftai.NotFoundError):
        await call(client.fine_tunes, "create", LLM, "file-missing")
    compact = await upload(client, call, b'{"prompt":"hi","response":"there"}\n')
    with pytest.raises(wriftai.BadRequestError, match="Required column headers"):
        await call(client.fine_tunes, "create", LLM, compact.id)


async def fine_tunes_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.fine_tunes, "create", LLM, (await upload(client, call)).id)
    got = await call(client.fine_tunes, "get", job.id)
    assert got.id == job.id and str(got.status) in {"PENDING", "RUNNING"}
    with pytest.raises(wriftai.NotFoundError):
        await call(client.fine_tunes, "get", "ft-missing")


async def fine_tunes_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    ids = [(await call(client.fine_tunes, "create", LLM, file.id)).id for _ in range(2)]
    listed = await call(client.fine_tunes, "list")
    assert [j.id for j in listed.jobs] == ids and len(listed) == 2
    assert [j.id for j in await call.drain(listed)] == ids


async def fine_tunes_cancel(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.fine_tunes, "create", LLM, (await upload(client, call)).id)
    assert (await call(client.fine_tunes, "cancel", job.id)).success is True
    assert str((await call(client.fine_tunes, "wait", job.id)).status) == "CANCELLED"
    assert (await call(client.fine_tunes, "cancel", "ft-missing")).success is False


async def fine_tunes_events(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    job = await call(client.fine_tunes, "create", LLM, file.id, hyperparameters={"epochs": 3})
    first = await call(client.fine_tunes, "events", job.id)
    assert [e.message for e in await call.drain(first)][:1] == ["Job queued."]
    await call(client.fine_tunes, "wait", job.id, poll_interval=0.1)
    messages = [e.message for e in (await call(client.fine_tunes, "events", job.id)).events]
    assert messages[-1] == "Job ended with status SUCCESS."
    assert sum(m.startswith("Epoch") for m in messages) == 3


async def fine_tunes_wait(client: wriftai.Client, call: Form, emu: Any) -> None:
    job = await call(client.fine_tunes, "create", LLM, (await upload(client, call)).id)
    seen: list[Any] = []
    done = await call(
        client.fine_tunes, "wait", job.id, on_poll=hook(call, seen), poll_interval=0.1
    )
    assert str(done.status) == "SUCCESS" and done.fine_tuned_model
    assert [str(j.status) for j in seen][-1] == "SUCCESS"
    assert {str(j.status) for j in seen[:-1]} <= {"PENDING", "RUNNING"}


async def files_upload(client: wriftai.Client, call: Form, emu: Any) -> None:
    from_bytes = await upload(client, call)
    assert from_bytes.id.startswith("file-") and emu.state.files[from_bytes.id].content == TRAINING
    with tempfile.TemporaryDirectory() as tmp_dir:
        path = Path(tmp_dir) / "data.jsonl"
        path.write_bytes(b"line\n" * 1000)
        by_path = await call(client.files, "upload", path)
        by_str = await call(client.files, "upload", str(path))
        with path.open("rb") as fh:
            by_object = await call(client.files, "upload", fh)
    for uploaded in (by_path, by_str, by_object):
        record = emu.state.files[uploaded.id]
        assert record.filename == "data.jsonl" and record.content == b"line\n" * 1000
    with pytest.raises(TypeError):
        await call(client.files, "upload", 42)


async def files_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    got = await call(client.files, "get", file.id)
    assert (got.id, got.filename, got.size) == (file.id, "train.jsonl", len(TRAINING))
    with pytest.raises(wriftai.NotFoundError):
        await call(client.files, "get", "file-missing")


async def files_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    ids = [(await upload(client, call)).id for _ in range(3)]
    listed = await call(client.files, "list")
    assert [f.id for f in listed.files] == ids and len(listed) == 3
    assert [f.id for f in await call.drain(listed)] == ids


async def files_delete(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    assert (await call(client.files, "delete", file.id)).deleted is True
    with pytest.raises(wriftai.NotFoundError):
        await call(client.files, "get", file.id)


async def files_content(client: wriftai.Client, call: Form, emu: Any) -> None:
    file = await upload(client, call)
    got = await call(client.files, "content", file.id)
    assert got.id == file.id and got.content == TRAINING.decode()


ENDPOINT = {"name": "my-llm", "model_name": LLM, "labels": LABELS}


async def llm_endpoints_create(client: wriftai.Client, call: Form, emu: Any) -> None:
    created = await call(client.llm_endpoints, "create", ENDPOINT)
    assert created.endpoint_creation_task_id
    settings = emu.state.endpoints["my-llm"].settings
    assert settings["endpoint_type"] == "streaming" and settings["inference_framework"] == "vllm"
    # The official client's form, with the hardware pinned (all six fields).
    hardware = {"cpus": 4, "gpus": 2, "memory": "24Gi", "gpu_type": "nvidia-ampere-a10"}
    await call(
        client.llm_endpoints,
        "create",
        "my-tgi",
        LLM,
        "0.9.4",
        inference_framework="text_generation_inference",
        labels=LABELS,
        storage="40Gi",
        nodes_per_worker=1,
        public_inference=False,
        **hardware,
    )
    tgi = emu.state.endpoints["my-tgi"].settings
    assert (tgi["num_shards"], tgi["gpus"], tgi["public_inference"]) == (2, 2, False)
    with pytest.raises(wriftai.BadRequestError, match="already exists"):
        await call(client.llm_endpoints, "create", ENDPOINT)
    with pytest.raises(TypeError):
        await call(client.llm_endpoints, "create", {"name": "x"})


async def llm_endpoints_get(client: wriftai.Client, call: Form, emu: Any) -> None:
    got = await call(client.llm_endpoints, "get", LLM)
    assert got.name == LLM and str(got.status) == "READY"
    assert got.inference_framework_image_tag == got.inference_framework_tag == "0.4.0"
    assert got.spec.deployment_state.max_workers == 4 and got.spec.resource_state.gpus == 1
    await call(client.llm_endpoints, "create", ENDPOINT)
    assert str((await call(client.llm_endpoints, "get", "my-llm")).status).startswith("UPDATE_")
    with pytest.raises(wriftai.NotFoundError):
        await call(client.llm_endpoints, "get", "bobs-private-llm")


async def llm_endpoints_list(client: wriftai.Client, call: Form, emu: Any) -> None:
    listed = await call(client.llm_endpoints, "list")
    names = [e.name for e in await call.drain(listed)]
    assert LLM in names and names == [e.name for e in listed.model_endpoints]
    assert "qwen2-7b" in names and "bobs-private-llm" not in names  # public ones, any framework
    only = await call(client.llm_endpoints, "list", name="mistral-7b")
    assert [e.name for e in only] == ["mistral-7b"]
    ordered = await call(client.llm_endpoints, "list", order_by="alphabetical")
    assert [e.name for e in ordered] == sorted(names)


async def llm_endpoints_update(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.llm_endpoints, "create", {**ENDPOINT, "public_inference": False})
    updated = await call(client.llm_endpoints, "update", "my-llm", {"max_workers": 3})
    assert updated.endpoint_creation_task_id
    settings = emu.state.endpoints["my-llm"].settings
    assert settings["max_workers"] == 3 and settings["public_inference"] is False
    await call(client.llm_endpoints, "update", "my-llm", min_workers=1, public_inference=True)
    assert emu.state.endpoints["my-llm"].settings["public_inference"] is True


async def llm_endpoints_delete(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.llm_endpoints, "create", ENDPOINT)
    assert (await call(client.llm_endpoints, "delete", "my-llm")).deleted is True
    with pytest.raises(wriftai.NotFoundError):
        await call(client.llm_endpoints, "get", "my-llm")


async def llm_endpoints_download(client: wriftai.Client, call: Form, emu: Any) -> None:
    await call(client.llm_endpoints, "create", ENDPOINT)
    urls = (await call(client.llm_endpoints, "download", "my-llm")).urls
    assert set(urls.additional_properties) >= {"config.json", "model.safetensors"}
    with pytest.raises(wriftai.NotFoundError):  # only a model the caller serves
        await call(client.llm_endpoints, "download", LLM, "hugging_face")


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("users", "get_authenticated"): users_get_authenticated,
    ("users", "get"): users_get,
    ("users", "list"): users_list,
    ("users", "search"): users_search,
    ("authenticated_user", "get"): authenticated_user_get,
    ("authenticated_user", "update"): authenticated_user_update,
    ("authenticated_user", "models"): authenticated_user_models,
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
    ("versions", "get_configuration"): versions_get_configuration,
    ("versions", "update_configuration"): versions_update_configuration,
    ("predictions", "create"): predictions_create,
    ("predictions", "get"): predictions_get,
    ("predictions", "list"): predictions_list,
    ("predictions", "cancel"): predictions_cancel,
    ("predictions", "wait"): predictions_wait,
    ("predictions", "stream"): predictions_stream,
    ("uploads", "create"): uploads_create,
    ("uploads", "complete"): uploads_complete,
    ("uploads", "upload"): uploads_upload,
    ("variables", "create"): variables_create,
    ("variables", "list"): variables_list,
    ("variables", "update"): variables_update,
    ("variables", "delete"): variables_delete,
    ("completions", "create"): completions_create,
    ("batch_completions", "create"): batch_completions_create,
    ("batch_completions", "get"): batch_completions_get,
    ("batch_completions", "cancel"): batch_completions_cancel,
    ("batch_completions", "wait"): batch_completions_wait,
    ("fine_tunes", "create"): fine_tunes_create,
    ("fine_tunes", "get"): fine_tunes_get,
    ("fine_tunes", "list"): fine_tunes_list,
    ("fine_tunes", "cancel"): fine_tunes_cancel,
    ("fine_tunes", "events"): fine_tunes_events,
    ("fine_tunes", "wait"): fine_tunes_wait,
    ("files", "upload"): files_upload,
    ("files", "get"): files_get,
    ("files", "list"): files_list,
    ("files", "delete"): files_delete,
    ("files", "content"): files_content,
    ("llm_endpoints", "create"): llm_endpoints_create,
    ("llm_endpoints", "get"): llm_endpoints_get,
    ("llm_endpoints", "list"): llm_endpoints_list,
    ("llm_endpoints", "update"): llm_endpoints_update,
    ("llm_endpoints", "delete"): llm_endpoints_delete,
    ("llm_endpoints", "download"): llm_endpoints_download,
}


def test_extra_methods_and_scenarios_agree() -> None:
    assert set(SCENARIOS) >= EXTRA_METHODS


@pytest.mark.parametrize("wriftai_era", ERAS)
@pytest.mark.parametrize("method", facade_methods(), ids="{0[0]}.{0[1]}".format)
async def test_method(
    method: tuple[str, str], form: Form, client: wriftai.Client, wriftai_emulator: Any
) -> None:
    scenario = SCENARIOS.get(method)
    assert scenario is not None, f"no scenario exercises {method[0]}.{method[1]}"
    await scenario(client, form, wriftai_emulator)
