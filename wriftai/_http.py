"""What every request shares: the client's settings, credentials and httpx clients.

`HTTP` holds the configuration of a `Client` (base URL, token, headers, timeout, retry
budget, response strictness, hooks and trace propagation) and the httpx clients its copies
share. It builds requests; ``send`` (in `wriftai._async.send` and its sync twin) sends them.
"""

from __future__ import annotations

import http.cookiejar
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx
from anyio.lowlevel import RunVar

from wriftai._core.observing import OBSERVER, Observer, RateLimits
from wriftai._core.requests import USER_AGENT, as_timeout, parsed_url, with_read
from wriftai._core.retry import DEFAULT_MAX_RETRIES, REPEATABLE, RETRIES, TRUSTS_KEYS

if TYPE_CHECKING:
    from wriftai._core.hooks import Hooks

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "HTTP", "USER_AGENT"]

DEFAULT_BASE_URL = "https://api.wrift.ai/v1"

# The async httpx clients this package creates, one per event loop run: connections
# belong to the loop they were opened in, so a client used from a new loop (a second
# ``run`` of asyncio or trio) starts a pool of its own, and a loop's pool ends with it.
_ASYNC_POOLS: RunVar[weakref.WeakKeyDictionary[Pools, httpx.AsyncClient]] = RunVar(
    "wriftai_async_pools"
)


class Changes(TypedDict, total=False):
    """The settings `HTTP.with_options` changes; one left out or None stays the original's.

    They are those of `Client.with_options`, and the base URL.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int | None
    headers: Mapping[str, str] | None
    strict_response_validation: bool | None
    trust_idempotency_keys: bool | None
    base_url: str | None
    hooks: Hooks | None
    propagate_trace_context: bool | None


class CookieJar(http.cookiejar.CookieJar):
    """The cookie jar of the httpx clients this package creates: httpx's, minus idle work.

    httpx hands every response to its jar, which builds a header message of the response
    to look for ``Set-Cookie`` in. This jar looks at the headers first and gives the
    response to the usual `CookieJar` only when it sets a cookie (the API sets none), so
    what the jar keeps and sends is unchanged.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        """Keeps the cookies a response sets, if it sets any."""
        headers = getattr(getattr(response, "response", None), "headers", None)
        if isinstance(headers, httpx.Headers) and not (
            "set-cookie" in headers or "set-cookie2" in headers
        ):
            return
        super().extract_cookies(response, request)


@dataclass(eq=False)
class Pools:
    """The httpx clients, shared by `HTTP.with_options` copies.

    Attributes:
        sync: The sync client (the caller's, or made on first use).
        supplied_async: The caller's async client, if one was given.
        owned: Which kinds (``"sync"``, ``"async"``) this package made and so closes.
    """

    sync: httpx.Client | None = None
    supplied_async: httpx.AsyncClient | None = None
    owned: set[str] = field(default_factory=set)

    def current_sync(self) -> httpx.Client | None:
        """The sync client, if there is one yet."""
        return self.sync

    def keep_sync(self, client: httpx.Client) -> None:
        """Keeps the sync client made on first use."""
        self.sync = client

    def current_async(self) -> httpx.AsyncClient | None:
        """The async client of the running event loop, if there is one yet."""
        if self.supplied_async is not None:
            return self.supplied_async
        return _ASYNC_POOLS.get(_NO_POOLS).get(self)

    def keep_async(self, client: httpx.AsyncClient) -> None:
        """Keeps an async client made for the running event loop."""
        pools = _ASYNC_POOLS.get(None)
        if pools is None:
            _ASYNC_POOLS.set(pools := weakref.WeakKeyDictionary())
        pools[self] = client


_NO_POOLS: weakref.WeakKeyDictionary[Pools, httpx.AsyncClient] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Settings:
    """What an `HTTP` sends with; `with_options` makes a changed copy."""

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str] = field(repr=False)  # may hold an LLM Engine key
    strict: bool
    trust_keys: bool


class HTTP:
    """The configuration and httpx clients a `Client` sends with.

    Args:
        access_token: The bearer token; never shown in a repr, log record or error.
        base_url: The API base URL, such as ``https://api.wrift.ai/v1``.
        headers: Headers sent with every request.
        timeout: The default timeout of a request.
        max_retries: How many times a transient failure is retried.
        http_client: A caller-supplied `httpx.Client`; its transport gets retries.
        async_http_client: A caller-supplied `httpx.AsyncClient`; likewise.
        strict_response_validation: Raise on a response that does not conform to the spec.
        trust_idempotency_keys: The server honours ``Idempotency-Key``, so a ``POST`` that
            carries one may be retried after any transient failure.
        hooks: The caller's hooks, called around every attempt.
        propagate_trace_context: Send the W3C ``traceparent`` of each attempt.

    Raises:
        TypeError: A flag is not a bool, or the timeout is not a number or `httpx.Timeout`.
        ValueError: `max_retries` is negative.
    """

    def __init__(
        self,
        access_token: str | None,
        base_url: str,
        headers: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        trust_idempotency_keys: bool = False,
        hooks: Hooks | None = None,
        propagate_trace_context: bool = False,
    ) -> None:
        _check_flags(strict_response_validation, trust_idempotency_keys, propagate_trace_context)
        _check_hooks(hooks)
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError("max_retries must be a non-negative int")
        self.__token = access_token
        self.settings = Settings(
            base_url=base_url.rstrip("/"),
            timeout=as_timeout(timeout),
            max_retries=max_retries,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            strict=strict_response_validation,
            trust_keys=trust_idempotency_keys,
        )
        self.pools = Pools(sync=http_client, supplied_async=async_http_client)
        self.observer = Observer(hooks, propagate_trace_context, RateLimits())
        self._owner = True
        self._merged: weakref.WeakKeyDictionary[Any, httpx.Headers] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        token = "***" if self.__token else None
        return f"HTTP(base_url={self.settings.base_url!r}, access_token={token})"

    def with_options(self, **changes: Unpack[Changes]) -> HTTP:
        """A copy with other settings sharing this one's pools; see `Client.with_options`.

        The copy shares the rate-limit record too: the limits are the server's, whichever
        copy sent.

        Raises:
            TypeError: A flag is not a bool, or `hooks` is not a `Hooks`.
            ValueError: `max_retries` is negative.
        """
        strict = changes.get("strict_response_validation")
        trust = changes.get("trust_idempotency_keys")
        propagate = changes.get("propagate_trace_context")
        hooks = changes.get("hooks")
        _check_flags(strict, trust, propagate)
        _check_hooks(hooks)
        base_url, timeout = changes.get("base_url"), changes.get("timeout")
        max_retries = changes.get("max_retries")
        settings = self.settings
        observer = self.observer
        copy = object.__new__(HTTP)
        copy.__token = self.__token
        copy.pools = self.pools
        copy.observer = Observer(
            observer.hooks if hooks is None else hooks,
            _given(propagate, observer.propagate),
            observer.rate_limits,
        )
        copy._owner = False  # closing a copy leaves the shared pools to the original
        copy._merged = weakref.WeakKeyDictionary()
        copy.settings = replace(
            settings,
            base_url=settings.base_url if base_url is None else base_url.rstrip("/"),
            timeout=settings.timeout if timeout is None else as_timeout(timeout),
            max_retries=settings.max_retries if max_retries is None else max_retries,
            headers={**settings.headers, **(changes.get("headers") or {})},
            strict=_given(strict, settings.strict),
            trust_keys=_given(trust, settings.trust_keys),
        )
        if copy.settings.max_retries < 0:
            raise ValueError("max_retries must be a non-negative int")
        return copy

    def client_options(self, kind: str) -> Any:
        """The options of an httpx client this package makes (and so owns) for `kind`.

        httpx reads proxies from the environment (``HTTPS_PROXY``, ``ALL_PROXY``,
        ``NO_PROXY``) only for a client not given a transport, so the client is made with
        its own transports, which get the retry transport around them afterwards.
        """
        self.pools.owned.add(kind)
        return {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout,
            "cookies": CookieJar(),
        }

    @property
    def owner(self) -> bool:
        """Whether this is the original (not a `with_options` copy), which closes the pools."""
        return self._owner

    def close(self) -> None:
        """Closes the sync httpx client if this package made it (a copy's does nothing).

        An async pool ends with its event loop; `aclose` closes the running loop's.
        """
        if self._owner and "sync" in self.pools.owned and self.pools.sync is not None:
            self.pools.sync.close()

    async def aclose(self) -> None:
        """Closes the httpx clients this package made, the running loop's async one too."""
        if not self._owner:
            return
        self.close()
        client = self.pools.current_async()
        if "async" in self.pools.owned and client is not None:
            await client.aclose()

    # ------------------------------------------------------------------ requests
    def build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        kwargs: Mapping[str, Any],
        *,
        direct: bool = False,
    ) -> httpx.Request:
        """Builds a request from a generated endpoint's ``build_request()`` result.

        Args:
            client: The httpx client that will send it (its defaults are merged in).
            kwargs: ``method``, ``url`` and optionally ``params``, ``headers``, ``json``,
                ``content``, ``data``, ``files``, and ``read_timeout`` (seconds) for a
                request the server holds open on purpose (long polls, quiet streams).
            direct: The request will skip ``client.send`` (see
                `wriftai._httpx_compat.may_skip_send`): the client's headers are merged
                here, as ``client.build_request`` would, without the merges of cookies,
                query and base URL that such a client has none of.

        Returns:
            The request, with auth, user agent, default headers, timeout and retry budget.
        """
        timeout = with_read(self.settings.timeout, kwargs.get("read_timeout"))
        extensions: dict[str, Any] = {
            RETRIES: self.settings.max_retries,
            TRUSTS_KEYS: self.settings.trust_keys,
            REPEATABLE: bool(kwargs.get("repeatable")),
            OBSERVER: self.observer,
        }
        if not direct:
            return client.build_request(
                kwargs["method"].upper(),
                self.settings.base_url + kwargs["url"],
                params=kwargs.get("params"),
                headers=self._headers(kwargs.get("headers")),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                data=kwargs.get("data"),
                files=kwargs.get("files"),
                timeout=timeout,
                extensions=extensions,
            )
        headers = self._headers_of(client)
        if kwargs.get("headers"):
            headers.update(kwargs["headers"])
            if self.__token:
                headers["Authorization"] = f"Bearer {self.__token}"
        extensions["timeout"] = timeout.as_dict()
        return httpx.Request(
            kwargs["method"].upper(),
            parsed_url(self.settings.base_url + kwargs["url"]),
            params=kwargs.get("params"),
            headers=headers,
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            extensions=extensions,
        )

    def _headers_of(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """A fresh copy of the client's headers merged with this client's own (and auth).

        The merge is made once per httpx client (held weakly: a pool let go with its event
        loop is not kept alive) and copied per request: a copy is a list copy, while the
        merge normalises every name and value again. The httpx clients are this package's
        own, so their headers do not change after they are made.
        """
        merged = self._merged.get(client)
        if merged is None:
            merged = httpx.Headers(client.headers)
            merged.update(self._headers())
            self._merged[client] = merged
        return httpx.Headers(merged)

    def _headers(self, call: Mapping[str, str] | None = None) -> httpx.Headers:
        """This client's headers, then the call's, then auth.

        A later name replaces an earlier one written in any case.
        """
        headers = httpx.Headers(self.settings.headers)
        if call:
            headers.update(call)
        if self.__token:
            headers["Authorization"] = f"Bearer {self.__token}"
        return headers


def _check_flags(strict: bool | None, trust_keys: bool | None, propagate: bool | None) -> None:
    for name, value in (
        ("strict_response_validation", strict),
        ("trust_idempotency_keys", trust_keys),
        ("propagate_trace_context", propagate),
    ):
        if value is not None and not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool")


def _check_hooks(hooks: object) -> None:
    if hooks is None:
        return
    from wriftai._core.hooks import Hooks

    if not isinstance(hooks, Hooks):
        raise TypeError(f"hooks must be a wriftai.Hooks, not {type(hooks).__name__}")


def _given(value: bool | None, default: bool) -> bool:
    return default if value is None else value
