"""`local_ray`: a local Ray cluster for tests, that talks to no other address."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

__all__ = ["local_ray"]


@contextlib.contextmanager
def local_ray(num_cpus: int = 2) -> Iterator[None]:
    """Starts a local Ray cluster for a test or a benchmark, and stops it at the end.

    The node listens on 127.0.0.1 only, with no dashboard; Ray's usage reports are off
    (``RAY_USAGE_STATS_ENABLED=0``, unless set already), and so are Ray Data's progress
    bars. Needs the ``ray`` extra.

    Args:
        num_cpus: The CPUs the cluster offers; give actors that wait on HTTP fractions.

    Yields:
        Nothing: inside the block, Ray calls use the cluster.
    """
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray
    import ray.data

    ray.init(
        num_cpus=num_cpus,
        include_dashboard=False,
        _node_ip_address="127.0.0.1",
        logging_level=logging.WARNING,
        log_to_driver=False,
    )
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    try:
        yield
    finally:
        ray.shutdown()
