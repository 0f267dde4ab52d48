"""The seed: deterministic ids, and the world every store starts with.

Every id and insertion sequence number comes from one generator seeded with the
emulator's seed, so the seeding functions must run in the order
:class:`~wriftai.testing._store.world.Store` calls them for the ids to come out the same.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wriftai.testing._store.llm import LLM_ENDPOINT_DEFAULTS, SEED_HARDWARE, EndpointRecord
from wriftai.testing._store.resources import (
    CategoryRecord,
    HardwareRecord,
    ModelRecord,
    User,
    VersionRecord,
)


@dataclass
class IdGenerator:
    """Deterministic, random-looking ids from the emulator's seed."""

    rng: random.Random
    seq: int = 0

    def next(self, prefix: str, sep: str = "_") -> str:
        """Return a new id such as ``pred_1f3a9c0d7e2b`` (``file-...`` with ``sep="-"``)."""
        self.seq += 1
        return f"{prefix}{sep}{self.rng.getrandbits(48):012x}"

    def next_seq(self) -> int:
        """Return a new insertion sequence number (orders ties in lists)."""
        self.seq += 1
        return self.seq


def _seed_ts(day: int, hour: int = 9) -> float:
    return datetime(2025, 1, day, hour, 0, tzinfo=UTC).timestamp()


_ECHO_INPUT = {
    "type": "object",
    "properties": {
        "prompt": {"type": "string", "minLength": 1, "maxLength": 2000},
        "repeat": {"type": "integer", "minimum": 1, "maximum": 10, "default": 1},
        "fail": {"type": "boolean", "default": False},
    },
    "required": ["prompt"],
    "additionalProperties": False,
}
_UPPER_INPUT = {
    "type": "object",
    "properties": {
        "prompt": {"type": "string", "minLength": 1, "maxLength": 2000},
        "fail": {"type": "boolean", "default": False},
    },
    "required": ["prompt"],
    "additionalProperties": False,
}
_DIGESTS = ("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "0" * 63 + "1")


def seed_users(ids: IdGenerator, username: str) -> dict[str, User]:
    """Return the seeded users by username, the token owner (``username``) first."""
    people = [
        (username, "Demo User", "The emulator's token owner.", None, None),
        ("wriftai", "WriftAI", "Official models.", "Internet", "WriftAI"),
        ("alice", "Alice", "Builds image models.", "Lisbon", None),
        ("bob", None, None, None, None),
    ]
    users: dict[str, User] = {}
    for day, (handle, name, bio, location, company) in enumerate(people, start=1):
        urls = [f"https://{handle}.example.org"] if name else None
        users[handle] = User(
            ids.next("usr"), handle, name, bio, location, company, _seed_ts(day), urls
        )
    return users


def seed_hardware(ids: IdGenerator) -> dict[str, HardwareRecord]:
    """Return the seeded hardware choices by identifier."""
    hardware = [
        ("CPU (small)", "cpu-small", 0, 2, 0, 4, "Two CPU cores, no GPU."),
        ("CPU (large)", "cpu-large", 0, 8, 0, 32, None),
        ("NVIDIA T4", "gpu-t4", 1, 4, 16, 16, "One NVIDIA T4 with 16 GB of memory."),
        ("NVIDIA A100 80GB", "gpu-a100-80gb", 1, 12, 80, 144, "One NVIDIA A100."),
        ("2x NVIDIA H100", "gpu-h100-2x", 2, 26, 160, 256, None),
    ]
    return {
        ident: HardwareRecord(ids.next_seq(), name, ident, gpus, cpus, vram, ram, _seed_ts(2), desc)
        for name, ident, gpus, cpus, vram, ram, desc in hardware
    }


def seed_categories(ids: IdGenerator) -> dict[str, CategoryRecord]:
    """Return the seeded model categories by slug."""
    return {
        slug: CategoryRecord(ids.next_seq(), name, slug)
        for name, slug in [
            ("Text generation", "text-generation"),
            ("Image generation", "image-generation"),
            ("Audio", "audio"),
            ("Utilities", "utilities"),
        ]
    }


def seed_models(ids: IdGenerator) -> dict[tuple[str, str], ModelRecord]:
    """Return the seeded models, with their versions, by ``(owner, name)``."""
    models: dict[tuple[str, str], ModelRecord] = {}

    def add(owner: str, name: str, description: str | None, day: int) -> ModelRecord:
        model = _seed_model(ids, owner, name, description, day)
        models[(owner, name)] = model
        return model

    echo = add("wriftai", "echo", "Echoes the prompt, word by word.", 3)
    echo.categories = ["text-generation", "utilities"]
    _seed_version(ids, echo, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
    _seed_version(ids, echo, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
    upper = add("wriftai", "uppercase", "Answers in capital letters.", 4)
    upper.categories = ["text-generation"]
    _seed_version(ids, upper, _UPPER_INPUT, {"type": "string"})
    sketch = add("alice", "sketch-diffusion", "A tiny diffusion model.", 5)
    sketch.categories = ["image-generation"]
    sketch.hardware_identifier = "gpu-a100-80gb"
    _seed_version(ids, sketch, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
    add("bob", "unreleased", None, 6)
    return models


def _seed_model(
    ids: IdGenerator, owner: str, name: str, description: str | None, day: int
) -> ModelRecord:
    return ModelRecord(
        seq=ids.next_seq(),
        id=ids.next("mdl"),
        owner=owner,
        name=name,
        created_at=_seed_ts(day, 10),
        visibility="public",
        hardware_identifier="cpu-small",
        description=description,
        cover_image_url=f"https://files.wrift.ai/models/{owner}/{name}/cover.png",
    )


def _seed_version(
    ids: IdGenerator, model: ModelRecord, input_schema: dict[str, Any], output: dict[str, Any]
) -> None:
    number = model.last_version_number + 1
    model.last_version_number = number
    model.versions[number] = VersionRecord(
        seq=ids.next_seq(),
        number=number,
        release_notes=f"Release {number}.",
        created_at=model.created_at + 3600 * number,
        container_image_digest="sha256:" + _DIGESTS[(number - 1) % len(_DIGESTS)],
        schemas={"prediction": {"input": input_schema, "output": output}},
        configuration={
            "hardware_identifier": model.hardware_identifier or "cpu-small",
            "variable_names": [],
        },
    )


def seed_endpoints(ids: IdGenerator) -> dict[str, EndpointRecord]:
    """Return the seeded LLM endpoints by name.

    Public ones of other teams (every caller lists them, as on the real server), one per
    framework family the client must parse, and one private.
    """
    past = _seed_ts(7)
    endpoints: dict[str, EndpointRecord] = {}
    for name, framework, owner, public in [
        ("llama-2-7b", "vllm", "wriftai", True),
        ("mistral-7b", "text_generation_inference", "wriftai", True),
        ("qwen2-7b", "sglang", "wriftai", True),
        ("llama-2-7b-trt", "tensorrt_llm", "wriftai", True),
        ("bobs-private-llm", "vllm", "bob", False),
    ]:
        endpoints[name] = EndpointRecord(
            seq=ids.next_seq(),
            id=ids.next("end"),
            owner=owner,
            settings={
                **LLM_ENDPOINT_DEFAULTS,
                "name": name,
                "model_name": name.removesuffix("-trt"),
                "inference_framework": framework,
                "inference_framework_image_tag": "0.4.0",
                "endpoint_type": "streaming",
                **SEED_HARDWARE,
                "min_workers": 1,
                "max_workers": 4,
                "per_worker": 10,
                "labels": {"team": owner, "product": "llm"},
                "public_inference": public,
            },
            created_at=past,
            updated_at=past,
            duration=0.0,
        )
    return endpoints
