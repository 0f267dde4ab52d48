"""Variables: the token owner's named values; a secret's value is never sent back."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError
from wriftai.testing._pagination import page_json
from wriftai.testing._store.clock import iso, now
from wriftai.testing._store.resources import VariableRecord
from wriftai.testing.routes._common import (
    RouteTable,
    body,
    context,
    json_response,
    lookup,
    requested_page,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


def _render(variable: VariableRecord) -> dict[str, Any]:
    return {
        "name": variable.name,
        "key": variable.key,
        "value": "" if variable.secret else variable.value,
        "secret": variable.secret,
        "created_at": iso(variable.created_at),
        "updated_at": iso(variable.updated_at),
    }


@routes("GET", "/variables")
async def list_variables(request: Request) -> Response:
    """``GET /variables``: oldest first."""
    page = requested_page(
        request,
        list(context(request).store.variables.values()),
        listing="variables",
        key=lambda variable: variable.created_at,
        seq=lambda variable: variable.seq,
        descending=False,
    )
    return json_response(page_json(page, _render))


@routes("POST", "/variables")
async def create_variable(request: Request) -> Response:
    """``POST /variables``: 200 with the variable; 409 when the name is taken."""
    data: dict[str, Any] = body(request)
    store = context(request).store
    if data["name"] in store.variables:
        raise ApiError(409, f"A variable named {data['name']} already exists.")
    variable = VariableRecord(
        seq=store.ids.next_seq(),
        name=data["name"],
        key=data["key"],
        value=data["value"],
        secret=bool(data["secret"]),
        created_at=now(),
    )
    store.variables[variable.name] = variable
    return json_response(_render(variable))


@routes("PATCH", "/variables/{variable_name}")
async def update_variable(request: Request) -> Response:
    """``PATCH /variables/{variable_name}``: a new ``key`` or ``value``."""
    variable = lookup(request, context(request).store.variables, "variable_name", "Variable")
    data: dict[str, Any] = body(request)
    for field in ("key", "value"):
        if field in data:
            setattr(variable, field, data[field])
    variable.updated_at = now()
    return json_response(_render(variable))


@routes("DELETE", "/variables/{variable_name}")
async def delete_variable(request: Request) -> Response:
    """``DELETE /variables/{variable_name}``: 204."""
    store = context(request).store
    variable = lookup(request, store.variables, "variable_name", "Variable")
    del store.variables[variable.name]
    return Response(status_code=204)
