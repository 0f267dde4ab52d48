"""Configuring a client: arguments, environment, copies with other options.

The site's Configuration and Retries guides include the marked parts of this file; the
test suite runs it against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import os

import httpx

import wriftai


def main() -> None:
    token, base_url = os.environ["WRIFTAI_ACCESS_TOKEN"], os.environ["WRIFTAI_API_BASE_URL"]
    # --8<-- [start:arguments]
    client = wriftai.Client(
        access_token=token,  # else WRIFTAI_ACCESS_TOKEN
        api_base_url=base_url,  # else WRIFTAI_API_BASE_URL, else https://api.wrift.ai/v1
        timeout=httpx.Timeout(30, connect=5),  # or seconds: timeout=30
        max_retries=3,
        headers={"x-team": "search"},
    )
    # --8<-- [end:arguments]
    with client:
        # --8<-- [start:with_options]
        quick = client.with_options(timeout=5, max_retries=0)
        strict = client.with_options(strict_response_validation=True)
        model = quick.models.get("wriftai", "echo")  # shares the connection pools
        # --8<-- [end:with_options]
        assert quick.max_retries == 0 and strict.strict_response_validation
        print(f"{model.name}: timeout {quick.timeout.read}s, {client.max_retries} retries")

    # --8<-- [start:own_httpx]
    own = httpx.Client(http2=False, limits=httpx.Limits(max_connections=10))
    with wriftai.Client(access_token=token, api_base_url=base_url, http_client=own) as client:
        print(client.models.get("wriftai", "echo").name)  # retries wrap your transport
    own.close()  # your client: you close it
    # --8<-- [end:own_httpx]

    # --8<-- [start:idempotency]
    with wriftai.Client(access_token=token, api_base_url=base_url) as client:
        # One key per call by default; give your own to make a repeat harmless.
        first = client.predictions.create(
            {"input": {"prompt": "once"}}, "wriftai/echo", idempotency_key="order-1234"
        )
        again = client.predictions.create(
            {"input": {"prompt": "once"}}, "wriftai/echo", idempotency_key="order-1234"
        )
        assert again.id == first.id  # the emulator honours Idempotency-Key
        # For servers known to honour the key: retry creating POSTs after any failure.
        trusting = client.with_options(trust_idempotency_keys=True)
        print(f"same prediction: {again.id == first.id}; {trusting.trust_idempotency_keys=}")
    # --8<-- [end:idempotency]


if __name__ == "__main__":
    main()
