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
        yield ProgressBar(total=100, show_eta=False, id="scan-bar")

    def start(self) -> None:
        self.query_one(ProgressBar).update(total=100, progress=0)
        self.query_one("#scan-label", Label).update(Content("Opening the exports…"))
        self.display = True

    def advance(self, progress: Progress) -> None:
        """Show one progress report; the file name is the export's, shown as plain text."""
        where = PurePath(progress.file).name if progress.file else PurePath(progress.source).name
        self.query_one("#scan-label", Label).update(Content(f"{progress.items:,} items · {where}"))
        self.query_one(ProgressBar).update(progress=round(progress.fraction * 100))

    def finish(self) -> None:
        self.display = False
