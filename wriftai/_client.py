"""`Client`: configuration, the shared httpx clients, and the resources."""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx

from wriftai._core.requests import DEFAULT_TIMEOUT
from wriftai._errors import check_secret
from wriftai._http import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, HTTP, Changes
from wriftai._llm_engine import llm_engine_http

if TYPE_CHECKING:
    from wriftai._core.hooks import Hooks
    from wriftai._core.rate_limits import RateLimit
    from wriftai.bulk._api import Bulk
    from wriftai.resources.authenticated_user import AuthenticatedUserResource
    from wriftai.resources.batch_completions import BatchCompletionsResource
    from wriftai.resources.completions import CompletionsResource
    from wriftai.resources.files import FilesResource
    from wriftai.resources.fine_tunes import FineTunesResource
    from wriftai.resources.hardware import HardwareResource
    from wriftai.resources.llm_endpoints import LLMEndpointsResource
    from wriftai.resources.model_categories import ModelCategoriesResource
    from wriftai.resources.models import ModelsResource
    from wriftai.resources.predictions import PredictionsResource
    from wriftai.resources.uploads import UploadsResource
    from wriftai.resources.users import UsersResource
    from wriftai.resources.variables import VariablesResource
    from wriftai.resources.versions import VersionsResource

__all__ = ["Client"]

R = TypeVar("R")


class _Resource(Generic[R]):
    """A resource attribute, imported and built on first access (keeps `import wriftai` cheap).

    LLM Engine resources (``llm=True``) send through the client's LLM Engine transport.
    """

    def __init__(self, module: str, cls: str, *, llm: bool = False) -> None:
        self._module = module
        self._cls = cls
        self._llm = llm
        self._attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: Client, owner: type) -> R: ...
    def __get__(self, obj: Client | None, owner: type) -> R | Self:
        if obj is None:
            return self
        cls = getattr(importlib.import_module(self._module), self._cls)
        resource: R = cls(obj._llm_http if self._llm else obj._http)
        obj.__dict__[self._attr] = resource
        return resource


class Client:
    """A client of the WriftAI API, sync and async alike.

    Every resource method has a sync form (``client.models.get``) and an async form
    (``await client.models.async_get``). WriftAI resources: `users`,
    `authenticated_user`, `hardware`, `model_categories`, `models`, `versions`,
    `predictions`, `uploads`, `variables`; LLM Engine resources:
    `completions`, `batch_completions`, `fine_tunes`, `files`, `llm_endpoints`. Use the
    client as a context manager (``with`` or ``async with``) to close its connections at
    the end. A resource method's docstring lists the errors of its own; every method also
    raises the errors of every call, which `WriftAIError` describes.

    Args:
        access_token: The API token; defaults to ``WRIFTAI_ACCESS_TOKEN``.
        api_base_url: The API base URL; defaults to ``WRIFTAI_API_BASE_URL`` or
            ``https://api.wrift.ai/v1``.
        headers: Headers sent with every request.
        timeout: The timeout of one HTTP request, in seconds or as an `httpx.Timeout`.
        max_retries: How many times a request is retried after a 429, a 5xx or a
            connection error (POSTs only with an idempotency key, which the client adds).
        http_client: An `httpx.Client` to send sync requests with (its transport is wrapped
            with retries; the caller closes it).
        async_http_client: An `httpx.AsyncClient` for async requests, likewise.
        strict_response_validation: Raise `APIResponseValidationError` on the first value
            of a response that does not conform to the spec (or on a 2xx status the
            operation does not document). By default such a response still parses: what
            conforms is typed, the rest is kept as it came in ``additional_properties``
            and logged at debug level on the ``wriftai`` logger.
        trust_idempotency_keys: Whether the server honours ``Idempotency-Key``. By default
            (False) a ``POST`` that creates something is retried only when the failure
            shows it was not processed (a 429, or a connection that failed before sending);
            after a 5xx, a lost connection or a timeout its error says it may have been
            processed and carries the key. True retries it like any request (the local
            emulator honours keys; nothing shows the live services do). It never applies
            to the LLM Engine resources: LLM Engine does not read the key.
        llm_engine_base_path: The root URL of an LLM Engine deployment (one that routes
            ``/v1/llm/...`` and ``/v2/...``, such as a self-hosted ``http://host:5000``);
            defaults to ``LLM_ENGINE_BASE_PATH``, the variable LLM Engine's official
            client reads. When set, the LLM Engine resources (`completions`,
            `batch_completions`, `fine_tunes`, `files`, `llm_endpoints`) send there with
            `llm_engine_api_key`, on connections of their own. When neither is set they
            use `api_base_url` and the access token, like every other resource.
        llm_engine_api_key: The LLM Engine API key, sent as LLM Engine's official client
            sends it (an ``x-api-key`` header and HTTP Basic with the key as user name);
            defaults to ``SCALE_API_KEY``, then to ``root`` as in that client. Only used
            with an LLM Engine base path: the access token never goes there, nor this
            key to `api_base_url`.
        hooks: Functions called around every HTTP attempt, your own httpx clients' too
            (`wriftai.Hooks`); ``on_request`` may raise to refuse a request, the others'
            exceptions are logged and the call goes on.
        propagate_trace_context: Send the W3C ``traceparent`` of each attempt's span
            (OpenTelemetry), so that the server's spans join the caller's trace.
    """

    users: _Resource[UsersResource] = _Resource("wriftai.resources.users", "UsersResource")
    """The authenticated user and other users' profiles; list and search users."""
    authenticated_user: _Resource[AuthenticatedUserResource] = _Resource(
        "wriftai.resources.authenticated_user", "AuthenticatedUserResource"
    )
    """The user who owns the access token: get, update, and list their models."""
    hardware: _Resource[HardwareResource] = _Resource(
        "wriftai.resources.hardware", "HardwareResource"
    )
    """The hardware models run on."""
    model_categories: _Resource[ModelCategoriesResource] = _Resource(
        "wriftai.resources.model_categories", "ModelCategoriesResource"
    )
    """The categories that group models."""
    models: _Resource[ModelsResource] = _Resource("wriftai.resources.models", "ModelsResource")
    """Models: list, get, create, update, delete, search."""
    versions: _Resource[VersionsResource] = _Resource(
        "wriftai.resources.versions", "VersionsResource"
    )
    """Model versions: get, list, create, delete."""
    predictions: _Resource[PredictionsResource] = _Resource(
        "wriftai.resources.predictions", "PredictionsResource"
    )
    """Predictions: create, get, list, cancel, wait, stream."""
    uploads: _Resource[UploadsResource] = _Resource("wriftai.resources.uploads", "UploadsResource")
    """WriftAI file uploads (for prediction inputs): upload, create, complete."""
    variables: _Resource[VariablesResource] = _Resource(
        "wriftai.resources.variables", "VariablesResource"
    )
    """Variables (values and secrets model versions read): create, list, update, delete."""
    completions: _Resource[CompletionsResource] = _Resource(
        "wriftai.resources.completions", "CompletionsResource", llm=True
    )
    """LLM completions, whole or streamed: create."""
    batch_completions: _Resource[BatchCompletionsResource] = _Resource(
        "wriftai.resources.batch_completions", "BatchCompletionsResource", llm=True
    )
    """LLM batch completion jobs: create, get, cancel, wait."""
    fine_tunes: _Resource[FineTunesResource] = _Resource(
        "wriftai.resources.fine_tunes", "FineTunesResource", llm=True
    )
    """LLM fine-tuning jobs: create, get, list, cancel, events, wait."""
    files: _Resource[FilesResource] = _Resource(
        "wriftai.resources.files", "FilesResource", llm=True
    )
    """LLM Engine files (training data): upload, get, list, delete, content. WriftAI
    uploads (files for prediction inputs) are `uploads`."""
    llm_endpoints: _Resource[LLMEndpointsResource] = _Resource(
        "wriftai.resources.llm_endpoints", "LLMEndpointsResource", llm=True
    )
    """LLM model endpoints: create, get, list, update, delete, download."""

    @functools.cached_property
    def bulk(self) -> Bulk:
        """Bulk runs of predictions and completions that adapt to rate limits and resume."""
        cls: type[Bulk] = importlib.import_module("wriftai.bulk._api").Bulk
        return cls(self)

    def __init__(
        self,
        access_token: str | None = None,
        api_base_url: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        trust_idempotency_keys: bool = False,
        llm_engine_base_path: str | None = None,
        llm_engine_api_key: str | None = None,
        hooks: Hooks | None = None,
        propagate_trace_context: bool = False,
    ) -> None:
        if access_token is None:
            access_token = os.environ.get("WRIFTAI_ACCESS_TOKEN") or None
        if access_token is not None and not isinstance(access_token, str):
            raise TypeError("access_token must be a str")
        if access_token is not None:
            check_secret("access_token", access_token)
        base_url = api_base_url or os.environ.get("WRIFTAI_API_BASE_URL") or DEFAULT_BASE_URL
        shared: dict[str, Any] = {  # what the WriftAI and the LLM Engine requests share
            "http_client": http_client,
            "async_http_client": async_http_client,
            "strict_response_validation": strict_response_validation,
            "hooks": hooks,
            "propagate_trace_context": propagate_trace_context,
        }
        self._http = HTTP(
            access_token,
            base_url,
            headers,
            timeout,
            max_retries,
            trust_idempotency_keys=trust_idempotency_keys,
            **shared,
        )
        self._llm_http = llm_engine_http(
            self._http,
            llm_engine_base_path,
            llm_engine_api_key,
            headers,
            timeout,
            max_retries,
            shared,
        )

    def __repr__(self) -> str:
        return f"Client(api_base_url={self._http.settings.base_url!r})"

    @property
    def api_base_url(self) -> str:
        """The API base URL requests go to."""
        return self._http.settings.base_url

    @property
    def llm_engine_base_path(self) -> str:
        """The LLM Engine root URL the LLM Engine resources send to (``/v1``, ``/v2`` below)."""
        return self._llm_http.settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of one HTTP request."""
        return self._http.settings.timeout

    @property
    def max_retries(self) -> int:
        """How many times a transient failure is retried."""
        return self._http.settings.max_retries

    @property
    def trust_idempotency_keys(self) -> bool:
        """Whether a ``POST`` with an idempotency key is retried after any transient failure."""
        return self._http.settings.trust_keys

    @property
    def strict_response_validation(self) -> bool:
        """Whether a response that does not conform to the spec raises."""
        return self._http.settings.strict

    @property
    def hooks(self) -> Hooks | None:
        """The functions called around every HTTP attempt, if any."""
        return self._http.observer.hooks

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``x-ratelimit-*`` and ``Retry-After`` values of the latest response with any.

        None before any; shared with the ``with_options`` copies (not with a separate LLM
        Engine deployment, `llm_engine_base_path`, which keeps its own).
        """
        return self._http.observer.rate_limits.latest

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        trust_idempotency_keys: bool | None = None,
        hooks: Hooks | None = None,
        propagate_trace_context: bool | None = None,
    ) -> Client:
        """A copy of this client with other options, sharing its connection pools.

        For example ``client.with_options(timeout=5, max_retries=0).models.get(...)``.
        The pools stay the original's: closing the copy (or leaving a ``with`` block on
        it) leaves them open.

        Args:
            timeout: The copy's request timeout; None keeps this client's.
            max_retries: The copy's retry budget; None keeps this client's.
            headers: Headers the copy adds to (or replaces in) this client's headers.
            strict_response_validation: The copy's response validation; None keeps this
                client's.
            trust_idempotency_keys: Whether the copy trusts the server to honour
                idempotency keys; None keeps this client's.
            hooks: The copy's hooks, in place of this client's (``dataclasses.replace(
                client.hooks, on_retry=...)`` changes one); None keeps this client's.
            propagate_trace_context: Whether the copy sends ``traceparent``; None keeps
                this client's.

        Returns:
            The copy.
        """
        shared: Changes = {
            "timeout": timeout,
            "max_retries": max_retries,
            "headers": headers,
            "strict_response_validation": strict_response_validation,
            "hooks": hooks,
            "propagate_trace_context": propagate_trace_context,
        }
        copy = object.__new__(Client)
        keyed: Changes = {**shared, "trust_idempotency_keys": trust_idempotency_keys}
        copy._http = self._http.with_options(**keyed)
        copy._llm_http = self._llm_http.with_options(**shared)  # LLM Engine reads no keys
        return copy

    def close(self) -> None:
        """Closes the sync connections this client opened."""
        self._http.close()
        self._llm_http.close()  # a no-op unless LLM Engine has connections of its own

    async def aclose(self) -> None:
        """Closes every connection this client opened."""
        await self._http.aclose()
        await self._llm_http.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()
