"""A bulk run in a process of its own, for the crash tests to kill: ``python bulk_worker.py``.

Arguments: base URL, token, journal, output, number of inputs, and ``trust`` or ``ignore``
(whether the client trusts the server to honour idempotency keys).
"""

from __future__ import annotations

import sys

import wriftai
from wriftai.bulk import Concurrency


def main(base_url: str, token: str, journal: str, output: str, count: str, keys: str) -> None:
    inputs = ({"prompt": f"item {i}"} for i in range(int(count)))
    with wriftai.Client(
        access_token=token, api_base_url=base_url, trust_idempotency_keys=keys == "trust"
    ) as client:
        run = client.bulk.predictions(
            inputs,
            model="wriftai/echo",
            journal=journal,
            output=output,
            concurrency=Concurrency(floor=1, start=32, ceiling=64),
            progress=False,
        )
        stats = run.run()
    print(stats.done, stats.succeeded, stats.ambiguous, stats.resumed)


if __name__ == "__main__":
    main(*sys.argv[1:])
