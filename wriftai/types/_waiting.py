"""How a call waits for a prediction to end: polling, the server's hold, and callbacks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wriftai_api.models import PredictionWithIO

__all__ = ["AsyncCreateWaitOptions", "AsyncWaitOptions", "CreateWaitOptions", "WaitOptions"]


@dataclass(frozen=True)
class _BaseWaitOptions:
    poll_interval: float = 1.0
    """Seconds between polls of a prediction that is not terminal yet."""
    timeout: float | None = None
    """Overall seconds to wait before `WaitTimeoutError`; None waits as long as it takes."""

    def __post_init__(self) -> None:
        if self.poll_interval <= 0:
            raise ValueError("poll_interval must be positive")
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError("timeout must be positive or None")


@dataclass(frozen=True)
class WaitOptions(_BaseWaitOptions):
    """Options for waiting on a prediction.

    A create that waits asks the server to hold its answer until the prediction ends
    (``Prefer: wait``, or ``wait=<seconds>`` when there is a `timeout`); a prediction still
    running after that, or one given to ``wait``, is short-polled every `poll_interval`
    seconds.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Called with the prediction after every poll.
    """

    on_poll: Callable[[PredictionWithIO], None] | None = None


@dataclass(frozen=True)
class AsyncWaitOptions(_BaseWaitOptions):
    """Options for waiting on a prediction asynchronously; see `WaitOptions`.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Awaited with the prediction after every poll.
    """

    on_poll: Callable[[PredictionWithIO], Awaitable[None]] | None = None


@dataclass(frozen=True)
class _CreateWaitFields:
    duration: float | None = None
    """Seconds the server may hold the create's answer; see `CreateWaitOptions`."""
    poll: bool = True
    """Poll a prediction that is still running after the hold; see `CreateWaitOptions`."""

    def _check(self) -> None:
        if self.duration is not None and (
            isinstance(self.duration, bool)
            or not isinstance(self.duration, int | float)
            or self.duration <= 0
        ):
            raise ValueError("duration must be a positive number of seconds or None")
        if not isinstance(self.poll, bool):
            raise TypeError("poll must be a bool")


@dataclass(frozen=True)
class CreateWaitOptions(WaitOptions, _CreateWaitFields):
    """Options for a create that waits (``predictions.create(..., wait=True)``).

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait; None waits as long as it takes.
        on_poll: Called with the prediction after every poll.
        duration: The longest the server may hold its answer, sent as given
            (``Prefer: wait=<duration>``); None leaves it to the server (``Prefer: wait``).
            With ``stream=True`` it is instead the idle time the server allows between two
            events, on the create and on every reconnection.
        poll: Poll a prediction that is still running when the server answers, until it
            is terminal; False returns it as the server answered. Ignored with ``stream``.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check()


@dataclass(frozen=True)
class AsyncCreateWaitOptions(AsyncWaitOptions, _CreateWaitFields):
    """Options for an async create that waits; see `CreateWaitOptions`.

    Attributes:
        poll_interval: Seconds between polls.
        timeout: Overall seconds to wait, or None for no limit.
        on_poll: Awaited with the prediction after every poll.
        duration: The longest the server may hold its answer, sent as given; with
            ``stream=True`` the idle time allowed between two events.
        poll: Poll a prediction that is still running after the hold; False returns it.
    """

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check()
