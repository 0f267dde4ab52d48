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
    uploads,
    users,
    variables,
    versions,
)


def api_routes() -> list[BaseRoute]:
    """Return every API route: WriftAI's under ``/v1``, LLM Engine's with their own prefix.

    LLM Engine routes two version prefixes (``/v1`` and ``/v2``), so its route modules
    name whole paths, as ``openapi.yaml`` does.
    """
    wriftai = (users, models, versions, predictions, uploads, variables)
    llm_engine = (completions, jobs, files, endpoints)
    return [
        *(
            Route(API_PREFIX + route.path, route.endpoint, methods=sorted(route.methods or ()))
            for group in wriftai
            for route in group.routes
        ),
        *(route for group in llm_engine for route in group.routes),
    ]
