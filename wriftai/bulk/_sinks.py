"""Where a bulk run writes its results: a JSONL file, or a Parquet dataset (a folder).

A crash leaves a valid file. A JSONL line is written whole and flushed, and a resumed run
drops a torn last line; a Parquet part is written under a temporary name and renamed once
complete. A resumed run reads which indices the output already holds and writes only the
others, so every input has exactly one record.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

__all__ = ["JsonlSink", "ParquetSink", "Sink", "open_sink"]


class Sink(Protocol):
    """A destination of result records."""

    present: set[int]
    """The indices the output already held when it was opened."""

    def write(self, record: dict[str, Any]) -> None:
        """Writes one record."""

    def close(self) -> None:
        """Writes what is buffered and closes."""


class JsonlSink:
    """Result records as JSON lines.

    Args:
        path: The file.
        resume: Keep the records already there (dropping a torn last line); otherwise the
            file starts empty.
    """

    def __init__(self, path: str | Path, *, resume: bool) -> None:
        self.path = Path(path)
        self.present: set[int] = set()
        if resume and self.path.exists():
            self._keep_whole_lines()
        self._file = self.path.open("ab" if resume else "wb")

    def _keep_whole_lines(self) -> None:
        with self.path.open("r+b") as file:
            data = file.read()
            whole = data[: data.rfind(b"\n") + 1]
            if len(whole) != len(data):
                file.truncate(len(whole))
        for line in whole.splitlines():
            if line.strip():
                self.present.add(int(json.loads(line)["index"]))

    def write(self, record: dict[str, Any]) -> None:
        """Writes one record as a line, and flushes it to the operating system.

        Args:
            record: The record.
        """
        line = json.dumps(record, separators=(",", ":"), default=str).encode() + b"\n"
        self._file.write(line)
        self._file.flush()

    def close(self) -> None:
        """Closes the file."""
        self._file.close()


class ParquetSink:
    """Result records as a Parquet dataset: a folder of ``part-NNNNN.parquet`` files.

    ``input``, ``output`` and ``error`` are JSON text columns, since their shapes vary.

    Args:
        path: The folder.
        resume: Keep the parts already there; otherwise the folder's parts are removed.
        rows_per_part: Records in each part file.

    Raises:
        ImportError: The ``parquet`` extra (pyarrow) is not installed.
    """

    def __init__(self, path: str | Path, *, resume: bool, rows_per_part: int = 2000) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:  # pragma: no cover - the extra is installed by `make test`
            raise ImportError(
                "Parquet output needs pyarrow: pip install 'wriftai[parquet]'"
            ) from None
        self._pq = pq
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.present: set[int] = set()
        self._rows: list[dict[str, Any]] = []
        self._per_part = rows_per_part
        for stale in self.path.glob("*.tmp"):
            stale.unlink()
        parts = sorted(self.path.glob("part-*.parquet"))
        if resume:
            for part in parts:
                indices = pq.read_table(part, columns=["index"]).column("index").to_pylist()
                self.present.update(indices)
        else:
            for part in parts:
                part.unlink()
            parts = []
        self._next = len(parts)

    def write(self, record: dict[str, Any]) -> None:
        """Buffers one record; a full part is written.

        Args:
            record: The record.
        """
        row = dict(record)
        for column in ("input", "output", "error"):
            row[column] = json.dumps(row[column], default=str)
        self._rows.append(row)
        if len(self._rows) >= self._per_part:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa

        table = pa.Table.from_pylist(self._rows)
        final = self.path / f"part-{self._next:05d}.parquet"
        temporary = final.with_suffix(".tmp")
        self._pq.write_table(table, temporary)
        os.replace(temporary, final)
        self._next += 1
        self._rows = []

    def close(self) -> None:
        """Writes the buffered records as a last part."""
        self._flush()


def open_sink(path: str | Path, *, resume: bool) -> Sink:
    """The sink for an output path: Parquet for a ``.parquet`` path, else JSONL.

    Args:
        path: The output file (or, for Parquet, folder).
        resume: Keep what the output already holds.

    Returns:
        The sink.
    """
    if Path(path).suffix.lower() == ".parquet":
        return ParquetSink(path, resume=resume)
    return JsonlSink(path, resume=resume)
