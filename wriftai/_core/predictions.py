"""Predictions' requests, checked and built, and their wait algorithm (no I/O).

Waiting is the generator `prediction_waiting`, which yields what it needs done (fetch the
prediction, report it, sleep) and gets the result back; the runners of
`wriftai._async.waiting` and its sync twin carry those steps out, the same runners LLM
Engine jobs wait with. As releases up to 0.22 and the current API do it: a create that
waits asks the server to hold its answer (``Prefer: wait``), and a prediction still running
after that is short-polled. The event stream is for predictions created with
``stream=True`` and for callers who ask for events; a wait never depends on it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias, cast

from wriftai._core.arguments import body, page_query, parse_model_ref, require_str
from wriftai._core.file_inputs import FileInputs, find_files
from wriftai._core.pages import PaginationOptions
from wriftai._core.prediction_stream import EventCursor
from wriftai._core.requests import new_idempotency_key, request_kwargs
from wriftai._core.sse import MAX_WAIT, long_poll_seconds, seconds
from wriftai._core.waiting import Reporter, Steps, deadline, polling
from wriftai._errors import WriftAIError
from wriftai.types import AsyncWaitOptions, CreatePredictionParams, WaitOptions
from wriftai_api.api.predictions import create_prediction
from wriftai_api.models import CreatePredictionRequest, Prediction, PredictionWithIO, Webhook
from wriftai_api.types import UNSET

__all__ = [
    "DEFAULT_ASYNC_WAIT_OPTIONS",
    "DEFAULT_WAIT_OPTIONS",
    "TERMINAL_STATUSES",
    "CreateArgs",
    "CreateRequest",
    "cancelled",
    "closing",
    "create_params",
    "create_request",
    "event_cursor",
    "input_files",
    "is_terminal",
    "list_query",
    "prediction_waiting",
    "prefer_wait",
    "reporter",
]

DEFAULT_WAIT_OPTIONS = WaitOptions()
"""Default wait options."""
DEFAULT_ASYNC_WAIT_OPTIONS = AsyncWaitOptions()
"""Default async wait options."""

TERMINAL_STATUSES = frozenset({"succeeded", "failed", "cancelled", "abandoned"})
"""Statuses after which a prediction does not change any more."""

_CREATE_KEYS = frozenset({"input", "webhook", "validate_input"})


def is_terminal(prediction: Prediction | PredictionWithIO) -> bool:
    """Whether a prediction has reached a terminal status.

    Args:
        prediction: The prediction.

    Returns:
        True for succeeded, failed, cancelled (and abandoned).
    """
    return str(getattr(prediction, "status", "")) in TERMINAL_STATUSES  # missing: not over


PredictionSteps: TypeAlias = Steps[PredictionWithIO]


def prediction_waiting(
    prediction_id: str,
    latest: PredictionWithIO | None,
    poll_interval: float,
    until: float | None,
) -> PredictionSteps:
    """The wait algorithm, as steps for a runner; returns the terminal prediction.

    Short polling, as releases up to 0.22 and the current API describe it: a prediction
    that is not terminal yet is fetched every `poll_interval` seconds, and every fetch is reported.
    """
    if latest is not None and is_terminal(latest):
        return latest
    done: Callable[[PredictionWithIO], bool] = is_terminal
    return (yield from polling(prediction_id, done, poll_interval, until, "the prediction"))


def reporter(options: WaitOptions | AsyncWaitOptions) -> Reporter:
    """Calls ``on_poll`` with the prediction after every poll."""
    return Reporter(options.on_poll, kind="prediction")


def prefer_wait(until: float | None, duration: float | None = None) -> str:
    """The ``Prefer`` header of a create that waits.

    Args:
        until: The wait's `time.monotonic` deadline, or None.
        duration: The hold the caller asked for (`CreateWaitOptions.duration`), or None.

    Returns:
        ``wait=<duration>`` as given (or the time left, when that is shorter); without a
        duration, ``wait=<time left>`` (fractions kept, at most `MAX_WAIT`), or a bare
        ``wait`` when there is no deadline (the server holds as long as it allows).
    """
    left = None if until is None else max(0.001, until - time.monotonic())
    if duration is not None and (left is None or duration <= left):
        return f"wait={seconds(duration)}"
    if left is None:
        return "wait"
    return f"wait={round(min(float(MAX_WAIT), left), 3):g}"


@dataclass(frozen=True)
class CreateRequest:
    kwargs: dict[str, Any]
    deadline: float | None
    wait: bool
    stream: bool
    options: WaitOptions | AsyncWaitOptions

    @property
    def duration(self) -> float | None:
        """The hold (or, streamed, the idle time) the caller asked for, if any."""
        return getattr(self.options, "duration", None)

    def cursor(self, *, trust_keys: bool, strict: bool) -> EventCursor:
        """The event cursor of a streamed create (its first request is the POST).

        Args:
            trust_keys: The server is trusted to honour idempotency keys: the create may
                be sent again, with its key, if the stream breaks before it names the
                prediction.
            strict: Raise on an event that does not conform.
        """
        return EventCursor(
            None,
            first=self.kwargs,
            deadline=self.deadline,
            idle=self.duration,
            resend_first=trust_keys,
            strict=strict,
        )

    def steps(self, prediction: PredictionWithIO) -> PredictionSteps | None:
        """The wait that follows the create, or None when the caller does not wait.

        A create that waits with ``poll=False`` (`CreateWaitOptions`) returns what the
        server answered after its hold.
        """
        if not self.wait or not getattr(self.options, "poll", True):
            return None
        pid = getattr(prediction, "id", None)
        if not isinstance(pid, str) or not pid:
            raise WriftAIError(
                "the create response has no prediction id, so it cannot be waited for"
            )
        return prediction_waiting(pid, prediction, self.options.poll_interval, self.deadline)

    @property
    def reporter(self) -> Reporter:
        """Reports progress to ``on_poll``."""
        return reporter(self.options)


def create_params(params: CreatePredictionParams | None, **fields: Any) -> CreatePredictionParams:
    """The create's parameters, given as one `params` dict or as keywords (not both)."""
    given = {k: v for k, v in fields.items() if v is not UNSET}
    if params is None:
        if "input" not in given:
            raise TypeError("create() needs params, or input= (and model=)")
        return cast(CreatePredictionParams, given)
    if given:
        raise TypeError(f"give {', '.join(sorted(given))} in params or as keywords, not both")
    return params


CreateArgs: TypeAlias = tuple[str, bool, bool, "WaitOptions | AsyncWaitOptions", "str | None"]
"""`create_request`'s arguments after `params`: model, wait, stream, options and key."""


def create_request(
    params: CreatePredictionParams,
    model: str,
    wait: bool,
    stream: bool,
    options: WaitOptions | AsyncWaitOptions,
    idempotency_key: str | None,
) -> CreateRequest:
    """Checks the arguments of `create` and builds its request."""
    parse_model_ref(model)
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a dict, not {type(params).__name__}")
    unknown = set(params) - _CREATE_KEYS
    if unknown:
        raise TypeError(f"unknown key(s) in params: {', '.join(sorted(map(str, unknown)))}")
    if "input" not in params:
        raise TypeError("params is missing the required key 'input'")
    validate_input = params.get("validate_input", False)
    if not isinstance(validate_input, bool):
        raise TypeError("validate_input must be a bool")
    if not isinstance(wait, bool) or not isinstance(stream, bool):
        raise TypeError("wait and stream must be bools")
    hook = params.get("webhook", UNSET)
    request = CreatePredictionRequest(
        model=model,
        input=params["input"],
        webhook=hook if hook is None or hook is UNSET else body(Webhook, hook, "webhook"),
        stream=stream,
    )
    until = deadline(options.timeout)
    key = idempotency_key if idempotency_key is not None else new_idempotency_key()
    given = {"validate_input": validate_input if "validate_input" in params else UNSET}
    kwargs = request_kwargs(
        create_prediction, (), {"body": request, "idempotency_key": key, **given}
    )
    create = CreateRequest(kwargs, until, wait, stream, options)
    if wait:
        # The server holds the answer until the prediction ends (or, for a streamed create,
        # answers with its events); without a duration or deadline, as long as it allows.
        kwargs["headers"]["Prefer"] = prefer_wait(until, create.duration)
        kwargs["read_timeout"] = long_poll_seconds(until) + 10
    return create


def input_files(params: object, args: CreateArgs) -> FileInputs | None:
    """The files of a create's input, opened, or None when it holds none.

    With files, the other arguments are checked first, so that nothing is uploaded for a
    create that would fail its checks.
    """
    if not isinstance(params, Mapping) or "input" not in params:
        return None  # `create_request` says what is wrong
    files = find_files(params["input"])
    if files is not None:
        try:
            create_request(cast(CreatePredictionParams, params), *args)
        except BaseException:
            files.close()
            raise
    return files


@contextlib.contextmanager
def closing(files: FileInputs) -> Iterator[None]:
    try:
        yield
    finally:
        files.close()


def cancelled(answer: object) -> PredictionWithIO | None:
    """The prediction a cancel answered with, or None when it answered without one."""
    if isinstance(answer, PredictionWithIO) and isinstance(getattr(answer, "id", None), str):
        return answer
    return None


def list_query(options: PaginationOptions | None, statuses: object) -> Any:
    query = page_query(options)
    if statuses is not None:
        if isinstance(statuses, str) or not all(isinstance(s, str) for s in statuses):  # type: ignore[attr-defined]
            raise TypeError("statuses must be a list of str")
        query["statuses"] = list(statuses)  # type: ignore[call-overload]
    return query


def event_cursor(
    prediction_id: object, after_id: object, wait: object, *, strict: bool
) -> EventCursor:
    """Checks the arguments of a prediction's ``stream`` and returns its event cursor."""
    pid = require_str("prediction_id", prediction_id)
    if wait is not None:
        if isinstance(wait, bool) or not isinstance(wait, int | float):
            raise TypeError(f"wait must be a number of seconds, not {type(wait).__name__}")
        if not wait > 0:
            raise ValueError("wait must be a positive number of seconds")
    cursor = EventCursor(pid, idle=wait, strict=strict)
    if after_id is not None:
        cursor.last_id = require_str("after_id", after_id)
    return cursor
