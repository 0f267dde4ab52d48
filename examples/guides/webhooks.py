"""Webhooks: verify a delivery's signature (and sign one, as a test would).

The site's Webhooks guide includes the marked parts of this file; the test suite runs it.
It needs no server: it signs a body as the service does, then verifies it.
"""

from __future__ import annotations

import json

from wriftai import webhooks

SECRET = "whsec_example"


def main() -> None:
    raw_body = json.dumps(
        {"id": "p1", "status": "succeeded", "input": {"prompt": "hi"}, "output": ["hi"]}
    ).encode()
    headers = {webhooks.SIGNATURE_HEADER: webhooks.sign(raw_body, SECRET)}

    # --8<-- [start:verify]
    def receive(raw_body: bytes, headers: dict[str, str]) -> None:
        try:
            prediction = webhooks.verify(
                raw_body, headers.get(webhooks.SIGNATURE_HEADER), SECRET, tolerance=300
            )
        except webhooks.WebhookSignatureError as exc:  # missing, malformed, stale, mismatch
            print(f"rejected: {type(exc).__name__}")
            return
        print(f"prediction {prediction.id} is {prediction.status}")

    # --8<-- [end:verify]

    receive(raw_body, headers)
    receive(raw_body.replace(b"hi", b"HI"), headers)
    receive(raw_body, {})


if __name__ == "__main__":
    main()
