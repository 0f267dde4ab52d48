"""The predictions resource: create, get, list, cancel, wait for and stream predictions.

Waiting is written once, as the generator `_waiting`, which yields what it needs done
(fetch the prediction, report it, sleep) and gets the result back; the shared runners of
`wriftai.resources._waiting` carry those steps out with sync or async I/O (the same runners
LLM Engine jobs wait with). As releases up to 0.22 and the current API do it: a create
that waits asks the server to hold its answer (``Prefer: wait``), and a prediction still
running after that is short-polled. The event stream is for predictions created with
``stream=True`` and for callers who ask for events; a wait never depends on it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast, overload

from _wriftai_sync.send import send
from _wriftai_sync.streaming import iter_events
from wriftai._async.send import async_send
from wriftai._async.streaming import async_iter_events
from wriftai._core.requests import new_idempotency_key
from wriftai._errors import WriftAIError
from wriftai._files import FileInputs, find_files
from wriftai._http import HTTP
from wriftai._pagination import AsyncPage, Page, PaginationOptions
from wriftai._response import RawResponses
from wriftai._streaming import (
    MAX_WAIT,
    EventCursor,
    PredictionEvent,
    long_poll_seconds,
    seconds,
)
from wriftai.resources._base import (
    Resource,
    body,
    page_query,
    parse,
    parse_model_ref,
    request_kwargs,
    require_str,
)
from wriftai.resources._waiting import (
    Reporter,
    Steps,
    async_perform,
    async_run,
    deadline,
    perform,
    polling,
    run,
)
from wriftai.types import (
    AsyncWaitOptions,
    CreatePredictionParams,
    JsonValueWithFile,
    WaitOptions,
)
from wriftai.types import Webhook as Webhook_
from wriftai_api.api.predictions import (
    cancel_prediction,
    create_prediction,
    get_prediction,
    list_predictions,
)
from wriftai_api.models import (
    CreatePredictionRequest,
    Prediction,
    PredictionPage,
    PredictionWithIO,
    Webhook,
)
from wriftai_api.types import UNSET, Unset

if TYPE_CHECKING:
    from wriftai.resources.uploads import UploadsResource

__all__ = [
    "DEFAULT_ASYNC_WAIT_OPTIONS",
    "DEFAULT_WAIT_OPTIONS",
    "TERMINAL_STATUSES",
    "PredictionsResource",
    "is_terminal",
]

DEFAULT_WAIT_OPTIONS = WaitOptions()
"""Default wait options."""
DEFAULT_ASYNC_WAIT_OPTIONS = AsyncWaitOptions()
"""Default async wait options."""

TERMINAL_STATUSES = frozenset({"succeeded", "failed", "cancelled", "abandoned"})
"""Statuses after which a prediction does not change any more."""

# Statuses of the stream endpoint that mean "not offered here": wait falls back to polling.
_NO_STREAM = frozenset({404, 405, 406, 410, 501})
_CREATE_KEYS = frozenset({"input", "webhook", "validate_input"})


def is_terminal(prediction: Prediction | PredictionWithIO) -> bool:
    """Whether a prediction has reached a terminal status.

    Args:
        prediction: The prediction.

    Returns:
        True for succeeded, failed, cancelled (and abandoned).
    """
    return str(getattr(prediction, "status", "")) in TERMINAL_STATUSES  # missing: not over


# ---------------------------------------------------------------------- the wait steps
_Steps: TypeAlias = Steps[PredictionWithIO]


def _waiting(
    prediction_id: str,
    latest: PredictionWithIO | None,
    poll_interval: float,
    until: float | None,
) -> _Steps:
    """The wait algorithm, as steps for a runner; returns the terminal prediction.

    Short polling, as releases up to 0.22 and the current API describe it: a prediction
    that is not terminal yet is fetched every `poll_interval` seconds, and every fetch is reported.
    """
    if latest is not None and is_terminal(latest):
        return latest
    done: Callable[[PredictionWithIO], bool] = is_terminal
    return (yield from polling(prediction_id, done, poll_interval, until, "the prediction"))


def _reporter(options: WaitOptions | AsyncWaitOptions) -> Reporter:
    """Calls ``on_poll`` with the prediction after every poll."""
    return Reporter(options.on_poll)


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
class _CreateRequest:
    kwargs: dict[str, Any]
    deadline: float | None
    wait: bool
    stream: bool
    options: WaitOptions | AsyncWaitOptions

    @property
    def duration(self) -> float | None:
        """The hold (or, streamed, the idle time) the caller asked for, if any."""
        return getattr(self.options, "duration", None)

    def cursor(self, http: HTTP) -> EventCursor:
        """The event cursor of a streamed create (its first request is the POST).

        Args:
            http: The client's transport: whether the server is trusted to honour
                idempotency keys (then the create may be sent again, with its key, if the
                stream breaks before it names the prediction), and whether reads are strict.
        """
        return EventCursor(
            None,
            first=self.kwargs,
            deadline=self.deadline,
            idle=self.duration,
            resend_first=http.trust_idempotency_keys,
            strict=http.strict,
        )

    def steps(self, prediction: PredictionWithIO) -> _Steps | None:
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
        return _waiting(pid, prediction, self.options.poll_interval, self.deadline)

    @property
    def reporter(self) -> Reporter:
        """Reports progress to ``on_poll``."""
        return _reporter(self.options)


def _create_params(
    params: CreatePredictionParams | None, fields: dict[str, Any]
) -> CreatePredictionParams:
    """The create's parameters, given as one `params` dict or as keywords (not both)."""
    given = {k: v for k, v in fields.items() if v is not UNSET}
    if params is None:
        if "input" not in given:
            raise TypeError("create() needs params, or input= (and model=)")
        return cast(CreatePredictionParams, given)
    if given:
        raise TypeError(f"give {', '.join(sorted(given))} in params or as keywords, not both")
    return params


def _create_request(
    params: CreatePredictionParams,
    model: str,
    wait: bool,
    stream: bool,
    options: WaitOptions | AsyncWaitOptions,
    idempotency_key: str | None,
) -> _CreateRequest:
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
    create = _CreateRequest(kwargs, until, wait, stream, options)
    if wait:
        # The server holds the answer until the prediction ends (or, for a streamed create,
        # answers with its events); without a duration or deadline, as long as it allows.
        kwargs["headers"]["Prefer"] = prefer_wait(until, create.duration)
        kwargs["read_timeout"] = long_poll_seconds(until) + 10
    return create


def _input_files(params: object, args: tuple[Any, ...]) -> FileInputs | None:
    """The files of a create's input, opened, or None when it holds none.

    With files, the other arguments are checked first, so that nothing is uploaded for a
    create that would fail its checks.
    """
    if not isinstance(params, Mapping) or "input" not in params:
        return None  # `_create_request` says what is wrong
    files = find_files(params["input"])
    if files is not None:
        try:
            _create_request(cast(CreatePredictionParams, params), *args)
        except BaseException:
            files.close()
            raise
    return files


@contextlib.contextmanager
def _closing(files: FileInputs) -> Iterator[None]:
    try:
        yield
    finally:
        files.close()


def _cancelled(answer: object) -> PredictionWithIO | None:
    """The prediction a cancel answered with, or None when it answered without one."""
    if isinstance(answer, PredictionWithIO) and isinstance(getattr(answer, "id", None), str):
        return answer
    return None


def _list_query(options: PaginationOptions | None, statuses: object) -> Any:
    query = page_query(options)
    if statuses is not None:
        if isinstance(statuses, str) or not all(isinstance(s, str) for s in statuses):  # type: ignore[attr-defined]
            raise TypeError("statuses must be a list of str")
        query["statuses"] = list(statuses)  # type: ignore[call-overload]
    return query


class PredictionsResource(Resource):
    """Predictions: ``client.predictions``."""

    @property
    def with_raw_response(self) -> PredictionsRawResponses:
        """This resource's methods returning the raw response: ``.with_raw_response.get(...)``."""
        return PredictionsRawResponses(self)

    # ------------------------------------------------------------------ create
    @overload
    def create(
        self,
        params: CreatePredictionParams | None,
        model: str | None,
        wait: Literal[True],
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        *,
        stream: Literal[True],
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> Iterator[PredictionEvent]: ...
    @overload
    def create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        *,
        wait: Literal[True],
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        stream: Literal[True],
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> Iterator[PredictionEvent]: ...
    @overload
    def create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        *,
        stream: Literal[False] = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO: ...
    @overload
    def create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: Literal[False] = False,
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO: ...
    @overload
    def create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO | Iterator[PredictionEvent]: ...
    def create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: WaitOptions = DEFAULT_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO | Iterator[PredictionEvent]:
        """Create a prediction, and optionally wait for it or stream its events.

        The parameters come as one `params` dict (``create(params, model)``) or as keywords
        (``create(model=..., input=...)``), not both.

        Files anywhere in ``input`` (a `wriftai.File`, a `pathlib.Path`, a file object
        opened in binary mode) are uploaded first, a few at a time (see
        ``client.uploads.upload``), and sent as their ``download_url``; the caller's input
        is not changed. An input without files is sent as it is, with no other request. A
        file that cannot be read fails before any request, naming its place in the input.
        The files are uploaded again on every call, so a create sent again with the same
        idempotency key carries other URLs.

        Args:
            params: ``input``, and optionally ``webhook`` (``{"url", "secret"}``) and
                ``validate_input`` (reject an input that does not match the schema, 422).
            model: ``owner/name`` (the latest version) or ``owner/name:number``.
            wait: Ask the server to hold its answer until the prediction ends
                (``Prefer: wait``), then poll one still running until it is terminal.
            wait_options: ``timeout``, ``on_poll`` and ``poll_interval`` of the wait; a
                `CreateWaitOptions` also sets the hold (``duration``) and whether to poll
                after it (``poll``).
            stream: Create the prediction with its event stream enabled. With `wait`, the
                result is an iterator of its events, from ``init`` to ``done`` or
                ``error`` (the prediction is created when iteration starts); without,
                the created prediction, whose events `stream` reads later.
            idempotency_key: The key that makes retries safe; generated when None.
            input: The input, when `params` is not given.
            webhook: Where to POST the prediction's updates, when `params` is not given.
            validate_input: Validate the input first, when `params` is not given.

        Returns:
            The prediction (terminal when `wait`, unless ``poll=False``), or with `wait`
            and `stream` its events.

        Raises:
            ValueError: `model` is not ``owner/name[:number]``.
            TypeError: `params` is malformed, or given together with keywords.
            APIStatusError: The API refused the create.
            WaitTimeoutError: `wait` and the prediction did not end within the timeout.
        """
        fields = {"input": input, "webhook": webhook, "validate_input": validate_input}
        params = _create_params(params, fields)
        args = (require_str("model", model), wait, stream, wait_options, idempotency_key)
        files = _input_files(params, args)
        if files is not None:
            with _closing(files):
                urls = self._uploads()._upload_inputs(files)
            params = {**params, "input": files.fill(urls)}
        create = _create_request(params, *args)
        if stream and wait:
            return iter_events(self._http, create.cursor(self._http))
        prediction = parse(
            create_prediction,
            PredictionWithIO,
            send(self._http, create.kwargs),
            strict=self._http.strict,
        )
        steps = create.steps(prediction)
        return prediction if steps is None else self._run(steps, create.reporter)

    @overload
    async def async_create(
        self,
        params: CreatePredictionParams | None,
        model: str | None,
        wait: Literal[True],
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        *,
        stream: Literal[True],
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> AsyncIterator[PredictionEvent]: ...
    @overload
    async def async_create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        *,
        wait: Literal[True],
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        stream: Literal[True],
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> AsyncIterator[PredictionEvent]: ...
    @overload
    async def async_create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        *,
        stream: Literal[False] = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO: ...
    @overload
    async def async_create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: Literal[False] = False,
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO: ...
    @overload
    async def async_create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO | AsyncIterator[PredictionEvent]: ...
    async def async_create(
        self,
        params: CreatePredictionParams | None = None,
        model: str | None = None,
        wait: bool = False,
        wait_options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS,
        *,
        stream: bool = False,
        idempotency_key: str | None = None,
        input: JsonValueWithFile | Unset = UNSET,
        webhook: Webhook_ | Unset | None = UNSET,
        validate_input: bool | Unset = UNSET,
    ) -> PredictionWithIO | AsyncIterator[PredictionEvent]:
        """Create a prediction, and optionally wait for it or stream its events.

        The parameters come as one `params` dict (``create(params, model)``) or as keywords
        (``create(model=..., input=...)``), not both.

        Files anywhere in ``input`` (a `wriftai.File`, a `pathlib.Path`, a file object
        opened in binary mode) are uploaded first, a few at a time (see
        ``client.uploads.upload``), and sent as their ``download_url``; the caller's input
        is not changed. An input without files is sent as it is, with no other request. A
        file that cannot be read fails before any request, naming its place in the input.
        The files are uploaded again on every call, so a create sent again with the same
        idempotency key carries other URLs.

        Args:
            params: ``input``, and optionally ``webhook`` (``{"url", "secret"}``) and
                ``validate_input`` (reject an input that does not match the schema, 422).
            model: ``owner/name`` (the latest version) or ``owner/name:number``.
            wait: Ask the server to hold its answer until the prediction ends
                (``Prefer: wait``), then poll one still running until it is terminal.
            wait_options: ``timeout``, ``on_poll`` and ``poll_interval`` of the wait; a
                `CreateWaitOptions` also sets the hold (``duration``) and whether to poll
                after it (``poll``).
            stream: Create the prediction with its event stream enabled. With `wait`, the
                result is an async iterator of its events, from ``init`` to ``done`` or
                ``error`` (the prediction is created when iteration starts); without,
                the created prediction, whose events `stream` reads later.
            idempotency_key: The key that makes retries safe; generated when None.
            input: The input, when `params` is not given.
            webhook: Where to POST the prediction's updates, when `params` is not given.
            validate_input: Validate the input first, when `params` is not given.

        Returns:
            The prediction (terminal when `wait`, unless ``poll=False``), or with `wait`
            and `stream` its events.

        Raises:
            ValueError: `model` is not ``owner/name[:number]``.
            TypeError: `params` is malformed, or given together with keywords.
            APIStatusError: The API refused the create.
            WaitTimeoutError: `wait` and the prediction did not end within the timeout.
        """
        fields = {"input": input, "webhook": webhook, "validate_input": validate_input}
        params = _create_params(params, fields)
        args = (require_str("model", model), wait, stream, wait_options, idempotency_key)
        files = _input_files(params, args)
        if files is not None:
            with _closing(files):
                urls = await self._uploads()._async_upload_inputs(files)
            params = {**params, "input": files.fill(urls)}
        create = _create_request(params, *args)
        if stream and wait:
            return async_iter_events(self._http, create.cursor(self._http))
        response = await async_send(self._http, create.kwargs)
        steps = create.steps(
            prediction := parse(
                create_prediction, PredictionWithIO, response, strict=self._http.strict
            )
        )
        return prediction if steps is None else await self._async_run(steps, create.reporter)

    # ------------------------------------------------------------------ get, list, cancel
    def get(self, prediction_id: str) -> PredictionWithIO:
        """Get a prediction.

        Args:
            prediction_id: The prediction's id.

        Returns:
            The prediction with its input, output and error.
        """
        pid = require_str("prediction_id", prediction_id)
        return self._call(get_prediction, PredictionWithIO, pid)

    async def async_get(self, prediction_id: str) -> PredictionWithIO:
        """Async form of `get`."""
        pid = require_str("prediction_id", prediction_id)
        return await self._async_call(get_prediction, PredictionWithIO, pid)

    def list(
        self,
        pagination_options: PaginationOptions | None = None,
        *,
        statuses: Sequence[str] | None = None,
    ) -> Page[Prediction]:
        """List the caller's predictions, newest first.

        Args:
            pagination_options: ``cursor`` and ``page_size``.
            statuses: Only predictions in one of these statuses.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.
        """
        query = _list_query(pagination_options, statuses)
        return self._page(list_predictions, PredictionPage, query)

    async def async_list(
        self,
        pagination_options: PaginationOptions | None = None,
        *,
        statuses: Sequence[str] | None = None,
    ) -> AsyncPage[Prediction]:
        """Async form of `list`; ``async for`` over the page walks every page."""
        query = _list_query(pagination_options, statuses)
        return await self._async_page(list_predictions, PredictionPage, query)

    def cancel(self, prediction_id: str, *, idempotency_key: str | None = None) -> PredictionWithIO:
        """Cancel a prediction; a terminal prediction is returned unchanged.

        Args:
            prediction_id: The prediction's id.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The prediction, now cancelled unless it had already ended. The current API accepts
            a cancel with ``202`` and an empty body; the prediction is then fetched.
        """
        pid = require_str("prediction_id", prediction_id)
        key = idempotency_key
        answer = self._call(cancel_prediction, object, pid, idempotency_key=key)
        return _cancelled(answer) or self.get(pid)

    async def async_cancel(
        self, prediction_id: str, *, idempotency_key: str | None = None
    ) -> PredictionWithIO:
        """Async form of `cancel`."""
        pid = require_str("prediction_id", prediction_id)
        key = idempotency_key
        answer = await self._async_call(cancel_prediction, object, pid, idempotency_key=key)
        return _cancelled(answer) or await self.async_get(pid)

    # ------------------------------------------------------------------ wait, stream
    def wait(
        self, prediction_id: str, options: WaitOptions = DEFAULT_WAIT_OPTIONS
    ) -> PredictionWithIO:
        """Wait until a prediction is terminal.

        It polls ``GET /predictions/{id}`` every ``options.poll_interval`` seconds and
        calls ``options.on_poll`` after every poll. Terminal statuses: succeeded, failed,
        cancelled and abandoned; a status this client does not know is not terminal.

        Args:
            prediction_id: The prediction's id.
            options: ``timeout``, ``on_poll`` and ``poll_interval``.

        Returns:
            The terminal prediction.

        Raises:
            WaitTimeoutError: It did not end within ``options.timeout``.
        """
        pid = require_str("prediction_id", prediction_id)
        steps = _waiting(pid, None, options.poll_interval, deadline(options.timeout))
        return self._run(steps, _reporter(options))

    async def async_wait(
        self, prediction_id: str, options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS
    ) -> PredictionWithIO:
        """Async form of `wait`."""
        pid = require_str("prediction_id", prediction_id)
        steps = _waiting(pid, None, options.poll_interval, deadline(options.timeout))
        return await self._async_run(steps, _reporter(options))

    def stream(
        self, prediction_id: str, after_id: str | None = None, wait: float | None = None
    ) -> Iterator[PredictionEvent]:
        """Stream a prediction's events, from ``init`` to ``done`` or ``error``.

        The prediction must have been created with ``stream=True``. A connection that the
        server closes or that breaks is resumed after the last event seen; no event is
        lost or repeated.

        Args:
            prediction_id: The prediction's id.
            after_id: Start after this event id (the ``id`` of the last event a reader
                saw), to resume a stream read elsewhere; None starts at the beginning.
            wait: The seconds the server may keep a quiet stream open between two events
                (``Prefer: wait=<wait>``, sent as given on every connection). It is not a
                wait for the prediction to end. None sends no ``Prefer`` and leaves it to
                the server.

        Returns:
            An iterator of typed events (`PredictionInitEvent`, `PredictionOutputEvent`,
            `PredictionErrorEvent`, `PredictionDoneEvent`, or `UnknownPredictionEvent`).

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: `wait` is not a positive number.
            APIStatusError: The API refused the stream (a prediction without one: 4xx).
            APIConnectionError: The stream kept ending without a new event.
        """
        return iter_events(self._http, self._cursor(prediction_id, after_id, wait))

    def async_stream(
        self, prediction_id: str, after_id: str | None = None, wait: float | None = None
    ) -> AsyncIterator[PredictionEvent]:
        """Stream a prediction's events: ``async for event in client.predictions.async_stream(id)``.

        The prediction must have been created with ``stream=True``. A connection that the
        server closes or that breaks is resumed after the last event seen; no event is
        lost or repeated.

        Args:
            prediction_id: The prediction's id.
            after_id: Start after this event id (the ``id`` of the last event a reader
                saw), to resume a stream read elsewhere; None starts at the beginning.
            wait: The seconds the server may keep a quiet stream open between two events
                (``Prefer: wait=<wait>``, sent as given on every connection). None sends no
                ``Prefer`` and leaves it to the server.

        Returns:
            An async iterator of typed events (`PredictionInitEvent`,
            `PredictionOutputEvent`, `PredictionErrorEvent`, `PredictionDoneEvent`, or
            `UnknownPredictionEvent`).

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: `wait` is not a positive number.
            APIStatusError: The API refused the stream (a prediction without one: 4xx).
            APIConnectionError: The stream kept ending without a new event.
        """
        return async_iter_events(self._http, self._cursor(prediction_id, after_id, wait))

    def _cursor(self, prediction_id: str, after_id: str | None, wait: float | None) -> EventCursor:
        pid = require_str("prediction_id", prediction_id)
        if wait is not None:
            if isinstance(wait, bool) or not isinstance(wait, int | float):
                raise TypeError(f"wait must be a number of seconds, not {type(wait).__name__}")
            if not wait > 0:
                raise ValueError("wait must be a positive number of seconds")
        cursor = EventCursor(pid, idle=wait, strict=self._http.strict)
        if after_id is not None:
            cursor.last_id = require_str("after_id", after_id)
        return cursor

    def _uploads(self) -> UploadsResource:
        from wriftai.resources.uploads import UploadsResource

        return UploadsResource(self._http)

    # ------------------------------------------------------------------ step runners
    def _run(self, steps: _Steps, report: Reporter) -> PredictionWithIO:
        return run(steps, partial(perform, get=self.get, report=report))

    async def _async_run(self, steps: _Steps, report: Reporter) -> PredictionWithIO:
        return await async_run(steps, partial(async_perform, get=self.async_get, report=report))


class PredictionsRawResponses(RawResponses):
    """`PredictionsResource` methods, each returning an `APIResponse`."""

    cancel = RawResponses.of(PredictionsResource.cancel)
    async_cancel = RawResponses.of_async(PredictionsResource.async_cancel)
    create = RawResponses.of(PredictionsResource.create)
    async_create = RawResponses.of_async(PredictionsResource.async_create)
    get = RawResponses.of(PredictionsResource.get)
    async_get = RawResponses.of_async(PredictionsResource.async_get)
    list = RawResponses.of(PredictionsResource.list)
    async_list = RawResponses.of_async(PredictionsResource.async_list)
    stream = RawResponses.of(PredictionsResource.stream)
    async_stream = RawResponses.of_async_stream(PredictionsResource.async_stream)
    wait = RawResponses.of(PredictionsResource.wait)
    async_wait = RawResponses.of_async(PredictionsResource.async_wait)
