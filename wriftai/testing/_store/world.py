"""The :class:`Store`: everything one emulator knows, and the changes that span records."""

from __future__ import annotations

import random
import tempfile
from typing import Any

from wriftai.testing._engine import plan_prediction
from wriftai.testing._store.clock import now
from wriftai.testing._store.llm import (
    LLM_ENDPOINT_DEFAULTS,
    SEED_HARDWARE,
    EndpointRecord,
    FileRecord,
    JobRecord,
)
from wriftai.testing._store.predictions import PredictionRecord
from wriftai.testing._store.resources import (
    CategoryRecord,
    HardwareRecord,
    ModelRecord,
    UploadRecord,
    User,
    VariableRecord,
    VersionRecord,
)
from wriftai.testing._store.seed import (
    IdGenerator,
    seed_categories,
    seed_endpoints,
    seed_hardware,
    seed_models,
    seed_users,
)


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

    def __init__(self, *, seed: int, username: str) -> None:
        self.ids = IdGenerator(random.Random(seed))
        self.username = username
        # Each seeding draws from `ids`: another order would give every seeded record
        # another id.
        self.users: dict[str, User] = seed_users(self.ids, username)
        self.hardware: dict[str, HardwareRecord] = seed_hardware(self.ids)
        self.categories: dict[str, CategoryRecord] = seed_categories(self.ids)
        self.models: dict[tuple[str, str], ModelRecord] = seed_models(self.ids)
        self.endpoints: dict[str, EndpointRecord] = seed_endpoints(self.ids)
        self.predictions: dict[str, PredictionRecord] = {}
        self.files: dict[str, FileRecord] = {}
        self.fine_tunes: dict[str, JobRecord] = {}
        self.batch_jobs: dict[str, JobRecord] = {}
        self.variables: dict[str, VariableRecord] = {}
        self.uploads: dict[str, UploadRecord] = {}
        self._upload_dir: tempfile.TemporaryDirectory[str] | None = None

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
