"""OpenTelemetry spans of the client, through ``opentelemetry-api`` alone (the ``otel`` extra).

As instrumented libraries do, the client makes spans whenever the API is installed and the
application has set a tracer provider; it has no switch of its own. Without the API
nothing of OpenTelemetry is imported and the resource methods are not wrapped at all;
with the API and no provider, a call costs one check. Names and attributes follow the
semantic conventions for HTTP clients:

- a span per API call, kind INTERNAL, named ``<resource>.<method>`` (``models.get``,
  ``predictions.create``), with ``http.response.status_code`` and ``wriftai.request_id``
  of its last response and ``error.type`` (the exception's class) when it fails. A wait
  adds an event per status change of what it waits for
  (``wriftai.prediction.status_change``) and its polls are child call spans
  (``predictions.get``); a stream's span lasts as long as it is read, with an event per
  reconnection (``wriftai.stream.reconnect``);
- a child span per HTTP attempt, kind CLIENT, named by the method (``GET``: the client
  knows no route template), with ``http.request.method``, ``server.address``,
  ``server.port``, ``url.full`` (no user info, signed query values ``REDACTED``),
  ``http.request.resend_count`` on a retry, ``http.response.status_code``, ``error.type``
  (the status, or the connection error's class) and ``wriftai.request_id``.

`span` opens a span of the caller's own (``bulk.run``); the API-call spans of calls made
inside it are its children.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from wriftai._logging import telemetry_url
from wriftai._version import __version__

if TYPE_CHECKING:
    import httpx
    from opentelemetry.trace import Span

    AttributeValue: TypeAlias = (
        str | bool | int | float | Sequence[str] | Sequence[bool] | Sequence[int] | Sequence[float]
    )
    """A span attribute's value, as OpenTelemetry takes it (for annotations)."""

__all__ = [
    "CALL",
    "REQUEST_ID",
    "Call",
    "active",
    "adopt",
    "attempt_ended",
    "attempt_started",
    "available",
    "event",
    "inject",
    "like_current",
    "note_status",
    "span",
    "trace_methods",
    "within",
]

REQUEST_ID = "wriftai.request_id"
"""The attribute that holds the ``x-request-id`` the server gave a request."""

TRACER_NAME = "wriftai"
_PROVIDER_VARIABLE = "OTEL_PYTHON_TRACER_PROVIDER"  # a provider the API loads by name
_GLOBAL = "_TRACER_PROVIDER"  # where the API keeps the provider set (see `_unset`)
_MARK = "__wriftai_span__"  # the span name a wrapped method was wrapped with
_PORTS = {"https": 443, "http": 80}
F = TypeVar("F", bound=Callable[..., Any])


class _OTel:
    """The OpenTelemetry API, imported on first need, and the client's tracer once set."""

    trace: Any = None
    context: Any = None
    propagator: Any = None
    missing = False
    tracer: Any = None


_otel = _OTel()


def available() -> bool:
    """Whether opentelemetry-api is installed (it is imported on the first call)."""
    if _otel.trace is None and not _otel.missing:
        try:
            from opentelemetry import context, trace
        except ImportError:
            _otel.missing = True
        else:
            _otel.trace, _otel.context = trace, context
            if _PROVIDER_VARIABLE in os.environ:
                trace.get_tracer_provider()  # sets the provider the variable names
    return _otel.trace is not None


def _unset() -> bool:
    """Whether the API (imported) surely has no tracer provider set, told cheaply.

    While none is set, ``get_tracer_provider()`` looks the environment up on every call,
    which costs more than the rest of an untraced call; the global it reads first, which
    ``set_tracer_provider()`` sets, is read here instead, when the API has it.
    """
    return getattr(_otel.trace, _GLOBAL, _otel) is None


def active() -> bool:
    """Whether spans are made: the API is installed and the application set a provider.

    A process sets its tracer provider once, so once one is found it is not looked for
    again.
    """
    if _otel.tracer is not None:
        return True
    if _otel.trace is None and not available():
        return False
    if _unset():
        return False
    trace = _otel.trace
    provider = trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return False
    _otel.tracer = trace.get_tracer(TRACER_NAME, __version__)
    return True


@contextmanager
def span(
    name: str, attributes: Mapping[str, AttributeValue] | None = None
) -> Iterator[Span | None]:
    """Opens a span around the block, the current span inside it; without spans, nothing.

    It serves sync and async code alike (``with span("bulk.run"):`` around awaits of one
    task). The spans of API calls made inside the block are its children; an exception
    leaving the block is recorded on it.

    Args:
        name: The span's name.
        attributes: Its attributes.

    Yields:
        The span, or None when spans are not made (no API, or no tracer provider).
    """
    if not active():
        yield None
        return
    with _otel.tracer.start_as_current_span(name, attributes=attributes) as opened:
        yield opened


class Call:
    """The span of one API call; a stream that adopts it ends it when reading ends.

    Args:
        name: The span's name (``models.get``).
        span: The span, started.
    """

    __slots__ = ("adopted", "ended", "name", "span")

    def __init__(self, name: str, span: Any) -> None:
        self.name = name
        self.span = span
        self.adopted = False
        self.ended = False

    def fail(self, error: BaseException) -> None:
        """Records the exception that ends the call."""
        _failed(self.span, type(error).__qualname__, error)

    def end(self) -> None:
        """Ends the span (once)."""
        if not self.ended:
            self.ended = True
            self.span.end()


CALL: ContextVar[Call | None] = ContextVar("wriftai_call", default=None)
"""The API call whose span is current (set only while spans are made)."""


def _failed(span: Any, error_type: str, error: BaseException | None = None) -> None:
    span.set_attribute("error.type", error_type)
    if error is not None:
        span.record_exception(error)
    status = _otel.trace.Status(_otel.trace.StatusCode.ERROR, None if error is None else str(error))
    span.set_status(status)


@contextmanager
def _current(call: Call) -> Iterator[Call]:
    """Makes the call's span the current span, and the call the current call, in the block."""
    token = _otel.context.attach(_otel.trace.set_span_in_context(call.span))
    call_token = CALL.set(call)
    try:
        yield call
    finally:
        CALL.reset(call_token)
        _otel.context.detach(token)


@contextmanager
def _calling(name: str) -> Iterator[Call]:
    """The span of an API call around the block, unless a stream the block made adopted it."""
    call = Call(name, _otel.tracer.start_span(name, kind=_otel.trace.SpanKind.INTERNAL))
    try:
        with _current(call):
            yield call
    except Exception as exc:
        call.fail(exc)
        call.end()
        raise
    except BaseException:
        call.end()
        raise
    if not call.adopted:
        call.end()


def _traced(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` inside the span of an API call named `name`, when spans are made.

    The wrappers test `_unset` inline: a call of their own would cost as much again.
    """
    wrapper: Callable[..., Any]
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def traced_coroutine(*args: Any, **kwargs: Any) -> Any:
            if _otel.tracer is None and (
                getattr(_otel.trace, _GLOBAL, _otel) is None or not active()
            ):
                return await func(*args, **kwargs)
            with _calling(name):
                return await func(*args, **kwargs)

        wrapper = traced_coroutine
    else:

        @functools.wraps(func)
        def traced(*args: Any, **kwargs: Any) -> Any:
            if _otel.tracer is None and (
                getattr(_otel.trace, _GLOBAL, _otel) is None or not active()
            ):
                return func(*args, **kwargs)
            with _calling(name):
                return func(*args, **kwargs)

        wrapper = traced
    setattr(wrapper, _MARK, name)
    return wrapper


def trace_methods(cls: type) -> None:
    """Wraps each public method of a resource class in the span of an API call.

    The span is named after the resource's module and the method without its ``async_``
    (``models.get`` for ``get`` and ``async_get``). A method a base class defines is
    wrapped again under the subclass's name; one wrapped under that name already is left
    as it is. Without opentelemetry-api nothing is wrapped. Only classes of resource
    modules are wrapped (not their bases in ``wriftai._async``).

    Args:
        cls: The resource class.
    """
    if ".resources." not in f"{cls.__module__}." or not available():
        return
    resource = cls.__module__.rpartition(".")[2]
    for attr in dir(cls):
        func = inspect.getattr_static(cls, attr)
        if attr.startswith("_") or not inspect.isfunction(func):
            continue
        name = f"{resource}.{attr.removeprefix('async_')}"
        mark = getattr(func, _MARK, None)
        if mark != name:
            original = func if mark is None else getattr(func, "__wrapped__", func)
            setattr(cls, attr, _traced(name, original))


def like_current(func: F) -> F:
    """`func` in a span named as the current API call's (for pages fetched later), if any."""
    call = CALL.get()
    return func if call is None else _traced(call.name, func)  # type: ignore[return-value]


def adopt() -> Call | None:
    """The current API call, which a stream takes over: the stream ends its span."""
    call = CALL.get()
    if call is not None:
        call.adopted = True
    return call


def within(call: Call | None) -> AbstractContextManager[Any]:
    """Makes an adopted call current again around one of its stream's requests."""
    return nullcontext() if call is None or call.ended else _current(call)


def event(call: Call | None, name: str, attributes: Mapping[str, AttributeValue]) -> None:
    """Adds an event to the call's span (nothing for None)."""
    if call is not None:
        call.span.add_event(name, attributes)


def note_status(kind: str, value: object, previous: str | None) -> str | None:
    """Adds an event to the current call's span when what it waits for changed status.

    Args:
        kind: What it is (``prediction``, ``job``), for the names.
        value: Its latest state (a ``status`` and an ``id``).
        previous: The status noted before, or None.

    Returns:
        The status now, to be given as `previous` next time.
    """
    call = CALL.get()
    if call is None:
        return previous
    status = getattr(value, "status", None)
    text = "" if status is None else str(status)
    if text == previous:
        return previous
    ident = getattr(value, "id", None)
    if isinstance(ident, str):
        call.span.set_attribute(f"wriftai.{kind}.id", ident)
    call.span.set_attribute(f"wriftai.{kind}.status", text)
    call.span.add_event(f"wriftai.{kind}.status_change", {f"wriftai.{kind}.status": text})
    return text


def attempt_started(request: httpx.Request, attempt: int) -> Span | None:
    """Opens the CLIENT span of one HTTP attempt, a child of the current API call's span.

    Args:
        request: The request.
        attempt: 1 for the first sending, 2 for the first retry, and so on.

    Returns:
        The span, or None outside a traced API call.
    """
    call = CALL.get()
    if call is None or call.ended:
        return None
    trace = _otel.trace
    url = request.url
    attributes: dict[str, AttributeValue] = {
        "http.request.method": request.method,
        "server.address": url.host,
        "server.port": url.port or _PORTS.get(url.scheme, 443),
        "url.full": telemetry_url(url),
    }
    if attempt > 1:
        attributes["http.request.resend_count"] = attempt - 1
    parent = trace.set_span_in_context(call.span)
    opened: Span = _otel.tracer.start_span(
        request.method, context=parent, kind=trace.SpanKind.CLIENT, attributes=attributes
    )
    return opened


def attempt_ended(span: Span, response: httpx.Response | None, error: BaseException | None) -> None:
    """Ends an attempt's span with its outcome, and notes the response on the call's span."""
    if response is not None:
        status = response.status_code
        attributes: dict[str, AttributeValue] = {"http.response.status_code": status}
        request_id = response.headers.get("x-request-id")
        if request_id:
            attributes[REQUEST_ID] = request_id
        span.set_attributes(attributes)
        call = CALL.get()
        if call is not None:
            call.span.set_attributes(attributes)
        if status >= 400:
            _failed(span, str(status))
    elif error is not None:
        _failed(span, type(error).__qualname__, error)
    span.end()


def inject(headers: httpx.Headers, span: Span | None) -> None:
    """Writes the W3C ``traceparent`` (and ``tracestate``) of `span`, else of the current span.

    Only the trace context goes out, never baggage. Nothing is written without
    opentelemetry-api or without a valid span.
    """
    if not available():
        return
    if _otel.propagator is None:
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        _otel.propagator = TraceContextTextMapPropagator()
    context = None if span is None else _otel.trace.set_span_in_context(span)
    _otel.propagator.inject(headers, context=context)
