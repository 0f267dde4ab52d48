"""Downloading the output files of a bulk run's results to a folder.

Every ``http(s)`` URL in a result's output (at any depth of lists and dicts) is one file,
named ``<index>-<n><suffix>`` after the item and its place in the output. A file is
written under a ``.part`` name and renamed once whole (its length checked against
``Content-Length`` when the server gives one), so a file under its final name is complete
and a second call skips it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import anyio
import httpx

from wriftai.bulk._results import BulkResult

__all__ = ["Download", "async_download_outputs", "download_outputs", "output_urls"]


@dataclass(frozen=True)
class Download:
    """One output file.

    Attributes:
        index: The input's place in the inputs.
        url: Where the file is.
        path: Where it is written.
        skipped: Whether it was already there, complete.
    """

    index: int
    url: str
    path: Path
    skipped: bool = False


def output_urls(output: Any) -> Iterator[str]:
    """The ``http(s)`` URLs in an output, in order, at any depth.

    Args:
        output: A prediction's output (any JSON value).

    Yields:
        Each URL.
    """
    if isinstance(output, str):
        if output.startswith(("http://", "https://")):
            yield output
    elif isinstance(output, list):
        for value in output:
            yield from output_urls(value)
    elif isinstance(output, dict):
        for value in output.values():
            yield from output_urls(value)


def _planned(results: Iterable[BulkResult], folder: Path) -> Iterator[Download]:
    for result in results:
        for n, url in enumerate(output_urls(result.output)):
            suffix = PurePosixPath(urlsplit(url).path).suffix[:16]
            path = folder / f"{result.index}-{n}{suffix}"
            yield Download(result.index, url, path, skipped=path.exists())


async def _fetch(http: httpx.AsyncClient, download: Download) -> None:
    partial = download.path.with_name(download.path.name + ".part")
    async with http.stream("GET", download.url) as response:
        response.raise_for_status()
        expected = response.headers.get("content-length")
        written = 0
        with partial.open("wb") as file:
            async for chunk in response.aiter_bytes():
                file.write(chunk)
                written += len(chunk)
    if expected is not None and int(expected) != written:
        partial.unlink()
        raise OSError(f"{download.url}: {written} bytes of {expected}")
    os.replace(partial, download.path)


async def async_download_outputs(
    results: Iterable[BulkResult],
    folder: str | Path,
    *,
    concurrency: int = 8,
    http_client: httpx.AsyncClient | None = None,
) -> list[Download]:
    """Downloads the files the results' outputs link to, a few at a time.

    Output URLs are presigned (they carry their own authorisation), so no token is sent.

    Args:
        results: Results of a bulk run (only those with URLs in their output matter).
        folder: Where the files go; made if missing.
        concurrency: Downloads at once (at least 1).
        http_client: The httpx client to download with; a new one by default.

    Returns:
        Every file, ``skipped`` where it was already there.

    Raises:
        ValueError: `concurrency` is below 1.
        httpx.HTTPError: A download failed; the files finished before it stay.
        OSError: A download ended short of its ``Content-Length``.
    """
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError("concurrency must be a positive int")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    downloads = list(_planned(results, target))
    limiter = anyio.CapacityLimiter(concurrency)
    http = http_client or httpx.AsyncClient(timeout=httpx.Timeout(60.0), follow_redirects=True)

    async def one(download: Download) -> None:
        async with limiter:
            await _fetch(http, download)

    try:
        async with anyio.create_task_group() as group:
            for download in downloads:
                if not download.skipped:
                    group.start_soon(one, download)
    except BaseExceptionGroup as errors:
        raise errors.exceptions[0] from None
    finally:
        if http_client is None:
            await http.aclose()
    return downloads


def download_outputs(
    results: Iterable[BulkResult], folder: str | Path, *, concurrency: int = 8
) -> list[Download]:
    """The sync form of `async_download_outputs`, for code with no event loop running.

    It runs an event loop of its own until the downloads are done.

    Args:
        results: The bulk results whose outputs link to files.
        folder: The folder they are saved in.
        concurrency: How many download at once.

    Returns:
        The files, as `async_download_outputs` gives them.

    Raises:
        ValueError: As `async_download_outputs` raises it, and its other errors alike.
    """
    fetch = functools.partial(async_download_outputs, concurrency=concurrency)
    return anyio.run(fetch, list(results), folder)
