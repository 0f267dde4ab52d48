"""Serving the emulator with uvicorn, in a background thread or in the foreground."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from wriftai.testing._faults import ConnectionRegistry


def protocol_class(registry: ConnectionRegistry) -> type[H11Protocol]:
    """Return an HTTP/1.1 protocol class that registers each connection's transport.

    The fault injector aborts a transport found here to drop a connection for real.

    Args:
        registry: Where connections are registered.

    Returns:
        The protocol class for ``uvicorn.Config(http=...)``.
    """

    class EmulatorProtocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            raw = transport.get_extra_info("socket")
            if raw is not None and raw.family in {socket.AF_INET, socket.AF_INET6}:
                raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)
            registry.add(self.client, transport)

        def connection_lost(self, exc: Exception | None) -> None:
            registry.discard(self.client)
            super().connection_lost(exc)

    return EmulatorProtocol


def bind(host: str, port: int) -> socket.socket:
    """Bind and listen on ``host:port`` (0 picks a free port).

    Args:
        host: The address to bind (loopback for tests).
        port: The port, or 0.

    Returns:
        The listening socket.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # With proto set, asyncio turns on TCP_NODELAY for accepted connections; without it,
    # Nagle's algorithm and delayed ACKs hold back every keep-alive response.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def make_server(app: ASGIApp, registry: ConnectionRegistry, log_level: str) -> uvicorn.Server:
    """Return a uvicorn server for the emulator app.

    Args:
        app: The ASGI app.
        registry: Connections by client address.
        log_level: uvicorn's log level.

    Returns:
        The server (not started).
    """
    config = uvicorn.Config(
        app,
        http=protocol_class(registry),
        ws="none",
        lifespan="off",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=1,
        timeout_keep_alive=30,
    )
    return uvicorn.Server(config)


class ServerThread:
    """Runs a uvicorn server on its own event loop in a daemon thread."""

    def __init__(self, app: ASGIApp, registry: ConnectionRegistry, sock: socket.socket) -> None:
        self.server = make_server(app, registry, "warning")
        self.sock = sock
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name="wriftai-emulator", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        async def main() -> None:
            self.loop = asyncio.get_running_loop()
            await self.server.serve(sockets=[self.sock])

        try:
            asyncio.run(main())
        except BaseException as exc:  # reported by start()
            self._error = exc

    def start(self, timeout: float = 10.0) -> None:
        """Start serving and return once the server accepts requests.

        Args:
            timeout: Seconds to wait for the server to start.

        Raises:
            RuntimeError: When the server fails or does not start in time.
        """
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"the emulator failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start in time")
            time.sleep(0.01)

    def call(self, fn: Any, timeout: float = 10.0) -> Any:
        """Run ``fn()`` on the server's event loop and return its result.

        Args:
            fn: A function of no arguments.
            timeout: Seconds to wait.

        Returns:
            What ``fn`` returned.
        """
        if self.loop is None or not self._thread.is_alive():
            return fn()

        async def run() -> Any:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server and wait for its thread."""
        self.server.should_exit = True
        self._thread.join(timeout)
