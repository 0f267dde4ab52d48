"""Records of the WriftAI resources: users, models, versions, uploads and the like."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any


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

    The parts' bytes are kept in files (see
    :meth:`~wriftai.testing._store.world.Store.upload_dir`), never in memory, so an upload
    of hundreds of MiB does not grow the emulator.
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
