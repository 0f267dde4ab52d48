"""End-to-end fixtures: a Client pointed at the emulator (pytest plugin of wriftai.testing)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import wriftai


@pytest.fixture
def client(wriftai_emulator: Any) -> Iterator[wriftai.Client]:
    with wriftai.Client(
        access_token=wriftai_emulator.token, api_base_url=wriftai_emulator.base_url
    ) as c:
        yield c


class Form:
    """Calls a facade method in its sync or its async form, and drains what it returns."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __call__(self, resource: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        name = method if self.name == "sync" else f"async_{method}"
        result = getattr(resource, name)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def drain(self, iterable: Any) -> list[Any]:
        """All items of an iterable in this form: ``for`` when sync, ``async for`` when async.

        A page walks every item of every page either way.
        """
        if hasattr(iterable, "__aiter__") and (
            self.name == "async" or not hasattr(iterable, "__iter__")
        ):
            return [item async for item in iterable]
        return list(iterable)


@pytest.fixture(params=["sync", "async"])
def form(request: pytest.FixtureRequest) -> Form:
    return Form(request.param)


ERAS = ("current", "legacy")
"""The eras of the emulator: the API as it is now, and as the official client's releases up
to 0.22 knew it.

The operation table runs in both: ``@pytest.mark.parametrize("wriftai_era", ERAS)``
parametrizes the pytest plugin's ``wriftai_era`` fixture, which ``wriftai_emulator``
switches the emulator to before each test.
"""


Scenario = Callable[[wriftai.Client, Form, Any], Any]


# ------------------------------------------------------------------ OpenTelemetry
class Spans:
    """The spans the client finished during a test, from the SDK's in-memory exporter."""

    def __init__(self, exporter: Any) -> None:
        self.exporter = exporter

    def finished(self) -> list[Any]:
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[Any]:
        return [s for s in self.finished() if s.name == name]

    def one(self, name: str) -> Any:
        (span,) = self.named(name)
        return span

    def children(self, parent: Any, name: str | None = None) -> list[Any]:
        return [
            s
            for s in self.finished()
            if s.parent is not None
            and s.parent.span_id == parent.context.span_id
            and (name is None or s.name == name)
        ]


@pytest.fixture(scope="session")
def _span_exporter() -> Any:
    """The SDK's tracer provider with an in-memory exporter, set once for the process.

    OpenTelemetry lets a process set its tracer provider once, so from the first test that
    asks for spans on, every test of the session runs with spans on (the client behaves
    the same either way; tests that need no provider run in a subprocess).
    """
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    assert trace.get_tracer_provider() is provider, "another tracer provider was set first"
    return exporter


@pytest.fixture
def spans(_span_exporter: Any) -> Iterator[Spans]:
    _span_exporter.clear()
    yield Spans(_span_exporter)
    _span_exporter.clear()
