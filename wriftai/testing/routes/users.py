"""Users, hardware and model categories."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from wriftai.testing._pagination import page_json, paginate
from wriftai.testing.routes._common import context, json_response, lookup, query, renderer


async def get_authenticated_user(request: Request) -> Response:
    """``GET /user``."""
    store = context(request).store
    return json_response(renderer(request).user(store.users[store.username], details=True))


async def get_user(request: Request) -> Response:
    """``GET /users/{username}``."""
    user = lookup(request, context(request).store.users, "username", "User")
    return json_response(renderer(request).user(user, details=True))


def _oldest_first(
    request: Request, records: list[Any], listing: str, key: Callable[[Any], str], item: Any
) -> Response:
    """One page of a plain listing, in the order the records were added."""
    params = query(request)
    page = paginate(
        records,
        listing=listing,
        key=key,
        seq=lambda record: record.seq,
        descending=False,
        cursor=params.get("cursor"),
        page_size=params.get("page_size"),
    )
    return json_response(page_json(page, item))


async def list_hardware(request: Request) -> Response:
    """``GET /hardware``."""
    render = renderer(request)
    hardware = list(context(request).store.hardware.values())
    return _oldest_first(request, hardware, "hardware", lambda hw: hw.identifier, render.hardware)


async def list_model_categories(request: Request) -> Response:
    """``GET /model_categories``."""
    render = renderer(request)
    categories = list(context(request).store.categories.values())
    return _oldest_first(
        request, categories, "categories", lambda c: c.slug, render.listed_category
    )


routes = [
    Route("/user", get_authenticated_user, methods=["GET"]),
    Route("/users/{username}", get_user, methods=["GET"]),
    Route("/hardware", list_hardware, methods=["GET"]),
    Route("/model_categories", list_model_categories, methods=["GET"]),
]
