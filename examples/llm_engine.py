"""A tour of the LLM Engine resources: completions, files, fine-tunes, batch jobs, endpoints.

Run it against the local emulator with `make demo`, or against any WriftAI API with
WRIFTAI_ACCESS_TOKEN (and optionally WRIFTAI_API_BASE_URL) set. To run it against an LLM
Engine deployment of your own, set LLM_ENGINE_BASE_PATH (its root URL) and SCALE_API_KEY,
as for LLM Engine's official client; the endpoint names below are the emulator's.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

import wriftai
from wriftai_api.models import GetFineTuneResponse

ENDPOINT = "llama-2-7b"
TENSORRT_ENDPOINT = "llama-2-7b-trt"  # its streams never mark an output finished
LABELS = {"team": "demo", "product": "tour"}  # LLM Engine requires both


def section(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    with wriftai.Client() as client:  # WRIFTAI_ACCESS_TOKEN and WRIFTAI_API_BASE_URL
        section("list LLM endpoints")
        # --8<-- [start:endpoints_list]
        for endpoint in client.llm_endpoints.list():
            print(f"  {endpoint.name}: {endpoint.status} ({endpoint.inference_framework})")
        # --8<-- [end:endpoints_list]

        section("complete a prompt (LLM Engine's defaults: 20 tokens at temperature 0.2)")
        # --8<-- [start:complete]
        whole = client.completions.create(ENDPOINT, "Tell me about foxes.")
        print(f"  {whole.output.text!r} ({whole.output.num_completion_tokens} tokens)")
        # --8<-- [end:complete]

        section("stream a completion token by token")
        print("  ", end="")
        # --8<-- [start:stream]
        with client.completions.create(
            ENDPOINT, "Tell me about foxes.", 12, 0.2, stop_sequences=["."], stream=True
        ) as stream:
            for chunk in stream:
                if chunk.output is not None:
                    print(f"[{chunk.output.text}]", end="", flush=True)
        print(f"\n  finished: {chunk.output is not None and chunk.output.finished}")
        # --8<-- [end:stream]

        section("a TensorRT-LLM stream ends when the body does, without finished: true")
        chunks = list(client.completions.create(TENSORRT_ENDPOINT, "Hi", 5, stream=True))
        print(f"  {len(chunks)} chunks, finished flags: {[c.output.finished for c in chunks]}")

        section("upload a training file (streamed from disk)")
        # --8<-- [start:files]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "train.jsonl"
            with path.open("w") as fh:
                for i in range(200):
                    fh.write(json.dumps({"prompt": f"Q{i}?", "response": f"A{i}."}) + "\n")
            uploaded = client.files.upload(path)
        info = client.files.get(uploaded.id)
        print(f"  {info.id}: {info.filename}, {info.size} characters")
        print(f"  files: {[f.id for f in client.files.list()]}")
        # --8<-- [end:files]

        section("fine-tune and wait, printing its events")
        # --8<-- [start:fine_tune]
        job = client.fine_tunes.create(ENDPOINT, uploaded.id, hyperparameters={"epochs": 3})
        printed = 0

        def on_poll(state: GetFineTuneResponse) -> None:
            nonlocal printed
            events = client.fine_tunes.events(job.id).events
            for event in events[printed:]:
                print(f"  [{event.level}] {event.message}")
            printed = len(events)

        done = client.fine_tunes.wait(job.id, on_poll=on_poll, poll_interval=0.2, timeout=30)
        print(f"  {done.id} ended {done.status}: fine-tuned model {done.fine_tuned_model!r}")
        # --8<-- [end:fine_tune]

        section("a batch completion job (created under /v1, read under /v2)")
        # --8<-- [start:batch]
        batch = client.batch_completions.create(
            "s3://bucket/out/",
            {"model": ENDPOINT, "labels": LABELS},
            {"prompts": ["One", "Two", "Three"], "max_new_tokens": 4, "temperature": 0.0},
        )
        result = client.batch_completions.wait(batch.job_id, poll_interval=0.2, timeout=30)
        print(f"  {result.job.job_id}: {result.job.status} at {result.job.completed_at}")
        # --8<-- [end:batch]

        section("an endpoint of your own, kept private through an update")
        # --8<-- [start:endpoint]
        client.llm_endpoints.create("tour-llm", ENDPOINT, labels=LABELS, public_inference=False)
        client.llm_endpoints.update("tour-llm", max_workers=2)
        mine = client.llm_endpoints.get("tour-llm")
        print(f"  {mine.name}: {mine.status}, image {mine.inference_framework_image_tag}")
        if mine.spec and mine.spec.deployment_state:
            workers = mine.spec.deployment_state
            print(f"  public: {mine.spec.public_inference}, workers: up to {workers.max_workers}")
        # --8<-- [end:endpoint]

        section("bad arguments fail before any request; the server's refusals arrive typed")
        # --8<-- [start:bad_arguments]
        try:
            client.completions.create(ENDPOINT, "x", 5, temperature=1.5)
        except ValueError as exc:
            print(f"  ValueError: {exc}")
        try:
            client.llm_endpoints.create("x", ENDPOINT, labels={"team": "demo"})
        except ValueError as exc:
            print(f"  ValueError: {exc}")
        try:
            client.completions.create(ENDPOINT, "x", 5, 0.5, top_k=0)
        except wriftai.BadRequestError as exc:
            print(f"  BadRequestError {exc.status_code}: {exc.message}")
        client.llm_endpoints.delete("tour-llm")
        # --8<-- [end:bad_arguments]

        section("the async forms")
        asyncio.run(async_tour())
        client.files.delete(uploaded.id)


async def async_tour() -> None:
    # --8<-- [start:async]
    async with wriftai.Client() as client:
        names = [e.name async for e in await client.llm_endpoints.async_list()]
        print(f"  endpoints (async): {', '.join(names)}")
        stream = await client.completions.async_create(ENDPOINT, "Hi", 5, 0.2, stream=True)
        async with stream:
            text = "".join([c.output.text async for c in stream if c.output is not None])
        print(f"  streamed (async): {text!r}")
    # --8<-- [end:async]


if __name__ == "__main__":
    sys.exit(main())
