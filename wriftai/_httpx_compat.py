"""The one module that reaches into httpx beyond its public API, and why.

- `wrap_transports`: a caller-supplied `httpx.Client` gets the retry transport around its
  own transport and its proxy mounts. httpx has no public way to replace the transport of
  a client that exists, and a client made here must keep httpx's own proxy handling from
  the environment, which httpx sets up only when it makes the transports itself.
- `transport_of` and `may_skip_send`: a request of a client made here goes straight to
  its transport, skipping `httpx.Client.send` (auth flows, redirects, event hooks, proxy
  mounts and the cookie jar, none of which such a client uses); `bench/` measures it.
- `as_sent`: does to such a response what `send` would (its request, cookies, the
  redirect it points to, httpx's log line).
- `has_any_header`: whether a response carries one of some headers, read from the list
  httpx keeps, whose names are lower case already: every response is looked at for
  rate-limit headers, and ``Headers.raw`` copies the list on each call.

It imports nothing of `wriftai` but the loggers, so `wriftai._core` may use it.

``tests/unit/test_direct_send.py`` checks that both paths send and return the same.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import httpx

from wriftai._logging import httpx_logger

__all__ = [
    "as_sent",
    "has_any_header",
    "has_userinfo",
    "may_skip_send",
    "transport_of",
    "wrap_transports",
]


def wrap_transports(client: httpx.Client | httpx.AsyncClient, wrap: Callable[[Any], Any]) -> None:
    """Replaces the client's transport and each mounted one by ``wrap(transport)``."""
    client._transport = wrap(client._transport)
    client._mounts = {pattern: wrap(mounted) for pattern, mounted in client._mounts.items()}


def transport_of(client: httpx.Client | httpx.AsyncClient) -> Any:
    """The transport the client sends through when no proxy is mounted."""
    return client._transport


@functools.lru_cache(maxsize=16)
def has_userinfo(base_url: str) -> bool:
    """Whether the base URL carries a user name or password (``send`` makes Basic auth of it)."""
    return bool(httpx.URL(base_url).userinfo)


def has_any_header(headers: httpx.Headers, names: frozenset[bytes]) -> bool:
    """Whether the headers hold one of `names` (lower-case bytes).

    Falls back to the public ``raw`` list should httpx keep its headers otherwise.
    """
    kept = getattr(headers, "_list", None)
    if kept is None:
        return any(name.lower() in names for name, _ in headers.raw)
    for _, lowered, _ in kept:  # noqa: SIM110 - a loop: no generator made per response
        if lowered in names:
            return True
    return False


def may_skip_send(client: httpx.Client | httpx.AsyncClient, owned: bool, base_url: str) -> bool:
    """Whether a request may go straight to the client's transport, skipping ``send``.

    Only for a client this package made (``owned``), open, with no proxy mounted (from the
    environment), no cookie set by the server, and no user info in the base URL (``send``
    makes Basic auth of it); a caller-supplied client always goes through its own ``send``.
    """
    return (
        owned
        and not client.is_closed
        and not client._mounts
        and not client.cookies
        and not has_userinfo(base_url)
    )


def as_sent(
    client: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    stream: Any,
) -> None:
    """Does to a response what `httpx.Client.send` does to one, without its other work.

    The response learns its request and gets `stream` as its body (which records
    ``elapsed`` when closed), a cookie the server sets lands in the client's jar, and
    httpx's logger gets its usual line.
    """
    response.request = request
    response.stream = stream
    if "set-cookie" in response.headers:
        client.cookies.extract_cookies(response)
    redirect = getattr(client, "_build_redirect_request", None)
    if response.has_redirect_location and redirect is not None:
        response.next_request = redirect(request, response)  # not followed, as by `send`
    if httpx_logger.isEnabledFor(logging.INFO):
        httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
