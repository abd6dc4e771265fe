"""The command palette (Ctrl+P): app commands, and jumping straight to a finding.

`app_commands` feeds `App.get_system_commands`; `FindingsProvider` makes every finding of
the last scan searchable by kind, value and platform.  "Look inside photos" runs the deep
photo scan (`audit.photos_deep`, the `photos` extra) from here, as `--photos deep` does on
the command line: it needs no key of its own, being slow and run once in a while.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets import Label, ProgressBar
from textual.worker import get_current_worker

from audit.errors import AuditError
from audit.pipeline import ScanResult
from audit.recheck import DEEP_PHOTO_KINDS
from tui.labels import kind_title, platform_title
from tui.messages import ScanFailed
from tui.screens.detail import FindingScreen
from tui.widgets.scan_progress import ScanProgressPanel

if TYPE_CHECKING:
    from tui.app import AuditApp
    from tui.session import Session

DEEP_TITLE = "Look inside photos (deep scan)"
DEEP_HELP = "Read the text in every photo and check what it shows (slow; nothing leaves this computer)"
DEEP_JOBS = 0
"""Worker processes for the deep scan; 0 means one per core."""
PROGRESS_EVERY = 0.2
"""Seconds between two updates of the progress bar (photos found in the cache come quickly)."""


def app_commands(app: AuditApp) -> Iterator[SystemCommand]:
    """Our commands, shown first in the palette."""
    finding_screen = _finding_screen(app)
    if finding_screen is not None:
        yield SystemCommand(
            "Check it's gone",
            "Fetch this finding's public page again, as a stranger sees it, and say whether it has gone (v)",
            finding_screen.action_check_gone,
        )
    yield SystemCommand("Re-scan", "Scan the exports again and compare with your progress", app.action_rescan)
    yield SystemCommand(
        "Export findings",
        "Write the findings as JSON (profile-audit.findings/1), only you can read it",
        app.action_export,
    )
    yield SystemCommand(
        "Open persona", "Open a bundled fictional persona (demo mode, nothing saved)", app.action_open_persona
    )
    yield SystemCommand(
        "Export report",
        "Write a report to keep, or a masked copy to share with a line manager (one web page)",
        app.action_export_report,
    )
    yield SystemCommand(DEEP_TITLE, DEEP_HELP, partial(look_inside_photos, app))
    yield SystemCommand("Toggle light/dark", "Switch between the light and the dark theme", app.action_toggle_theme)
    yield SystemCommand("Help", "Keys and what the statuses mean", app.action_help)


def _finding_screen(app: AuditApp) -> FindingScreen | None:
    """The finding's screen the palette was opened over, if it was opened over one."""
    for screen in reversed(app.screen_stack):
        if not isinstance(screen, CommandPalette):
            return screen if isinstance(screen, FindingScreen) else None
    return None


def look_inside_photos(app: AuditApp) -> None:
    """Start the deep photo scan over the open exports in a worker, with the scan's progress
    bar; where it cannot run (no scan yet, the extra not installed), one plain line says why."""
    session = app.session
    if app.scanning:
        app.notify("Wait for the scan to finish first.", severity="warning")
        return
    from audit.photos_deep import DeepScanUnavailable, check_available  # not on the app's first screen

    try:
        check_available()
    except DeepScanUnavailable as error:  # said first: it is what to do before anything else
        words = str(error)
        app.notify(words[:1].upper() + words[1:] + ".", title="Look inside photos", markup=False, timeout=10)
        return
    if session.result is None or not session.sources:
        app.notify("Open an export and scan it first.", severity="warning")
        return
    if _deep_jobs() > 1:
        start_resource_tracker()
    while len(app.screen_stack) > 1:  # the progress bar is on the main screen, as for a re-scan
        app.pop_screen()
    app.scanning = True
    app.main.scan_started()
    show_deep_progress(app, session, 0, 0)
    app.run_worker(
        partial(_deep_scan, app, session),
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="scan",  # stopped with the scan (another persona opened), and its errors said as the scan's
        description="Looking inside photos",
    )


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now, on the UI thread, with the real stderr.

    The deep scan's worker pool starts it otherwise, from the worker thread, handing it
    `sys.stderr`'s file number; under Textual that is the app's capture, not a real file, and
    the pool fails ("bad value(s) in fds_to_keep").  It only ever writes warnings there."""
    from multiprocessing import resource_tracker

    with contextlib.redirect_stderr(sys.__stderr__ or sys.stderr):
        resource_tracker.ensure_running()


def _deep_jobs() -> int:
    return DEEP_JOBS or os.cpu_count() or 1


def show_deep_progress(app: AuditApp, session: Session, done: int, total: int) -> None:
    """The progress bar's words and length for the deep scan (on the UI thread)."""
    if session is not app.session or not app.scanning:
        return
    panel = app.main.query_one(ScanProgressPanel)
    words = f"Looking inside photos: {done:,} of {total:,}" if total else "Looking inside photos: finding them…"
    panel.query_one(Label).update(Content(words))
    panel.query_one(ProgressBar).update(total=100, progress=round(99 * done / total) if total else 0)


def _deep_scan(app: AuditApp, session: Session) -> None:
    """The worker: the deep scan, its findings put in place of the last deep scan's, and the
    whole recorded and saved as a scan is (in demo mode, the photo cache is thrown away)."""
    from audit.photos_deep import deep_scan
    from audit.photos_deep.cache import ReadingCache

    worker = get_current_worker()
    shown = 0.0

    def progressed(done: int, total: int) -> None:
        nonlocal shown
        if done == total or time.monotonic() - shown >= PROGRESS_EVERY:
            shown = time.monotonic()
            with contextlib.suppress(RuntimeError):  # the app has closed meanwhile
                app.call_from_thread(show_deep_progress, app, session, done, total)

    base = session.result
    assert base is not None
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="profile-audit-")) if session.demo else None
        try:
            deep = deep_scan(
                session.sources,
                session.school(),
                jobs=_deep_jobs(),
                on_progress=progressed,
                should_stop=lambda: worker.is_cancelled,
                cache=ReadingCache(None if folder is None else Path(folder)),
            )
        except AuditError as error:
            app.post_message(ScanFailed(str(error), session))
            return
    kept = [finding for finding in base.findings if finding.kind not in DEEP_PHOTO_KINDS]  # replaced, the rest kept
    result = ScanResult(base.sources, kept + deep.findings, base.cancelled or deep.cancelled, base.reused)
    app.finish_scan(
        session, result, then=partial(_say_what_was_seen, app, deep.photos, len(deep.findings), len(deep.skipped))
    )


def _say_what_was_seen(app: AuditApp, photos: int, findings: int, skipped: int) -> None:
    """One line on what the deep scan did: counts only, never a value or a file's name."""
    said = f"Looked inside {photos:,} photo{'s' if photos != 1 else ''}: "
    said += f"{findings:,} finding{'s' if findings != 1 else ''} in what they show or say."
    if skipped:
        said += f" {skipped:,} could not be looked at (damaged, or too big for a photo)."
    app.notify(said, title="Look inside photos", markup=False, timeout=8)


class FindingsProvider(Provider):
    """Search the last scan's findings: "phone x public" finds public phone numbers on X.

    The title holds the person's own value, so it is passed as `Content` (the palette
    would read a plain string as markup); the help line holds only our own words.
    """

    def _candidates(self) -> list[tuple[str, str, str]]:
        app: AuditApp = self.app  # type: ignore[assignment]
        session = app.session
        return [
            (
                f"{kind_title(f.kind)}: {f.value}",
                f"{platform_title(f.platform)} · {f.visibility} · {session.status_of(f)}",
                f.id,
            )
            for f in session.findings
        ]

    async def discover(self) -> Hits:
        for title, help_text, finding_id in self._candidates()[:5]:
            yield DiscoveryHit(Content(title), partial(self._open, finding_id), text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, finding_id in self._candidates():
            score = matcher.match(f"{title} {help_text}")
            if score > 0:
                yield Hit(score, Content(title), partial(self._open, finding_id), text=title, help=help_text)

    def _open(self, finding_id: str) -> None:
        app: AuditApp = self.app  # type: ignore[assignment]
        app.open_finding(finding_id)
