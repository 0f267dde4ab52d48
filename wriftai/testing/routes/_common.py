"""What every route module needs: the context, the validated request, JSON responses."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from wriftai.testing._compat import Compat
from wriftai.testing._context import AppContext
from wriftai.testing._eras import CURRENT
from wriftai.testing._errors import ApiError
from wriftai.testing._pagination import Page, paginate
from wriftai.testing._render import Renderer
from wriftai.testing._spec import API_PREFIX
from wriftai.testing._store.clock import now
from wriftai.testing._store.resources import ModelRecord

T = TypeVar("T")
H = TypeVar("H", bound=Callable[..., Any])


class RouteTable(list[Route]):
    """A route module's routes, declared on their handlers: ``@routes("GET", "/models")``."""

    def __call__(self, method: str, path: str) -> Callable[[H], H]:
        """Routes ``method path`` to the decorated handler."""

        def add(handler: H) -> H:
            self.append(Route(path, handler, methods=[method]))
            return handler

        return add


def lookup(
    request: Request, table: Mapping[str, T], param: str, what: str, message: str | None = None
) -> T:
    """Return the record the path parameter ``param`` names, or answer 404.

    Args:
        request: The request.
        table: The store's records of that kind, by id.
        param: The path parameter holding the id.
        what: What the record is, for the message (``"Prediction"``).
        message: The 404's message as the real server words it, when it does not name
            the id (LLM Engine's); None says ``"<what> <id> not found."``.
    """
    key = request.path_params[param]
    record = table.get(key)
    if record is None:
        raise ApiError(404, f"{what} {key} not found." if message is None else message)
    return record


def context(request: Request) -> AppContext:
    """Return the emulator context of the app serving ``request``."""
    ctx: AppContext = request.app.state.ctx
    return ctx


def base_url(request: Request) -> str:
    """Return the API base URL as the client sees it (``http://host:port/v1``)."""
    return str(request.base_url).rstrip("/") + API_PREFIX


def renderer(request: Request) -> Renderer:
    """Return a renderer for ``request``, after applying time-driven changes."""
    ctx = context(request)
    at = now()
    ctx.store.tick(at)
    compat = Compat(ctx.settings.forward_compat, ctx.compat_rng)
    return Renderer(ctx.store, compat, base_url(request), at, ctx.era)


def requested_page(
    request: Request,
    items: Sequence[T],
    *,
    listing: str,
    key: Callable[[T], Any],
    seq: Callable[[T], int],
    descending: bool,
) -> Page[T]:
    """Return the page of ``items`` that the request's ``cursor`` and ``page_size`` ask for.

    The arguments after ``request`` are `paginate`'s.
    """
    params = query(request)
    return paginate(
        items,
        listing=listing,
        key=key,
        seq=seq,
        descending=descending,
        cursor=params.get("cursor"),
        page_size=params.get("page_size"),
    )


def body(request: Request) -> Any:
    """Return the request's JSON body (already validated against the contract)."""
    raw: bytes = request.scope.get("wriftai", {}).get("body", b"")
    return json.loads(raw) if raw else None


def query(request: Request) -> dict[str, Any]:
    """Return the validated, typed query parameters (with the contract's defaults)."""
    params = request.scope.get("wriftai", {}).get("params")
    return dict(params.query) if params is not None else {}


def search_terms(request: Request) -> list[str]:
    """The words of a search's ``q`` parameter, lower-cased."""
    return str(query(request).get("q", "")).lower().split()


def matching(items: Iterable[T], text: Callable[[T], str], terms: Sequence[str]) -> list[T]:
    """The items whose `text` holds every one of the search `terms`, whatever the case."""
    return [item for item in items if all(term in text(item).lower() for term in terms)]


def header(request: Request) -> dict[str, Any]:
    """Return the validated, typed header parameters."""
    params = request.scope.get("wriftai", {}).get("params")
    return dict(params.header) if params is not None else {}


def json_response(data: Any, status: int = 200) -> Response:
    """Return a JSON response."""
    return Response(
        json.dumps(data, separators=(",", ":")), status_code=status, media_type="application/json"
    )


def visible_model(request: Request, owner: str, name: str) -> ModelRecord:
    """Return a model the caller may see, or raise 404.

    Only the owner sees a model that is not public (``private`` or ``restricted``).
    """
    ctx = context(request)
    model = ctx.store.models.get((owner, name))
    if model is None or (model.visibility != "public" and model.owner != ctx.store.username):
        raise ApiError(404, f"Model {owner}/{name} not found.")
    return model


def created_status(request: Request) -> int:
    """The status of a successful create: 200 in the current era, 201 in the legacy era."""
    return 200 if context(request).era == CURRENT else 201


def owned_model(request: Request, owner: str, name: str) -> ModelRecord:
    """Return a model the caller owns: 404 when invisible, 403 when someone else's."""
    model = visible_model(request, owner, name)
    if model.owner != context(request).store.username:
        raise ApiError(403, f"Only {model.owner} can change model {owner}/{name}.")
    return model
