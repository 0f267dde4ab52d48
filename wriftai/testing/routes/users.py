"""Users, hardware and model categories."""

from __future__ import annotations

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


async def list_hardware(request: Request) -> Response:
    """``GET /hardware``."""
    render = renderer(request)
    params = query(request)
    page = paginate(
        list(context(request).store.hardware.values()),
        listing="hardware",
        key=lambda hw: hw.identifier,
        seq=lambda hw: hw.seq,
        descending=False,
        cursor=params.get("cursor"),
        page_size=params.get("page_size"),
    )
    return json_response(page_json(page, render.hardware))


async def list_model_categories(request: Request) -> Response:
    """``GET /model_categories``."""
    render = renderer(request)
    params = query(request)
    page = paginate(
        list(context(request).store.categories.values()),
        listing="categories",
        key=lambda category: category.slug,
        seq=lambda category: category.seq,
        descending=False,
        cursor=params.get("cursor"),
        page_size=params.get("page_size"),
    )
    return json_response(page_json(page, render.category))


routes = [
    Route("/user", get_authenticated_user, methods=["GET"]),
    Route("/users/{username}", get_user, methods=["GET"]),
    Route("/hardware", list_hardware, methods=["GET"]),
    Route("/model_categories", list_model_categories, methods=["GET"]),
]
