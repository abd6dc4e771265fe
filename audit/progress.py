"""A plain-text progress bar on stderr for the headless CLI (no rich, no curses).

Drawn only when stderr is a terminal; redrawn at most ten times a second.  `start` draws a
first line at once, naming what is about to be read, and keeps a clock on it until the first
items arrive: loading the detectors (spaCy and the classifiers) takes a few seconds, and a
silent terminal in that time looks like a hang.  This module imports nothing heavy, so the
first line appears before the detectors are even imported.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import PurePath
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from audit.pipeline import Progress

WIDTH = 24
TICK_SECONDS = 0.5


def archive_name(label: str) -> str:
    """An archive's label in a few words: each file's or folder's name, a page's full address."""
    parts = label.split(" + ")
    return " + ".join(part if "://" in part else PurePath(part).name or part for part in parts)


class ProgressBar:
    """Callable progress sink: `scan(..., on_progress=ProgressBar())`."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False
        self._lock = threading.Lock()
        self._waiting = threading.Event()
        self._clock: threading.Thread | None = None

    def start(self, what: str) -> None:
        """Say at once what is about to be read, with a clock until the first items come in."""
        if not self.enabled:
            return
        self._started = time.monotonic()
        self._waiting.set()
        self._draw_waiting(what)
        self._clock = threading.Thread(target=self._tick, args=(what,), name="progress-clock", daemon=True)
        self._clock.start()

    def _tick(self, what: str) -> None:
        while self._waiting.is_set():
            time.sleep(TICK_SECONDS)
            self._draw_waiting(what)

    def _draw_waiting(self, what: str) -> None:
        with self._lock:
            if self._waiting.is_set():
                seconds = time.monotonic() - self._started
                self._write(f"Getting ready to read {what} ({seconds:.0f} s)")

    def _stop_clock(self) -> None:
        with self._lock:
            self._waiting.clear()
        if self._clock is not None and self._clock is not threading.current_thread():
            self._clock.join(timeout=2 * TICK_SECONDS)
            self._clock = None

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        if self._clock is not None:  # the first items: the rate counts from now, not from the loading
            self._stop_clock()
            self._started = time.monotonic()
        now = time.monotonic()
        finished = progress.bytes_total and progress.bytes_read >= progress.bytes_total and not progress.file
        if now - self._last_draw < 0.1 and not finished:
            return
        self._last_draw = now
        fraction = 1.0 if finished else progress.fraction
        filled = int(fraction * WIDTH)
        elapsed = now - self._started
        rate = progress.items / max(elapsed, 1.0)
        left = "" if finished else time_left(fraction, elapsed)
        bar = f"[{'#' * filled}{'.' * (WIDTH - filled)}] {fraction:4.0%} {progress.items:,} items {rate:,.0f}/s  "
        bar += f"{left}  " if left else ""
        name = archive_name(progress.source)
        room = self._columns() - len(bar) - len(name) - 2
        with self._lock:
            self._write(bar + name + (f": {_fit(progress.file, room)}" if progress.file else ""))

    def _columns(self) -> int:
        """The line's width: the terminal's, less one so the cursor never wraps to a new line."""
        import shutil  # here, not at start-up: `--help` has no bar to draw

        return max(40, min(shutil.get_terminal_size((100, 24)).columns - 1, 160))

    def _write(self, line: str) -> None:
        columns = self._columns()
        self.stream.write("\r" + line[:columns].ljust(columns))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Stop the clock and clear the bar so the summary (or an error) starts on a clean line."""
        self._stop_clock()
        if self._drawn:
            columns = self._columns()
            self.stream.write("\r" + " " * columns + "\r")
            self.stream.flush()
            self._drawn = False


def time_left(fraction: float, elapsed: float) -> str:
    """ "about 3 min left" for an archive `fraction` read (by bytes) in `elapsed` seconds.

    Bytes, not items, because a text item is a few hundred bytes and a photo megabytes: the
    rate in items swings as the scan goes from posts to media.  Nothing is said in the first
    seconds or the first few per cent, when the rate is still the detectors loading.
    """
    if fraction < MIN_FRACTION or elapsed < MIN_SECONDS or fraction >= 1.0:
        return ""
    seconds = elapsed * (1.0 - fraction) / fraction
    if seconds < 60:
        return f"about {max(5, round(seconds / 5) * 5)} s left"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min left"
    return f"about {seconds / 3600:.1f} h left"


MIN_FRACTION, MIN_SECONDS = 0.03, 3.0


def _fit(text: str, room: int) -> str:
    """Text cut from the left to fit, so the end of a long path (the file's name) stays visible."""
    if room <= 1 or len(text) <= room:
        return text
    return "..." + text[-(room - 3) :] if room > 3 else text[-room:]
