"""Code written from the documentation of the client's releases up to 0.22, run on every era.

The script below uses only what that documentation shows: its method signatures
(``models.get(owner, name)``, ``versions.create(model_owner, model_name, options)``,
``predictions.create(params, model, wait=...)``, ``wait(prediction_id, options)``) and its
attribute names (``owner.username``, ``owner.id``, ``model.hardware``, ``prediction.url``,
...). It runs against the emulator in the API of those releases and in the current one,
in both forms, and reads every attribute that documentation gives models, versions,
predictions and users, through those names only. Where the current API keeps a value
under another name, the old name reads it; where it no longer sends one, reading the old
name raises `wriftai.ResponseFieldError` saying so.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import wriftai

from .conftest import ERAS, Form

pytestmark = pytest.mark.parametrize("wriftai_era", ERAS)

DIGEST = "sha256:" + "cd" * 32
SCHEMAS = {
    "prediction": {
        "input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
        "output": {"type": "array", "items": {"type": "string"}},
    }
}


def _current(emu: Any) -> bool:
    return bool(emu.era == "current")


def _gone(read: Any, what: str) -> None:
    """Reading `read()` raises ResponseFieldError saying the API no longer sends `what`."""
    with pytest.raises(wriftai.ResponseFieldError, match=f"no longer sends {what}"):
        read()


def _base_user(user: Any, handle: str | None = None) -> None:
    """The documented ``BaseUser``: id, username and avatar_url, all strings."""
    assert isinstance(user.id, str) and user.id
    assert isinstance(user.username, str) and user.username
    assert isinstance(user.avatar_url, str) and user.avatar_url
    if handle is not None:
        assert user.username == handle


def _user(user: Any, handle: str) -> None:
    """The documented ``User`` and ``UserWithDetails``."""
    _base_user(user, handle)
    for optional in (user.bio, user.location, user.company):
        assert optional is None or isinstance(optional, str)
    # `name`: the person's name in those releases, the handle in the current API, which
    # keeps the person's name in `display_name`; the attribute reads what the API sends.
    assert user.name is None or isinstance(user.name, str)
    assert isinstance(user.created_at, datetime.datetime)
    assert user.updated_at is None or isinstance(user.updated_at, datetime.datetime)
    assert user.urls is None or all(isinstance(u, str) for u in user.urls)


def _model(model: Any, emu: Any) -> None:
    """The documented ``Model`` of the common types."""
    assert isinstance(model.id, str) and isinstance(model.name, str)
    assert isinstance(model.created_at, datetime.datetime)
    assert str(model.visibility) in {"private", "public"}
    assert model.description is None or isinstance(model.description, str)
    assert model.updated_at is None or isinstance(model.updated_at, datetime.datetime)
    _base_user(model.owner)
    assert isinstance(model.predictions_count, int)
    for category in model.categories or []:
        assert isinstance(category.name, str) and isinstance(category.slug, str)
    if _current(emu):
        _gone(lambda: model.hardware, "a model's hardware")
    else:
        hardware = model.hardware
        assert isinstance(hardware.name, str) and isinstance(hardware.identifier, str)


async def test_a_session_written_from_the_documentation(
    form: Form, client: wriftai.Client, wriftai_emulator: Any
) -> None:
    emu = wriftai_emulator
    me = await form(client.users, "get_authenticated")
    _user(me, emu.username)

    # List models and name each one as the documentation does: owner/name.
    page = await form(client.models, "list")
    assert page.items
    for model in page.items:
        _model(model, emu)
    first = page.items[0]
    model = await form(client.models, "get", first.owner.username, first.name)
    _model(model, emu)
    for url in (model.source_url, model.license_url, model.paper_url):
        assert url is None or isinstance(url, str)
    assert f"{model.owner.username}/{model.name}" == f"{first.owner.username}/{first.name}"
    assert model.owner.id == first.owner.id

    # Every model, page by page, with the cursor the documentation shows.
    names, cursor = [], None
    while True:
        options = {"page_size": 1} if cursor is None else {"page_size": 1, "cursor": cursor}
        page = await form(client.models, "list", options)
        names += [f"{m.owner.username}/{m.name}" for m in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(names) == len(set(names)) >= 1

    # Create a model and a version of it, then read the version back.
    created = await form(
        client.models, "create", {"name": "from-the-docs", "hardware_identifier": "cpu-small"}
    )
    _model(created, emu)
    assert created.owner.username == emu.username
    options = {"release_notes": "First.", "schemas": SCHEMAS, "container_image_digest": DIGEST}
    version = await form(client.versions, "create", emu.username, "from-the-docs", options)
    assert version.number == 1 and version.release_notes == "First."
    got = await form(client.versions, "get", f"{emu.username}/from-the-docs:1")
    assert isinstance(got.created_at, datetime.datetime)
    assert got.container_image_digest.removeprefix("sha256:") == "cd" * 32
    assert got.schemas.prediction.input.to_dict() == SCHEMAS["prediction"]["input"]
    assert got.schemas.prediction.output.to_dict() == SCHEMAS["prediction"]["output"]
    listed = await form(client.versions, "list", emu.username, "from-the-docs")
    assert [v.number for v in listed.items] == [1]
    assert isinstance(listed.items[0].release_notes, str)

    # Create a prediction, wait for it with on_poll, and read it as documented.
    polls: list[Any] = []

    async def on_poll_async(prediction: Any) -> None:
        polls.append(prediction)

    wait_options = (
        wriftai.WaitOptions(poll_interval=0.05, on_poll=polls.append)
        if form.name == "sync"
        else wriftai.AsyncWaitOptions(poll_interval=0.05, on_poll=on_poll_async)
    )
    params = {"input": {"prompt": "one two three"}}
    pending = await form(client.predictions, "create", params, "wriftai/echo")
    done = await form(client.predictions, "wait", pending.id, wait_options)
    for prediction in (pending, done):
        assert isinstance(prediction.id, str) and isinstance(
            prediction.created_at, datetime.datetime
        )
        assert isinstance(prediction.updated_at, datetime.datetime)
        assert prediction.setup_time is None or isinstance(prediction.setup_time, str)
        assert prediction.execution_time is None or isinstance(prediction.execution_time, str)
        assert (prediction.model.owner, prediction.model.name) == ("wriftai", "echo")
        assert isinstance(prediction.model.version_number, int)
        assert prediction.input == {"prompt": "one two three"}
        if _current(emu):
            _gone(lambda p=prediction: p.url, "a prediction's URL")
        else:
            assert prediction.url.endswith(f"/predictions/{prediction.id}")
    assert str(done.status) == "succeeded" and done.error is None and done.output
    waited = await form(client.predictions, "create", params, "wriftai/echo", True, wait_options)
    assert str(waited.status) == "succeeded" and waited.output == done.output

    # A prediction that fails carries the documented TaskError.
    failing = {"input": {"prompt": "a b c d", "fail": True}}
    failed = await form(client.predictions, "create", failing, "wriftai/echo", True, wait_options)
    assert str(failed.status) == "failed"
    assert str(failed.error.source) in {"internal", "external"}
    assert "fail" in failed.error.message
    _ = failed.error.detail  # any JSON value; required, so reading it never raises

    # The list of predictions, newest first.
    mine = await form(client.predictions, "list")
    assert waited.id in {p.id for p in mine.items}
