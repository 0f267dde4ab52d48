"""The emulator's in-memory world: records, their time-driven state machines, the seed.

State changes that depend on time (a prediction starting, a job finishing, an endpoint
becoming ready) are computed from the time a request is served; nothing ticks in the
background. Waiters (``Prefer: wait``, event streams, webhooks) sleep until the next
scheduled change or until :meth:`PredictionRecord.notify` wakes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wriftai.testing._engine import PredictionPlan, plan_prediction

TERMINAL_PREDICTION = frozenset({"succeeded", "failed", "cancelled"})
TERMINAL_JOB = frozenset({"SUCCESS", "FAILURE", "CANCELLED", "TIMEOUT"})

# How LLM Engine's /v2 batch routes report a job's status (TIMEOUT counts as failed).
BATCH_COMPLETION_STATUS = {
    "PENDING": "queued",
    "RUNNING": "running",
    "SUCCESS": "completed",
    "FAILURE": "failed",
    "CANCELLED": "cancelled",
    "TIMEOUT": "failed",
}

# Fractions of a run's duration spent before it starts.
_SETUP_FRACTION = 0.25


def now() -> float:
    """Return the current time in Unix seconds."""
    return time.time()


def iso(ts: float | None) -> str | None:
    """Format Unix seconds as an ISO 8601 UTC timestamp (None stays None)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def local_iso(ts: float) -> str:
    """Format Unix seconds the way LLM Engine's batch routes do (ISO 8601, no time zone)."""
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None).isoformat()


def _seed_ts(day: int, hour: int = 9) -> float:
    return datetime(2025, 1, day, hour, 0, tzinfo=UTC).timestamp()


@dataclass
class User:
    """A user."""

    id: str
    username: str
    name: str | None
    bio: str | None
    location: str | None
    company: str | None
    created_at: float
    urls: list[str] | None
    updated_at: float | None = None

    @property
    def account_id(self) -> str:
        """The user's account id, as the current API names users (derived from ``id``)."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://wrift.ai/accounts/{self.id}"))


@dataclass
class HardwareRecord:
    """A hardware choice."""

    seq: int
    name: str
    identifier: str
    gpus: int
    cpus: int
    vram_gb: int
    ram_gib: int
    created_at: float
    description: str | None


@dataclass
class CategoryRecord:
    """A model category."""

    seq: int
    name: str
    slug: str


@dataclass
class VersionRecord:
    """A model version."""

    seq: int
    number: int
    release_notes: str
    created_at: float
    container_image_digest: str
    schemas: dict[str, Any]
    compatibilities: dict[str, bool] = field(default_factory=dict)
    configuration: dict[str, Any] | None = None

    @property
    def size(self) -> int:
        """The (made-up, deterministic) compressed size of the version's image in bytes."""
        return 1_048_576 * (16 + int(self.container_image_digest[-4:], 16) % 512)


@dataclass
class ModelRecord:
    """A model and its versions."""

    seq: int
    id: str
    owner: str
    name: str
    created_at: float
    visibility: str
    hardware_identifier: str | None
    description: str | None = None
    updated_at: float | None = None
    source_url: str | None = None
    license_url: str | None = None
    paper_url: str | None = None
    overview: str | None = None
    cover_image_url: str | None = None
    categories: list[str] = field(default_factory=list)
    predictions_count: int = 0
    versions: dict[int, VersionRecord] = field(default_factory=dict)
    last_version_number: int = 0

    def latest_version(self) -> VersionRecord | None:
        """Return the highest-numbered existing version, if any."""
        return self.versions[max(self.versions)] if self.versions else None


@dataclass
class StreamEvent:
    """One logged prediction event (``output``, ``error`` or ``done``)."""

    id: int
    event: str
    data: Any


@dataclass
class PredictionRecord:
    """A prediction and its timeline.

    The prediction is ``pending`` for the first quarter of ``duration``, ``started`` until
    ``duration`` has passed, then ``succeeded`` or ``failed``; output pieces are spread over
    the started phase. Cancelling freezes the timeline at the time of the cancel.
    """

    seq: int
    id: str
    owner: str
    model_owner: str
    model_name: str
    version_number: int
    input: Any
    webhook: dict[str, Any] | None
    created_at: float
    duration: float
    plan: PredictionPlan
    cancelled_at: float | None = None
    stream: bool = False
    events: list[StreamEvent] = field(default_factory=list)
    _changed: asyncio.Event | None = field(default=None, repr=False)

    @property
    def started_at(self) -> float:
        """When the prediction starts (or would have started)."""
        return self.created_at + self.duration * _SETUP_FRACTION

    @property
    def ends_at(self) -> float:
        """When the prediction ends on its own."""
        return self.created_at + self.duration

    def _piece_time(self, index: int) -> float:
        count = self.plan.emitted_pieces()
        run = self.ends_at - self.started_at
        return self.started_at + run * (index + 1) / (count + 1)

    def status(self, at: float) -> str:
        """Return the status at time ``at``."""
        if self.cancelled_at is not None and at >= self.cancelled_at:
            return "cancelled"
        if at < self.started_at:
            return "pending"
        if at < self.ends_at:
            return "started"
        return "failed" if self.plan.error else "succeeded"

    def ended_at(self) -> float:
        """Return when the prediction ends (its cancel time if cancelled)."""
        return self.cancelled_at if self.cancelled_at is not None else self.ends_at

    def pieces_at(self, at: float) -> int:
        """Return how many output pieces exist at time ``at``."""
        limit = min(at, self.ended_at())
        return sum(1 for i in range(self.plan.emitted_pieces()) if self._piece_time(i) <= limit)

    def next_change(self, at: float) -> float | None:
        """Return the time of the next scheduled status change or output piece after ``at``."""
        if self.status(at) in TERMINAL_PREDICTION:
            return None
        times = [self.started_at, self.ends_at]
        times += [self._piece_time(i) for i in range(self.plan.emitted_pieces())]
        later = [t for t in times if t > at]
        return min(later) if later else None

    def next_status_change(self, at: float) -> float | None:
        """Return the time of the next scheduled status change after ``at``."""
        if self.status(at) in TERMINAL_PREDICTION:
            return None
        later = [t for t in (self.started_at, self.ends_at) if t > at]
        return min(later) if later else None

    def advance(self, at: float) -> None:
        """Log the ``output`` and terminal events that have happened by time ``at``."""
        emitted = sum(1 for e in self.events if e.event == "output")
        for index in range(emitted, self.pieces_at(at)):
            self._log("output", self.plan.pieces[index])
        if self.status(at) in TERMINAL_PREDICTION and not self.terminal_logged():
            if self.status(at) == "failed":
                self._log("error", self.task_error())
            else:
                self._log("done", None)  # data is the final prediction, rendered on send

    def terminal_logged(self) -> bool:
        """Return whether the terminal event is in the log."""
        return bool(self.events) and self.events[-1].event in {"error", "done"}

    def _log(self, event: str, data: Any) -> None:
        # id 1 is the init event that each new stream starts with.
        self.events.append(StreamEvent(len(self.events) + 2, event, data))

    def task_error(self) -> dict[str, Any] | None:
        """Return the TaskError body once failed, else None."""
        if self.plan.error is None:
            return None
        return {
            "source": "external",
            "message": self.plan.error,
            "detail": {"model": f"{self.model_owner}/{self.model_name}"},
        }

    @property
    def changed(self) -> asyncio.Event:
        """The event set (and replaced) whenever the prediction changes out of schedule."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def notify(self) -> None:
        """Wake every waiter of this prediction (used on cancel)."""
        event = self.changed
        self._changed = asyncio.Event()
        event.set()

    async def wait_change(self, until: float | None) -> None:
        """Sleep until the next scheduled change, a notification, or ``until``.

        Args:
            until: A Unix time to stop waiting at, or None for no limit.
        """
        at = now()
        if until is None and self.status(at) in TERMINAL_PREDICTION:
            return  # nothing will change any more
        candidates = [t for t in (self.next_change(at), until) if t is not None]
        timeout = max(0.0, min(candidates) - at) if candidates else None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.changed.wait(), timeout)


@dataclass
class VariableRecord:
    """A variable: a named value (a secret, say) that model versions read under ``key``."""

    seq: int
    name: str
    key: str
    value: str
    secret: bool
    created_at: float
    updated_at: float | None = None


@dataclass
class UploadPart:
    """One received part of an upload: where its bytes are kept, their length, its ETag."""

    path: str
    size: int
    etag: str


@dataclass
class UploadRecord:
    """A multipart upload: declared, receiving parts, then completed.

    The parts' bytes are kept in files (see :meth:`Store.upload_dir`), never in memory,
    so an upload of hundreds of MiB does not grow the emulator.
    """

    seq: int
    id: str
    owner: str
    size: int
    mime_type: str
    part_size: int
    created_at: float
    parts: dict[int, UploadPart] = field(default_factory=dict)
    completed_etags: list[str] | None = None

    @property
    def part_count(self) -> int:
        """How many parts the upload has (its number of URLs)."""
        return max(1, -(-self.size // self.part_size))

    def expected_size(self, number: int) -> int:
        """The length part ``number`` (from 1) must have."""
        return min(self.part_size, self.size - (number - 1) * self.part_size)


@dataclass
class FileRecord:
    """An uploaded file."""

    seq: int
    id: str
    owner: str
    filename: str
    content: bytes
    created_at: float

    def text(self) -> str:
        """Return the content as text (undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")


@dataclass
class JobRecord:
    """A fine-tune or batch completion job.

    ``PENDING`` for the first fifth of ``duration``, ``RUNNING`` until it has passed, then
    ``SUCCESS`` (``FAILURE`` when it ``fails``, ``TIMEOUT`` past ``max_runtime``);
    ``CANCELLED`` once cancelled.
    """

    seq: int
    id: str
    owner: str
    kind: str  # "fine_tune" or "batch"
    created_at: float
    duration: float
    params: dict[str, Any]
    num_tasks: int = 1
    epochs: int = 2
    max_runtime: float | None = None
    cancelled_at: float | None = None
    fails: bool = False

    @property
    def running_at(self) -> float:
        """When the job starts running."""
        return self.created_at + self.duration * 0.2

    @property
    def ends_at(self) -> float:
        """When the job ends on its own."""
        end = self.created_at + self.duration
        if self.max_runtime is not None:
            end = min(end, self.created_at + self.max_runtime)
        return end

    def status(self, at: float) -> str:
        """Return the status at time ``at``."""
        if self.cancelled_at is not None and at >= self.cancelled_at:
            return "CANCELLED"
        if at < self.running_at:
            return "PENDING"
        if at < self.ends_at:
            return "RUNNING"
        if self.max_runtime is not None and self.ends_at < self.created_at + self.duration:
            return "TIMEOUT"
        return "FAILURE" if self.fails else "SUCCESS"

    def completed_at(self, at: float) -> float | None:
        """Return when the job ended, or None while it runs."""
        if self.status(at) not in TERMINAL_JOB:
            return None
        return self.cancelled_at if self.cancelled_at is not None else self.ends_at

    def tasks_completed(self, at: float) -> int:
        """Return how many of the batch's prompts are done at time ``at``."""
        if self.status(at) == "SUCCESS":
            return self.num_tasks
        stop = min(at, self.completed_at(at) or at)
        if stop <= self.running_at:
            return 0
        fraction = (stop - self.running_at) / max(self.ends_at - self.running_at, 1e-9)
        return min(self.num_tasks - 1, int(self.num_tasks * fraction)) if self.num_tasks else 0

    def batch_status(self, at: float) -> str:
        """Return the status as the ``/v2`` batch routes name it (``queued``, ...)."""
        return BATCH_COMPLETION_STATUS.get(self.status(at), "unknown")

    def fine_tuned_model(self, at: float) -> str | None:
        """Return the resulting model's name once the fine-tune succeeded."""
        if self.status(at) != "SUCCESS":
            return None
        stamp = datetime.fromtimestamp(self.created_at, UTC).strftime("%y%m%d-%H%M%S")
        suffix = self.params.get("suffix")
        model = self.params["model"]
        return f"{model}.{suffix}.{stamp}" if suffix else f"{model}.{stamp}"

    def events(self, at: float) -> list[dict[str, Any]]:
        """Return the fine-tune's log events up to time ``at``, oldest first."""
        log: list[tuple[float, str, str]] = [(self.created_at, "Job queued.", "info")]
        end = self.completed_at(at)
        horizon = min(at, end) if end is not None else at
        if self.running_at <= horizon:
            log.append((self.running_at, "Job started.", "info"))
            span = self.ends_at - self.running_at
            for epoch in range(1, self.epochs + 1):
                moment = self.running_at + span * epoch / (self.epochs + 1)
                if moment <= horizon:
                    loss = round(2.0 / (epoch + 1), 3)
                    log.append((moment, f"Epoch {epoch}/{self.epochs}: loss {loss}", "info"))
        status = self.status(at)
        if status in TERMINAL_JOB and end is not None:
            level = "info" if status == "SUCCESS" else "warning"
            log.append((end, f"Job ended with status {status}.", level))
        return [{"timestamp": t, "message": m, "level": lvl} for t, m, lvl in log]


LLM_ENDPOINT_DEFAULTS: dict[str, Any] = {
    "source": "hugging_face",
    "inference_framework": "vllm",
    "inference_framework_image_tag": "latest",
    "num_shards": 1,
    "quantize": None,
    "checkpoint_path": None,
    "metadata": {},
    "endpoint_type": "sync",
    "public_inference": True,
}
"""What LLM Engine fills in for the create fields a request leaves out."""

SEED_HARDWARE: dict[str, Any] = {
    "cpus": 8,
    "gpus": 1,
    "memory": "32Gi",
    "gpu_type": "nvidia-ampere-a10",
    "storage": "40Gi",
    "nodes_per_worker": 1,
}
"""The hardware LLM Engine picks for an endpoint created without any."""


@dataclass
class EndpointRecord:
    """An LLM model endpoint.

    ``UPDATE_PENDING`` then ``UPDATE_IN_PROGRESS`` for ``duration`` after each create or
    update, then ``READY``.
    """

    seq: int
    id: str
    owner: str
    settings: dict[str, Any]
    created_at: float
    updated_at: float
    duration: float

    @property
    def name(self) -> str:
        """The endpoint's name."""
        return str(self.settings["name"])

    def status(self, at: float) -> str:
        """Return the status at time ``at``."""
        if at < self.updated_at + self.duration * 0.3:
            return "UPDATE_PENDING"
        if at < self.updated_at + self.duration:
            return "UPDATE_IN_PROGRESS"
        return "READY"


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


class Store:
    """Everything the emulator knows, seeded deterministically.

    Attributes:
        username: The token owner's username.
        users: Users by username.
        hardware: Hardware by identifier.
        categories: Model categories by slug.
        models: Models by ``(owner, name)``.
        predictions: Predictions by id.
        files: Files by id.
        fine_tunes: Fine-tuning jobs by id.
        batch_jobs: Batch completion jobs by id.
        endpoints: LLM endpoints by name.
        variables: The token owner's variables by name.
        uploads: Multipart uploads by id.
    """

    def __init__(self, *, seed: int, username: str, job_duration: float) -> None:
        self.ids = IdGenerator(random.Random(seed))
        self.username = username
        self.job_duration = job_duration
        self.users: dict[str, User] = {}
        self.hardware: dict[str, HardwareRecord] = {}
        self.categories: dict[str, CategoryRecord] = {}
        self.models: dict[tuple[str, str], ModelRecord] = {}
        self.predictions: dict[str, PredictionRecord] = {}
        self.files: dict[str, FileRecord] = {}
        self.fine_tunes: dict[str, JobRecord] = {}
        self.batch_jobs: dict[str, JobRecord] = {}
        self.endpoints: dict[str, EndpointRecord] = {}
        self.variables: dict[str, VariableRecord] = {}
        self.uploads: dict[str, UploadRecord] = {}
        self._upload_dir: tempfile.TemporaryDirectory[str] | None = None
        self._seed()

    def upload_dir(self) -> str:
        """Return the folder that keeps uploaded parts (made on first use, removed on reset)."""
        if self._upload_dir is None:
            self._upload_dir = tempfile.TemporaryDirectory(prefix="wriftai-emulator-uploads-")
        return self._upload_dir.name

    def close(self) -> None:
        """Remove the uploaded parts' files."""
        if self._upload_dir is not None:
            self._upload_dir.cleanup()
            self._upload_dir = None

    def rename_user(self, old: str, new: str) -> None:
        """Give user ``old`` the handle ``new``: their models and predictions follow.

        Args:
            old: The current handle.
            new: The new handle, not taken by anyone.
        """
        user = self.users.pop(old)
        user.username = new
        self.users[new] = user
        if self.username == old:
            self.username = new
        for key in [k for k in self.models if k[0] == old]:
            model = self.models.pop(key)
            model.owner = new
            self.models[(new, model.name)] = model
        for prediction in self.predictions.values():
            if prediction.owner == old:
                prediction.owner = new
            if prediction.model_owner == old:
                prediction.model_owner = new

    # ------------------------------------------------------------------ seed
    def _seed(self) -> None:
        people = [
            (self.username, "Demo User", "The emulator's token owner.", None, None),
            ("wriftai", "WriftAI", "Official models.", "Internet", "WriftAI"),
            ("alice", "Alice", "Builds image models.", "Lisbon", None),
            ("bob", None, None, None, None),
        ]
        for day, (username, name, bio, location, company) in enumerate(people, start=1):
            self.users[username] = User(
                id=self.ids.next("usr"),
                username=username,
                name=name,
                bio=bio,
                location=location,
                company=company,
                created_at=_seed_ts(day),
                urls=[f"https://{username}.example.org"] if name else None,
            )
        hardware = [
            ("CPU (small)", "cpu-small", 0, 2, 0, 4, "Two CPU cores, no GPU."),
            ("CPU (large)", "cpu-large", 0, 8, 0, 32, None),
            ("NVIDIA T4", "gpu-t4", 1, 4, 16, 16, "One NVIDIA T4 with 16 GB of memory."),
            ("NVIDIA A100 80GB", "gpu-a100-80gb", 1, 12, 80, 144, "One NVIDIA A100."),
            ("2x NVIDIA H100", "gpu-h100-2x", 2, 26, 160, 256, None),
        ]
        for name, ident, gpus, cpus, vram, ram, desc in hardware:
            self.hardware[ident] = HardwareRecord(
                self.ids.next_seq(), name, ident, gpus, cpus, vram, ram, _seed_ts(2), desc
            )
        for name, slug in [
            ("Text generation", "text-generation"),
            ("Image generation", "image-generation"),
            ("Audio", "audio"),
            ("Utilities", "utilities"),
        ]:
            self.categories[slug] = CategoryRecord(self.ids.next_seq(), name, slug)
        echo = self._seed_model("wriftai", "echo", "Echoes the prompt, word by word.", 3)
        echo.categories = ["text-generation", "utilities"]
        self._seed_version(echo, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
        self._seed_version(echo, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
        upper = self._seed_model("wriftai", "uppercase", "Answers in capital letters.", 4)
        upper.categories = ["text-generation"]
        self._seed_version(upper, _UPPER_INPUT, {"type": "string"})
        sketch = self._seed_model("alice", "sketch-diffusion", "A tiny diffusion model.", 5)
        sketch.categories = ["image-generation"]
        sketch.hardware_identifier = "gpu-a100-80gb"
        self._seed_version(sketch, _ECHO_INPUT, {"type": "array", "items": {"type": "string"}})
        self._seed_model("bob", "unreleased", None, 6)
        past = _seed_ts(7)
        # LLM endpoints: public ones of other teams (every caller lists them, as on the
        # real server), one per framework family the client must parse, and one private.
        for name, framework, owner, public in [
            ("llama-2-7b", "vllm", "wriftai", True),
            ("mistral-7b", "text_generation_inference", "wriftai", True),
            ("qwen2-7b", "sglang", "wriftai", True),
            ("llama-2-7b-trt", "tensorrt_llm", "wriftai", True),
            ("bobs-private-llm", "vllm", "bob", False),
        ]:
            self.endpoints[name] = EndpointRecord(
                seq=self.ids.next_seq(),
                id=self.ids.next("end"),
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

    def _seed_model(self, owner: str, name: str, description: str | None, day: int) -> ModelRecord:
        model = ModelRecord(
            seq=self.ids.next_seq(),
            id=self.ids.next("mdl"),
            owner=owner,
            name=name,
            created_at=_seed_ts(day, 10),
            visibility="public",
            hardware_identifier="cpu-small",
            description=description,
            cover_image_url=f"https://files.wrift.ai/models/{owner}/{name}/cover.png",
        )
        self.models[(owner, name)] = model
        return model

    def _seed_version(
        self, model: ModelRecord, input_schema: dict[str, Any], output: dict[str, Any]
    ) -> None:
        number = model.last_version_number + 1
        model.last_version_number = number
        model.versions[number] = VersionRecord(
            seq=self.ids.next_seq(),
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

    # ------------------------------------------------------------------ time
    def tick(self, at: float) -> None:
        """Apply time-driven side effects: succeeded fine-tunes publish an endpoint."""
        for job in self.fine_tunes.values():
            model = job.fine_tuned_model(at)
            if model is not None and model not in self.endpoints:
                base = self.endpoints.get(str(job.params["model"]))
                settings = dict(base.settings) if base else {}
                settings = {**LLM_ENDPOINT_DEFAULTS, **SEED_HARDWARE, **settings}
                settings.update(
                    name=model,
                    model_name=str(job.params["model"]),
                    labels={"team": job.owner, "product": "fine-tune"},
                    public_inference=False,
                )
                self.endpoints[model] = EndpointRecord(
                    seq=self.ids.next_seq(),
                    id=self.ids.next("end"),
                    owner=job.owner,
                    settings=settings,
                    created_at=job.ends_at,
                    updated_at=job.ends_at,
                    duration=0.0,
                )

    def base_models(self) -> set[str]:
        """Return the model names LLM endpoints serve (fine-tune and download targets)."""
        names = {str(e.settings.get("model_name") or e.name) for e in self.endpoints.values()}
        return names | set(self.endpoints)

    def new_prediction(
        self,
        model: ModelRecord,
        version: VersionRecord,
        input_value: Any,
        webhook: dict[str, Any] | None,
        duration: float,
        stream: bool = False,
    ) -> PredictionRecord:
        """Create a prediction and count it on its model.

        Args:
            model: The model to run.
            version: The version to run.
            input_value: The input.
            webhook: The webhook settings, if any.
            duration: Seconds from pending to terminal.
            stream: Whether it was created to be streamed.

        Returns:
            The new prediction.
        """
        record = PredictionRecord(
            seq=self.ids.next_seq(),
            id=self.ids.next("pred"),
            owner=self.username,
            model_owner=model.owner,
            model_name=model.name,
            version_number=version.number,
            input=input_value,
            webhook=webhook,
            created_at=now(),
            duration=duration,
            plan=plan_prediction(model.name, input_value),
            stream=stream,
        )
        self.predictions[record.id] = record
        model.predictions_count += 1
        return record
