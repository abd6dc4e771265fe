"""Writing what the app found to a file: the findings as JSON (`e`), or a report (`h`).

Each asks first where to write (a path prompt with today's date in the file's name), writes a
file only the person can read (or, for the report, a masked copy to share) and says where it
went in one line.  The report is built in a worker thread, as it re-reads photos from the
exports; jinja2 is imported only then, never for the app's first screen.  An unexpected error
in that worker is said by the app (`AuditApp._worker_changed`, group "report").

These are the app's actions, bound to `AuditApp` as `action_export` and `action_export_report`.
"""

from __future__ import annotations

import copy
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from audit.errors import AuditError
from audit.state import AuditState
from tui.screens.prompts import ChoicePrompt, PathPrompt

if TYPE_CHECKING:
    from tui.app import AuditApp

REPORT_KINDS = [
    ("A report to keep: everything shown; only you can read the file", "keep"),
    ("A copy to share: details masked, photos blurred, no links", "share"),
]
"""The two reports `h` offers, and the word each choice returns."""


def export_findings(app: AuditApp) -> None:
    """`e`: ask where, then write the last scan's findings as JSON (0600)."""
    if app.session.result is None:
        app.notify("Nothing to export yet: scan first.", severity="warning")
        return
    default = Path.cwd() / f"profile-audit-findings-{date.today().isoformat()}.json"
    prompt = PathPrompt("Export findings", "Write the findings as JSON to:", str(default))
    app.push_screen(prompt, partial(_write_findings, app))


def _write_findings(app: AuditApp, path: Path | None) -> None:
    if path is None:
        return
    try:
        count = app.session.export(path)
    except OSError as error:
        app.notify(f"Could not write it ({error.strerror}).", severity="error", markup=False)
        return
    app.notify(
        f"{count} finding{'' if count == 1 else 's'} written to {path} (only you can read it).",
        markup=False,
        timeout=8,
    )


def export_report(app: AuditApp) -> None:
    """`h`: ask which report (to keep, or a masked copy to share) and where, then write it."""
    if app.session.result is None:
        app.notify("Nothing to report yet: scan first.", severity="warning")
        return
    app.push_screen(ChoicePrompt("Export a report", REPORT_KINDS), partial(_report_kind_chosen, app))


def _report_kind_chosen(app: AuditApp, kind: str | None) -> None:
    if kind is None:
        return
    redact = kind == "share"
    name = f"profile-audit-{'shareable' if redact else 'report'}-{date.today().isoformat()}.html"
    question = "Write the copy to share (one web page) to:" if redact else "Write the report (one web page) to:"

    def path_chosen(path: Path | None) -> None:
        if path is not None:
            write_report(app, path, redact, copy.deepcopy(app.session.state))

    app.push_screen(PathPrompt("Export report", question, str(Path.cwd() / name)), path_chosen)


def write_report(app: AuditApp, path: Path, redact: bool, state: AuditState) -> None:
    """Write the report in a worker of the app's (one at a time: a newer one replaces it).

    `state` is a copy taken when the path was chosen: decisions made meanwhile on the UI
    thread do not change the page half-way through."""
    app.run_worker(
        partial(_build_and_write, app, path, redact, state),
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="report",
        description="Writing the report",
    )


def _build_and_write(app: AuditApp, path: Path, redact: bool, state: AuditState) -> None:
    """Build and write the page off the UI thread (photos are re-read from the exports)."""
    from audit.report_html import build, render, write  # here: jinja2 is not needed for the first screen

    session = app.session
    if session.result is None:
        return
    try:
        report = build(session.result, state, redact=redact, sources=session.sources,
                       school=session.school().name, demo=session.demo, since=session.recheck)  # fmt: skip
        write(path, render(report))
    except OSError as error:
        app.call_from_thread(app.notify, f"Could not write it ({error.strerror}).", severity="error", markup=False)
        return
    except AuditError as error:
        app.call_from_thread(app.notify, str(error), title="Report", severity="error", markup=False)
        return
    who = "a copy to share, details masked" if redact else "only you can read it"
    app.call_from_thread(app.notify, f"Report written to {path} ({who}).", markup=False, timeout=8)
