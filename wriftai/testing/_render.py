"""Records to the JSON objects of the contract."""

from __future__ import annotations

from typing import Any

from wriftai.testing._compat import Compat
from wriftai.testing._store import (
    CategoryRecord,
    EndpointRecord,
    HardwareRecord,
    JobRecord,
    ModelRecord,
    PredictionRecord,
    Store,
    User,
    VersionRecord,
    iso,
)


class Renderer:
    """Renders records for one request (its base URL, its time, forward-compat mode)."""

    def __init__(self, store: Store, compat: Compat, base_url: str, at: float) -> None:
        self.store = store
        self.compat = compat
        self.base_url = base_url
        self.at = at

    def user(self, user: User, details: bool = False) -> dict[str, Any]:
        """Render a ``User`` (or ``UserWithDetails``)."""
        out: dict[str, Any] = {
            "id": user.id,
            "username": user.username,
            "avatar_url": f"https://avatars.wrift.ai/{user.username}.png",
            "name": user.name,
            "bio": user.bio,
            "location": user.location,
            "company": user.company,
            "created_at": iso(user.created_at),
            "updated_at": iso(user.updated_at),
        }
        if details:
            out["urls"] = user.urls
        return self.compat.obj(out)

    def hardware(self, hw: HardwareRecord) -> dict[str, Any]:
        """Render a ``Hardware``."""
        return self.compat.obj(
            {
                "name": hw.name,
                "identifier": hw.identifier,
                "gpus": hw.gpus,
                "cpus": hw.cpus,
                "vram_gb": hw.vram_gb,
                "ram_gib": hw.ram_gib,
                "created_at": iso(hw.created_at),
                "description": hw.description,
            }
        )

    def category(self, category: CategoryRecord) -> dict[str, Any]:
        """Render a ``ModelCategory``."""
        return self.compat.obj({"name": category.name, "slug": category.slug})

    def version(self, version: VersionRecord, details: bool = False) -> dict[str, Any]:
        """Render a ``ModelVersion`` (or ``ModelVersionWithDetails``)."""
        out: dict[str, Any] = {
            "number": version.number,
            "release_notes": version.release_notes,
            "created_at": iso(version.created_at),
            "container_image_digest": version.container_image_digest,
        }
        if details:
            out["schemas"] = version.schemas
        return self.compat.obj(out)

    def model(self, model: ModelRecord) -> dict[str, Any]:
        """Render a ``Model``."""
        latest = model.latest_version()
        return self.compat.obj(
            {
                "id": model.id,
                "name": model.name,
                "created_at": iso(model.created_at),
                "visibility": model.visibility,
                "description": model.description,
                "updated_at": iso(model.updated_at),
                "source_url": model.source_url,
                "license_url": model.license_url,
                "paper_url": model.paper_url,
                "owner": self.user(self.store.users[model.owner]),
                "latest_version": self.version(latest) if latest else None,
                "hardware": self.hardware(self.store.hardware[model.hardware_identifier]),
                "predictions_count": model.predictions_count,
                "categories": [
                    self.category(self.store.categories[slug]) for slug in model.categories
                ],
            }
        )

    def prediction(self, record: PredictionRecord, with_io: bool = True) -> dict[str, Any]:
        """Render a ``Prediction`` (or ``PredictionWithIO``) as it stands now."""
        status = record.status(self.at)
        started = self.at >= record.started_at and (
            record.cancelled_at is None or record.cancelled_at >= record.started_at
        )
        ended = status in {"succeeded", "failed", "cancelled"}
        run_time = record.ended_at() - record.started_at
        out: dict[str, Any] = {
            "id": record.id,
            "url": f"{self.base_url}/predictions/{record.id}",
            "created_at": iso(record.created_at),
            "updated_at": iso(self._updated_at(record)),
            "status": self.compat.status("prediction", status),
            "setup_time": f"{record.started_at - record.created_at:.3f}" if started else None,
            "execution_time": f"{max(run_time, 0.0):.3f}" if ended and started else None,
            "model": {
                "owner": record.model_owner,
                "name": record.model_name,
                "version_number": record.version_number,
            },
        }
        if with_io:
            out["input"] = record.input
            out["output"] = record.plan.output(record.pieces_at(self.at))
            out["error"] = record.task_error() if status == "failed" else None
        return self.compat.obj(out)

    def _updated_at(self, record: PredictionRecord) -> float:
        status = record.status(self.at)
        if status in {"succeeded", "failed", "cancelled"}:
            return record.ended_at()
        pieces = record.pieces_at(self.at)
        marks = [record.created_at]
        if status == "started":
            marks.append(record.started_at)
        if pieces:
            marks.append(record.started_at)
        return max(marks)

    def fine_tune(self, job: JobRecord) -> dict[str, Any]:
        """Render a ``GetFineTuneResponse``."""
        return self.compat.obj(
            {
                "id": job.id,
                "fine_tuned_model": job.fine_tuned_model(self.at),
                "status": self.compat.status("job", job.status(self.at)),
            }
        )

    def batch_job(self, job: JobRecord) -> dict[str, Any]:
        """Render a ``GetBatchCompletionsResponse``."""
        done = job.tasks_completed(self.at)
        return self.compat.obj(
            {
                "job_id": job.id,
                "status": self.compat.status("job", job.status(self.at)),
                "created_at": iso(job.created_at),
                "completed_at": iso(job.completed_at(self.at)),
                "num_tasks_pending": job.num_tasks - done,
                "num_tasks_completed": done,
            }
        )

    def endpoint(self, endpoint: EndpointRecord) -> dict[str, Any]:
        """Render a ``GetLLMEndpointResponse``."""
        settings = endpoint.settings
        status = self.compat.status("endpoint", endpoint.status(self.at))
        spec = {
            "id": endpoint.id,
            "name": endpoint.name,
            "endpoint_type": settings.get("endpoint_type", "streaming"),
            "status": status,
            "destination": f"queue-{endpoint.id}",
            "created_at": iso(endpoint.created_at),
            "last_updated_at": iso(endpoint.updated_at),
            "min_workers": settings.get("min_workers"),
            "max_workers": settings.get("max_workers"),
            "per_worker": settings.get("per_worker"),
            "labels": settings.get("labels"),
        }
        return self.compat.obj(
            {
                "name": endpoint.name,
                "source": settings.get("source", "hugging_face"),
                "inference_framework": settings.get("inference_framework", "vllm"),
                "id": endpoint.id,
                "model_name": settings.get("model_name"),
                "status": status,
                "inference_framework_tag": settings.get("inference_framework_image_tag"),
                "num_shards": settings.get("num_shards"),
                "quantize": settings.get("quantize"),
                "spec": spec,
            }
        )
