"""The Textual app: the walk-through from findings to fixes.

`make_app` builds it for the console script, the tests and demo mode alike.  The app owns
the session (sources, saved state, last scan), runs the scan in a thread worker that
only posts messages, and bumps two reactives (`scans`, `decisions`) that the screens watch
to refill themselves.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from rich.segment import Segments
from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from audit.demo import persona_names
from audit.errors import AuditError
from audit.model import Finding
from audit.pipeline import Progress, ScanResult, scan
from audit.sources import Source, source_label
from audit.state import AuditState, StateStore, Status
from tui.commands import FindingsProvider, app_commands
from tui.labels import persona_title
from tui.messages import ScanFailed, ScanFinished, ScanProgress
from tui.screens.detail import FindingScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.prompts import ChoicePrompt, PathPrompt
from tui.screens.welcome import WelcomeScreen
from tui.session import STATUS_LABELS, Session, demo_session

DARK, LIGHT = "textual-dark", "textual-light"
SAVE_AT_ONCE = 5_000
"""Sightings in the progress file up to which a decision is saved before the app goes on."""
LIST_WAIT = 10.0
"""Seconds the comparison with last time and the save wait for the list to show (both happen
even if the list never does)."""


class SaveLater(StateStore):
    """Stands in for the session's store while a scan is recorded: the save waits until the
    findings are on screen, then the real store writes them (one line if it cannot)."""

    def __init__(self, store: StateStore) -> None:
        self.path = store.path  # and no more: it opens nothing, as it never writes

    def save(self, state: AuditState) -> None:
        return


class AuditApp(App[None]):
    """profile-audit's walk-through: summary, findings, a detail per finding, re-check."""

    CSS_PATH = "app.tcss"
    TITLE = "profile-audit"
    COMMANDS = App.COMMANDS | {FindingsProvider}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("r", "rescan", "Re-scan", id="rescan"),
        Binding("e", "export", "Export", tooltip="Export findings as JSON", show=False, id="export"),
        Binding(
            "h", "export_report", "Report", tooltip="Export a report to keep or share (HTML)", show=False, id="report"
        ),
        Binding("t", "toggle_theme", "Theme", tooltip="Switch between light and dark", show=False, id="toggle-theme"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

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
        """Set by the main screen once the findings list shows the latest scan."""

    def _fatal_error(self) -> None:
        """Crash report without local variables: Textual's default prints them, and they
        could hold a phone number or an address from the person's export."""
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None)
        self._exit_renderables.append(Segments(self.console.render(traceback, self.console.options)))
        self._close_messages_no_wait()

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        """The main screen, always at the bottom of the stack."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def begin(self) -> None:
        """Called by the main screen once it is mounted: scan, or ask for an export."""
        self._name_session()
        if self.session.sources:
            self.start_scan()
        else:
            self.push_screen(WelcomeScreen())

    def _name_session(self) -> None:
        self.main.show_story()
        if self.session.demo:
            self.sub_title = f"DEMO · {self.session.demo}"
        else:
            self.sub_title = ", ".join(source_label(source) for source in self.session.sources)

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
        working meanwhile slows the list down (one GIL).  `then` runs on the UI thread once the
        list is shown (the deep photo scan says what it looked at)."""
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
        with contextlib.suppress(RuntimeError):
            self.call_from_thread(self._recorded, session, result)
        if recorded and not result.cancelled:
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

    def open_finding(self, finding_id: str) -> None:
        self.push_screen(FindingScreen(finding_id, [f.id for f in self.session.findings]))

    def open_sources(self, sources: Sequence[Source]) -> None:
        self.session.sources = list(sources)
        self._name_session()
        self.start_scan()

    # Actions and commands.

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from app_commands(self)
        yield from super().get_system_commands(screen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("rescan", "export", "export_report"):
            return None if self.scanning else True
        return True

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_help_quit(self) -> None:
        """Ctrl+C quits, as in any terminal program, with exit code 130 like an interrupted scan
        (Textual's own Ctrl+C only says to press Ctrl+Q).  Decisions are already saved."""
        self.exit(return_code=130)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK

    def action_rescan(self) -> None:
        if self.scanning:
            return
        if not self.session.sources:
            self.notify("Open an export first.", severity="warning")
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.start_scan()

    def action_export(self) -> None:
        if self.session.result is None:
            self.notify("Nothing to export yet: scan first.", severity="warning")
            return
        default = Path.cwd() / f"profile-audit-findings-{date.today().isoformat()}.json"

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            try:
                count = self.session.export(path)
            except OSError as error:
                self.notify(f"Could not write it ({error.strerror}).", severity="error", markup=False)
                return
            self.notify(
                f"{count} finding{'' if count == 1 else 's'} written to {path} (only you can read it).",
                markup=False,
                timeout=8,
            )

        self.push_screen(PathPrompt("Export findings", "Write the findings as JSON to:", str(default)), chosen)

    def action_export_report(self) -> None:
        """Ask which report (to keep, or a masked copy to share) and where, then write it."""
        if self.session.result is None:
            self.notify("Nothing to report yet: scan first.", severity="warning")
            return
        choices = [
            ("A report to keep: everything shown; only you can read the file", "keep"),
            ("A copy to share: details masked, photos blurred, no links", "share"),
        ]

        def kind_chosen(kind: str | None) -> None:
            if kind is None:
                return
            redact = kind == "share"
            name = f"profile-audit-{'shareable' if redact else 'report'}-{date.today().isoformat()}.html"
            question = "Write the copy to share (one web page) to:" if redact else "Write the report (one web page) to:"

            def path_chosen(path: Path | None) -> None:
                if path is not None:
                    self.write_report(path, redact, copy.deepcopy(self.session.state))

            self.push_screen(PathPrompt("Export report", question, str(Path.cwd() / name)), path_chosen)

        self.push_screen(ChoicePrompt("Export a report", choices), kind_chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="report", description="Writing the report")
    def write_report(self, path: Path, redact: bool, state: AuditState) -> None:
        """Build and write the page off the UI thread (photos are re-read from the exports)."""
        from audit.report_html import build, render, write  # here: jinja2 is not needed for the first screen

        session = self.session
        if session.result is None:
            return
        try:
            report = build(session.result, state, redact=redact, sources=session.sources,
                           school=session.school().name, demo=session.demo, since=session.recheck)  # fmt: skip
            write(path, render(report))
        except OSError as error:
            self.call_from_thread(
                self.notify, f"Could not write it ({error.strerror}).", severity="error", markup=False
            )
            return
        except AuditError as error:
            self.call_from_thread(self.notify, str(error), title="Report", severity="error", markup=False)
            return
        who = "a copy to share, details masked" if redact else "only you can read it"
        self.call_from_thread(self.notify, f"Report written to {path} ({who}).", markup=False, timeout=8)

    def action_open_persona(self) -> None:
        choices = [(f"{name}: {persona_title(name)}", name) for name in persona_names()]

        def chosen(name: str | None) -> None:
            if name:
                self.open_persona(name)

        self.push_screen(ChoicePrompt("Open a fictional persona (demo mode)", choices), chosen)

    def open_persona(self, name: str) -> None:
        """Switch to a bundled persona with a throwaway state: the real one is never touched."""
        if self.scanning:
            self.stop_scan()
        self.session = demo_session(name)
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._name_session()
        self.start_scan()


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
