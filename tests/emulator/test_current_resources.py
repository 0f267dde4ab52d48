"""The current API's resources on the emulator, over raw HTTP: variables, a version's configuration,
the caller's models and profile, the list and search of users, the category filter.

Every response is checked against openapi.yaml by the emulator (the plugin fails a test
that produced a violation); the user shapes follow the era, so some tests run in both.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wriftai.testing import Emulator

BOTH = pytest.mark.parametrize("wriftai_era", ["current", "legacy"])
DIGEST = "sha256:" + "ef" * 32
SCHEMAS = {"prediction": {"input": {"type": "object"}, "output": {"type": "string"}}}


@pytest.fixture
def wriftai_era() -> str:
    return "current"


def _handle(user: dict[str, Any], era: str) -> str:
    return str(user["name"] if era == "current" else user["username"])


# ---------------------------------------------------------------- variables
def test_variables_are_created_listed_updated_and_deleted(api: httpx.Client) -> None:
    secret = {"name": "hf-token", "key": "HF_TOKEN", "value": "hf_abc", "secret": True}
    plain = {"name": "log-level", "key": "LOG_LEVEL", "value": "info", "secret": False}
    created = api.post("/variables", json=secret)
    assert created.status_code == 200
    assert created.json()["value"] == "" and created.json()["secret"] is True
    assert created.json()["updated_at"] is None
    assert api.post("/variables", json=plain).json()["value"] == "info"

    first = api.get("/variables", params={"page_size": 1}).json()
    assert [v["name"] for v in first["items"]] == ["hf-token"] and first["next_cursor"]
    second = api.get("/variables", params={"cursor": first["next_cursor"]}).json()
    assert [v["name"] for v in second["items"]] == ["log-level"]
    assert second["next_cursor"] is None

    updated = api.patch("/variables/log-level", json={"value": "debug", "key": "LEVEL"})
    assert updated.status_code == 200
    assert (updated.json()["key"], updated.json()["value"]) == ("LEVEL", "debug")
    assert updated.json()["updated_at"] is not None
    rotated = api.patch("/variables/hf-token", json={"value": "hf_new"})
    assert rotated.json()["value"] == ""  # a secret stays unreadable

    assert api.delete("/variables/hf-token").status_code == 204
    assert [v["name"] for v in api.get("/variables").json()["items"]] == ["log-level"]


def test_variable_errors(api: httpx.Client, emu: Emulator) -> None:
    body = {"name": "dup", "key": "K", "value": "v", "secret": False}
    assert api.post("/variables", json=body).status_code == 200
    taken = api.post("/variables", json=body)
    assert taken.status_code == 409 and "dup" in taken.json()["error"]
    assert api.patch("/variables/missing", json={"value": "x"}).status_code == 404
    assert api.delete("/variables/missing").status_code == 404
    incomplete = api.post("/variables", json={"name": "x", "key": "K", "value": "v"})
    assert incomplete.status_code == 422  # 0.34 always sends `secret`
    assert api.post("/variables", json={**body, "name": "a/b"}).status_code == 422
    assert list(emu.state.variables) == ["dup"]


# ---------------------------------------------------------------- configuration
def _own_version(api: httpx.Client, **extra: Any) -> None:
    assert api.post("/models", json={"name": "configured"}).status_code == 200
    body = {"release_notes": "n", "container_image_digest": DIGEST, "schemas": SCHEMAS, **extra}
    assert api.post("/models/demo/configured/versions", json=body).status_code == 200


CONFIG = "/models/demo/configured/versions/1/configuration"


def test_a_configuration_is_read_and_changed_by_its_owner(api: httpx.Client) -> None:
    config = {"hardware_identifier": "gpu-t4", "variable_names": ["HF_TOKEN"]}
    _own_version(api, configuration=config)
    assert api.get(CONFIG).json() == config
    hardware = api.patch(CONFIG, json={"hardware_identifier": "gpu-a100-80gb"})
    assert hardware.json() == {
        "hardware_identifier": "gpu-a100-80gb",
        "variable_names": ["HF_TOKEN"],
    }
    names = api.patch(CONFIG, json={"variable_names": ["A", "B"]})
    assert names.json() == {"hardware_identifier": "gpu-a100-80gb", "variable_names": ["A", "B"]}
    assert api.get(CONFIG).json() == names.json()
    assert api.patch(CONFIG, json={"variable_names": []}).json()["variable_names"] == []


def test_a_version_without_a_configuration_gets_a_default_one(api: httpx.Client) -> None:
    _own_version(api)
    assert api.get(CONFIG).json() == {"hardware_identifier": "cpu-small", "variable_names": []}


def test_configuration_errors(api: httpx.Client) -> None:
    _own_version(api)
    unknown = api.patch(CONFIG, json={"hardware_identifier": "quantum"})
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["body", "hardware_identifier"]
    not_mine = api.get("/models/wriftai/echo/versions/1/configuration")
    assert not_mine.status_code == 403
    assert api.patch("/models/wriftai/echo/versions/1/configuration", json={}).status_code == 403
    assert api.get("/models/demo/configured/versions/9/configuration").status_code == 404
    assert api.get("/models/bob/nothing/versions/1/configuration").status_code == 404


# ---------------------------------------------------------------- the caller
@BOTH
def test_the_callers_models_include_private_ones_and_no_others(
    api: httpx.Client, wriftai_era: str
) -> None:
    for name, visibility in (("one", "private"), ("two", "public"), ("three", "private")):
        created = api.post("/models", json={"name": name, "visibility": visibility})
        assert created.status_code in (200, 201)
    page = api.get("/user/models", params={"page_size": 2}).json()
    assert [m["name"] for m in page["items"]] == ["three", "two"]
    rest = api.get("/user/models", params={"cursor": page["next_cursor"]}).json()
    assert [m["name"] for m in rest["items"]] == ["one"] and rest["next_cursor"] is None
    assert {_handle(m["owner"], wriftai_era) for m in page["items"] + rest["items"]} == {"demo"}


@BOTH
def test_the_profile_is_updated_field_by_field(api: httpx.Client, wriftai_era: str) -> None:
    before = api.get("/user").json()
    changes = {"display_name": "Demo Two", "bio": None, "urls": ["https://two.example.org"]}
    updated = api.patch("/user", json=changes)
    assert updated.status_code == 200
    user = updated.json()
    shown = "display_name" if wriftai_era == "current" else "name"
    assert (user[shown], user["bio"], user["urls"]) == ("Demo Two", None, changes["urls"])
    assert user["location"] == before["location"]  # left out, kept
    assert user["updated_at"] is not None
    assert api.get("/user").json() == user


def test_a_new_name_is_a_new_handle_that_the_models_follow(
    api: httpx.Client, emu: Emulator
) -> None:
    assert api.post("/models", json={"name": "mine"}).status_code == 200
    taken = api.patch("/user", json={"name": "alice"})
    assert taken.status_code == 409 and emu.username == "demo"
    renamed = api.patch("/user", json={"name": "demo-two"})
    assert renamed.json()["name"] == "demo-two" and emu.username == "demo-two"
    assert api.get("/users/demo").status_code == 404
    assert api.get("/users/demo-two").status_code == 200
    assert api.get("/models/demo-two/mine").json()["owner"]["name"] == "demo-two"
    assert [m["name"] for m in api.get("/user/models").json()["items"]] == ["mine"]
    assert api.patch("/user", json={"name": "not a handle"}).status_code == 422


# ---------------------------------------------------------------- users
@BOTH
def test_users_are_listed_by_creation_in_either_direction(
    api: httpx.Client, wriftai_era: str
) -> None:
    newest = api.get("/users").json()
    assert [_handle(u, wriftai_era) for u in newest["items"]] == ["bob", "alice", "wriftai", "demo"]
    assert all("urls" not in u for u in newest["items"])  # list items are users, not details
    oldest = api.get("/users", params={"sort_by": "created_at", "sort_direction": "asc"}).json()
    assert [_handle(u, wriftai_era) for u in oldest["items"]] == ["demo", "wriftai", "alice", "bob"]
    page = api.get("/users", params={"page_size": 3, "sort_direction": "asc"}).json()
    rest = api.get(
        "/users", params={"page_size": 3, "sort_direction": "asc", "cursor": page["next_cursor"]}
    ).json()
    assert [_handle(u, wriftai_era) for u in rest["items"]] == ["bob"]


def test_an_unknown_user_sort_is_refused_by_the_emulator(api: httpx.Client) -> None:
    # The contract's sort field is an open enum (a newer server may know more fields).
    refused = api.get("/users", params={"sort_by": "followers"})
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["query", "sort_by"]


@pytest.mark.parametrize(
    ("q", "found"),
    [("ali", ["alice"]), ("WRIFT", ["wriftai"]), ("demo user", ["demo"]), ("nobody", [])],
)
def test_users_are_searched_by_handle_and_display_name(
    api: httpx.Client, q: str, found: list[str]
) -> None:
    result = api.get("/search/users", params={"q": q})
    assert [u["name"] for u in result.json()["items"]] == found


def test_a_user_search_needs_a_query(api: httpx.Client) -> None:
    assert api.get("/search/users").status_code == 422


# ---------------------------------------------------------------- the category filter
@pytest.mark.parametrize(
    ("slugs", "names"),
    [
        (["image-generation"], ["sketch-diffusion"]),
        (["utilities"], ["echo"]),
        (["image-generation", "utilities"], ["sketch-diffusion", "echo"]),
        (["no-such-category"], []),
        ([], ["unreleased", "sketch-diffusion", "uppercase", "echo"]),
    ],
)
def test_models_are_filtered_by_category(
    api: httpx.Client, slugs: list[str], names: list[str]
) -> None:
    listed = api.get("/models", params={"category_slugs": slugs})
    assert [m["name"] for m in listed.json()["items"]] == names
    assert "category_slugs=" * bool(slugs) in str(listed.request.url)


def test_the_owner_list_takes_the_category_filter_and_keeps_it_across_pages(
    api: httpx.Client,
) -> None:
    for name in ("a1", "a2", "a3"):
        body = {"name": name, "visibility": "public", "category_slugs": ["audio"]}
        assert api.post("/models", json=body).status_code == 200
    assert api.post("/models", json={"name": "other", "visibility": "public"}).status_code == 200
    params: dict[str, Any] = {"category_slugs": ["audio"], "page_size": 2}
    first = api.get("/models/demo", params=params).json()
    assert [m["name"] for m in first["items"]] == ["a3", "a2"]
    rest = api.get("/models/demo", params={**params, "cursor": first["next_cursor"]}).json()
    assert [m["name"] for m in rest["items"]] == ["a1"]
    # A cursor of the filtered list is not a cursor of the unfiltered one.
    crossed = api.get("/models/demo", params={"cursor": first["next_cursor"]})
    assert crossed.status_code == 422
