"""Records to the JSON objects of the contract."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wriftai.testing._compat import Compat
from wriftai.testing._eras import CURRENT, DEFAULT_ERA, Era
from wriftai.testing._store.clock import iso, local_iso
from wriftai.testing._store.llm import EndpointRecord, JobRecord
from wriftai.testing._store.predictions import PredictionRecord
from wriftai.testing._store.resources import (
    CategoryRecord,
    HardwareRecord,
    ModelRecord,
    User,
    VersionRecord,
)
from wriftai.testing._store.world import Store

_FLAGS = (
    "openai_chat_completions",
    "openai_embeddings",
    "openai_images_generations",
    "openai_responses",
    "anthropic_messages",
)


@dataclass(eq=False)
class Renderer:
    """Renders records for one request (its base URL, its time, forward-compat mode, era).

    The WriftAI objects take the shapes of the emulator's era (see
    :mod:`wriftai.testing._eras`); the LLM Engine objects are the same in both.
    """

    store: Store
    compat: Compat
    base_url: str
    at: float
    era: Era = DEFAULT_ERA

    @property
    def current(self) -> bool:
        """Whether responses take the current API's shapes (else the legacy ones)."""
        return self.era == CURRENT

    def user(self, user: User, details: bool = False) -> dict[str, Any]:
        """Render a ``User`` (or ``UserWithDetails``).

        The current API names the user by ``account_id`` and ``name`` (the handle) and
        calls the person's name ``display_name``; releases up to 0.22 use ``id``,
        ``username`` and ``name``.
        """
        avatar = f"https://avatars.wrift.ai/{user.username}.png"
        names: dict[str, Any] = (
            {"account_id": user.account_id, "name": user.username, "avatar_url": avatar}
            if self.current
            else {"id": user.id, "username": user.username, "avatar_url": avatar}
        )
        out: dict[str, Any] = {
            **names,
            ("display_name" if self.current else "name"): user.name,
            "bio": user.bio,
            "location": user.location,
            "company": user.company,
            "created_at": iso(user.created_at),
            "updated_at": iso(user.updated_at),
        }
        if details:
            out["urls"] = user.urls
        return self.compat.obj(out)

    def owner(self, user: User) -> dict[str, Any]:
        """Render a model's owner: a ``BaseUser`` in the current era, else the whole ``User``."""
        if not self.current:
            return self.user(user)
        return self.compat.obj(
            {
                "account_id": user.account_id,
                "name": user.username,
                "avatar_url": f"https://avatars.wrift.ai/{user.username}.png",
            }
        )

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

    def category(self, category: CategoryRecord, listed: bool = False) -> dict[str, Any]:
        """Render a ``ModelCategory``; the current list of categories adds a description."""
        out: dict[str, Any] = {"name": category.name, "slug": category.slug}
        if listed and self.current:
            out["description"] = f"Models for {category.name.lower()}."
        return self.compat.obj(out)

    def listed_category(self, category: CategoryRecord) -> dict[str, Any]:
        """Render a ``ModelCategory`` as the list of categories carries it."""
        return self.category(category, listed=True)

    def version(
        self, version: VersionRecord, details: bool = False, created: bool = False
    ) -> dict[str, Any]:
        """Render a ``ModelVersion`` (or ``ModelVersionWithDetails``).

        The current API's list items are ``{number, release_notes, created_at}``; its
        details add the image ``size`` and the compatibility flags (at the top level), and the
        answer to a create also ``compatibilities`` and ``configuration``.
        """
        out: dict[str, Any] = {
            "number": version.number,
            "release_notes": version.release_notes,
            "created_at": iso(version.created_at),
        }
        if details or not self.current:
            out["container_image_digest"] = version.container_image_digest
        if details:
            out["schemas"] = version.schemas
        if details and self.current:
            out["size"] = version.size
            flags = {name: bool(version.compatibilities.get(name)) for name in _FLAGS}
            out.update(flags)
            if created:
                out["compatibilities"] = flags
                if version.configuration is not None:
                    out["configuration"] = version.configuration
        return self.compat.obj(out)

    def model(self, model: ModelRecord, details: bool = False) -> dict[str, Any]:
        """Render a ``Model``.

        In the current API a list item is slim (no URLs, latest version or hardware; a
        cover image) and the details (get, create, update) add ``overview``, the URLs and
        the latest version with its schemas. The legacy model carries everything, with
        hardware.
        """
        out: dict[str, Any] = {
            "id": model.id,
            "name": model.name,
            "created_at": iso(model.created_at),
            "visibility": model.visibility,
            "description": model.description,
            "updated_at": iso(model.updated_at),
            "owner": self.owner(self.store.users[model.owner]),
            "predictions_count": model.predictions_count,
            "categories": [self.category(self.store.categories[slug]) for slug in model.categories],
        }
        latest = model.latest_version()
        if self.current:
            out["cover_image_url"] = model.cover_image_url
            if details:
                out["overview"] = model.overview
        if details or not self.current:
            out["source_url"] = model.source_url
            out["license_url"] = model.license_url
            out["paper_url"] = model.paper_url
            out["latest_version"] = (
                self.version(latest, details=self.current) if latest is not None else None
            )
        if not self.current and model.hardware_identifier is not None:
            out["hardware"] = self.hardware(self.store.hardware[model.hardware_identifier])
        return self.compat.obj(out)

    def prediction(self, record: PredictionRecord, with_io: bool = True) -> dict[str, Any]:
        """Render a ``Prediction`` (or ``PredictionWithIO``) as it stands at the renderer's time.

        The legacy prediction has a ``url``; the current one has none, and with its input
        and output it carries ``metrics`` and ``stream``.
        """
        status = record.status(self.at)
        started = self.at >= record.started_at and (
            record.cancelled_at is None or record.cancelled_at >= record.started_at
        )
        ended = status in {"succeeded", "failed", "cancelled"}
        run_time = record.ended_at() - record.started_at
        out: dict[str, Any] = {"id": record.id}
        if not self.current:
            out["url"] = f"{self.base_url}/predictions/{record.id}"
        out.update(
            {
                "created_at": iso(record.created_at),
                "updated_at": iso(self._updated_at(record)),
                "status": self.compat.status("prediction", status),
                "setup_time": (f"{record.started_at - record.created_at:.3f}" if started else None),
                "execution_time": f"{max(run_time, 0.0):.3f}" if ended and started else None,
                "model": {
                    "owner": record.model_owner,
                    "name": record.model_name,
                    "version_number": record.version_number,
                },
            }
        )
        if with_io:
            out["input"] = record.input
            out["output"] = record.plan.output(record.pieces_at(self.at))
            out["error"] = record.task_error() if status == "failed" else None
            if self.current:
                pieces = record.pieces_at(self.at)
                out["metrics"] = (
                    {"predict_time": round(max(run_time, 0.0), 3), "output_pieces": pieces}
                    if ended and started
                    else None
                )
                out["stream"] = record.stream
        return self.compat.obj(out)

    def init_event_data(self, record: PredictionRecord) -> dict[str, Any]:
        """The data of a stream's ``init`` event: the id (current era) or the whole prediction."""
        if self.current:
            return {"id": record.id}
        return self.prediction(record)

    def done_event_data(self, record: PredictionRecord) -> dict[str, Any]:
        """The data of a ``done`` event: the status (current era) or the whole prediction."""
        if self.current:
            return {"status": self.compat.status("prediction", record.status(self.at))}
        return self.prediction(record)

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
        """Render a ``GetBatchCompletionResponse`` (the ``/v2`` envelope of a job)."""
        params = job.params
        config = {k: v for k, v in params["model_config"].items() if k != "labels"}
        labels = params["model_config"].get("labels") or {}
        expires = job.created_at + float(params.get("max_runtime_sec") or 86400)
        completed = job.completed_at(self.at)
        return {
            "job": self.compat.obj(
                {
                    "job_id": job.id,
                    "input_data_path": params.get("input_data_path"),
                    "output_data_path": params["output_data_path"],
                    "model_config": config,
                    "priority": params.get("priority"),
                    "status": self.compat.status("batch", job.batch_status(self.at)),
                    "created_at": local_iso(job.created_at),
                    "expires_at": local_iso(expires),
                    "completed_at": None if completed is None else local_iso(completed),
                    "metadata": {"labels": labels},
                }
            )
        }

    def endpoint(self, endpoint: EndpointRecord) -> dict[str, Any]:
        """Render a ``GetLLMEndpointResponse`` as LLM Engine does."""
        settings = endpoint.settings
        status = self.compat.status("endpoint", endpoint.status(self.at))
        hardware = ("cpus", "gpus", "memory", "gpu_type", "storage", "nodes_per_worker")
        spec = {
            "id": endpoint.id,
            "name": endpoint.name,
            "endpoint_type": settings["endpoint_type"],
            "destination": f"launch-endpoint-id-{endpoint.id.replace('_', '-')}",
            "deployment_name": f"launch-endpoint-id-{endpoint.id.replace('_', '-')}",
            "metadata": {**settings["metadata"], "_llm": {"model_name": settings["model_name"]}},
            "bundle_name": f"{endpoint.name}-{int(endpoint.updated_at)}",
            "status": status,
            "post_inference_hooks": settings.get("post_inference_hooks"),
            "default_callback_url": settings.get("default_callback_url"),
            "default_callback_auth": None,
            "labels": settings["labels"],
            "aws_role": None,
            "results_s3_bucket": None,
            "created_by": endpoint.owner,
            "created_at": iso(endpoint.created_at),
            "last_updated_at": iso(endpoint.updated_at),
            "deployment_state": {
                "min_workers": settings["min_workers"],
                "max_workers": settings["max_workers"],
                "per_worker": settings["per_worker"],
                "concurrent_requests_per_worker": 500,
                "forwarder_max_concurrency": None,
                "available_workers": settings["min_workers"] if status == "READY" else 0,
                "unavailable_workers": 0,
            },
            "resource_state": {
                **{key: settings[key] for key in hardware},
                "optimize_costs": bool(settings.get("optimize_costs")),
            },
            "num_queued_items": 0,
            "public_inference": settings["public_inference"],
            "task_expires_seconds": settings.get("task_expires_seconds"),
            "queue_message_timeout_seconds": settings.get("queue_message_timeout_seconds"),
        }
        return self.compat.obj(
            {
                "id": endpoint.id,
                "name": endpoint.name,
                "model_name": settings["model_name"],
                "source": settings["source"],
                "status": status,
                "inference_framework": settings["inference_framework"],
                "inference_framework_image_tag": settings["inference_framework_image_tag"],
                "num_shards": settings["num_shards"],
                "quantize": settings["quantize"],
                "checkpoint_path": settings["checkpoint_path"],
                "chat_template_override": settings.get("chat_template_override"),
                "task_expires_seconds": settings.get("task_expires_seconds"),
                "queue_message_timeout_seconds": settings.get("queue_message_timeout_seconds"),
                "spec": spec,
            }
        )
