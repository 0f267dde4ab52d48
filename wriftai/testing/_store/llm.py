"""Records of LLM Engine: uploaded files, batch and fine-tune jobs, model endpoints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

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
