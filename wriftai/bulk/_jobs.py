"""What a bulk run does for one item: a prediction (created, followed, cancelled) or a completion.

Both kinds send every request through `Sender`, which takes a slot from the run's shared
`Control` first and tells it what the request met, and which sends again on a 429 (never
processed), on a 5xx or connection failure of a request whose repetition is harmless, and
on a create whose idempotency key the server honours. A create that may have reached the
server, to a server that may ignore its key, is not sent again blindly: it is reconciled.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal, TypeVar

import anyio
import httpx

from wriftai._core.bulk_control import Control
from wriftai._core.retry import NOT_SENT
from wriftai._errors import (
    APIConnectionError,
    ConflictError,
    InternalServerError,
    RateLimitError,
    WriftAIError,
)
from wriftai._response import capturing
from wriftai.bulk._inputs import digest
from wriftai.bulk._journal import Entry, Journal
from wriftai.bulk._results import BulkError, BulkResult, BulkStats
from wriftai.types import AsyncCreateWaitOptions

__all__ = [
    "AMBIGUOUS",
    "MAX_TRANSIENT_FAILURES",
    "Ambiguity",
    "CompletionJob",
    "Item",
    "PredictionJob",
    "Sender",
]

T = TypeVar("T")

Ambiguity = Literal["reconcile", "resend", "report"]
"""What to do with a create that may have reached a server that may ignore its key:
look for it on the server and report it ambiguous when it is not found (``reconcile``,
the default); look, and send it again when not found (``resend``); or report it ambiguous
without looking (``report``)."""

_TERMINAL = frozenset({"succeeded", "failed", "cancelled", "canceled", "abandoned"})
_POLL_INTERVAL = 0.5

MAX_TRANSIENT_FAILURES = 8
"""How many 5xx or connection failures in a row one request meets before its item fails.
A 429 does not count: the server asked to wait, and the run waits."""
_LONGEST_HOLD = 60.0


@dataclass
class Item:
    """One input in flight.

    Attributes:
        index: Its place in the inputs.
        input: The input.
        digest: The digest of the input.
        key: Its idempotency key.
        entry: What the journal knew of it when the run reached it.
        deadline: The monotonic time it must end by, or None.
        remote_id: The prediction's id, once known.
        attempts: Requests that created or sent it.
    """

    index: int
    input: Any
    digest: str
    key: str
    entry: Entry | None = None
    deadline: float | None = None
    remote_id: str | None = None
    attempts: int = 0

    def result(self, status: Any, output: Any = None, error: BulkError | None = None) -> BulkResult:
        """The item's result."""
        return BulkResult(
            self.index, self.input, status, self.remote_id, output, error, max(1, self.attempts)
        )


class _MayHaveBeenProcessed(Exception):
    """A create failed after it may have reached the server."""


class Sender:
    """Sends a run's requests at the pace of its `Control`, counting them in its stats.

    Args:
        control: The run's shared pace.
        stats: The run's stats.
    """

    def __init__(self, control: Control, stats: BulkStats) -> None:
        self.control = control
        self.stats = stats

    async def send(self, call: Callable[[], Awaitable[T]], *, creates: bool = False) -> T:
        """Sends one request (as `call`) until it gets an answer worth returning.

        Args:
            call: Sends the request once.
            creates: The request creates something the server may not de-duplicate.

        Returns:
            What `call` returned.

        Raises:
            APIStatusError: A status that sending again does not help.
            _MayHaveBeenProcessed: With `creates`, a failure after the request may have
                reached the server.
        """
        control = self.control
        failures = 0
        while True:
            wait, schedule = control.reserve(time.monotonic())
            if wait > 0:
                await anyio.sleep(wait)
                if control.void(schedule):
                    continue  # a 429 since: the slot belonged to a pace too fast
            self.stats.requests += 1
            sent = time.monotonic()
            try:
                with capturing() as responses:
                    result = await call()
            except RateLimitError as error:
                self.stats.rate_limited += 1
                control.limited_by_server(time.monotonic(), error.response.headers, time.time())
                continue
            except (InternalServerError, APIConnectionError, ConflictError) as error:
                control.overloaded_server(time.monotonic())
                if creates and not _not_processed(error):
                    raise _MayHaveBeenProcessed from error
                failures += 1
                if failures > MAX_TRANSIENT_FAILURES or getattr(error, "status_code", 0) in (
                    501,
                    505,
                ):
                    raise
                continue
            headers = responses[-1].headers if responses else httpx.Headers()
            control.succeeded(time.monotonic(), headers, time.time(), sent)
            return result


def _not_processed(error: Exception) -> bool:
    """Whether a failed create shows it never reached the server (or was refused whole)."""
    if isinstance(error, ConflictError):
        return True  # the same key still running: the server has it once
    cause = error.__cause__ or error.__context__
    return isinstance(error, APIConnectionError) and isinstance(cause, NOT_SENT)


class PredictionJob:
    """Predictions on one model: create each, follow it to its end, cancel it when late.

    Args:
        client: A client whose transport does not retry (the run does).
        model: ``owner/name`` or ``owner/name:number``.
        trust_keys: The server honours ``Idempotency-Key``, so a create may be sent again.
        ambiguity: What to do with a create that may have been processed.
        webhook: Sent with every create, if given.
    """

    kind = "predictions"

    def __init__(
        self, client: Any, model: str, trust_keys: bool, ambiguity: Ambiguity, webhook: Any
    ) -> None:
        self.predictions = client.predictions
        self.model = model
        self.trust_keys = trust_keys
        self.ambiguity = ambiguity
        self.webhook = webhook
        self.fingerprint = {"kind": self.kind, "model": model, "webhook": webhook}

    async def run(self, item: Item, sender: Sender, journal: Journal | None) -> BulkResult:
        """Creates (or re-attaches) the item's prediction and follows it to its end.

        Args:
            item: The item.
            sender: The run's sender.
            journal: The run's journal, if any.

        Returns:
            The item's result; a failure is a result, not an exception.
        """
        try:
            if item.remote_id is None:
                prediction = await self._create(item, sender, journal)
                if prediction is None:
                    return item.result("ambiguous", error=AMBIGUOUS)
                if journal is not None:
                    journal.created(item.index, item.remote_id or "")
            else:
                prediction = None
            return await self._follow(item, sender, prediction)
        except (WriftAIError, TypeError, ValueError) as error:
            return item.result("failed", error=BulkError.of(error))

    async def _create(self, item: Item, sender: Sender, journal: Journal | None) -> Any:
        """The created prediction, or None when it is ambiguous and is not sent again."""
        if journal is not None:
            journal.intend(item.index, item.digest, item.key)
        hold = _LONGEST_HOLD
        if item.deadline is not None:
            hold = max(1.0, min(hold, item.deadline - time.monotonic()))
        options = AsyncCreateWaitOptions(duration=int(hold), poll=False)
        sent = Entry(item.index, item.digest, item.key, "sent", None, time.time())
        while True:
            item.attempts += 1
            try:
                prediction = await sender.send(
                    lambda: self.predictions.async_create(
                        model=self.model,
                        input=item.input,
                        webhook=self.webhook,
                        wait=True,
                        wait_options=options,
                        idempotency_key=item.key,
                    ),
                    creates=not self.trust_keys,
                )
            except _MayHaveBeenProcessed:
                found = await self.reconcile([sent], sender, journal)
                if item.index in found:
                    item.remote_id = found[item.index]
                    return await sender.send(lambda: self.predictions.async_get(item.remote_id))
                if self.ambiguity == "resend":
                    continue
                return None
            item.remote_id = prediction.id
            return prediction

    async def _follow(self, item: Item, sender: Sender, prediction: Any) -> BulkResult:
        """Polls the prediction until it ends; cancels it on the server past the deadline."""
        pid = item.remote_id
        while prediction is None or str(prediction.status) not in _TERMINAL:
            if item.deadline is not None and time.monotonic() >= item.deadline:
                await self.cancel(pid or "", sender)
                late = BulkError("DeadlineExceeded", f"prediction {pid} passed its deadline")
                return item.result("cancelled", error=late)
            if prediction is not None:
                await anyio.sleep(_POLL_INTERVAL)
            prediction = await sender.send(lambda: self.predictions.async_get(pid))
        status = str(prediction.status)
        output = getattr(prediction, "output", None)
        if status == "succeeded":
            return item.result("succeeded", output)
        error = getattr(prediction, "error", None)
        message = str(getattr(error, "message", None) or error or f"the prediction {status}")
        kind = "cancelled" if status in ("cancelled", "canceled") else "failed"
        return item.result(kind, output, BulkError(f"Prediction{status.title()}", message))

    async def cancel(self, prediction_id: str, sender: Sender) -> None:
        """Cancels a prediction on the server; one already ended is left as it is.

        Args:
            prediction_id: The prediction's id.
            sender: The run's sender.
        """
        with contextlib.suppress(WriftAIError):
            await sender.send(lambda: self.predictions.async_cancel(prediction_id))

    async def reconcile(
        self, items: list[Entry], sender: Sender, journal: Journal | None
    ) -> dict[int, str]:
        """Looks on the server for predictions that items' creates may have made.

        The caller's predictions since the earliest of the items' intents are read,
        newest first. One on this model with an item's input, and not already another
        item's, is that item's; inputs that repeat take such predictions one each.

        Args:
            items: The journal entries of creates that may have reached the server.
            sender: The run's sender.
            journal: The run's journal, whose attached ids are not taken again.

        Returns:
            The prediction id found for each item that has one, by index.
        """
        if self.ambiguity == "report" or not items:
            return {}
        since = min(item.sent_at for item in items) - 5.0
        wanted: dict[str, list[Entry]] = {}
        for item in items:
            wanted.setdefault(item.digest, []).append(item)
        taken = journal.attached_ids() if journal is not None else set()
        found: dict[int, str] = {}
        get = self.predictions.async_get
        with contextlib.suppress(WriftAIError):  # what is not found stays unsettled
            page = await sender.send(partial(self.predictions.async_list, {"page_size": 100}))
            async for summary in page:
                if summary.created_at.timestamp() < since:
                    break
                if summary.id in taken or not _on_model(summary, self.model):
                    continue
                full = await sender.send(partial(get, summary.id))
                matches = wanted.get(digest(full.input))
                if matches:
                    found[matches.pop(0).index] = summary.id
        return found


AMBIGUOUS = BulkError(
    "Ambiguous",
    "the create may have reached the server, which may not honour idempotency keys, and "
    "no matching prediction was found; it was not sent again",
)


def _on_model(prediction: Any, model: str) -> bool:
    """Whether a listed prediction ran on `model` (``owner/name`` or with ``:number``)."""
    on = prediction.model
    name, _, number = model.partition(":")
    return f"{on.owner}/{on.name}" == name and (not number or str(on.version_number) == number)


class CompletionJob:
    """Completions of prompts on one LLM endpoint; nothing on the server to re-attach.

    Args:
        client: A client whose transport does not retry (the run does).
        model: The LLM endpoint.
        options: ``max_new_tokens``, ``temperature`` and the other completion options.
    """

    kind = "completions"

    def __init__(self, client: Any, model: str, options: dict[str, Any]) -> None:
        self.completions = client.completions
        self.model = model
        self.options = options
        self.fingerprint = {"kind": self.kind, "model": model, **options}

    async def run(self, item: Item, sender: Sender, journal: Journal | None) -> BulkResult:
        """Completes the item's prompt.

        Args:
            item: The item: a prompt, or a dict with ``prompt`` and options of its own.
            sender: The run's sender.
            journal: The run's journal, if any.

        Returns:
            The item's result; a failure is a result, not an exception.
        """
        prompt, options = item.input, self.options
        if isinstance(prompt, dict):
            options = {**options, **{k: v for k, v in prompt.items() if k != "prompt"}}
            prompt = prompt.get("prompt")
        if journal is not None:
            journal.intend(item.index, item.digest, item.key)
        item.attempts += 1
        try:
            response = await sender.send(
                lambda: self.completions.async_create(self.model, prompt, **options)
            )
        except (WriftAIError, TypeError, ValueError) as error:
            return item.result("failed", error=BulkError.of(error))
        item.remote_id = getattr(response, "request_id", None)
        output = response.output
        return item.result("succeeded", output.to_dict() if output is not None else None)
