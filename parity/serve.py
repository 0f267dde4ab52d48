"""The emulator as the parity check runs it: one process per runner, with a request recorder.

``python -m parity.serve --port 0 --token T`` serves exactly what
``python -m wriftai.testing serve`` serves (the same app, validated against openapi.yaml)
and adds two routes of its own under ``/_parity/``:

* ``POST /_parity/reset`` returns the world to its seeded start and empties the record,
  so every scenario starts from the same state;
* ``GET /_parity/log`` returns what was received since the last call (and forgets it):
  per request the method, the path, the query, the headers that matter and the body.

The emulator's own request log keeps only the method, path and status; parity needs the
query and the body too, so the recorder wraps the app from outside and reads the request
as the emulator reads it.
"""

from __future__ import annotations

import argparse
import contextlib
import email.parser
import email.policy
import json
import sys
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wriftai.testing._app import build_app
from wriftai.testing._context import DEFAULT_TOKEN, AppContext, Settings
from wriftai.testing._faults import ConnectionRegistry
from wriftai.testing._server import bind, make_server
from wriftai.testing._spec import API_PREFIX

PREFIX = "/_parity/"
HEADERS_THAT_MATTER = ("content-type", "authorization", "prefer")
"""Request headers written into transcripts (others, such as user-agent, differ by design)."""


def _header_value(name: str, value: str) -> str:
    """Reduce a header to what a client is expected to agree on."""
    if name == "authorization":
        return value.split(" ", 1)[0].lower()  # the scheme; never the secret
    if name == "content-type":
        return value.split(";", 1)[0].strip().lower()  # the media type; not the boundary
    return value


def _body(content_type: str, raw: bytes) -> Any:
    """Decode a request body: JSON as data, multipart as its parts, anything else as text."""
    if not raw:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json":
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")
    if media == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
        parts = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True) or b""
            parts.append(
                {
                    "name": part.get_param("name", header="content-disposition"),
                    "filename": part.get_filename(),
                    "content": payload.decode("utf-8", "replace"),
                }
            )
        return {"multipart": parts}
    return raw.decode("utf-8", "replace")


class Recorder:
    """ASGI middleware that records each API request and serves the ``/_parity/`` routes."""

    def __init__(self, app: ASGIApp, ctx: AppContext) -> None:
        """Wrap `app`, whose state is `ctx`."""
        self.app = app
        self.ctx = ctx
        self.log: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, recording it unless it is one of the emulator's own."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(PREFIX):
            await self._control(path[len(PREFIX) :], send)
            return
        if path.startswith("/_emulator/"):
            await self.app(scope, receive, send)
            return
        headers = {bytes(k).decode().lower(): bytes(v).decode() for k, v in scope["headers"]}
        entry: dict[str, Any] = {
            "method": scope["method"],
            "path": path,
            "api": "wriftai"
            if path.startswith(API_PREFIX + "/") and "/llm/" not in path
            else "llm",
            "query": sorted(parse_qsl(scope.get("query_string", b"").decode(), True)),
            "headers": {
                name: _header_value(name, headers[name])
                for name in HEADERS_THAT_MATTER
                if name in headers
            },
            "body": None,
            "status": 0,
        }
        self.log.append(entry)
        chunks: list[bytes] = []

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    entry["body"] = _body(headers.get("content-type", ""), b"".join(chunks))
            return message

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = int(message["status"])
            await send(message)

        await self.app(scope, recording_receive, recording_send)

    async def _control(self, name: str, send: Send) -> None:
        """Answer ``reset`` and ``log``."""
        if name == "reset":
            self.ctx.reset()
            self.log.clear()
            payload: Any = {"reset": True}
        elif name == "log":
            payload, self.log = self.log, []
        else:
            payload = {"error": f"no parity route {name!r}"}
        body = json.dumps(payload).encode()
        status = 404 if "error" in payload else 200
        start = {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
        await send(start)
        await send({"type": "http.response.body", "body": body})


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until interrupted; prints the same first line as the emulator's command line."""
    parser = argparse.ArgumentParser(prog="python -m parity.serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--prediction-duration", type=float, default=0.3)
    parser.add_argument("--job-duration", type=float, default=0.5)
    args = parser.parse_args(argv)
    ctx = AppContext(
        Settings(
            token=args.token,
            prediction_duration=args.prediction_duration,
            job_duration=args.job_duration,
            # Tiny upload parts, so a scenario's short file is uploaded in several parts.
            upload_part_size=5,
        )
    )
    registry = ConnectionRegistry()
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    print(f"WriftAI emulator listening on http://{host}:{port}{API_PREFIX}", flush=True)
    server = make_server(Recorder(build_app(ctx, registry), ctx), registry, "warning")
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
