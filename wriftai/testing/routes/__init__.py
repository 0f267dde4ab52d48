"""The emulator's routes, one module per resource group."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from wriftai.testing._spec import API_PREFIX
from wriftai.testing.routes import (
    completions,
    endpoints,
    files,
    jobs,
    models,
    predictions,
    users,
    versions,
)


def api_routes() -> list[BaseRoute]:
    """Return every API route, under ``/v1``."""
    groups = (users, models, versions, predictions, completions, jobs, files, endpoints)
    return [
        Route(API_PREFIX + route.path, route.endpoint, methods=sorted(route.methods or ()))
        for group in groups
        for route in group.routes
    ]
