"""Observability: hooks, rate-limit state, log records and OpenTelemetry spans.

The site's Observability guide includes the marked parts of this file; the test suite runs
it against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL). The spans go to the
OpenTelemetry SDK's in-memory exporter here; an application would export them.
"""

from __future__ import annotations

import dataclasses
import logging

import wriftai


def hooks_example() -> None:
    # --8<-- [start:hooks]
    def on_request(event: wriftai.RequestEvent) -> None:  # before each attempt
        event.request.headers["x-team"] = "search"  # it may set headers, or raise to refuse

    def on_response(event: wriftai.ResponseEvent) -> None:  # each response, errors included
        print(event.response.status_code, f"{event.elapsed:.3f}s", event.request_id)

    def on_retry(event: wriftai.RetryEvent) -> None:  # a failed attempt sent again
        print(f"attempt {event.attempt} in {event.delay:.1f}s after {event.reason}")

    def on_rate_limit(event: wriftai.RateLimitEvent) -> None:  # a 429, or remaining: 0
        print(event.rate_limit.remaining, event.rate_limit.reset)

    client = wriftai.Client(hooks=wriftai.Hooks(on_request, on_response, on_retry, on_rate_limit))
    quiet = client.with_options(hooks=dataclasses.replace(client.hooks, on_response=None))
    client.models.get("wriftai", "echo")
    quiet.models.get("wriftai", "echo")  # prints nothing
    # --8<-- [end:hooks]
    client.close()


def rate_limit_example() -> None:
    with wriftai.Client() as client:
        # --8<-- [start:rate_limit]
        client.models.get("wriftai", "echo")
        print(client.rate_limit)  # the latest response's x-ratelimit-* values, or None
        raw = client.models.with_raw_response.get("wriftai", "echo")
        print(raw.rate_limit)  # this response's own
        # --8<-- [end:rate_limit]


def logging_example() -> None:
    # --8<-- [start:logging]
    class Requests(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if hasattr(record, "attempt"):  # a record about a request
                d = record.__dict__
                print(d["method"], d["path"], d["status"], d["request_id"], d["attempt"])

    logger = logging.getLogger("wriftai")
    logger.addHandler(Requests())
    logger.setLevel(logging.DEBUG)  # or WRIFTAI_LOG=debug
    # --8<-- [end:logging]
    with wriftai.Client() as client:
        client.models.get("wriftai", "echo")
    logger.setLevel(logging.WARNING)


def spans_example() -> None:
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    # --8<-- [start:spans]
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))  # your exporter here
    trace.set_tracer_provider(provider)

    tracer = trace.get_tracer("my-app")
    with tracer.start_as_current_span("nightly-batch"), wriftai.Client() as client:
        client.models.get("wriftai", "echo")  # a span models.get and its GET, inside
    # --8<-- [end:spans]
    names = [span.name for span in exporter.get_finished_spans()]
    print(names)
    assert names == ["GET", "models.get", "nightly-batch"], names


def main() -> None:
    hooks_example()
    rate_limit_example()
    logging_example()
    spans_example()


if __name__ == "__main__":
    main()
