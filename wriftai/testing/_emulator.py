"""The :class:`Emulator`: the whole API on a loopback port, for tests and demos."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from wriftai.testing._app import build_app
from wriftai.testing._context import (
    DEFAULT_TOKEN,
    AppContext,
    RequestRecord,
    Settings,
    SpecViolation,
    WebhookDelivery,
    default_upload_part_size,
)
from wriftai.testing._eras import DEFAULT_ERA, Era, check_era
from wriftai.testing._fault_state import Faults
from wriftai.testing._faults import ConnectionRegistry
from wriftai.testing._server import ServerThread, bind
from wriftai.testing._spec import API_PREFIX, strip_api_prefix
from wriftai.testing._store.world import Store


class Emulator:
    """A stateful emulator of the WriftAI API, served over HTTP on loopback.

    Every operation of ``openapi.yaml`` is served (WriftAI ones under ``/v1``, LLM Engine
    ones at their own ``/v1/llm``, ``/v1/files`` and ``/v2`` paths) and every request and
    response is checked against the contract. Use it as a context manager::

        with Emulator() as emu:
            client = Client(api_base_url=emu.base_url, access_token=emu.token)

    The WriftAI operations answer as the current API does (``era="current"``, the
    default), or as the API the official client's releases up to 0.22 knew
    (``era="legacy"``); assign :attr:`era` to switch at run time. Both eras conform to
    ``openapi.yaml``.

    Args:
        token: The bearer token accepted; any other gets 401.
        host: The address to bind (keep it on loopback).
        port: The port; 0 picks a free one.
        prediction_duration: Seconds a prediction takes from ``pending`` to terminal.
        job_duration: Seconds fine-tunes, batch jobs and endpoint updates take.
        faults: Faults to inject from the start (:meth:`reset` turns them off).
        forward_compat: Send unknown fields and unknown open-enum values.
        seed: Seed of ids and forward-compatibility choices.
        strict: Replace a response that violates the contract with a 500 naming the
            problem (violations are always recorded in :attr:`spec_violations`).
        era: ``"current"`` or ``"legacy"``: the era the WriftAI operations answer in.
            The aliases ``"today"`` and ``"seeds"`` are accepted and read back as
            ``"current"`` and ``"legacy"``.
        upload_part_size: The ``part_size`` of new uploads in bytes; None takes
            ``$WRIFTAI_EMULATOR_UPLOAD_PART_SIZE`` or 8 MiB. Small sizes let tests upload
            several parts cheaply. :attr:`upload_part_size` changes it at run time.

    Raises:
        ValueError: `era` is not an era, or `upload_part_size` is below 1.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        prediction_duration: float = 0.3,
        job_duration: float = 0.5,
        faults: Faults | None = None,
        forward_compat: bool = False,
        seed: int = 0,
        strict: bool = True,
        era: Era | str = DEFAULT_ERA,
        upload_part_size: int | None = None,
    ) -> None:
        self._settings = Settings(
            upload_part_size=(
                default_upload_part_size() if upload_part_size is None else upload_part_size
            ),
            token=token,
            prediction_duration=prediction_duration,
            job_duration=job_duration,
            forward_compat=forward_compat,
            seed=seed,
            strict=strict,
            era=check_era(era),
        )
        self._host = host
        self._port = port
        self._ctx = AppContext(self._settings)
        if faults is not None:
            self._ctx.faults.replace(faults)
        self._registry = ConnectionRegistry()
        self._server: ServerThread | None = None
        self._bound_port: int | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Emulator:
        """Start serving in a background thread; returns once requests are answered.

        Returns:
            The emulator itself.

        Raises:
            RuntimeError: When it is already running or fails to start.
        """
        if self._server is not None:
            raise RuntimeError("the emulator is already running")
        self._ctx.closing = False
        sock = bind(self._host, self._port)
        self._bound_port = int(sock.getsockname()[1])
        server = ServerThread(build_app(self._ctx, self._registry), self._registry, sock)
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        """Stop serving (open streams are closed)."""
        if self._server is not None:
            self._server.call(self._ctx.close_streams)
            self._server.stop()
            self._server = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ addresses
    @property
    def url(self) -> str:
        """The server's root URL, ``http://127.0.0.1:<port>``."""
        if self._bound_port is None:
            raise RuntimeError("the emulator is not started")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self._bound_port}"

    @property
    def base_url(self) -> str:
        """The API base URL a client uses, ``http://127.0.0.1:<port>/v1``."""
        return self.url + API_PREFIX

    @property
    def port(self) -> int:
        """The port served on."""
        if self._bound_port is None:
            raise RuntimeError("the emulator is not started")
        return self._bound_port

    @property
    def token(self) -> str:
        """The bearer token the emulator accepts."""
        return self._settings.token

    @property
    def username(self) -> str:
        """The username of the token's owner (``PATCH /user`` may have changed it)."""
        return self._ctx.store.username

    @property
    def settings(self) -> Settings:
        """The emulator's settings."""
        return self._settings

    # ------------------------------------------------------------------ control
    @property
    def faults(self) -> Faults:
        """The faults in force; assign a new :class:`Faults` to change them at run time."""
        return self._ctx.faults.faults

    @faults.setter
    def faults(self, faults: Faults | None) -> None:
        self._ctx.faults.replace(faults or Faults())

    @property
    def era(self) -> Era:
        """The era the WriftAI operations answer in: ``"current"`` or ``"legacy"``.

        Assign the other one to switch at run time (the next request is served in it);
        :meth:`reset` keeps it. An alias (``"today"``, ``"seeds"``) is accepted and
        stored as the era it stands for.
        """
        return self._ctx.era

    @era.setter
    def era(self, era: Era | str) -> None:
        self._ctx.era = check_era(era)

    @property
    def upload_part_size(self) -> int:
        """The ``part_size`` new uploads get, in bytes; assign to change it at run time.

        :meth:`reset` keeps it. The parts received are in ``state.uploads``.
        """
        return self._ctx.upload_part_size

    @upload_part_size.setter
    def upload_part_size(self, size: int) -> None:
        if size < 1:
            raise ValueError("upload_part_size must be at least 1 byte")
        self._ctx.upload_part_size = size

    def reset(self) -> None:
        """Return to the seeded world: faults off, logs empty, idempotency keys forgotten.

        The era stays as it is.
        """
        if self._server is not None:
            self._server.call(self._ctx.reset)
        else:
            self._ctx.reset()

    # ------------------------------------------------------------------ observation
    @property
    def state(self) -> Store:
        """The in-memory world (``state.predictions``, ``state.models``, ...)."""
        return self._ctx.store

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request received since the last reset, in arrival order."""
        return self._ctx.requests

    def count(self, method: str, path_prefix: str = "/") -> int:
        """Count received requests by method and path prefix.

        Args:
            method: The HTTP method, e.g. ``"POST"``.
            path_prefix: A path prefix relative to the base URL (``"/predictions"``);
                a leading ``/v1`` is ignored.

        Returns:
            How many requests matched.
        """
        prefix = strip_api_prefix(path_prefix)
        return sum(
            1
            for record in list(self._ctx.requests)
            if record.method == method.upper() and record.path.startswith(prefix)
        )

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook POST made, as ``(url, headers, body, status)``."""
        return self._ctx.webhook_deliveries

    @property
    def spec_violations(self) -> list[SpecViolation]:
        """Responses that broke ``openapi.yaml`` (always an emulator bug)."""
        return self._ctx.spec_violations

    @property
    def injected_faults(self) -> list[tuple[str, str]]:
        """The faults injected since the faults were last set, as ``("METHOD /path", kind)``."""
        return list(self._ctx.faults.history)

    def __repr__(self) -> str:
        where = self.base_url if self._bound_port is not None else "not started"
        return f"Emulator({where}, era={self.era!r})"

    def __getstate__(self) -> dict[str, Any]:
        raise TypeError("an Emulator cannot be pickled")
