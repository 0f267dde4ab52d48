"""Model versions, numbered from 1 per model."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from starlette.requests import Request
from starlette.responses import Response

from wriftai.testing._errors import ApiError, field_error
from wriftai.testing._pagination import page_json
from wriftai.testing._store.clock import now
from wriftai.testing._store.resources import VersionRecord
from wriftai.testing.routes._common import (
    RouteTable,
    body,
    context,
    created_status,
    json_response,
    owned_model,
    renderer,
    requested_page,
    visible_model,
)

routes = RouteTable()
"""This module's routes, declared on their handlers."""


def _number(request: Request) -> int:
    return int(request.path_params["number"])


@routes("GET", "/models/{owner}/{name}/versions")
async def list_model_versions(request: Request) -> Response:
    """``GET /models/{owner}/{name}/versions``: newest first."""
    model = visible_model(request, request.path_params["owner"], request.path_params["name"])
    render = renderer(request)
    page = requested_page(
        request,
        list(model.versions.values()),
        listing=f"versions:{model.id}",
        key=lambda version: version.number,
        seq=lambda version: version.seq,
        descending=True,
    )
    return json_response(page_json(page, render.version))


@routes("POST", "/models/{owner}/{name}/versions")
async def create_model_version(request: Request) -> Response:
    """``POST /models/{owner}/{name}/versions``: 200 in the current era, 201 in the legacy era.

    A version created without a ``configuration`` keeps the previous version's (or runs on
    the model's hardware when it is the first).
    """
    model = owned_model(request, request.path_params["owner"], request.path_params["name"])
    data: dict[str, Any] = body(request)
    for part in ("input", "output", "stream_output"):
        if part not in data["schemas"]["prediction"]:
            continue
        try:
            Draft202012Validator.check_schema(data["schemas"]["prediction"][part])
        except SchemaError as exc:
            loc: list[str | int] = ["body", "schemas", "prediction", part]
            raise field_error(422, loc, f"not a valid JSON Schema: {exc.message}") from exc
    store = context(request).store
    configuration = data.get("configuration")
    if configuration is not None:
        if configuration["hardware_identifier"] not in store.hardware:
            loc = ["body", "configuration", "hardware_identifier"]
            unknown = configuration["hardware_identifier"]
            raise field_error(422, loc, f"unknown hardware {unknown!r}")
    else:
        previous = model.latest_version()
        configuration = (
            previous.configuration
            if previous is not None and previous.configuration is not None
            else {
                "hardware_identifier": model.hardware_identifier or "cpu-small",
                "variable_names": [],
            }
        )
    model.last_version_number += 1
    version = VersionRecord(
        seq=store.ids.next_seq(),
        number=model.last_version_number,
        release_notes=data["release_notes"],
        created_at=now(),
        container_image_digest=data["container_image_digest"],
        schemas=data["schemas"],
        compatibilities=dict(data.get("compatibilities") or {}),
        configuration=dict(configuration),
    )
    model.versions[version.number] = version
    rendered = renderer(request).version(version, details=True, created=True)
    return json_response(rendered, status=created_status(request))


@routes("GET", "/models/{owner}/{name}/versions/{number}")
async def get_model_version(request: Request) -> Response:
    """``GET /models/{owner}/{name}/versions/{number}``."""
    model = visible_model(request, request.path_params["owner"], request.path_params["name"])
    version = model.versions.get(_number(request))
    if version is None:
        raise ApiError(404, f"Version {_number(request)} of {model.owner}/{model.name} not found.")
    return json_response(renderer(request).version(version, details=True))


def _owned_version(request: Request) -> VersionRecord:
    """The version a configuration route names: 404 when invisible, 403 when not the caller's."""
    owner, name = request.path_params["owner"], request.path_params["name"]
    model = visible_model(request, owner, name)
    if model.owner != context(request).store.username:
        raise ApiError(
            403, f"Only {model.owner} can see or change the configuration of {owner}/{name}."
        )
    version = model.versions.get(_number(request))
    if version is None:
        raise ApiError(404, f"Version {_number(request)} of {model.owner}/{model.name} not found.")
    return version


def _configuration(version: VersionRecord) -> dict[str, Any]:
    if version.configuration is None:  # every version gets one when created
        version.configuration = {"hardware_identifier": "cpu-small", "variable_names": []}
    return version.configuration


@routes("GET", "/models/{owner}/{name}/versions/{number}/configuration")
async def get_model_version_configuration(request: Request) -> Response:
    """``GET /models/{owner}/{name}/versions/{number}/configuration``: the owner's only."""
    version = _owned_version(request)
    return json_response(dict(_configuration(version)))


@routes("PATCH", "/models/{owner}/{name}/versions/{number}/configuration")
async def update_model_version_configuration(request: Request) -> Response:
    """``PATCH .../configuration``: new hardware, or a list replacing the variable names.

    An unknown hardware identifier gets 422; variable names are not checked (as on a
    version create).
    """
    version = _owned_version(request)
    data: dict[str, Any] = body(request)
    hardware = data.get("hardware_identifier")
    if hardware is not None and hardware not in context(request).store.hardware:
        raise field_error(422, ["body", "hardware_identifier"], f"unknown hardware {hardware!r}")
    configuration = dict(_configuration(version))
    if hardware is not None:
        configuration["hardware_identifier"] = hardware
    if data.get("variable_names") is not None:
        configuration["variable_names"] = list(data["variable_names"])
    version.configuration = configuration
    return json_response(dict(configuration))


@routes("DELETE", "/models/{owner}/{name}/versions/{number}")
async def delete_model_version(request: Request) -> Response:
    """``DELETE /models/{owner}/{name}/versions/{number}``."""
    model = owned_model(request, request.path_params["owner"], request.path_params["name"])
    if model.versions.pop(_number(request), None) is None:
        raise ApiError(404, f"Version {_number(request)} of {model.owner}/{model.name} not found.")
    return Response(status_code=204)
