"""The Textual app: the walk-through from findings to fixes.

`make_app` builds it for the console script, the tests and demo mode alike.  The app owns
the session (sources, saved state, last scan), runs the scan in a thread worker that
only posts messages, and bumps two reactives (`scans`, `decisions`) that the screens watch
to refill themselves.  What it opens, its keys and its exports are in `tui.opening`,
`tui.app_keys` and `tui.exporting`; the screens they push load when first pushed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from textual import on, work
from textual.app import App
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from audit.errors import AuditError
from audit.model import Finding
from audit.pipeline import Progress, ScanResult, scan
from audit.sources import Source
from audit.state import StateStore, Status
from tui import app_keys, exporting, hangup, opening
from tui.messages import ScanFailed, ScanFinished, ScanProgress
from tui.screens.main import MainScreen
from tui.session import STATUS_LABELS, SaveLater, Session, demo_session

SAVE_AT_ONCE = 5_000
"""Sightings in the progress file up to which a decision is saved before the app goes on."""
LIST_WAIT = 10.0
"""Seconds the comparison with last time and the save wait for the list to show (both happen
even if the list never does)."""


class AuditApp(App[None]):
    """profile-audit's walk-through: summary, findings, a detail per finding, re-check."""

    CSS_PATH = "app.tcss"
    TITLE = "profile-audit"
    COMMANDS = App.COMMANDS | {app_keys.findings_provider}
    BINDINGS = app_keys.BINDINGS

    scans: reactive[int] = reactive(0)
    """Bumped after each scan: screens refill."""
    decisions: reactive[int] = reactive(0)
    """Bumped after each saved status change: screens refresh statuses."""
    scanning: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.decided: Finding | None = None
        """The finding of the latest decision, for screens refreshing just that one."""
        self.state_lock = threading.Lock()
        """Held while a thread records a scan in the state or saves it: one writer at a time."""
        self._saves = threading.Lock()
        self._save_next: Session | None = None
        self._saver: threading.Thread | None = None
        self.list_shown = threading.Event()
        """Set by the main screen once the findings list shows the latest scan, and again once
        the Re-check list shows its comparison."""
        self.sub_title = opening.session_title(session)  # in the first paint, before the scan starts

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    def on_mount(self) -> None:
        hangup.watch_terminal(self)  # a closed terminal ends the app, even where no SIGHUP reaches it

    @property
    def main(self) -> MainScreen:
        """The main screen, always at the bottom of the stack."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    # What the app opens, its keys (and how it ends) and its exports: functions of their own
    # modules, bound here as the app's methods.
    begin = opening.begin
    open_sources = opening.open_sources
    open_finding = opening.open_finding
    action_open_persona = opening.choose_persona
    open_persona = opening.open_persona
    get_system_commands = app_keys.system_commands
    check_action = app_keys.check_action
    action_help = app_keys.show_help
    action_help_quit = app_keys.quit_interrupted
    action_toggle_theme = app_keys.toggle_theme
    action_rescan = app_keys.rescan
    action_export = exporting.export_findings
    action_export_report = exporting.export_report
    _fatal_error = app_keys.fatal_error

    # Scanning: a thread worker that only posts messages.

    def start_scan(self) -> None:
        self.scanning = True
        self.main.scan_started()
        self.run_scan()

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan", description="Scanning exports")
    def run_scan(self) -> None:
        worker = get_current_worker()
        session = self.session

        def progressed(progress: Progress) -> None:
            self.post_message(ScanProgress(progress, session))

        try:
            result = scan(
                session.sources,
                session.school(),
                on_progress=progressed,
                should_stop=lambda: worker.is_cancelled,
                cache=session.demo is None,  # an unchanged export's findings are re-used; demo mode keeps nothing
            )
        except AuditError as error:
            self.post_message(ScanFailed(str(error), session))
            return
        self.finish_scan(session, result)

    def finish_scan(self, session: Session, result: ScanResult, then: Callable[[], None] | None = None) -> None:
        """In a scan's worker thread: list the result, then compare it with last time and save.

        The list comes first: at 100,000 findings comparing takes a second or more, and a thread
        working meanwhile slows the list down (one GIL).  The save waits likewise until the
        Re-check list shows the comparison (`json.dumps` of 100,000 sightings holds the GIL
        throughout, about half a second).  `then` runs on the UI thread once the list is shown
        (the deep photo scan says what it looked at)."""
        store = session.store
        with self.state_lock:
            session.take_scan(result)  # sorted and counted: enough to list it
        self.list_shown.clear()
        self.post_message(ScanFinished(result, session))
        if then is not None:
            with contextlib.suppress(RuntimeError):  # the app has closed meanwhile
                self.call_from_thread(then)
        self.list_shown.wait(timeout=LIST_WAIT)
        recorded = self.record_scan(session, result)
        self.list_shown.clear()  # set again once the Re-check list shows the comparison
        try:
            self.call_from_thread(self._recorded, session, result)
        except RuntimeError:  # the app has closed meanwhile: save at once
            self.list_shown.set()
        if recorded and not result.cancelled:
            self.list_shown.wait(timeout=LIST_WAIT)
            try:
                with self.state_lock:
                    store.save(session.state)
            except AuditError as error:
                self._notify_from_thread(str(error), "Progress not saved")

    def record_scan(self, session: Session, result: ScanResult) -> bool:
        """Compare with last time here in the scan's thread, not the UI's; the session's own
        save is held back (`SaveLater`) for the caller to do after."""
        store = session.store
        try:
            with self.state_lock:
                session.store = SaveLater(store)
                try:
                    session.record_scan(result)
                finally:
                    session.store = store
        except AuditError as error:
            self._notify_from_thread(str(error), "Progress not saved")
            return False
        return True

    def stop_scan(self) -> None:
        self.workers.cancel_group(self, "scan")

    @on(ScanProgress)
    def _progress(self, message: ScanProgress) -> None:
        if message.session is self.session:
            self.main.scan_progress(message.progress)

    @on(ScanFinished)
    def _finished(self, message: ScanFinished) -> None:
        if message.session is not self.session:
            return  # stopped when another persona was opened: its result belongs to no one
        self.scanning = False
        self.main.scan_ended()
        self.scans += 1

    def _recorded(self, session: Session, result: ScanResult) -> None:
        """The scan has been compared with last time: show it, and say what changed."""
        if session is not self.session or result is not session.result:
            self.list_shown.set()  # nothing to show: its thread saves at once
            return  # another persona or a newer scan has come in meanwhile
        self.main.scan_recorded()
        recheck = session.recheck
        if result.cancelled:
            self.notify("Scan stopped: showing what was found so far (not saved).", severity="warning")
        elif recheck and not session.first_scan and (recheck.marked_fixed_but_found or recheck.new):
            self.main.action_tab("recheck")
            self.notify(
                f"{len(recheck.marked_fixed_but_found)} marked fixed but still found, {len(recheck.new)} new.",
                title="Re-check",
                severity="warning" if recheck.marked_fixed_but_found else "information",
            )
        else:
            count = len(result.findings)
            self.notify(f"{count} finding{'s' if count != 1 else ''}.", title="Scan finished")

    @on(ScanFailed)
    def _failed(self, message: ScanFailed) -> None:
        if message.session is not self.session:
            return
        self.scanning = False
        self.main.scan_ended()
        self.notify(message.error, title="Cannot scan", severity="error", markup=False, timeout=10)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        """An unexpected error in the scan or the report: say what kind, never the data it was reading."""
        if event.worker.group == "report" and event.state == WorkerState.ERROR:
            kind = type(event.worker.error).__name__
            self.notify(f"The report was not written ({kind}).", title="Report", severity="error", markup=False)
        if event.worker.group == "scan" and event.state == WorkerState.ERROR:
            self.scanning = False
            self.main.scan_ended()
            kind = type(event.worker.error).__name__
            self.notify(f"The scan failed ({kind}).", title="Cannot scan", severity="error", markup=False)

    # Decisions.

    def decide(self, finding: Finding, status: Status, reason: str = "", snooze_days: int = 30) -> None:
        """Record a decision, shown at once, and save it in a worker (a big state takes a while
        to write); every screen refreshes from the `decisions` bump."""
        until = date.today() + timedelta(days=snooze_days) if status == "snoozed" else None
        try:
            self.session.state.decide(finding, status, reason=reason, snooze_until=until)
            self.save_state()
        except AuditError as error:
            self.notify(str(error), title="Not saved", severity="error", markup=False)
            return
        self.decided = finding
        self.decisions += 1
        self.notify(f"Marked {STATUS_LABELS[status]}.", timeout=2)

    def save_state(self) -> None:
        """Save the progress file: at once for a small one (an error raises `AuditError`),
        else in a thread of its own, so a decision never waits for 100,000 sightings to be
        written.  That thread is not a daemon: the program ends only once it has saved."""
        session = self.session
        if len(session.state.seen) <= SAVE_AT_ONCE:
            with self.state_lock:
                session.store.save(session.state)
            return
        with self._saves:
            self._save_next = session
            if self._saver is not None and self._saver.is_alive():
                return  # the running saver writes the newest state next
            self._saver = threading.Thread(target=self._save_loop, name="profile-audit-save", daemon=False)
            self._saver.start()

    def _save_loop(self) -> None:
        while True:
            with self._saves:
                session, self._save_next = self._save_next, None
            if session is None:
                return
            for _ in range(3):
                try:
                    with self.state_lock:
                        session.store.save(session.state)
                    break
                except RuntimeError:  # a decision came in while it was written: write it again
                    continue
                except AuditError as error:
                    self._notify_from_thread(str(error), "Not saved")
                    break

    def _notify_from_thread(self, message: str, title: str) -> None:
        with contextlib.suppress(RuntimeError):  # the app has closed meanwhile
            self.call_from_thread(self.notify, message, title=title, severity="error", markup=False)


def make_app(
    sources: Sequence[Source] = (),
    school: Path | None = None,
    *,
    store: StateStore | None = None,
    demo: str | None = None,
) -> AuditApp:
    """The app for the console script, tests and demo mode.

    With `demo` set the sources and school come from that bundled persona and the state is
    throwaway; otherwise progress is kept in `store` (the real one by default).
    """
    if demo is not None:
        return AuditApp(demo_session(demo))
    return AuditApp(Session(list(sources), store or StateStore(), school))
