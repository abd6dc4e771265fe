"""A plain-text progress bar on stderr for the headless CLI (no rich, no curses).

Drawn only when stderr is a terminal; redrawn at most ten times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from audit.pipeline import Progress

WIDTH = 24


class ProgressBar:
    """Callable progress sink: `scan(..., on_progress=ProgressBar())`."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        finished = progress.bytes_total and progress.bytes_read >= progress.bytes_total and not progress.file
        if not self.enabled or (now - self._last_draw < 0.1 and not finished):
            return
        self._last_draw = now
        fraction = 1.0 if finished else progress.fraction
        filled = int(fraction * WIDTH)
        rate = progress.items / max(now - self._started, 1e-6)
        where = progress.file or "done"
        line = (
            f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {fraction:4.0%} "
            f"{progress.items:,} items {rate:,.0f}/s  {where}"
        )
        columns = 100
        self.stream.write(line[:columns].ljust(columns))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Clear the bar so the summary starts on a clean line."""
        if self._drawn:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
