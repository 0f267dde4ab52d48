"""Canned, realistic response bodies shared by the benchmark server and the parse rows."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

PAGE_SIZE = 100
PAGE_COUNT = 200
STREAM_EVENTS = 10_000
COMPLETION_TOKENS = 2_000  # the tokens of the streamed completion
COMPLETION_PROMPT = "Write a short story about a lighthouse keeper."


def model(index: int) -> dict[str, Any]:
    """A model as the API returns it: owner, latest version, hardware and categories."""
    return {
        "id": f"mdl_{index:08d}",
        "name": f"model-{index}",
        "created_at": "2025-03-01T11:00:00Z",
        "visibility": "public",
        "description": "A text-to-image model that turns short prompts into pictures.",
        "updated_at": "2025-03-04T09:30:00.123456Z",
        "source_url": "https://github.com/example/model",
        "license_url": "https://example.org/license",
        "paper_url": None,
        "owner": {
            "id": "usr_1f2e3d",
            "username": "stability",
            "avatar_url": "https://avatars.wrift.ai/stability.png",
            "name": "Stability",
            "bio": "Open generative models.",
            "location": "London",
            "company": "Stability",
            "created_at": "2024-06-01T10:00:00Z",
            "updated_at": None,
        },
        "latest_version": {
            "number": 3,
            "release_notes": "Faster sampler and a fix for tall images.",
            "created_at": "2025-03-03T12:00:00Z",
            "container_image_digest": "sha256:" + "4f53cda18c2baa0c" * 4,
        },
        "hardware": {
            "name": "NVIDIA A100 80GB",
            "identifier": "gpu-a100-80gb",
            "gpus": 1,
            "cpus": 12,
            "vram_gb": 80,
            "ram_gib": 144,
            "created_at": "2025-01-10T09:00:00Z",
            "description": "One NVIDIA A100 with 80 GB of memory.",
        },
        "predictions_count": 1024 + index,
        "categories": [
            {"name": "Image generation", "slug": "image-generation"},
            {"name": "Diffusion", "slug": "diffusion"},
        ],
    }


MODEL_BODY = json.dumps(model(0)).encode()


@cache
def model_page_body(page: int) -> bytes:
    """Page `page` (0-based) of the 200-page model listing; its cursor is the page number."""
    items = [model(page * PAGE_SIZE + i) for i in range(PAGE_SIZE)]
    next_cursor = str(page + 1) if page + 1 < PAGE_COUNT else None
    previous_cursor = str(page - 1) if page > 0 else None
    return json.dumps(
        {"items": items, "next_cursor": next_cursor, "previous_cursor": previous_cursor}
    ).encode()


def prediction(status: str, output: Any) -> dict[str, Any]:
    """A prediction with its input and output."""
    return {
        "id": "pred_bench",
        "url": "http://127.0.0.1/v1/predictions/pred_bench",
        "created_at": "2025-03-02T08:00:00Z",
        "updated_at": "2025-03-02T08:00:03Z",
        "status": status,
        "setup_time": "0.1",
        "execution_time": None if status == "started" else "2.0",
        "model": {"owner": "wriftai", "name": "echo", "version_number": 1},
        "input": {"prompt": "count"},
        "output": output,
        "error": None,
    }


def event(event_id: int, kind: str, data: Any) -> bytes:
    return f"id: {event_id}\nevent: {kind}\ndata: {json.dumps(data)}\n\n".encode()


@cache
def _stream_events() -> tuple[bytes, ...]:
    events = [event(1, "init", prediction("started", None))]
    events += [event(i + 2, "output", f"token {i} ") for i in range(STREAM_EVENTS)]
    events.append(event(STREAM_EVENTS + 2, "done", prediction("succeeded", "done")))
    return tuple(events)


def prediction_stream_chunks(after_id: int = 0) -> list[bytes]:
    """The stream's events after `after_id`, grouped into chunks of about 16 KiB."""
    return _chunked(list(_stream_events()[after_id:]))


# ------------------------------------------------------------------ LLM Engine completions
def _token(index: int) -> str:
    return f" word{index % 97}"


@cache
def completion_body() -> bytes:
    """A whole completion (``POST /llm/completions-sync``) of 200 tokens.

    Shaped as LLM Engine answers: the request id and the output with its token counts,
    which both our spec and `llmengine`'s pydantic models read.
    """
    tokens = 200
    return json.dumps(
        {
            "request_id": "9b0c8d2e-52f8-4d61-9a3e-5f0c1b7e2a10",
            "output": {
                "text": "".join(_token(i) for i in range(tokens)),
                "num_prompt_tokens": 11,
                "num_completion_tokens": tokens,
            },
        }
    ).encode()


def completion_event(index: int, last: bool) -> bytes:
    """One event of a completion stream, as LLM Engine (sse-starlette) sends it.

    One ``data:`` line and ``\r\n`` line ends (sse-starlette's default separator).
    """
    data = {
        "request_id": "9b0c8d2e-52f8-4d61-9a3e-5f0c1b7e2a10",
        "output": {
            "text": _token(index),
            "finished": last,
            "num_prompt_tokens": 11,
            "num_completion_tokens": index + 1,
            "token": None,
        },
        "error": None,
    }
    return f"data: {json.dumps(data)}\r\n\r\n".encode()


@cache
def completion_stream_chunks() -> tuple[bytes, ...]:
    """The completion stream's events, grouped into chunks of about 16 KiB."""
    events = [completion_event(i, i == COMPLETION_TOKENS - 1) for i in range(COMPLETION_TOKENS)]
    return tuple(_chunked(events))


def _chunked(events: list[bytes]) -> list[bytes]:
    chunks: list[bytes] = []
    current = bytearray()
    for raw in events:
        current += raw
        if len(current) >= 16384:
            chunks.append(bytes(current))
            current.clear()
    if current:
        chunks.append(bytes(current))
    return chunks
