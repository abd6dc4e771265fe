"""The time left the progress bar shows: from the bytes read so far, and only once it means something."""

from __future__ import annotations

import io

import pytest

from audit.pipeline import Progress
from audit.progress import ProgressBar, time_left


@pytest.mark.parametrize(
    ("fraction", "elapsed", "words"),
    [
        (0.5, 30.0, "about 30 s left"),
        (0.25, 60.0, "about 3 min left"),
        (0.1, 600.0, "about 1.5 h left"),
        (0.9, 9.0, "about 5 s left"),
        (0.01, 60.0, ""),  # the first per cent: the rate is still the detectors loading
        (0.5, 1.0, ""),  # the first seconds
        (1.0, 60.0, ""),
    ],
)
def test_time_left(fraction: float, elapsed: float, words: str) -> None:
    assert time_left(fraction, elapsed) == words


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_says_the_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 160.0])
    monkeypatch.setattr("audit.progress.time.monotonic", lambda: next(clock))
    terminal = _Terminal()
    bar = ProgressBar(terminal)  # started at 100 s
    bar(Progress("twitter-archive.zip", "data/tweets.js", 5_000, 25, 100))  # a quarter after a minute

    assert "about 3 min left" in terminal.getvalue()
