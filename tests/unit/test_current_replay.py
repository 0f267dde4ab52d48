"""Responses shaped like the current WriftAI API, replayed through the client in both forms.

The bodies below are this project's own, written from what the newest official client
(0.34.0) shows of the wire: users named by ``account_id`` and ``name`` (the handle) with a
``display_name``; slim model list items with a ``cover_image_url`` and the owner as a
basic user; model details with an ``overview`` and the latest version in detail, and no
hardware; version list items without a digest; a version's compatibility flags at its top
level, a digest without the ``sha256:`` prefix and an image ``size``; predictions without
``url`` but with ``metrics`` and ``stream``, and sometimes without ``error``; ``202`` for
a prediction still running, ``200`` once it ended during a hold, ``202 {}`` for a cancel,
``200`` for the creates, ``204`` with ``{}`` for the deletes; stream events whose ``init``
carries only the id and whose ``done`` carries only the status, or null.

Every operation of the releases up to 0.22 must parse with no exception, its typed fields
must read typed, and the strict client (``strict_response_validation=True``) must accept
them too: the current API's shapes conform to openapi.yaml.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import wriftai
from wriftai_api.models import (
    ModelVisibility,
    PredictionDoneEvent,
    PredictionInitEvent,
    PredictionOutputEvent,
    PredictionStatus,
)

from .conftest import Recorder, make_client

PID = "0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3"
ACCOUNT = "5d3e9a10-7c2b-4f6e-9a8d-1b2c3d4e5f60"
OWNER = {"account_id": ACCOUNT, "name": "lumen-labs", "avatar_url": "https://cdn.test/a.png"}

USER = {
    **OWNER,
    "display_name": "Lumen Labs",
    "bio": "We train small vision models.",
    "urls": ["https://lumen.test"],
    "location": "Porto",
    "company": None,
    "created_at": "2025-02-11T09:30:12.480211Z",
    "updated_at": "2025-06-01T17:02:44.120034Z",
}
CATEGORY = {"name": "Vision", "slug": "vision"}
MODEL_ITEM = {
    "id": "7a1f3c9e-0d42-4b8e-a6f1-2c3d4e5f6a7b",
    "name": "tiny-detector",
    "created_at": "2025-04-02T12:00:00Z",
    "visibility": "public",
    "description": "Finds things in pictures.",
    "updated_at": None,
    "cover_image_url": "https://cdn.test/tiny-detector/cover.webp",
    "owner": OWNER,
    "predictions_count": 31,
    "categories": [CATEGORY],
}
SCHEMAS = {
    "prediction": {
        "input": {"type": "object", "properties": {"image": {"type": "string"}}},
        "output": {"type": "array"},
        "stream_output": {},
    }
}
LATEST = {
    "number": 3,
    "release_notes": "Smaller weights.",
    "created_at": "2025-05-20T08:15:00Z",
    "schemas": SCHEMAS,
    "container_image_digest": "sha256:1f2e3d",
}
MODEL = {
    **MODEL_ITEM,
    "visibility": "restricted",
    "overview": "## Tiny detector\nIt is small.",
    "source_url": "https://git.test/tiny-detector",
    "license_url": None,
    "paper_url": None,
    "latest_version": LATEST,
}
VERSION_ITEM = {
    "number": 3,
    "release_notes": "Smaller weights.",
    "created_at": "2025-05-20T08:15:00Z",
}
FLAGS = {
    "openai_chat_completions": False,
    "openai_embeddings": True,
    "openai_images_generations": False,
    "openai_responses": False,
    "anthropic_messages": False,
}
VERSION = {
    "number": 3,
    "release_notes": "Smaller weights.",
    "created_at": "2025-05-20T08:15:00.000312Z",
    "schemas": SCHEMAS,
    "container_image_digest": "6f" * 32,
    "size": 41_943_040,
    **FLAGS,
}
CONFIGURATION = {"hardware_identifier": "gpu-l4", "variable_names": ["HF_TOKEN"]}
VERSION_CREATED = {
    **VERSION,
    "number": 4,
    "container_image_digest": "sha256:" + "6f" * 32,
    "compatibilties": FLAGS,  # sic: spelled so in the evidence; kept as an extra field
    "configuration": CONFIGURATION,
}
HARDWARE = {
    "identifier": "gpu-l4",
    "name": "NVIDIA L4",
    "gpus": 1,
    "cpus": 8,
    "vram_gb": 24,
    "ram_gib": 32,
    "created_at": "2025-01-05T00:00:00Z",
    "description": None,
}
PREDICTION_ITEM = {
    "id": PID,
    "created_at": "2025-06-03T10:00:00.000001Z",
    "status": "starting",
    "updated_at": "2025-06-03T10:00:00.5Z",
    "setup_time": None,
    "execution_time": None,
    "model": {"owner": "lumen-labs", "name": "tiny-detector", "version_number": 3},
}


def prediction(status: str, **changes: Any) -> dict[str, Any]:
    """A prediction with its input and output, as the current API sends it (no ``url``)."""
    done = status == "succeeded"
    return {
        **PREDICTION_ITEM,
        "status": status,
        "input": {"image": "https://cdn.test/cat.png"},
        "output": [{"label": "cat"}] if done else None,
        "error": None,
        "metrics": {"predict_time": 0.41, "boxes": 1} if done else None,
        "stream": False,
        **changes,
    }


def page(*items: Any) -> dict[str, Any]:
    return {"items": list(items), "next_cursor": None, "previous_cursor": None}


def sse(*events: tuple[str, str, Any]) -> httpx.Response:
    text = "".join(f"id: {i}\nevent: {e}\ndata: {json.dumps(d)}\n\n" for i, e, d in events)
    return httpx.Response(200, content=text.encode(), headers={"content-type": "text/event-stream"})


class CurrentAPI:
    """Answers each operation of releases up to 0.22 as the current API does; GETs of the
    prediction progress.

    Args:
        done: The data of the stream's ``done`` event (only the status, or null).
    """

    def __init__(self, done: Any = {"status": "succeeded"}) -> None:  # noqa: B006
        self.polls = 0
        self.stream = [
            ("1", "init", {"id": PID}),
            ("2", "output", {"label": "cat"}),
            ("3", "done", done),
        ]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        method, path = request.method, request.url.path.removeprefix("/v1")
        answer = self.answer(method, path, request)
        if isinstance(answer, httpx.Response):
            return answer
        status, body = answer
        return httpx.Response(status, json=body, headers={"x-request-id": "req_current"})

    def answer(self, method: str, path: str, request: httpx.Request) -> Any:
        routes: dict[tuple[str, str], Callable[[], Any]] = {
            ("GET", "/user"): lambda: (200, USER),
            ("GET", "/users/lumen-labs"): lambda: (200, USER),
            ("GET", "/hardware"): lambda: (200, page(HARDWARE)),
            ("GET", "/model_categories"): lambda: (
                200,
                page({**CATEGORY, "description": "Models that look at images."}),
            ),
            ("GET", "/models"): lambda: (200, page(MODEL_ITEM)),
            ("GET", "/models/lumen-labs"): lambda: (200, page(MODEL_ITEM)),
            ("GET", "/search/models"): lambda: (200, page(MODEL_ITEM)),
            ("POST", "/models"): lambda: (200, {**MODEL, "latest_version": None}),
            ("GET", "/models/lumen-labs/tiny-detector"): lambda: (200, MODEL),
            ("PATCH", "/models/lumen-labs/tiny-detector"): lambda: (200, MODEL),
            ("DELETE", "/models/lumen-labs/tiny-detector"): lambda: (204, {}),
            ("GET", "/models/lumen-labs/tiny-detector/versions"): lambda: (200, page(VERSION_ITEM)),
            ("POST", "/models/lumen-labs/tiny-detector/versions"): lambda: (200, VERSION_CREATED),
            ("GET", "/models/lumen-labs/tiny-detector/versions/3"): lambda: (200, VERSION),
            ("DELETE", "/models/lumen-labs/tiny-detector/versions/3"): lambda: (204, {}),
            ("GET", "/predictions"): lambda: (200, page(PREDICTION_ITEM)),
            ("POST", f"/predictions/{PID}/cancel"): lambda: (202, {}),
            ("GET", f"/predictions/{PID}/stream"): lambda: sse(*self.stream),
        }
        if (method, path) == ("POST", "/predictions"):
            return self.create(request)
        if (method, path) == ("GET", f"/predictions/{PID}"):
            self.polls += 1
            status = ["started", "succeeded"][min(self.polls, 2) - 1]
            body = prediction(status)
            if status == "started":
                del body["error"]  # the current API may leave `error` out while there is none
            return 200, body
        return routes[(method, path)]()

    def create(self, request: httpx.Request) -> Any:
        sent = json.loads(request.content)
        if sent.get("stream") and request.headers.get("Prefer"):
            return sse(*self.stream)
        if request.headers.get("Prefer"):  # it ended during the hold
            return 200, prediction("succeeded", stream=bool(sent.get("stream")))
        return 202, prediction("pending")


class Form:
    """One facade method call in the sync or the async form."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __call__(self, resource: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.name == "sync":
            return getattr(resource, method)(*args, **kwargs)
        return await getattr(resource, f"async_{method}")(*args, **kwargs)

    async def events(self, resource: Any, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        if self.name == "sync":
            return list(getattr(resource, method)(*args, **kwargs))
        result = getattr(resource, f"async_{method}")(*args, **kwargs)
        if hasattr(result, "__await__"):
            result = await result
        return [event async for event in result]


@pytest.fixture(params=["sync", "async"])
def form(request: pytest.FixtureRequest) -> Form:
    return Form(request.param)


@pytest.fixture(params=[False, True], ids=["tolerant", "strict"])
def current(request: pytest.FixtureRequest) -> tuple[wriftai.Client, Recorder]:
    return make_client(CurrentAPI(), strict_response_validation=request.param, max_retries=0)


Current = tuple[wriftai.Client, Recorder]


# ------------------------------------------------------------------ users, hardware, categories
async def test_users(current: Current, form: Form) -> None:
    client, _ = current
    for user in (
        await form(client.users, "get_authenticated"),
        await form(client.users, "get", "lumen-labs"),
    ):
        assert user.name == "lumen-labs" and user.account_id == ACCOUNT  # name is the handle
        assert user.display_name == "Lumen Labs" and user.urls == ["https://lumen.test"]
        assert user.created_at.year == 2025 and user.company is None
        assert not user.additional_properties


async def test_hardware_and_categories(current: Current, form: Form) -> None:
    client, _ = current
    (hardware,) = (await form(client.hardware, "list")).items
    assert hardware.identifier == "gpu-l4" and hardware.vram_gb == 24
    (category,) = (await form(client.model_categories, "list")).items
    assert category.slug == "vision" and category.description == "Models that look at images."


# ------------------------------------------------------------------ models
async def test_model_lists(current: Current, form: Form) -> None:
    client, recorder = current
    pages = [
        await form(client.models, "list"),
        await form(client.models, "list", {"sort_by": "predictions_count"}, "lumen-labs"),
        await form(client.models, "search", "detector"),
    ]
    for listed in pages:
        (model,) = listed.items
        assert model.owner.name == "lumen-labs" and model.owner.account_id == ACCOUNT
        assert model.cover_image_url == "https://cdn.test/tiny-detector/cover.webp"
        assert model.visibility is ModelVisibility.PUBLIC and model.predictions_count == 31
        assert model.categories[0].slug == "vision" and not model.additional_properties
    assert "page_size" not in recorder.requests[0].url.params  # sent only when given


async def test_model_details(current: Current, form: Form) -> None:
    client, _ = current
    for model in (
        await form(client.models, "get", "lumen-labs", "tiny-detector"),
        await form(client.models, "update", "lumen-labs", "tiny-detector", {"description": "x"}),
    ):
        assert model.owner.name == "lumen-labs" and model.overview.startswith("## Tiny")
        assert model.visibility is ModelVisibility.RESTRICTED
        assert model.latest_version.number == 3
        assert model.latest_version.schemas.prediction.stream_output is not None
        assert model.source_url == "https://git.test/tiny-detector"
        assert not model.additional_properties


async def test_create_and_delete_model(current: Current, form: Form) -> None:
    client, recorder = current
    created = await form(client.models, "create", {"name": "tiny-detector"})  # 200 now
    assert created.name == "tiny-detector" and created.latest_version is None
    assert await form(client.models, "delete", "lumen-labs", "tiny-detector") is None  # 204 {}
    assert json.loads(recorder.requests[0].content) == {"name": "tiny-detector"}


# ------------------------------------------------------------------ versions
async def test_versions(current: Current, form: Form) -> None:
    client, _ = current
    (item,) = (await form(client.versions, "list", "lumen-labs", "tiny-detector")).items
    assert item.number == 3 and not item.additional_properties  # no digest in list items
    version = await form(client.versions, "get", "lumen-labs/tiny-detector:3")
    assert version.number == 3 and version.size == 41_943_040
    assert version.openai_embeddings is True and version.container_image_digest == "6f" * 32
    assert version.schemas.prediction.input["type"] == "object"
    options = {
        "release_notes": "Smaller weights.",
        "schemas": SCHEMAS,
        "container_image_digest": "sha256:" + "6f" * 32,
    }
    created = await form(client.versions, "create", "lumen-labs", "tiny-detector", options)
    assert created.number == 4 and created.configuration.hardware_identifier == "gpu-l4"
    assert created.additional_properties == {"compatibilties": FLAGS}
    assert await form(client.versions, "delete", "lumen-labs/tiny-detector:3") is None


# ------------------------------------------------------------------ predictions
async def test_create_get_and_list_predictions(current: Current, form: Form) -> None:
    client, recorder = current
    params = {"input": {"image": "https://cdn.test/cat.png"}}
    pending = await form(client.predictions, "create", params, "lumen-labs/tiny-detector")
    assert pending.id == PID and pending.status is PredictionStatus.PENDING  # answered 202
    assert pending.metrics is None and pending.stream is False
    with pytest.raises(wriftai.ResponseFieldError, match="no longer sends a prediction's URL"):
        _ = pending.url
    assert "Validate-Input" not in recorder.requests[-1].headers  # sent only when asked
    got = await form(client.predictions, "get", PID)
    assert got.status is PredictionStatus.STARTED and not got.error  # `error` left out
    done = await form(client.predictions, "get", PID)
    assert done.output == [{"label": "cat"}] and done.metrics["boxes"] == 1
    (listed,) = (await form(client.predictions, "list", statuses=["starting"])).items
    assert listed.status is PredictionStatus.STARTING and listed.model.version_number == 3


async def test_create_and_wait(current: Current, form: Form) -> None:
    client, recorder = current
    params = {"input": {"image": "https://cdn.test/cat.png"}}
    done = await form(client.predictions, "create", params, "lumen-labs/tiny-detector", True)
    assert done.status is PredictionStatus.SUCCEEDED  # answered 200 after the hold
    assert done.metrics["predict_time"] == 0.41
    assert [r.method for r in recorder.requests] == ["POST"]


async def test_wait_polls_until_terminal(current: Current, form: Form) -> None:
    client, recorder = current
    options = (wriftai.WaitOptions if form.name == "sync" else wriftai.AsyncWaitOptions)(
        poll_interval=0.01
    )
    done = await form(client.predictions, "wait", PID, options)
    assert done.status is PredictionStatus.SUCCEEDED and done.output == [{"label": "cat"}]
    assert [r.url.path for r in recorder.requests] == [f"/v1/predictions/{PID}"] * 2


async def test_cancel(current: Current, form: Form) -> None:
    client, recorder = current
    cancelled = await form(client.predictions, "cancel", PID)  # 202 {}
    assert cancelled.id == PID
    assert recorder.requests[0].url.path == f"/v1/predictions/{PID}/cancel"


@pytest.mark.parametrize("done_data", [{"status": "succeeded"}, None], ids=["status", "null"])
async def test_streams(form: Form, strict: bool, done_data: Any) -> None:
    api = CurrentAPI(done=done_data)
    client, recorder = make_client(api, strict_response_validation=strict, max_retries=0)
    params = {"input": {"image": "https://cdn.test/cat.png"}}
    streams = [
        await form.events(client.predictions, "stream", PID),
        await form.events(
            client.predictions, "create", params, "lumen-labs/tiny-detector", wait=True, stream=True
        ),
    ]
    for events in streams:
        init, output, done = events
        assert isinstance(init, PredictionInitEvent) and init.data.id == PID
        assert isinstance(output, PredictionOutputEvent) and output.data == {"label": "cat"}
        assert isinstance(done, PredictionDoneEvent)
        if done_data is None:
            assert done.data is None
        else:
            assert done.data.status is PredictionStatus.SUCCEEDED
    posts = [r for r in recorder.requests if r.method == "POST"]
    assert len(posts) == 1  # the streamed create was sent once


@pytest.fixture(params=[False, True], ids=["tolerant", "strict"])
def strict(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.mark.parametrize("given", ["prediction_count", "predictions_count"])
def test_sorting_by_the_prediction_count_is_sent_as_the_current_api_spells_it(given: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"items": [], "next_cursor": None, "previous_cursor": None})

    client, _rec = make_client(handler)
    client.models.list({"sort_by": given})
    assert sent[0].url.params["sort_by"] == "predictions_count"
