"""One contender of the peer rows, in its own interpreter, timing rounds on request.

`bench.peers` starts this script once per contender, each in the interpreter of the
virtual environment that holds its client:

    python contender.py ours|wriftai-0.34|llmengine|httpx BASE_URL

and then sends it one JSON line per request on stdin; each answer is one JSON line on
stdout. ``{"op": "round", "row": "get"}`` times one round of a row and answers
``{"value": <seconds>}`` (a round's time per call, or per whole stream or batch, as the
row says). The script imports nothing but the standard library and its client, because
it runs in the peers' environments too; it is run with ``python -I`` so that neither
the working directory nor this folder can shadow the client (ours and the official
client are both imported as ``wriftai``).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

TOKEN = "bench-token"
MODEL_CALLS = 300  # `models.get` calls per round
PAGE_CALLS = 40  # 100-model pages per round
ASYNC_TOTAL, ASYNC_IN_FLIGHT = 500, 50
COMPLETION_CALLS = 100  # whole completions per round
STREAM_EVENTS = 10_000  # events of the prediction stream (bench.bodies.STREAM_EVENTS)
COMPLETION_TOKENS = 2_000  # pieces of the completion stream (bench.bodies.COMPLETION_TOKENS)
ENDPOINT = "bench-llm"
PROMPT = "Write a short story about a lighthouse keeper."


def per_call(calls: int, one: Callable[[], object]) -> Callable[[], float]:
    def round_() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            one()
        return (time.perf_counter() - start) / calls

    return round_


def timed(run: Callable[[], object]) -> Callable[[], float]:
    def round_() -> float:
        start = time.perf_counter()
        run()
        return time.perf_counter() - start

    return round_


def expect(count: int, wanted: int) -> None:
    if count != wanted:
        raise AssertionError(f"read {count} items, expected {wanted}")


class Contender:
    """The rows one contender can run, as round functions returning seconds."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.loop = asyncio.new_event_loop()  # one loop for every async round: pools persist
        self.rows: dict[str, Callable[[], float]] = {}

    def async_round(self, one: Callable[[], Any]) -> Callable[[], float]:
        async def batch() -> None:
            gate = asyncio.Semaphore(ASYNC_IN_FLIGHT)

            async def gated() -> None:
                async with gate:
                    await one()

            await asyncio.gather(*(gated() for _ in range(ASYNC_TOTAL)))

        def round_() -> float:
            start = time.perf_counter()
            self.loop.run_until_complete(batch())
            return time.perf_counter() - start

        return round_

    def describe(self) -> dict[str, Any]:
        return {}

    def check(self) -> None:
        """Proves, before any round, that the contender reads what the rows time."""


class Ours(Contender):
    """This repository's client (typed attrs models)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import wriftai

        self.client = client = wriftai.Client(access_token=TOKEN, api_base_url=base_url)
        models = client.models
        self.rows = {
            "get": per_call(MODEL_CALLS, lambda: models.get("stability", "model-0")),
            "page": per_call(PAGE_CALLS, lambda: models.list({"page_size": 100})),
            "async": self.async_round(lambda: models.async_get("stability", "model-0")),
            "stream": timed(self.stream),
            "completion": per_call(COMPLETION_CALLS, self.completion),
            "completion_stream": timed(self.completion_stream),
        }

    def stream(self) -> None:
        expect(sum(1 for _ in self.client.predictions.stream("pred_bench")), STREAM_EVENTS + 2)

    def completion(self) -> object:
        return self.client.completions.create(ENDPOINT, PROMPT, 200, 0.2)

    def completion_stream(self) -> None:
        stream = self.client.completions.create(ENDPOINT, PROMPT, 2000, 0.2, stream=True)
        expect(sum(1 for _ in stream), COMPLETION_TOKENS)

    def describe(self) -> dict[str, Any]:
        import wriftai

        return {"client": "wriftai (this repository)", "file": wriftai.__file__}

    def check(self) -> None:
        """Every row's response must read strictly: fully typed, nothing kept untyped."""
        from wriftai_api.models import (
            CompletionStreamResponse,
            CompletionSyncResponse,
            Model,
            PredictionOutputEvent,
        )

        strict = self.client.with_options(strict_response_validation=True)
        model = strict.models.get("stability", "model-0")
        assert isinstance(model, Model) and not model.additional_keys, model.additional_keys
        page = strict.models.list({"page_size": 100})
        assert len(page.items) == 100 and all(isinstance(m, Model) for m in page.items)
        completion = strict.completions.create(ENDPOINT, PROMPT, 200, 0.2)
        assert isinstance(completion, CompletionSyncResponse), completion
        chunks = list(strict.completions.create(ENDPOINT, PROMPT, 2000, 0.2, stream=True))
        assert all(isinstance(c, CompletionStreamResponse) for c in chunks)
        events = list(strict.predictions.stream("pred_bench"))
        assert all(isinstance(e, PredictionOutputEvent) for e in events[1:-1]), events[1]


class OfficialWriftAI(Contender):
    """The official WriftAI client (returns plain dicts typed as TypedDicts)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import wriftai

        self.client = client = wriftai.Client(access_token=TOKEN, api_base_url=base_url)
        models = client.models
        self.rows = {
            "get": per_call(MODEL_CALLS, lambda: models.get("stability/model-0")),
            "page": per_call(PAGE_CALLS, lambda: models.list({"page_size": 100})),
            "async": self.async_round(lambda: models.async_get("stability/model-0")),
            "stream": timed(self.stream),
        }

    def stream(self) -> None:
        expect(sum(1 for _ in self.client.predictions.stream("pred_bench")), STREAM_EVENTS + 2)

    def describe(self) -> dict[str, Any]:
        from importlib.metadata import version

        import wriftai

        return {"client": f"wriftai {version('wriftai')}", "file": wriftai.__file__}


class LLMEngine(Contender):
    """The official LLM Engine client (requests and pydantic models)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        # It reads both on every call; the base path must end in "/" (it is urljoin'ed).
        os.environ["LLM_ENGINE_BASE_PATH"] = base_url.removesuffix("v1")
        os.environ["SCALE_API_KEY"] = TOKEN
        os.environ["LLM_ENGINE_DISABLE_VERSION_CHECK"] = "true"  # else it asks PyPI
        from llmengine import Completion

        self.completion = Completion
        self.rows = {
            "completion": per_call(COMPLETION_CALLS, self.complete),
            "completion_stream": timed(self.complete_stream),
        }

    def complete(self) -> object:
        return self.completion.create(ENDPOINT, PROMPT, max_new_tokens=200, temperature=0.2)

    def complete_stream(self) -> None:
        stream = self.completion.create(
            ENDPOINT, PROMPT, max_new_tokens=2000, temperature=0.2, stream=True
        )
        expect(sum(1 for _ in stream), COMPLETION_TOKENS)

    def describe(self) -> dict[str, Any]:
        from importlib.metadata import version

        import llmengine

        label = f"scale-llm-engine {version('scale-llm-engine')}"
        return {"client": label, "file": llmengine.__file__}

    def check(self) -> None:
        from llmengine import CompletionSyncResponse

        assert isinstance(self.complete(), CompletionSyncResponse)


class RawHTTPX(Contender):
    """httpx alone: `.json()` on each response, `json.loads` on each event's data line."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import httpx

        self.httpx = httpx
        auth = {"Authorization": f"Bearer {TOKEN}"}
        self.client = client = httpx.Client(base_url=base_url, headers=auth)
        self.async_client = httpx.AsyncClient(
            base_url=base_url,
            headers=auth,
            limits=httpx.Limits(max_connections=ASYNC_IN_FLIGHT),
        )
        aclient = self.async_client

        async def async_get() -> object:
            return (await aclient.get("/models/stability/model-0")).json()

        self.rows = {
            "get": per_call(MODEL_CALLS, lambda: client.get("/models/stability/model-0").json()),
            "page": per_call(
                PAGE_CALLS, lambda: client.get("/models", params={"page_size": 100}).json()
            ),
            "async": self.async_round(async_get),
            "stream": timed(self.stream),
            "completion": per_call(COMPLETION_CALLS, self.completion),
            "completion_stream": timed(self.completion_stream),
        }

    def body(self, max_new_tokens: int) -> dict[str, Any]:
        return {"prompt": PROMPT, "max_new_tokens": max_new_tokens, "temperature": 0.2}

    def stream(self) -> None:
        count = 0
        with self.client.stream("GET", "/predictions/pred_bench/stream") as response:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    json.loads(line[5:])
                    count += 1
        expect(count, STREAM_EVENTS + 2)

    def completion(self) -> object:
        params = {"model_endpoint_name": ENDPOINT}
        return self.client.post("/llm/completions-sync", params=params, json=self.body(200)).json()

    def completion_stream(self) -> None:
        count = 0
        params = {"model_endpoint_name": ENDPOINT}
        with self.client.stream(
            "POST", "/llm/completions-stream", params=params, json=self.body(2000)
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    json.loads(line[5:])
                    count += 1
        expect(count, COMPLETION_TOKENS)

    def describe(self) -> dict[str, Any]:
        return {"client": f"httpx {self.httpx.__version__}", "file": self.httpx.__file__}


KINDS: dict[str, type[Contender]] = {
    "ours": Ours,
    "wriftai-0.34": OfficialWriftAI,
    "llmengine": LLMEngine,
    "httpx": RawHTTPX,
}


def main() -> None:
    kind, base_url = sys.argv[1], sys.argv[2]
    out = sys.stdout
    sys.stdout = sys.stderr  # nothing a client prints can break the protocol
    contender = KINDS[kind](base_url)
    out.write(json.dumps({"ready": True, **contender.describe()}) + "\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request["op"] == "check":
                contender.check()
                answer: dict[str, Any] = {"ok": True}
            elif request["op"] == "round":
                answer = {"value": contender.rows[request["row"]]()}
            else:
                answer = {"error": f"unknown op {request['op']!r}"}
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
