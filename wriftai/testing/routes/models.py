"""Models: create, list, sort, search, get, update, delete.

Lists carry the era's list items, get, create and update the era's details (see
`Renderer.model`). Both spellings of the prediction-count sort are taken in both eras.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._pagination import page_json
from wriftai.testing._store.clock import now
from wriftai.testing._store.resources import ModelRecord
from wriftai.testing.routes._common import (
    RouteTable,
    body,
    context,
    created_status,
    json_response,
    matching,
    owned_model,
    query,
    renderer,
    requested_page,
    search_terms,
    visible_model,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


_FIELDS = ("description", "source_url", "license_url", "paper_url", "overview", "visibility")

# The sort fields and what they sort by: `predictions_count` is the current API's
# spelling, `prediction_count` that of releases up to 0.22.
_SORT_KEYS = {
    "created_at": "created_at",
    "predictions_count": "predictions_count",
    "prediction_count": "predictions_count",
}


def _visible(request: Request) -> list[ModelRecord]:
    store = context(request).store
    return [
        m for m in store.models.values() if m.visibility == "public" or m.owner == store.username
    ]


def _page(request: Request, models: list[ModelRecord], listing: str) -> Response:
    params = query(request)
    requested = str(params.get("sort_by") or "created_at")
    sort_by = _SORT_KEYS.get(requested)
    if sort_by is None:
        known = ", ".join(_SORT_KEYS)
        raise field_error(422, ["query", "sort_by"], f"unknown sort field (one of {known})")
    descending = (params.get("sort_direction") or "desc") == "desc"
    slugs = sorted(set(params.get("category_slugs") or []))
    if slugs:  # the current API's filter: models in any of these categories
        models = [m for m in models if set(m.categories) & set(slugs)]

    def key(model: ModelRecord) -> Any:
        return model.predictions_count if sort_by == "predictions_count" else model.created_at

    page = requested_page(
        request,
        models,
        listing=f"{listing}:{sort_by}:{'desc' if descending else 'asc'}:{','.join(slugs)}",
        key=key,
        seq=lambda model: model.seq,
        descending=descending,
    )
    return json_response(page_json(page, renderer(request).model))


@routes("GET", "/models")
async def list_models(request: Request) -> Response:
    """``GET /models``."""
    return _page(request, _visible(request), "models")


@routes("GET", "/models/{owner}")
async def list_models_by_owner(request: Request) -> Response:
    """``GET /models/{owner}``."""
    owner = request.path_params["owner"]
    if owner not in context(request).store.users:
        raise ApiError(404, f"User {owner} not found.")
    models = [m for m in _visible(request) if m.owner == owner]
    return _page(request, models, f"models-of:{owner}")


@routes("GET", "/search/models")
async def search_models(request: Request) -> Response:
    """``GET /search/models``: case-insensitive match on owner, name and description."""
    terms = search_terms(request)

    def text(model: ModelRecord) -> str:
        return f"{model.owner}/{model.name} {model.description or ''}"

    page = requested_page(
        request,
        matching(_visible(request), text, terms),
        listing="search:" + " ".join(terms),
        key=lambda model: model.created_at,
        seq=lambda model: model.seq,
        descending=True,
    )
    return json_response(page_json(page, renderer(request).model))


def _check_hardware(request: Request, identifier: str) -> None:
    if identifier not in context(request).store.hardware:
        raise field_error(422, ["body", "hardware_identifier"], f"unknown hardware {identifier!r}")


def _check_categories(request: Request, slugs: list[str]) -> list[str]:
    known = context(request).store.categories
    for index, slug in enumerate(slugs):
        if slug not in known:
            raise field_error(422, ["body", "category_slugs", index], f"unknown category {slug!r}")
    return list(dict.fromkeys(slugs))


@routes("POST", "/models")
async def create_model(request: Request) -> Response:
    """``POST /models``: 200 (current era) or 201 (legacy); ``hardware_identifier`` optional."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    name = data["name"]
    if (store.username, name) in store.models:
        raise ApiError(409, f"A model named {store.username}/{name} already exists.")
    hardware = data.get("hardware_identifier")
    if hardware is not None:
        _check_hardware(request, hardware)
    categories = _check_categories(request, data.get("category_slugs") or [])
    model = ModelRecord(
        seq=store.ids.next_seq(),
        id=store.ids.next("mdl"),
        owner=store.username,
        name=name,
        created_at=now(),
        visibility=data.get("visibility") or "private",
        hardware_identifier=hardware,
        categories=categories,
    )
    for field in _FIELDS[:-1]:
        setattr(model, field, data.get(field))
    store.models[(model.owner, name)] = model
    rendered = renderer(request).model(model, details=True)
    return json_response(rendered, status=created_status(request))


@routes("GET", "/models/{owner}/{name}")
async def get_model(request: Request) -> Response:
    """``GET /models/{owner}/{name}``."""
    model = visible_model(request, request.path_params["owner"], request.path_params["name"])
    return json_response(renderer(request).model(model, details=True))


@routes("PATCH", "/models/{owner}/{name}")
async def update_model(request: Request) -> Response:
    """``PATCH /models/{owner}/{name}``."""
    model = owned_model(request, request.path_params["owner"], request.path_params["name"])
    data: dict[str, Any] = body(request)
    store = context(request).store
    if "hardware_identifier" in data:
        _check_hardware(request, data["hardware_identifier"])
    if data.get("category_slugs") is not None:
        model.categories = _check_categories(request, data["category_slugs"])
    new_name = data.get("name", model.name)
    if new_name != model.name and (model.owner, new_name) in store.models:
        raise ApiError(409, f"A model named {model.owner}/{new_name} already exists.")
    for field in (*_FIELDS, "hardware_identifier"):
        if field in data and not (
            field in {"visibility", "hardware_identifier"} and data[field] is None
        ):
            setattr(model, field, data[field])
    if new_name != model.name:
        del store.models[(model.owner, model.name)]
        model.name = new_name
        store.models[(model.owner, new_name)] = model
    model.updated_at = now()
    return json_response(renderer(request).model(model, details=True))


@routes("DELETE", "/models/{owner}/{name}")
async def delete_model(request: Request) -> Response:
    """``DELETE /models/{owner}/{name}``."""
    model = owned_model(request, request.path_params["owner"], request.path_params["name"])
    del context(request).store.models[(model.owner, model.name)]
    return Response(status_code=204)
