"""The inputs of a bulk run, read lazily from an iterable or a JSONL, CSV or Parquet file.

Nothing is read ahead of what the run asks for, so a file of a million rows costs what a
hundred do. A JSONL line or a Parquet row is one input as it is; a CSV row is a dict of
its columns' strings. Parquet needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["Inputs", "as_async", "digest", "read_inputs"]

Inputs = Iterable[Any] | AsyncIterable[Any] | str | Path
"""What a bulk run takes: inputs themselves, or the path of a ``.jsonl``, ``.csv`` or
``.parquet`` file."""

_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")


def read_inputs(source: str | Path) -> Iterator[Any]:
    """The inputs of a file, one at a time.

    Args:
        source: A ``.jsonl`` (or ``.ndjson``), ``.csv`` or ``.parquet`` file.

    Returns:
        An iterator over its inputs.

    Raises:
        ValueError: The file's suffix is none of those.
        FileNotFoundError: There is no such file.
        ImportError: A Parquet file without the ``parquet`` extra.
    """
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValueError(f"inputs must be a .jsonl, .csv or .parquet file, not {path.name!r}")
    if not path.is_file():
        raise FileNotFoundError(f"no inputs file {str(path)!r}")
    if suffix == ".csv":
        return _csv_rows(path)
    if suffix == ".parquet":
        return _parquet_rows(path)
    return _jsonl_rows(path)


def _jsonl_rows(path: Path) -> Iterator[Any]:
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as error:
                    raise ValueError(f"{path}:{number} is not JSON: {error}") from None


def _csv_rows(path: Path) -> Iterator[Any]:
    with path.open(newline="", encoding="utf-8") as text:
        yield from csv.DictReader(text)


def _parquet_rows(path: Path) -> Iterator[Any]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - the extra is installed by `make test`
        raise ImportError("reading Parquet needs pyarrow: pip install 'wriftai[parquet]'") from None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=512):
        yield from batch.to_pylist()


async def as_async(source: Inputs) -> AsyncIterator[Any]:
    """Any accepted inputs as an async iterator, reading files lazily.

    Args:
        source: An iterable, an async iterable, or a file path.

    Yields:
        The inputs in order.
    """
    if isinstance(source, str | Path):
        source = read_inputs(source)
    if isinstance(source, AsyncIterable):
        async for item in source:
            yield item
    else:
        for item in source:
            yield item


def digest(value: Any) -> str:
    """A stable digest of an input, the same for equal JSON values.

    Args:
        value: The input.

    Returns:
        32 hex digits.
    """
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]
