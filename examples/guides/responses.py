"""Responses: tolerant reads, strict validation, raw responses.

The site's Responses guide includes the marked parts of this file; the test suite runs it
against the emulator (WRIFTAI_ACCESS_TOKEN, WRIFTAI_API_BASE_URL).
"""

from __future__ import annotations

import asyncio

import wriftai


def main() -> None:
    with wriftai.Client() as client:
        # --8<-- [start:tolerant]
        model = client.models.get("wriftai", "echo")
        print(model.name, model.owner.name)  # typed attributes
        print(sorted(model.additional_properties))  # what the model does not declare
        print(model.to_dict()["name"])  # what came, written back
        # --8<-- [end:tolerant]

        # --8<-- [start:strict]
        strict = client.with_options(strict_response_validation=True)
        try:
            strict.models.get("wriftai", "echo")
        except wriftai.APIResponseValidationError as exc:
            print(exc.operation, exc.path, exc.problem, exc.status_code, exc.request_id)
        # --8<-- [end:strict]

        # --8<-- [start:raw]
        raw = client.models.with_raw_response.get("wriftai", "echo")
        print(raw.status_code, raw.request_id, raw.headers.get("x-ratelimit-remaining"))
        model = raw.parse()  # what client.models.get would have returned
        print(model.name, raw.rate_limit)
        # --8<-- [end:raw]

        # --8<-- [start:pages]
        page = client.models.list({"page_size": 2})
        print(len(page.items), page.next_cursor is not None)  # this page only
        for model in page.auto_paging_iter():  # every item of every page, lazily
            print(model.name)
        if page.next_cursor:
            second = page.next_page()
            print([m.name for m in second.items])
        # --8<-- [end:pages]
    asyncio.run(raw_async())


async def raw_async() -> None:
    # --8<-- [start:raw_async]
    async with wriftai.Client() as client:
        raw = await client.predictions.with_raw_response.async_create(
            {"input": {"prompt": "hi"}}, "wriftai/echo"
        )
        prediction = raw.parse()
        print(raw.status_code, prediction.id)
        async for model in await client.models.async_list({"page_size": 2}):
            print(model.name)
    # --8<-- [end:raw_async]


if __name__ == "__main__":
    main()
