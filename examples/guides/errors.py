"""Errors: what the client raises, and what an error carries.

The site's Errors guide includes the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import wriftai


def main() -> None:
    with wriftai.Client() as client:
        # --8<-- [start:status]
        try:
            client.models.get("wriftai", "no-such-model")
        except wriftai.NotFoundError as exc:  # an APIStatusError, by status
            print(exc.status_code, exc.message, exc.request_id)
            print(exc.body)  # the error body as the server sent it
        # --8<-- [end:status]

        # --8<-- [start:base]
        try:
            client.models.get("wriftai", "no-such-model")
        except wriftai.APIStatusError as exc:  # any error answer
            print(f"{type(exc).__name__}: {exc}")
        except wriftai.APIConnectionError as exc:  # no answer: refused, reset, timed out
            print(f"could not reach the API: {exc}")
        # --8<-- [end:base]

        # --8<-- [start:arguments]
        try:
            client.versions.get("not a version reference")
        except ValueError as exc:  # raised before any request is sent
            print(f"ValueError: {exc}")
        # --8<-- [end:arguments]

        # --8<-- [start:wait_timeout]
        try:
            client.predictions.create(
                {"input": {"prompt": "slow"}},
                "wriftai/echo",
                wait=True,
                wait_options=wriftai.WaitOptions(timeout=0.01),
            )
        except wriftai.WaitTimeoutError as exc:
            print(f"still running: {exc}")
        # --8<-- [end:wait_timeout]


if __name__ == "__main__":
    main()
