"""The one place every request goes through, generated or streamed.

It owns authentication, the user agent, default and per-call headers, timeouts, logging
(the ``wriftai`` logger, level from ``WRIFTAI_LOG``), retries with backoff, and the
mapping of transport failures and error statuses to `wriftai` exceptions.

Retries live in `RetryTransport` / `AsyncRetryTransport`, httpx transports installed in
the httpx clients that both the generated endpoint functions and the hand-written streams
use. A request whose repetition is harmless (``GET``, ``PUT``, ``PATCH``, ``DELETE``, and a
``POST`` marked repeatable, such as a completion) is retried on 429, 5xx and connection
errors. Any other ``POST`` creates something, and nothing shows that the live services
honour ``Idempotency-Key``; so by default it is retried only when the failure shows it was
not processed: a 429, or a connection that failed before the request was sent. After a 5xx,
a lost connection or a timeout, the error says the request may have been processed and
carries its idempotency key. `HTTP` can be told that the server honours the key
(``trust_idempotency_keys``); then a ``POST`` with a key is retried like the others (the
same key on every attempt, because the same request object is re-sent).
"""

from __future__ import annotations

import contextlib
import datetime
import email.utils
import functools
import http.cookiejar
import logging
import os
import random
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from wriftai._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    WriftAIError,
    status_error,
)
from wriftai._response import note_response
from wriftai._version import __version__

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "HTTP",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "new_idempotency_key",
]

DEFAULT_BASE_URL = "https://api.wrift.ai/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"wriftai-python/{__version__}"

# The request extension that carries a request's retry budget into the retry transport,
# so that copies made by `Client.with_options` can share one connection pool.
_RETRIES = "wriftai.max_retries"
# The request extension that marks a POST whose repetition is harmless (creates nothing).
REPEATABLE = "wriftai.repeatable"
# The request extension that says the server honours Idempotency-Key.
_TRUSTS_KEYS = "wriftai.trust_idempotency_keys"
# A failure that shows the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRY_STATUSES = frozenset({429})
_NEVER_RETRY = frozenset({501, 505})  # "not implemented" does not get better with time
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})

logger = logging.getLogger("wriftai")
_httpx_logger = logging.getLogger("httpx")


def _configure_logging() -> None:
    level = os.environ.get("WRIFTAI_LOG", "").strip().upper()
    if not level:
        return
    logger.setLevel(level if level in logging.getLevelNamesMapping() else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


_configure_logging()


def new_idempotency_key() -> str:
    """Returns a fresh idempotency key for one logical request."""
    import uuid  # on first use: it imports platform, and `import wriftai` needs neither

    return str(uuid.uuid4())


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts.

    Attributes:
        initial_delay: The backoff before the first retry, in seconds; it doubles per retry.
        max_delay: The cap on the computed backoff, in seconds.
        max_header_delay: The longest ``Retry-After`` / ``x-ratelimit-reset`` wait the
            client sleeps through; a server asking for longer gets its error raised at
            once (with the headers on it) rather than a retry it asked not to get.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_header_delay: float = 60.0

    def delay(self, retry: int, response: httpx.Response | None) -> float | None:
        """The seconds to wait before retry number ``retry`` (0-based).

        Args:
            retry: How many retries were made before this one.
            response: The response that failed, if the attempt got one.

        Returns:
            The server's requested wait when it gives one, or else an exponential backoff
            with jitter, capped at `max_delay`; None (no retry) when the server asks for
            longer than `max_header_delay`.
        """
        if response is not None:
            wanted = _requested_delay(response.headers)
            if wanted is not None:
                return max(0.0, wanted) if wanted <= self.max_header_delay else None
        backoff = min(self.max_delay, self.initial_delay * 2.0**retry)
        return backoff * (0.5 + random.random() / 2)


def _requested_delay(headers: httpx.Headers) -> float | None:
    retry_after = headers.get("retry-after")
    if retry_after:
        try:
            return float(retry_after)
        except ValueError:
            with contextlib.suppress(TypeError, ValueError):
                when = email.utils.parsedate_to_datetime(retry_after)
                return float(when.timestamp()) - time.time()
    reset = headers.get("x-ratelimit-reset")
    if reset:
        with contextlib.suppress(ValueError):
            return max(0.0, float(reset) - time.time())
    return None


def repeatable(request: httpx.Request) -> bool:
    """Whether sending the request again can do no harm (after any failure).

    Args:
        request: The request.

    Returns:
        True for idempotent methods, a POST marked `REPEATABLE`, and a POST with an
        ``Idempotency-Key`` to a server trusted to honour it.
    """
    if request.method in _IDEMPOTENT_METHODS or request.extensions.get(REPEATABLE):
        return True
    return bool(request.extensions.get(_TRUSTS_KEYS)) and "idempotency-key" in request.headers


class _Attempts:
    """The retry state of one logical request; shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, default_retries: int, policy: RetryPolicy) -> None:
        self.request = request
        self.budget = request.extensions.get(_RETRIES, default_retries)
        self.repeatable = repeatable(request)
        self.policy = policy
        self.retries = 0

    def next_delay(
        self, response: httpx.Response | None = None, error: Exception | None = None
    ) -> float | None:
        """Logs the attempt; returns the wait before the next one, or None to stop."""
        request = self.request
        if response is not None:
            if logger.isEnabledFor(logging.DEBUG):  # the arguments cost more than the check
                logger.debug(
                    "%s %s -> %d (request id %s)",
                    request.method,
                    _loggable(request.url),
                    response.status_code,
                    response.headers.get("x-request-id"),
                )
            if response.status_code not in _RETRY_STATUSES and response.status_code < 500:
                return None
            if response.status_code in _NEVER_RETRY:
                return None
            if response.status_code >= 500 and not self.repeatable:
                return None  # it may have been processed: the caller decides
            outcome = f"status {response.status_code}"
        else:
            creates = request.method == "POST" and not request.extensions.get(REPEATABLE)
            if isinstance(error, httpx.ReadTimeout) and creates:
                # A creating POST may still be running on the server, even one whose key
                # the server honours: a retry would only meet it there (409); the caller
                # gets the timeout and can send the same key again.
                return None
            if not self.repeatable and not isinstance(error, _NOT_SENT):
                return None  # the connection broke after sending: it may have been processed
            outcome = type(error).__name__
        if self.retries >= self.budget:
            return None
        delay = self.policy.delay(self.retries, response)
        if delay is None:
            logger.info(
                "%s %s: the server asks to wait longer than the client will",
                request.method,
                _loggable(request.url),
            )
            return None
        self.retries += 1
        logger.info(
            "%s %s failed (%s); retry %d of %d in %.2fs",
            request.method,
            _loggable(request.url),
            outcome,
            self.retries,
            self.budget,
            delay,
        )
        return delay


_SIGNED_QUERY = frozenset(
    {"signature", "sig", "x-amz-signature", "x-amz-credential", "x-goog-signature", "token"}
)
"""Query parameters that make a URL a credential (presigned upload URLs carry them)."""


def _loggable(url: httpx.URL) -> str:
    """`url` as logs may show it: a presigned URL's query is a secret, so it is left out."""
    if any(name.lower() in _SIGNED_QUERY for name in url.params):
        return str(url.copy_with(query=None)) + "?<signed query omitted>"
    return str(url)


W = TypeVar("W")


class _Retrying(Generic[W]):
    """The configuration both retry transports share.

    Args:
        wrapped: The transport that does the I/O.
        max_retries: The retry budget of a request that does not set its own.
        policy: The backoff policy.
    """

    def __init__(
        self, wrapped: W, max_retries: int = DEFAULT_MAX_RETRIES, policy: RetryPolicy | None = None
    ) -> None:
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy or RetryPolicy()


class RetryTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    """An httpx transport that retries transient failures of the transport it wraps."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Sends the request, retrying while the policy allows.

        Args:
            request: The request.

        Returns:
            The first response that is not retried.
        """
        attempts = _Attempts(request, self.max_retries, self.policy)
        while True:
            try:
                response = self.wrapped.handle_request(request)
            except httpx.TransportError as exc:
                if (delay := attempts.next_delay(error=exc)) is None:
                    raise
            else:
                if (delay := attempts.next_delay(response)) is None:
                    return response
                response.close()
            time.sleep(delay)

    def close(self) -> None:
        """Closes the wrapped transport."""
        self.wrapped.close()


class AsyncRetryTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The asynchronous twin of `RetryTransport`."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The asynchronous form of `RetryTransport.handle_request`."""
        import anyio

        attempts = _Attempts(request, self.max_retries, self.policy)
        while True:
            try:
                response = await self.wrapped.handle_async_request(request)
            except httpx.TransportError as exc:
                if (delay := attempts.next_delay(error=exc)) is None:
                    raise
            else:
                if (delay := attempts.next_delay(response)) is None:
                    return response
                await response.aclose()
            await anyio.sleep(delay)

    async def aclose(self) -> None:
        """Closes the wrapped transport."""
        await self.wrapped.aclose()


class _CookieJar(http.cookiejar.CookieJar):
    """The cookie jar of the httpx clients this client creates: httpx's, minus idle work.

    httpx hands every response to its jar, which builds a header message of the response
    to look for ``Set-Cookie`` in, about 4% of a small call. This jar looks at the headers
    first and gives the response to the usual `CookieJar` only when it sets a cookie (the
    API sets none), so what the jar keeps and sends is unchanged.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        headers = getattr(getattr(response, "response", None), "headers", None)
        if isinstance(headers, httpx.Headers) and not (
            "set-cookie" in headers or "set-cookie2" in headers
        ):
            return
        super().extract_cookies(response, request)


def _with_retries(
    client: httpx.Client | httpx.AsyncClient, max_retries: int = DEFAULT_MAX_RETRIES
) -> None:
    """Wraps an httpx client's transports (its own and any proxy's) in the retry transport."""
    kind: Any = AsyncRetryTransport if isinstance(client, httpx.AsyncClient) else RetryTransport

    def wrap(transport: Any) -> Any:
        if transport is None or isinstance(transport, RetryTransport | AsyncRetryTransport):
            return transport
        return kind(transport, max_retries)

    client._transport = wrap(client._transport)
    client._mounts = {pattern: wrap(mounted) for pattern, mounted in client._mounts.items()}


@dataclass
class _Pools:
    """The httpx clients, created on first use and shared by `HTTP.with_options` copies."""

    sync: httpx.Client | None = None
    asynchronous: httpx.AsyncClient | None = None
    owned: set[str] = field(default_factory=set)
    loop: asyncio.AbstractEventLoop | None = None  # the event loop `asynchronous` was made in


@dataclass(frozen=True)
class _Settings:
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str] = field(repr=False)  # may hold an LLM Engine key
    strict: bool
    trust_keys: bool


class HTTP:
    """Sends requests for a `Client`: configuration plus the shared httpx clients.

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
    ) -> None:
        if not isinstance(strict_response_validation, bool):
            raise TypeError("strict_response_validation must be a bool")
        if not isinstance(trust_idempotency_keys, bool):
            raise TypeError("trust_idempotency_keys must be a bool")
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError("max_retries must be a non-negative int")
        self.__token = access_token
        self._settings = _Settings(
            base_url=base_url.rstrip("/"),
            timeout=_as_timeout(timeout),
            max_retries=max_retries,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            strict=strict_response_validation,
            trust_keys=trust_idempotency_keys,
        )
        for supplied in (http_client, async_http_client):
            if supplied is not None:
                _with_retries(supplied)
        self._pools = _Pools(sync=http_client, asynchronous=async_http_client)
        self._owner = True
        self._merged: weakref.WeakKeyDictionary[Any, httpx.Headers] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"HTTP(base_url={self.base_url!r}, access_token={'***' if self.__token else None})"

    @property
    def base_url(self) -> str:
        """The API base URL."""
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of a request."""
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        """How many times a transient failure is retried."""
        return self._settings.max_retries

    @property
    def trust_idempotency_keys(self) -> bool:
        """Whether the server is trusted to honour ``Idempotency-Key``."""
        return self._settings.trust_keys

    @property
    def strict(self) -> bool:
        """Whether a response that does not conform to the spec raises."""
        return self._settings.strict

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
        trust_idempotency_keys: bool | None = None,
    ) -> HTTP:
        """A copy with other settings sharing this one's pools; see `Client.with_options`."""
        if strict_response_validation is not None and not isinstance(
            strict_response_validation, bool
        ):
            raise TypeError("strict_response_validation must be a bool")
        if trust_idempotency_keys is not None and not isinstance(trust_idempotency_keys, bool):
            raise TypeError("trust_idempotency_keys must be a bool")
        copy = object.__new__(HTTP)
        copy.__token = self.__token
        copy._pools = self._pools
        copy._owner = False  # closing a copy leaves the shared pools to the original
        copy._merged = weakref.WeakKeyDictionary()
        copy._settings = replace(
            self._settings,
            timeout=self.timeout if timeout is None else _as_timeout(timeout),
            max_retries=self.max_retries if max_retries is None else max_retries,
            headers={**self._settings.headers, **(headers or {})},
            strict=self.strict
            if strict_response_validation is None
            else strict_response_validation,
            trust_keys=self.trust_idempotency_keys
            if trust_idempotency_keys is None
            else trust_idempotency_keys,
        )
        if copy.max_retries < 0:
            raise ValueError("max_retries must be a non-negative int")
        return copy

    # ------------------------------------------------------------------ httpx clients
    def sync_client(self) -> httpx.Client:
        """The shared `httpx.Client`, created on first use."""
        if self._pools.sync is None:
            self._pools.sync = client = httpx.Client(**self._client_options("sync"))
            _with_retries(client, self.max_retries)
        return self._pools.sync

    def async_client(self) -> httpx.AsyncClient:
        """The shared `httpx.AsyncClient`, created on first use in each event loop.

        Connections belong to the event loop they were opened in, so a client used from
        a new loop (a second ``asyncio.run``) starts a new pool of its own.
        """
        import asyncio  # loaded already in async code; not worth loading at import time

        pools = self._pools
        loop = asyncio.get_running_loop()
        if pools.asynchronous is not None and "async" in pools.owned and pools.loop is not loop:
            pools.asynchronous = None  # its loop's connections ended with that loop
        if pools.asynchronous is None:
            pools.asynchronous = client = httpx.AsyncClient(**self._client_options("async"))
            _with_retries(client, self.max_retries)
            pools.loop = loop
        return pools.asynchronous

    def _client_options(self, kind: str) -> Any:
        """The options of an httpx client this client creates (and so owns).

        httpx reads proxies from the environment (``HTTPS_PROXY``, ``ALL_PROXY``,
        ``NO_PROXY``) only for a client not given a transport, so the client is made with
        its own transports, which `_with_retries` then wraps.
        """
        self._pools.owned.add(kind)
        return {"base_url": self.base_url, "timeout": self.timeout, "cookies": _CookieJar()}

    def close(self) -> None:
        """Closes the sync httpx client if this client created it.

        An async pool it created is let go too: it can only be closed by awaiting, in its
        own event loop (`aclose`), and after that loop has ended its connections have.
        Closing a `with_options` copy does nothing.
        """
        if not self._owner:
            return
        pools = self._pools
        if "sync" in pools.owned and pools.sync is not None:
            pools.sync.close()
        if "async" in pools.owned and pools.loop is not None and pools.loop.is_closed():
            pools.asynchronous = None

    async def aclose(self) -> None:
        """Closes both httpx clients this client created (a copy's `aclose` does nothing)."""
        if not self._owner:
            return
        self.close()
        if "async" in self._pools.owned and self._pools.asynchronous is not None:
            await self._pools.asynchronous.aclose()

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
            direct: The request will skip ``client.send`` (see `_direct`): the client's
                headers are merged here, as ``client.build_request`` would, without the
                merges of cookies, query and base URL that such a client has none of.

        Returns:
            The request, with auth, user agent, default headers, timeout and retry budget.
        """
        timeout = _with_read(self.timeout, kwargs.get("read_timeout"))
        extensions: dict[str, Any] = {
            _RETRIES: self.max_retries,
            _TRUSTS_KEYS: self._settings.trust_keys,
            REPEATABLE: bool(kwargs.get("repeatable")),
        }
        if direct:
            headers = self._headers_of(client)
            if kwargs.get("headers"):
                headers.update(kwargs["headers"])
                if self.__token:
                    headers["Authorization"] = f"Bearer {self.__token}"
            extensions["timeout"] = timeout.as_dict()
            return httpx.Request(
                kwargs["method"].upper(),
                _url(self.base_url + kwargs["url"]),
                params=kwargs.get("params"),
                headers=headers,
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                data=kwargs.get("data"),
                files=kwargs.get("files"),
                extensions=extensions,
            )
        return client.build_request(
            kwargs["method"].upper(),
            self.base_url + kwargs["url"],
            params=kwargs.get("params"),
            headers=self._headers(kwargs.get("headers")),
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            timeout=timeout,
            extensions=extensions,
        )

    def _headers_of(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """A fresh copy of the client's headers merged with this client's own (and auth).

        The merge is made once per httpx client (held weakly: a pool let go with its event
        loop is not kept alive) and copied per request: a copy is a list copy, while the
        merge normalises every name and value again. The httpx clients are this client's
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
        headers = httpx.Headers(self._settings.headers)
        if call:
            headers.update(call)
        if self.__token:
            headers["Authorization"] = f"Bearer {self.__token}"
        return headers

    def _direct(self, client: httpx.Client | httpx.AsyncClient, kind: str) -> bool:
        """Whether a request may go straight to the client's transport, skipping `send`.

        `httpx.Client.send` runs auth flows, redirect handling, event hooks, proxy mounts
        and the cookie jar for every request: about a tenth of a small call's time. A client
        this client created has none of these (no auth, hooks or redirects to follow), so
        its requests go to its transport directly, unless proxies are mounted (from the
        environment) or the server has set a cookie, which `send` keeps handling. A
        caller-supplied client always goes through its own `send`.
        """
        return (
            kind in self._pools.owned
            and not client.is_closed
            and not client._mounts
            and not client.cookies
            and not _has_userinfo(self.base_url)  # `send` makes Basic auth of it
        )

    def send(self, kwargs: Mapping[str, Any], *, stream: bool = False) -> httpx.Response:
        """Sends a request and returns its successful response.

        Args:
            kwargs: A generated endpoint's ``build_request()`` result.
            stream: Leave the body unread (the caller must close the response).

        Returns:
            A response with a status below 400.

        Raises:
            APIStatusError: The subclass for an error status.
            APIConnectionError: The request did not get an answer.
        """
        client = self.sync_client()
        direct = self._direct(client, "sync")
        request = self.build(client, _for_stream(kwargs) if stream else kwargs, direct=direct)
        with _mapped_errors(request):
            if direct:
                start = time.perf_counter()
                response = client._transport.handle_request(request)
                try:
                    _as_sent(client, request, response, _TimedStream(response, start))
                    if not stream:
                        response.read()
                except BaseException:
                    response.close()
                    raise
            else:
                response = client.send(request, stream=stream)
            if response.is_error:
                response.read()
                response.close()
                raise _maybe_processed(status_error(response), request)
        note_response(response)
        return response

    async def async_send(
        self, kwargs: Mapping[str, Any], *, stream: bool = False
    ) -> httpx.Response:
        """The asynchronous form of `send`.

        Args:
            kwargs: A generated endpoint's ``build_request()`` result.
            stream: Leave the body unread (the caller must close the response).

        Returns:
            A response with a status below 400.
        """
        client = self.async_client()
        direct = self._direct(client, "async")
        request = self.build(client, _for_stream(kwargs) if stream else kwargs, direct=direct)
        with _mapped_errors(request):
            if direct:
                start = time.perf_counter()
                response = await client._transport.handle_async_request(request)
                try:
                    _as_sent(client, request, response, _AsyncTimedStream(response, start))
                    if not stream:
                        await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            else:
                response = await client.send(request, stream=stream)
            if response.is_error:
                await response.aread()
                await response.aclose()
                raise _maybe_processed(status_error(response), request)
        note_response(response)
        return response


def _as_sent(
    client: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    stream: Any,
) -> None:
    """Does to a response what `httpx.Client.send` does to one, without its other work.

    The response learns its request, its body records `elapsed` when closed, a cookie the
    server sets lands in the client's jar, and httpx's logger gets its usual line.
    """
    response.request = request
    response.stream = stream
    if "set-cookie" in response.headers:
        client.cookies.extract_cookies(response)
    redirect = getattr(client, "_build_redirect_request", None)
    if response.has_redirect_location and redirect is not None:
        response.next_request = redirect(request, response)  # not followed, as by `send`
    if _httpx_logger.isEnabledFor(logging.INFO):
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


class _TimedStream(httpx.SyncByteStream):
    """A response body that sets the response's `elapsed` when it is closed, as `send` does."""

    def __init__(self, response: httpx.Response, start: float) -> None:
        self._stream = cast(httpx.SyncByteStream, response.stream)
        self._response = response
        self._start = start

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        self._stream.close()


class _AsyncTimedStream(httpx.AsyncByteStream):
    """The asynchronous form of `_TimedStream`."""

    def __init__(self, response: httpx.Response, start: float) -> None:
        self._stream = cast(httpx.AsyncByteStream, response.stream)
        self._response = response
        self._start = start

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        await self._stream.aclose()


@functools.lru_cache(maxsize=16)
def _has_userinfo(base_url: str) -> bool:
    return bool(httpx.URL(base_url).userinfo)


@functools.lru_cache(maxsize=256)
def _url(text: str) -> httpx.URL:
    """The parsed URL; the same URL asked for again (a poll, a refresh) is not parsed again.

    httpx parses and validates a URL in Python, about 8 µs, a twentieth of a small call.
    `httpx.URL` is immutable, so one parsed URL serves any number of requests.
    """
    return httpx.URL(text)


def _for_stream(kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
    """A streamed request asks for an uncompressed body, so each event arrives as sent."""
    return {**kwargs, "headers": {**kwargs.get("headers", {}), "Accept-Encoding": "identity"}}


@contextlib.contextmanager
def _mapped_errors(request: httpx.Request) -> Iterator[None]:
    """Turns httpx's transport exceptions into `wriftai` ones."""
    try:
        yield
    except httpx.TimeoutException as exc:
        _know_request(exc, request)
        error: APIConnectionError = APITimeoutError(
            f"{request.method} {_loggable(request.url)} timed out", request=request
        )
        if not isinstance(exc, _NOT_SENT):
            error = _maybe_processed(error, request)
        raise error from exc
    except httpx.TransportError as exc:
        _know_request(exc, request)
        error = APIConnectionError(
            f"{request.method} {_loggable(request.url)} failed: {type(exc).__name__}: {exc}",
            request=request,
        )
        if not isinstance(exc, _NOT_SENT):
            error = _maybe_processed(error, request)
        raise error from exc


def _know_request(exc: httpx.TransportError, request: httpx.Request) -> None:
    """Gives httpx's error its request, as `Client.send` does (the direct path has none)."""
    try:
        exc.request  # noqa: B018 - raises RuntimeError when no request was set
    except RuntimeError:
        exc.request = request


E = TypeVar("E", bound=WriftAIError)


def _maybe_processed(error: E, request: httpx.Request) -> E:
    """Marks the error of a POST that may have changed state on the server before failing.

    A 5xx, a connection lost after sending, or a timeout tells nothing of whether the
    server acted on a POST. The error then says so and carries the idempotency key, so the
    caller can check, or send the request again with the same key to a server that honours
    it. Requests whose repetition is harmless are left alone (they were retried already).
    """
    if request.method != "POST" or request.extensions.get(REPEATABLE):
        return error
    if isinstance(error, APIStatusError) and error.status_code < 500:
        return error
    key = request.headers.get("idempotency-key")
    error.may_have_been_processed = True
    error.idempotency_key = key
    note = "the request may have been processed; check before sending it again"
    if key:
        note += f" (idempotency key {key})"
    error.args = (f"{error.args[0]}; {note}" if error.args else note, *error.args[1:])
    return error


def _with_read(timeout: httpx.Timeout, read: float | None) -> httpx.Timeout:
    """The timeout with its read part set to `read` (for long polls and quiet streams)."""
    if read is None:
        return timeout
    return httpx.Timeout(timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))
