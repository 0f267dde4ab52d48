"""The journal of a bulk run: what was meant, sent, created and finished, in SQLite.

Each change is its own transaction in WAL mode, committed before the run goes on, so a
process killed at any point (``kill -9``) leaves a journal that says, for every item it
reached, the last thing known for certain:

- ``sent``: the intent and its idempotency key were recorded, and the request may or may
  not have reached the server;
- ``created``: the server answered with the prediction's id;
- a final state (``succeeded``, ``failed``, ``cancelled``, ``ambiguous``) with the result;
- ``interrupted``: the run ended early and cancelled the item's prediction.

``synchronous=NORMAL`` keeps every commit across a process crash; only a power cut can lose
the last ones, which then read as ``sent`` and are reconciled like any other.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wriftai._errors import WriftAIError

__all__ = ["FINAL_STATES", "Entry", "Journal", "JournalMismatchError"]

FINAL_STATES = frozenset({"succeeded", "failed", "cancelled", "ambiguous"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    idx INTEGER PRIMARY KEY,
    digest TEXT NOT NULL,
    key TEXT NOT NULL,
    state TEXT NOT NULL,
    remote_id TEXT,
    result TEXT,
    sent_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""


class JournalMismatchError(WriftAIError):
    """A journal belongs to another run: its model, version, options or inputs differ."""


@dataclass(frozen=True)
class Entry:
    """What the journal knows of one item.

    Attributes:
        index: The item's place in the inputs.
        digest: The digest of the item's input.
        key: The idempotency key its create is sent with.
        state: ``sent``, ``created`` or a final state.
        remote_id: The prediction's id, once the server gave it.
        sent_at: The Unix time the intent was recorded.
    """

    index: int
    digest: str
    key: str
    state: str
    remote_id: str | None
    sent_at: float

    @property
    def final(self) -> bool:
        """Whether the item is finished."""
        return self.state in FINAL_STATES


class Journal:
    """A bulk run's journal in a SQLite file, created when missing.

    Args:
        path: The file.
        fingerprint: What the run sends that the journal must match (kind, model,
            version, request options); recorded by a new journal.
        run_id: The run's id, which the idempotency keys derive from; a new journal
            takes this one (or a random one), an existing journal keeps its own.

    Raises:
        JournalMismatchError: The journal was written for another fingerprint.
    """

    def __init__(
        self, path: str | Path, fingerprint: Mapping[str, Any], run_id: str | None = None
    ) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        wanted = json.dumps(dict(fingerprint), sort_keys=True, default=str)
        meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        if not meta:  # several processes may create it at once: the first one's stays
            meta = {"fingerprint": wanted, "run_id": run_id or uuid.uuid4().hex}
            self._db.executemany("INSERT OR IGNORE INTO meta VALUES (?, ?)", meta.items())
            meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        if meta["fingerprint"] != wanted:
            raise JournalMismatchError(_difference(self.path, meta["fingerprint"], wanted))
        elif run_id is not None and run_id != meta["run_id"]:
            raise JournalMismatchError(
                f"{self.path} belongs to run {meta['run_id']!r}, not {run_id!r}"
            )
        self.run_id: str = meta["run_id"]

    def entry(self, index: int, digest: str) -> Entry | None:
        """What is known of an item, checking that its input did not change.

        Args:
            index: The item's place in the inputs.
            digest: The digest of its input now.

        Returns:
            The entry, or None for an item never reached.

        Raises:
            JournalMismatchError: The item's input is not the one journalled.
        """
        row = self._db.execute(
            "SELECT digest, key, state, remote_id, sent_at FROM items WHERE idx = ?", (index,)
        ).fetchone()
        if row is None:
            return None
        if row[0] != digest:
            raise JournalMismatchError(
                f"input {index} differs from the one {self.path} recorded: "
                "the inputs changed since the run began; start a new journal"
            )
        return Entry(index, row[0], row[1], row[2], row[3], row[4])

    def intend(self, index: int, digest: str, key: str) -> None:
        """Records, before sending, that an item is about to be sent with `key`.

        Args:
            index: The item's place in the inputs.
            digest: The digest of its input.
            key: Its idempotency key.
        """
        now = time.time()
        self._db.execute(
            "INSERT INTO items VALUES (?, ?, ?, 'sent', NULL, NULL, ?, ?)"
            " ON CONFLICT(idx) DO UPDATE SET state = 'sent', key = excluded.key,"
            " sent_at = excluded.sent_at, updated_at = excluded.updated_at",
            (index, digest, key, now, now),
        )

    def created(self, index: int, remote_id: str) -> None:
        """Records the id the server gave an item's prediction.

        Args:
            index: The item's place in the inputs.
            remote_id: The prediction's id.
        """
        self._db.execute(
            "UPDATE items SET state = 'created', remote_id = ?, updated_at = ? WHERE idx = ?",
            (remote_id, time.time(), index),
        )

    def finish(self, index: int, state: str, result: Mapping[str, Any]) -> None:
        """Records an item's final state and its result record.

        Args:
            index: The item's place in the inputs.
            state: A final state.
            result: The result record, as the sink writes it.
        """
        self._db.execute(
            "UPDATE items SET state = ?, result = ?, remote_id = COALESCE(?, remote_id),"
            " updated_at = ? WHERE idx = ?",
            (state, json.dumps(result, default=str), result.get("id"), time.time(), index),
        )

    def interrupt(self, index: int) -> None:
        """Records that the run ended while the item was in flight, its prediction cancelled.

        A resumed run creates it anew under a fresh key.

        Args:
            index: The item's place in the inputs.
        """
        self._db.execute(
            "UPDATE items SET state = 'interrupted', updated_at = ?"
            " WHERE idx = ? AND result IS NULL",
            (time.time(), index),
        )

    def record(self, index: int) -> dict[str, Any]:
        """The result record of a finished item.

        Args:
            index: The item's place in the inputs.

        Returns:
            The record `finish` stored.

        Raises:
            KeyError: The item is not finished.
        """
        row = self._db.execute("SELECT result FROM items WHERE idx = ?", (index,)).fetchone()
        if row is None or row[0] is None:
            raise KeyError(index)
        record: dict[str, Any] = json.loads(row[0])
        return record

    def unanswered(self) -> list[Entry]:
        """The items sent but never answered: a create that may or may not have arrived."""
        query = "SELECT idx, digest, key, state, remote_id, sent_at FROM items WHERE state = 'sent'"
        return [Entry(*row) for row in self._db.execute(query)]

    def attached_ids(self) -> set[str]:
        """The prediction ids the journal already gave to an item."""
        query = "SELECT remote_id FROM items WHERE remote_id IS NOT NULL"
        return {remote_id for (remote_id,) in self._db.execute(query)}

    def close(self) -> None:
        """Closes the file."""
        self._db.close()


def _difference(path: Path, recorded: str, wanted: str) -> str:
    """Says which fingerprint fields differ between a journal and the run resuming it."""
    old, new = json.loads(recorded), json.loads(wanted)
    fields = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    changes = ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in fields)
    return f"{path} was written for another run ({changes}); start a new journal"
