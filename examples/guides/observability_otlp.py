"""Spans sent to an OTLP collector: the site's Observability guide includes the marked part.

A stand-in collector on the loopback address takes the spans, so the example checks they
arrived. The test suite runs it against the emulator (WRIFTAI_ACCESS_TOKEN,
WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import http.server
import threading
from typing import Any

import wriftai


def stand_in_collector(received: list[bytes]) -> http.server.HTTPServer:
    """An OTLP/HTTP endpoint on 127.0.0.1 that keeps the bodies it is sent."""

    class Collector(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    received: list[bytes] = []
    collector = stand_in_collector(received)
    endpoint = f"http://127.0.0.1:{collector.server_port}/v1/traces"  # yours: port 4318
    # --8<-- [start:otlp]
    # pip install opentelemetry-sdk opentelemetry-exporter-otlp-proto-http
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": "nightly-batch"}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(provider)

    with wriftai.Client() as client:
        client.models.get("wriftai", "echo")
    provider.shutdown()  # sends what the batch still holds
    # --8<-- [end:otlp]
    collector.shutdown()
    assert received and b"models.get" in b"".join(received), "the collector got no spans"
    print(f"the collector received {sum(map(len, received))} bytes of spans")


if __name__ == "__main__":
    main()
