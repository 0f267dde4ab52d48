"""A tour of the wriftai client: models, versions, predictions, uploads, streams, webhooks.

Run it against the local emulator with `make demo`, or against any WriftAI API with
WRIFTAI_ACCESS_TOKEN (and optionally WRIFTAI_API_BASE_URL) set.
"""

from __future__ import annotations

import asyncio
import http.server
import secrets
import threading
import time
from typing import Any, ClassVar

import wriftai
from wriftai import webhooks

WEBHOOK_SECRET = "whsec_" + secrets.token_hex(8)


class WebhookReceiver(http.server.BaseHTTPRequestHandler):
    """A tiny local receiver that keeps each webhook's raw body and signature."""

    received: ClassVar[list[tuple[bytes, str | None]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.append((body, self.headers.get(webhooks.SIGNATURE_HEADER)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def start_receiver() -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), WebhookReceiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/webhooks/wriftai"


def section(title: str) -> None:
    print(f"\n== {title}")


def handle(user: Any) -> str:
    """A user's unique handle: ``name`` in the current API, ``username`` up to release 0.22."""
    return str(user.username or user.name)  # the field an era does not send reads UNSET


def main() -> None:
    receiver, hook_url = start_receiver()
    with wriftai.Client() as client:  # WRIFTAI_ACCESS_TOKEN and WRIFTAI_API_BASE_URL
        me = client.users.get_authenticated()
        username = handle(me)
        print(f"connected to {client.api_base_url} as {username}")

        section("list models")
        # --8<-- [start:models]
        page = client.models.list({"page_size": 2, "sort_by": "created_at"})
        for model in page.items:
            print(f"  {handle(model.owner)}/{model.name}: {model.description}")
        everything = list(page.auto_paging_iter())
        print(f"  first page has {len(page.items)}; all pages together have {len(everything)}")
        # --8<-- [end:models]

        section("create a model and a version")
        # --8<-- [start:create_model]
        name = f"quickstart-{secrets.token_hex(3)}"
        hardware = next(iter(client.hardware.list().items)).identifier
        model = client.models.create(
            {"name": name, "hardware_identifier": hardware, "description": "Made by the demo."}
        )
        version = client.versions.create(
            username,
            model.name,
            {
                "release_notes": "First version.",
                "container_image_digest": "sha256:" + "0f" * 32,
                "schemas": {
                    "prediction": {
                        "input": {
                            "type": "object",
                            "properties": {"prompt": {"type": "string"}},
                            "required": ["prompt"],
                        },
                        "output": {"type": "array", "items": {"type": "string"}},
                    }
                },
            },
        )
        ref = f"{username}/{model.name}:{version.number}"
        # --8<-- [end:create_model]
        print(f"  created model {username}/{model.name} on {hardware}, version {ref}")

        section("run a prediction and wait for it")
        started = time.monotonic()
        # --8<-- [start:wait]
        prediction = client.predictions.create(
            {
                "input": {"prompt": "hello from the quickstart", "repeat": 2},
                "webhook": {"url": hook_url, "secret": WEBHOOK_SECRET},
                "validate_input": True,
            },
            ref,
            wait=True,
            wait_options=wriftai.WaitOptions(
                timeout=30, on_poll=lambda p: print(f"  progress: {p.status}")
            ),
        )
        took = time.monotonic() - started
        # --8<-- [end:wait]
        print(f"  {prediction.id} {prediction.status} in {took:.2f}s: {prediction.output!r}")

        section("upload a file, and pass a file to a prediction")
        seen: list[int] = []
        uploaded = client.uploads.upload(
            b"\x89PNG\r\n\x1a\n" + secrets.token_bytes(4096),
            mime_type="image/png",
            on_progress=lambda sent, total: seen.append(sent),
        )
        print(f"  uploaded {uploaded.size} bytes ({len(seen)} progress calls): {uploaded.id}")
        with_file = client.predictions.create(
            {"input": {"prompt": "look", "image": wriftai.File(b"GIF89a...", "image/gif")}},
            "wriftai/echo",
        )
        print(f"  the prediction's input holds the file's URL: {with_file.input['image']}")

        section("stream a prediction's events")
        # --8<-- [start:stream]
        for event in client.predictions.create(
            {"input": {"prompt": "one two three four"}}, "wriftai/echo", wait=True, stream=True
        ):
            if isinstance(event, wriftai.UnknownPredictionEvent):
                print(f"  [{event.id}] {event.event} (unknown to this client)")
            elif event.event == "output":
                print(f"  [{event.id}] output {event.data!r}")
            elif event.event == "error":
                print(f"  [{event.id}] error: {event.data.message}")
            else:  # the current init carries only the id and done only the status (or nothing)
                what = getattr(event.data, "status", None) or getattr(event.data, "id", None)
                print(f"  [{event.id}] {event.event}: {what or ''}")
        # --8<-- [end:stream]

        section("verify the webhooks it received")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            b'"succeeded"' in body for body, _ in WebhookReceiver.received
        ):
            time.sleep(0.05)
        for body, signature in WebhookReceiver.received:
            verified = webhooks.verify(body, signature, WEBHOOK_SECRET)
            print(f"  verified webhook: {verified.id} is {verified.status}")
        tampered = WebhookReceiver.received[-1][0].replace(b"hello", b"HELLO")
        try:
            webhooks.verify(tampered, WebhookReceiver.received[-1][1], WEBHOOK_SECRET)
        except webhooks.SignatureMismatchError as exc:
            print(f"  a tampered copy is rejected: {type(exc).__name__}")

        section("the async forms")
        asyncio.run(async_tour())

        section("clean up")
        # --8<-- [start:cleanup]
        client.versions.delete(ref)
        client.models.delete(username, model.name)
        # --8<-- [end:cleanup]
        print(f"  deleted {ref} and its model")
    receiver.shutdown()


async def async_tour() -> None:
    # --8<-- [start:async]
    async with wriftai.Client() as client:
        names = [hw.identifier async for hw in await client.hardware.async_list({"page_size": 2})]
        print(f"  hardware (async, every page): {', '.join(names)}")
        done = await client.predictions.async_create(
            {"input": {"prompt": "async works"}}, "wriftai/echo", wait=True
        )
        print(f"  async prediction {done.id}: {done.status} {done.output!r}")
    # --8<-- [end:async]


if __name__ == "__main__":
    main()
