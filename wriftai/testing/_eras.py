"""The two eras of the WriftAI API the emulator speaks.

``today`` (the default) answers as the API does today: users named by ``account_id`` and
``name``, slim model and version list items, predictions without ``url`` but with
``metrics`` and ``stream``, ``202`` for a prediction still running, ``202 {}`` for a cancel,
``200`` for creates, stream events that carry only an id or a status, and
``{"error": "..."}`` error bodies. ``seeds`` answers in the shapes of the client's seed
documents. ``openapi.yaml`` describes both, so either is checked against it.

Only the WriftAI operations change with the era; the LLM Engine operations answer the same
in both. Error bodies are built deep in the middleware stack, so the era of the request
being served is kept in a context variable that `EraMiddleware` sets.
"""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import TYPE_CHECKING, Literal

from starlette.types import ASGIApp, Receive, Scope, Send

from wriftai.testing._spec import API_PREFIX, find_operation, spec_dict

if TYPE_CHECKING:
    from wriftai.testing._context import AppContext

Era = Literal["today", "seeds"]

TODAY: Era = "today"
SEEDS: Era = "seeds"
ERAS: tuple[Era, ...] = (TODAY, SEEDS)
DEFAULT_ERA: Era = TODAY

WRIFTAI_TAGS = frozenset(
    {
        "users",
        "hardware",
        "model_categories",
        "models",
        "versions",
        "predictions",
        "uploads",
        "variables",
    }
)
"""The spec's tags whose operations answer differently in each era."""

_ERROR_STYLE: ContextVar[Era] = ContextVar("wriftai_emulator_error_era", default=SEEDS)


def check_era(era: str) -> Era:
    """Return ``era`` if it names an era, else raise.

    Args:
        era: ``"today"`` or ``"seeds"``.

    Returns:
        The era.

    Raises:
        ValueError: For any other value.
    """
    for known in ERAS:
        if era == known:
            return known
    raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")


def error_era() -> Era:
    """Return the era whose error body the request being served gets."""
    return _ERROR_STYLE.get()


@functools.cache
def _wriftai_operations() -> frozenset[str]:
    found = set()
    for item in spec_dict()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and set(operation.get("tags", [])) & WRIFTAI_TAGS:
                found.add(operation["operationId"])
    return frozenset(found)


def is_wriftai(method: str, path: str) -> bool:
    """Return whether ``method path`` (with ``/v1``) belongs to the WriftAI half of the API.

    A path the contract does not have counts as WriftAI unless it is under an LLM Engine
    prefix (``/llm``, ``/files``).
    """
    operation = find_operation(method, path)
    if operation is not None:
        return operation.operation_id in _wriftai_operations()
    return not path.startswith((API_PREFIX + "/llm", API_PREFIX + "/files"))


class EraMiddleware:
    """Makes the error bodies of WriftAI requests follow the emulator's era."""

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request with the error style of its era."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wriftai = is_wriftai(scope["method"], str(scope.get("path", "")))
        token = _ERROR_STYLE.set(self.ctx.era if wriftai else SEEDS)
        try:
            await self.app(scope, receive, send)
        finally:
            _ERROR_STYLE.reset(token)
