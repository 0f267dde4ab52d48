"""Server-sent event streams: prediction events (resumable) and completion tokens."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

from sse_starlette import EventSourceResponse, ServerSentEvent

from wriftai.testing._engine import Completion, stream_pieces
from wriftai.testing._store.clock import now
from wriftai.testing._store.predictions import PredictionRecord

DEFAULT_IDLE = 30.0
"""Seconds a quiet prediction stream stays open without ``Prefer: wait=<seconds>``."""

PING_SECONDS = 15.0


def sse_response(events: AsyncIterator[ServerSentEvent], status: int = 200) -> EventSourceResponse:
    r"""Wrap an event iterator as a ``text/event-stream`` response.

    Args:
        events: The events to send.
        status: The HTTP status.

    Returns:
        The response; events are separated by blank lines (``\\n`` line ends).
    """
    return EventSourceResponse(
        events,
        status_code=status,
        sep="\n",
        ping=PING_SECONDS,
        headers={"cache-control": "no-store"},
    )


def _event(event_id: int, event: str, data: Any) -> ServerSentEvent:
    return ServerSentEvent(
        data=json.dumps(data, separators=(",", ":")), event=event, id=str(event_id), sep="\n"
    )


async def prediction_events(
    record: PredictionRecord,
    render: Callable[[PredictionRecord], dict[str, Any]],
    *,
    after_id: int,
    idle: float,
    closing: Callable[[], bool],
    render_done: Callable[[PredictionRecord], dict[str, Any]],
) -> AsyncIterator[ServerSentEvent]:
    """Yield a prediction's events from the one after ``after_id``.

    A stream that starts from the beginning opens with ``init`` (id 1, the data `render`
    gives: the prediction as it stands, or only its id); ``output`` pieces follow as they
    are produced; ``error`` or ``done`` ends it. A stream without an event for ``idle``
    seconds ends early; the client resumes with ``after_id`` set to the last id it saw,
    and gets every later event once.

    Args:
        record: The prediction.
        render: Renders the ``init`` data, as the prediction stands when it is sent.
        after_id: The last event id the client has (0 for none).
        idle: Seconds of quiet after which the stream ends.
        closing: Returns True once the server is shutting down; the stream then ends.
        render_done: Renders the ``done`` data, as the prediction stands when it is sent.

    Yields:
        The events.
    """
    last = after_id
    if last < 1:
        yield _event(1, "init", render(record))
        last = 1
    quiet_until = now() + idle
    while True:
        record.advance(now())
        for logged in record.events:
            if logged.id <= last:
                continue
            data = render_done(record) if logged.event == "done" else logged.data
            yield _event(logged.id, logged.event, data)
            last = logged.id
            quiet_until = now() + idle
            if logged.event in {"done", "error"}:
                return
        if record.terminal_logged() or now() >= quiet_until or closing():
            return
        await record.wait_change(until=quiet_until)


def completion_stream_response(events: AsyncIterator[ServerSentEvent]) -> EventSourceResponse:
    r"""Wrap completion events as LLM Engine sends them: ``\r\n`` line ends, 15 s pings.

    Args:
        events: The events to send.

    Returns:
        The ``text/event-stream`` response.
    """
    return EventSourceResponse(events, ping=PING_SECONDS)


async def completion_events(
    completion: Completion,
    request_id: str,
    *,
    return_log_probs: bool,
    interval: float,
    marks_finished: bool = True,
    error: dict[str, Any] | None = None,
) -> AsyncIterator[ServerSentEvent]:
    """Yield a streamed completion as LLM Engine does, one token per event.

    The stream opens with a keep-alive comment and an event that carries neither output
    nor error (LLM Engine passes such upstream chunks on). The last output has
    ``finished: true`` and the prompt's token count, unless the framework never marks
    the end (TensorRT-LLM); the body then simply ends. With `error`, a single error
    event (HTTP status already 200) replaces the output.

    Args:
        completion: The finished completion to stream.
        request_id: The completion's request id, repeated on every event.
        return_log_probs: Include each token with its log probability.
        interval: Seconds between tokens.
        marks_finished: Whether the last output says ``finished: true``.
        error: A ``StreamError`` to send instead of the completion.

    Yields:
        ``data:``-only events holding ``CompletionStreamResponse`` objects, and comments.
    """
    yield ServerSentEvent(comment=f"ping - {datetime.now(UTC)}")
    yield _completion_event({"request_id": request_id, "output": None, "error": None})
    if error is not None:
        yield _completion_event({"request_id": request_id, "output": None, "error": error})
        return
    pieces = stream_pieces(completion)
    for index, piece in enumerate(pieces):
        if index:
            await asyncio.sleep(interval)
        last = index == len(pieces) - 1
        token = completion.tokens[index] if index < len(completion.tokens) else None
        output: dict[str, Any] = {
            "text": piece,
            "finished": last and marks_finished,
            "num_prompt_tokens": completion.num_prompt_tokens if last else None,
            "num_completion_tokens": index + 1,
            "token": (
                {"token": piece, "log_prob": token.log_prob}
                if return_log_probs and token is not None
                else None
            ),
        }
        yield _completion_event({"request_id": request_id, "output": output, "error": None})


def _completion_event(payload: dict[str, Any]) -> ServerSentEvent:
    return ServerSentEvent(data=json.dumps(payload, separators=(",", ":")))
