"""The retrying httpx transport: the attempts of `wriftai._core.retry`, carried out."""

from __future__ import annotations

import httpx

from wriftai._concurrency import async_sleep
from wriftai._core.retry import DEFAULT_MAX_RETRIES, Attempts, RetryPolicy

__all__ = ["AsyncRetryTransport"]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries transient failures of the transport it wraps.

    What is retried, and after how long, is `wriftai._core.retry`'s to say.

    Args:
        wrapped: The transport that does the I/O.
        max_retries: The retry budget of a request that does not carry its own.
        policy: The backoff policy.
    """

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        max_retries: int = DEFAULT_MAX_RETRIES,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Sends the request, retrying while the policy allows.

        Args:
            request: The request.

        Returns:
            The first response that is not retried.

        Raises:
            httpx.TransportError: The last attempt's failure, when it got no response.
            Exception: What the ``on_request`` hook raised (nothing was sent).
        """
        attempts = Attempts(request, self.max_retries, self.policy)
        while True:
            attempts.start()
            try:
                response = await self.wrapped.handle_async_request(request)
            except httpx.TransportError as exc:
                if (delay := attempts.next_delay(error=exc)) is None:
                    raise
            except BaseException as exc:  # a cancellation or an interrupt: the span still ends
                attempts.interrupted(exc)
                raise
            else:
                if (delay := attempts.next_delay(response)) is None:
                    return response
                await response.aclose()
            await async_sleep(delay)

    async def aclose(self) -> None:
        """Closes the wrapped transport."""
        await self.wrapped.aclose()


def with_retries(transport: httpx.AsyncBaseTransport | None, max_retries: int) -> object:
    """`transport` inside the retry transport (once: a wrapped one is returned as it is)."""
    if transport is None or isinstance(transport, AsyncRetryTransport):
        return transport
    return AsyncRetryTransport(transport, max_retries)
