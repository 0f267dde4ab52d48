"""A bulk run's progress bar, through tqdm (the ``progress`` extra) when it is installed.

The bar shows items done, the rate and (when the number of inputs is known) the ETA, with
failed, in-flight, concurrency and pace beside it. It is off when stderr is not a
terminal, unless asked for.
"""

from __future__ import annotations

import sys
from typing import Any

from wriftai.bulk._results import BulkStats

__all__ = ["Progress"]


class Progress:
    """A progress bar, or nothing.

    Args:
        enabled: Show it (True), not (False), or when stderr is a terminal (None).
        total: The number of inputs, when known.
    """

    def __init__(self, enabled: bool | None, total: int | None = None) -> None:
        self._bar: Any = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            if enabled:
                print(
                    "wriftai: the progress bar needs tqdm: pip install 'wriftai[progress]'",
                    file=sys.stderr,
                )
            return
        self._bar = tqdm(total=total, unit="item", dynamic_ncols=True, smoothing=0.1)

    def update(self, stats: BulkStats) -> None:
        """Moves the bar to the stats.

        Args:
            stats: The run's stats.
        """
        bar = self._bar
        if bar is None:
            return
        bar.update(stats.done - bar.n)
        pace = "-" if stats.pace is None else f"{stats.pace:.0f}/s"
        bar.set_postfix(
            failed=stats.failed + stats.ambiguous,
            in_flight=stats.in_flight,
            concurrency=stats.concurrency,
            pace=pace,
            refresh=False,
        )

    def close(self) -> None:
        """Ends the bar."""
        if self._bar is not None:
            self._bar.close()
