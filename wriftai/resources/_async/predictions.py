"""The operations of `wriftai.resources.predictions`: the source of its sync twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Literal, overload

from wriftai._async.pagination import AsyncPage
from wriftai._async.resource import AsyncResource
from wriftai._async.send import async_send
from wriftai._async.streaming import async_iter_events
from wriftai._async.waiting import async_perform, async_run
from wriftai._core.arguments import require_str
from wriftai._core.pages import PaginationOptions
from wriftai._core.parsing import parse
from wriftai._core.prediction_stream import PredictionEvent
from wriftai._core.predictions import (
    DEFAULT_ASYNC_WAIT_OPTIONS,
    DEFAULT_WAIT_OPTIONS,
    TERMINAL_STATUSES,
    CreateArgs,
    CreateRequest,
    PredictionSteps,
    cancelled,
    closing,
    create_params,
    create_request,
    event_cursor,
    input_files,
    is_terminal,
    list_query,
    prediction_waiting,
    reporter,
)
from wriftai._core.waiting import Reporter, deadline
from wriftai.types import AsyncWaitOptions, CreatePredictionParams, JsonValueWithFile
from wriftai.types import Webhook as Webhook_
from wriftai_api.api.predictions import (
    cancel_prediction,
    create_prediction,
    get_prediction,
    list_predictions,
)
from wriftai_api.models import Prediction, PredictionPage, PredictionWithIO
from wriftai_api.types import UNSET, Unset

if TYPE_CHECKING:
    from wriftai.resources._async.uploads import AsyncUploadsResource

__all__ = [
    "DEFAULT_ASYNC_WAIT_OPTIONS",
    "DEFAULT_WAIT_OPTIONS",
    "TERMINAL_STATUSES",
    "AsyncPredictionsResource",
    "is_terminal",
]


class AsyncPredictionsResource(AsyncResource):
    """Predictions: ``client.predictions``."""

    # ------------------------------------------------------------------ create
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

        Files anywhere in ``input`` (a `wriftai.File`, a `pathlib.Path`, a file object
        opened in binary mode) are uploaded first, a few at a time (see
        ``client.uploads.upload``), and sent as their ``download_url``; the caller's input
        is not changed. An input without files is sent as it is, with no other request. A
        file that cannot be read fails before any request, naming its place in the input.
        The files are uploaded again on every call, so a create sent again with the same
        idempotency key carries other URLs.

        Args:
            params: ``input``, and optionally ``webhook`` (``{"url", "secret"}``) and
                ``validate_input`` (reject an input that does not match the schema, 422);
                or give them as keywords (``create(model=..., input=...)``), not both.
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
        params = create_params(params, input=input, webhook=webhook, validate_input=validate_input)
        args = (require_str("model", model), wait, stream, wait_options, idempotency_key)
        create = create_request(await self._async_uploaded(params, args), *args)
        if stream and wait:
            http = self._http
            cursor = create.cursor(trust_keys=http.settings.trust_keys, strict=http.settings.strict)
            return async_iter_events(http, cursor)
        return await self._async_created(create)

    async def _async_uploaded(
        self, params: CreatePredictionParams, args: CreateArgs
    ) -> CreatePredictionParams:
        """`params` with the files of its input uploaded and replaced by their URLs."""
        files = input_files(params, args)
        if files is None:
            return params
        with closing(files):
            urls = await self._async_uploads()._async_upload_inputs(files)
        return {**params, "input": files.fill(urls)}

    async def _async_created(self, create: CreateRequest) -> PredictionWithIO:
        """Sends a create, and waits for the prediction when the caller asked to."""
        response = await async_send(self._http, create.kwargs)
        strict = self._http.settings.strict
        prediction = parse(create_prediction, PredictionWithIO, response, strict=strict)
        steps = create.steps(prediction)
        if steps is None:
            return prediction
        report = create.reporter
        report.note(prediction)  # the create's answer is the wait's first status
        return await self._async_run(steps, report)

    # ------------------------------------------------------------------ get, list, cancel
    async def async_get(self, prediction_id: str) -> PredictionWithIO:
        """Get a prediction.

        Args:
            prediction_id: The prediction's id.

        Returns:
            The prediction with its input, output and error.

        Raises:
            NotFoundError: There is no such prediction.
        """
        return await self._async_call_id(
            get_prediction, PredictionWithIO, "prediction_id", prediction_id
        )

    async def async_list(
        self,
        pagination_options: PaginationOptions | None = None,
        *,
        statuses: Sequence[str] | None = None,
    ) -> AsyncPage[Prediction]:
        """List the caller's predictions, newest first.

        Args:
            pagination_options: ``cursor`` and ``page_size``.
            statuses: Only predictions in one of these statuses.

        Returns:
            The first (or requested) page; ``auto_paging_iter()`` walks every page.

        Raises:
            TypeError: An unknown pagination option, a value of the wrong type, or
                `statuses` that is not a list of str.
        """
        query = list_query(pagination_options, statuses)
        return await self._async_page(list_predictions, PredictionPage, query)

    async def async_cancel(
        self, prediction_id: str, *, idempotency_key: str | None = None
    ) -> PredictionWithIO:
        """Cancel a prediction; a terminal prediction is returned unchanged.

        Args:
            prediction_id: The prediction's id.
            idempotency_key: The key that makes retries safe; generated when None.

        Returns:
            The prediction, now cancelled unless it had already ended. The current API accepts
            a cancel with ``202`` and an empty body; the prediction is then fetched.

        Raises:
            NotFoundError: There is no such prediction.
        """
        pid = require_str("prediction_id", prediction_id)
        key = idempotency_key
        answer = await self._async_call(cancel_prediction, object, pid, idempotency_key=key)
        return cancelled(answer) or await self.async_get(pid)

    # ------------------------------------------------------------------ wait, stream
    async def async_wait(
        self, prediction_id: str, options: AsyncWaitOptions = DEFAULT_ASYNC_WAIT_OPTIONS
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
            APIStatusError: A poll was refused.
        """
        pid = require_str("prediction_id", prediction_id)
        steps = prediction_waiting(pid, None, options.poll_interval, deadline(options.timeout))
        return await self._async_run(steps, reporter(options))

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
        return async_iter_events(
            self._http,
            event_cursor(prediction_id, after_id, wait, strict=self._http.settings.strict),
        )

    def _async_uploads(self) -> AsyncUploadsResource:
        from wriftai.resources._async.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self._http)

    # ------------------------------------------------------------------ step runners
    async def _async_run(self, steps: PredictionSteps, report: Reporter) -> PredictionWithIO:
        return await async_run(steps, partial(async_perform, get=self.async_get, report=report))
