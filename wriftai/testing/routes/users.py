"""Users (the caller, profiles, lists, search, the caller's models), hardware, categories."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._pagination import page_json
from wriftai.testing._store.clock import now
from wriftai.testing._store.resources import User
from wriftai.testing.routes._common import (
    RouteTable,
    body,
    context,
    json_response,
    lookup,
    matching,
    query,
    renderer,
    requested_page,
    search_terms,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


_PROFILE = {
    "display_name": "name",
    "bio": "bio",
    "urls": "urls",
    "company": "company",
    "location": "location",
}
"""Profile fields of ``PATCH /user`` and the user record's attribute for each."""

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+[^\s]*$")
"""An absolute URL with a host, as a profile's ``urls`` hold (``format: uri``)."""


@routes("GET", "/user")
async def get_authenticated_user(request: Request) -> Response:
    """``GET /user``."""
    store = context(request).store
    return json_response(renderer(request).user(store.users[store.username], details=True))


@routes("PATCH", "/user")
async def update_authenticated_user(request: Request) -> Response:
    """``PATCH /user``: change the given profile fields; a new ``name`` is a new handle."""
    store = context(request).store
    data: dict[str, Any] = body(request)
    user = store.users[store.username]
    for index, url in enumerate(data.get("urls") or []):
        if not _URL.match(url):
            raise field_error(422, ["body", "urls", index], "not an absolute URL")
    new_name = data.get("name")
    if new_name is not None and new_name != user.username:
        if new_name in store.users:
            raise ApiError(409, f"The name {new_name} is taken.")
        store.rename_user(user.username, new_name)
    for field, attribute in _PROFILE.items():
        if field in data:
            setattr(user, attribute, data[field])
    user.updated_at = now()
    return json_response(renderer(request).user(user, details=True))


@routes("GET", "/user/models")
async def list_authenticated_user_models(request: Request) -> Response:
    """``GET /user/models``: the caller's models, private ones too, newest first."""
    store = context(request).store
    page = requested_page(
        request,
        [m for m in store.models.values() if m.owner == store.username],
        listing="my-models",
        key=lambda model: model.created_at,
        seq=lambda model: model.seq,
        descending=True,
    )
    return json_response(page_json(page, renderer(request).model))


def _users_page(request: Request, users: list[User], listing: str) -> Response:
    params = query(request)
    sort_by = str(params.get("sort_by") or "created_at")
    if sort_by != "created_at":
        raise field_error(422, ["query", "sort_by"], "unknown sort field (one of created_at)")
    direction = str(params.get("sort_direction") or "desc")
    page = requested_page(
        request,
        users,
        listing=f"{listing}:{direction}",
        key=lambda user: user.created_at,
        seq=lambda user: int(user.created_at),
        descending=direction == "desc",
    )
    render = renderer(request)
    return json_response(page_json(page, render.user))


@routes("GET", "/users")
async def list_users(request: Request) -> Response:
    """``GET /users``: by ``created_at``, newest first unless ``sort_direction=asc``."""
    return _users_page(request, list(context(request).store.users.values()), "users")


@routes("GET", "/search/users")
async def search_users(request: Request) -> Response:
    """``GET /search/users``: case-insensitive match on the handle and the display name."""
    terms = search_terms(request)
    everyone = context(request).store.users.values()
    users = matching(everyone, lambda user: f"{user.username} {user.name or ''}", terms)
    return _users_page(request, users, "search-users:" + " ".join(terms))


@routes("GET", "/users/{username}")
async def get_user(request: Request) -> Response:
    """``GET /users/{username}``."""
    user = lookup(request, context(request).store.users, "username", "User")
    return json_response(renderer(request).user(user, details=True))


def _oldest_first(
    request: Request, records: list[Any], listing: str, key: Callable[[Any], str], item: Any
) -> Response:
    """One page of a plain listing, in the order the records were added."""
    page = requested_page(
        request,
        records,
        listing=listing,
        key=key,
        seq=lambda record: record.seq,
        descending=False,
    )
    return json_response(page_json(page, item))


@routes("GET", "/hardware")
async def list_hardware(request: Request) -> Response:
    """``GET /hardware``."""
    render = renderer(request)
    hardware = list(context(request).store.hardware.values())
    return _oldest_first(request, hardware, "hardware", lambda hw: hw.identifier, render.hardware)


@routes("GET", "/model_categories")
async def list_model_categories(request: Request) -> Response:
    """``GET /model_categories``."""
    render = renderer(request)
    categories = list(context(request).store.categories.values())
    return _oldest_first(
        request, categories, "categories", lambda c: c.slug, render.listed_category
    )
