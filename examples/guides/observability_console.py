"""Spans printed on the console: the site's Observability guide includes the marked part.

The test suite runs it against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import wriftai


def main() -> None:
    # --8<-- [start:console]
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))  # to stdout
    trace.set_tracer_provider(provider)

    with wriftai.Client() as client:
        client.models.get("wriftai", "echo")  # prints the GET span, then models.get
    # --8<-- [end:console]
    provider.shutdown()


if __name__ == "__main__":
    main()
