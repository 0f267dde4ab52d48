"""The emulator's ASGI application: routes wrapped in the cross-cutting layers.

From the outside in: the era of error bodies, request ids and the request log, response
validation, LLM Engine's error shapes, fault injection, bearer auth, request validation,
idempotency keys, then the routes.
"""

from __future__ import annotations

import hashlib

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from wriftai.testing._context import AppContext
from wriftai.testing._errors import ApiError, EraMiddleware, error_response
from wriftai.testing._faults import ConnectionRegistry, FaultMiddleware
from wriftai.testing._idempotency import IdempotencyMiddleware
from wriftai.testing._llm_engine import LLMEngineErrors
from wriftai.testing._requestlog import RequestLogMiddleware
from wriftai.testing._response_validation import ResponseValidationMiddleware
from wriftai.testing._uploads import routes as upload_storage_routes
from wriftai.testing._validation import AuthMiddleware, RequestValidationMiddleware
from wriftai.testing.routes import api_routes


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.detail)


async def _health(request: Request) -> Response:
    return Response("ok", media_type="text/plain")


async def _download(request: Request) -> Response:
    """Serve the deterministic bytes behind ``download_model``'s URLs."""
    name = f"{request.path_params['model']}/{request.path_params['file']}"
    return Response(hashlib.sha256(name.encode()).hexdigest().encode() * 4)


def build_app(ctx: AppContext, registry: ConnectionRegistry) -> ASGIApp:
    """Build the emulator's ASGI app.

    Args:
        ctx: The state the app serves.
        registry: Connections by client address, for dropping them.

    Returns:
        The ASGI application.
    """
    routes = [
        *api_routes(),
        *upload_storage_routes,
        Route("/_emulator/health", _health, methods=["GET"]),
        Route("/_emulator/downloads/{model}/{file}", _download, methods=["GET"]),
    ]
    router = Starlette(routes=routes, exception_handlers={ApiError: _api_error})
    router.state.ctx = ctx
    app: ASGIApp = IdempotencyMiddleware(router, ctx.idempotency, ctx.faults)
    app = RequestValidationMiddleware(app)
    app = AuthMiddleware(app, ctx.settings.token)
    app = FaultMiddleware(app, ctx.faults, registry)
    app = LLMEngineErrors(app)
    app = ResponseValidationMiddleware(app, ctx)
    app = RequestLogMiddleware(app, ctx)
    return EraMiddleware(app, ctx)
