"""A minimal HTTP/1.1 server with canned bodies, for measuring the client's own cost.

It speaks just enough HTTP (keep-alive, Content-Length, chunked event streams) to answer
the few paths the benchmarks use, so that the server's cost is small and equal for the
facade, the raw-httpx baseline and the peer clients (the official `wriftai` client asks
for the same paths as ours; `llmengine` posts to ``/v1/llm/completions-*``). Run it in its
own process:

    python -m bench.server                     # prints "PORT <n>" once listening
    python -m bench.server --page-latency 0    # model pages without the 10 ms wait

Uploads are canned the same way: ``POST /v1/uploads`` answers with part URLs on this server
(``/parts/<id>/<n>``, parts of `UPLOAD_PART_SIZE`), a part's ``PUT`` is read in pieces and
thrown away and answered with an ``ETag``, and ``POST /v1/uploads/<id>/complete`` answers
with a ``download_url``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from urllib.parse import parse_qs, urlsplit

from bench.bodies import (
    MODEL_BODY,
    PAGE_COUNT,
    STREAM_EVENTS,
    completion_body,
    completion_stream_chunks,
    model_page_body,
    prediction_stream_chunks,
)

UPLOAD_PART_SIZE = 8 * 1024 * 1024  # bytes per part of a canned upload
PAGE_LATENCY = 0.010  # seconds per page of the pagination walk (`--page-latency` changes it)
page_latency = PAGE_LATENCY
port = 0  # this server's port, for the part URLs it hands out
uploads = 0  # uploads created so far (their ids)


def head(status: str, content_type: str, length: int | None, *extra: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"content-type: {content_type}", "x-request-id: req_bench"]
    lines += extra
    framing = "transfer-encoding: chunked" if length is None else f"content-length: {length}"
    lines.append(framing)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def upload_created(request_body: bytes) -> bytes:
    """The answer to ``POST /v1/uploads``: one part URL per `UPLOAD_PART_SIZE` bytes."""
    global uploads
    uploads += 1
    size = int(json.loads(request_body)["size"])
    count = max(1, -(-size // UPLOAD_PART_SIZE))
    urls = [f"http://127.0.0.1:{port}/parts/upl_{uploads}/{i}" for i in range(count)]
    part_size = UPLOAD_PART_SIZE if count > 1 else size
    return json.dumps({"id": f"upl_{uploads}", "urls": urls, "part_size": part_size}).encode()


async def answer(
    path: str, query: dict[str, list[str]], writer: asyncio.StreamWriter, request_body: bytes
) -> None:
    if path.startswith("/parts/"):
        etag = f'"{path.rsplit("/", 1)[1]}-bench"'
        writer.write(head("200 OK", "text/plain", 0, f"etag: {etag}"))
    elif path == "/v1/uploads":
        body = upload_created(request_body)
        writer.write(head("201 Created", "application/json", len(body)) + body)
    elif path.startswith("/v1/uploads/") and path.endswith("/complete"):
        upload = path.split("/")[3]
        url = f"http://127.0.0.1:{port}/files/{upload}?signature=bench"
        body = json.dumps({"download_url": url}).encode()
        writer.write(head("200 OK", "application/json", len(body)) + body)
    elif path.startswith("/v1/models/") and path.count("/") == 4:
        writer.write(head("200 OK", "application/json", len(MODEL_BODY)) + MODEL_BODY)
    elif path == "/v1/models":
        if page_latency:
            await asyncio.sleep(page_latency)
        page = int(query.get("cursor", ["0"])[0])
        body = model_page_body(page)
        writer.write(head("200 OK", "application/json", len(body)) + body)
    elif path.startswith("/v1/predictions/") and path.endswith("/stream"):
        writer.write(head("200 OK", "text/event-stream", None))
        for chunk in prediction_stream_chunks(int(query.get("after_id", ["0"])[0])):
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()
        writer.write(b"0\r\n\r\n")
    elif path == "/v1/llm/completions-sync":
        body = completion_body()
        writer.write(head("200 OK", "application/json", len(body)) + body)
    elif path == "/v1/llm/completions-stream":
        writer.write(head("200 OK", "text/event-stream", None))
        for chunk in completion_stream_chunks():
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()
        writer.write(b"0\r\n\r\n")
    else:
        body = json.dumps({"message": f"no such path {path}", "detail": None}).encode()
        writer.write(head("404 Not Found", "application/json", len(body)) + body)
    await writer.drain()


async def discard(reader: asyncio.StreamReader, length: int) -> bool:
    """Reads `length` bytes of a request body in pieces and drops them.

    Returns:
        False when the connection ended first.
    """
    while length > 0:
        piece = await reader.read(min(length, 1 << 20))
        if not piece:
            return False
        length -= len(piece)
    return True


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                request = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            request_line, *header_lines = request.decode("latin-1").split("\r\n")
            length = 0
            for line in header_lines:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            target = urlsplit(request_line.split(" ")[1])
            if target.path.startswith("/parts/"):
                if not await discard(reader, length):  # a part: read and thrown away
                    return
                request_body = b""
            else:
                request_body = await reader.readexactly(length) if length else b""
            await answer(target.path, parse_qs(target.query), writer, request_body)
    finally:
        writer.close()


async def main() -> None:
    global page_latency, port
    parser = argparse.ArgumentParser()
    parser.add_argument("--page-latency", type=float, default=PAGE_LATENCY)
    page_latency = parser.parse_args().page_latency
    server = await asyncio.start_server(serve_connection, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]
    assert PAGE_COUNT and STREAM_EVENTS
    asyncio.run(main())
