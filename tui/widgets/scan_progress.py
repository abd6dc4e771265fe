"""The progress bar shown while a scan runs, hidden again when it ends.

The thread worker never touches it: the app routes `ScanProgress` messages here.
"""

from __future__ import annotations

from pathlib import PurePath

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar

from audit.pipeline import Progress


class ScanProgressPanel(Horizontal):
    """A label saying what is being read and a bar of how far the scan has got."""

    def compose(self) -> ComposeResult:
        yield Label(Content("Starting…"), id="scan-label")
        yield ProgressBar(total=100, show_eta=True, id="scan-bar")  # the bar moves by bytes read

    sources = 1
    """How many exports this scan reads: the bar covers them all, not each in turn."""
    seen: list[str] = []

    def start(self, sources: int = 1) -> None:
        self.sources = max(sources, 1)
        self.seen = []
        self.query_one(ProgressBar).update(total=100, progress=0)
        self.query_one("#scan-label", Label).update(Content("Opening the exports…"))
        self.display = True

    def advance(self, progress: Progress) -> None:
        """Show one progress report; the file name is the export's, shown as plain text."""
        where = PurePath(progress.file).name if progress.file else PurePath(progress.source).name
        self.query_one("#scan-label", Label).update(Content(f"{progress.items:,} items · {where}"))
        if progress.source not in self.seen:
            self.seen.append(progress.source)
        done = (len(self.seen) - 1 + progress.fraction) / self.sources
        self.query_one(ProgressBar).update(progress=round(min(done, 0.99) * 100))

    def finish(self) -> None:
        self.display = False
