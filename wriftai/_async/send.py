"""Sending a request: the one path every call takes, a generated endpoint's or a stream's."""

from __future__ import annotations

import datetime
import time
from collections.abc import AsyncIterator, Mapping
from functools import partial
from typing import Any, cast

import httpx

from wriftai._async.retry import AsyncRetryTransport, with_retries
from wriftai._core.failures import mapped_errors, maybe_processed
from wriftai._core.requests import for_stream
from wriftai._errors import status_error
from wriftai._http import HTTP
from wriftai._httpx_compat import as_sent, may_skip_send, transport_of, wrap_transports
from wriftai._response import note_response

__all__ = ["async_http_client", "async_send"]


def async_http_client(http: HTTP) -> httpx.AsyncClient:
    """The async httpx client `http` sends with: the caller's, or one made on first use.

    A client made here gets the retry transport around its own transports; so does a
    caller's, the first time it is used.
    """
    pools = http.pools
    client = pools.current_async()
    if client is None:
        client = httpx.AsyncClient(**http.client_options("async"))
        pools.keep_async(client)
    if not isinstance(transport_of(client), AsyncRetryTransport):
        wrap_transports(client, partial(with_retries, max_retries=http.settings.max_retries))
    return client


async def async_send(
    http: HTTP, kwargs: Mapping[str, Any], *, stream: bool = False
) -> httpx.Response:
    """Sends a request and returns its successful response.

    Args:
        http: The client's configuration and httpx clients.
        kwargs: A generated endpoint's ``build_request()`` result.
        stream: Leave the body unread (the caller must close the response).

    Returns:
        A response with a status below 400.

    Raises:
        APIStatusError: The subclass for an error status.
        APIConnectionError: The request did not get an answer.
    """
    client = async_http_client(http)
    direct = may_skip_send(client, "async" in http.pools.owned, http.settings.base_url)
    request = http.build(client, for_stream(kwargs) if stream else kwargs, direct=direct)
    with mapped_errors(request):
        if direct:
            response = await _async_send_direct(client, request, stream)
        else:
            response = await client.send(request, stream=stream)
        if response.is_error:
            await response.aread()
            await response.aclose()
            raise maybe_processed(status_error(response), request)
    note_response(response)
    return response


async def _async_send_direct(
    client: httpx.AsyncClient, request: httpx.Request, stream: bool
) -> httpx.Response:
    """Hands the request to the client's transport (see `wriftai._httpx_compat`)."""
    start = time.perf_counter()
    response = await transport_of(client).handle_async_request(request)
    try:
        as_sent(client, request, response, _AsyncTimedStream(response, start))
        if not stream:
            await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return cast(httpx.Response, response)


class _AsyncTimedStream(httpx.AsyncByteStream):
    """A response body that sets the response's `elapsed` when closed, as `send` does."""

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
