"""The main screen: summary, findings list and re-check, one tab each.

It owns no data: it reads the app's session and refills its widgets when the app says a
scan finished or a decision changed (`scans` / `decisions` reactives).  Widgets below it
post messages up (a row chosen, a filter changed); it opens the detail screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Markdown, OptionList, TabbedContent, TabPane

from audit.demo import persona_story
from audit.model import Finding
from audit.pipeline import Progress
from audit.state import Status
from tui.screens.detail import FindingScreen
from tui.screens.marking import STATUS_BINDINGS, mark
from tui.widgets.filters import ANY, FilterBar, Filters
from tui.widgets.finding_table import FindingTable
from tui.widgets.recheck_view import RecheckView
from tui.widgets.scan_progress import ScanProgressPanel
from tui.widgets.summary import SummaryView

if TYPE_CHECKING:
    from tui.app import AuditApp

TABS = ("summary", "findings", "recheck")


class MainScreen(Screen[None]):
    """Tabs for the summary, the findings and the re-check, with a scan progress bar above."""

    BINDINGS = [
        *STATUS_BINDINGS,
        Binding("1", "tab('summary')", "Summary", show=False, id="tab-summary"),
        Binding("2", "tab('findings')", "Findings", show=False, id="tab-findings"),
        Binding("3", "tab('recheck')", "Re-check", show=False, id="tab-recheck"),
        Binding("4", "tab('story')", "Story (demo mode)", show=False, id="tab-story"),
        Binding("escape", "stop_scan", "Stop scan", id="stop-scan"),
    ]

    AUTO_FOCUS = "#riskiest"
    _filled_width = 0
    """Enter on start opens the riskiest finding."""

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield ScanProgressPanel(id="progress")
        with TabbedContent(id="tabs"):
            with TabPane("Summary", id="summary"):
                yield SummaryView()
            with TabPane("Findings", id="findings"):
                yield FilterBar(id="filters")
                yield FindingTable(id="table")
            with TabPane("Re-check", id="recheck"):
                yield RecheckView(id="recheck-list", markup=False)
            with TabPane("Story", id="story"), VerticalScroll(id="story-scroll"):
                yield Markdown(id="story-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ScanProgressPanel).display = False
        self.query_one(TabbedContent).hide_tab("story")
        self.watch(self.app, "scans", self.refill, init=False)
        self.watch(self.app, "decisions", self.status_changed, init=False)
        self.call_later(self.audit_app.begin)

    # Attributes down: the app calls these.

    def scan_started(self) -> None:
        self.query_one(ScanProgressPanel).start(len(self.audit_app.session.sources))

    def scan_progress(self, progress: Progress) -> None:
        self.query_one(ScanProgressPanel).advance(progress)

    def scan_ended(self) -> None:
        self.query_one(ScanProgressPanel).finish()

    def show_story(self) -> None:
        """Demo mode: the persona's story, for the IT lead to tell; hidden otherwise."""
        session = self.audit_app.session
        tabs = self.query_one(TabbedContent)
        if session.demo:
            self.query_one("#story-text", Markdown).update(persona_story(session.demo))
            tabs.show_tab("story")
        else:
            tabs.hide_tab("story")

    def refill(self, _: object = None) -> None:
        """Show the session's last scan in every tab, keeping cursors where they were."""
        session = self.audit_app.session
        if session.result is None:
            return
        findings = session.findings
        status_of = session.status_of
        self.query_one(SummaryView).show(session.result, findings, status_of, session.counts())
        bar = self.query_one(FilterBar)
        bar.offer(findings)
        self._fill_table(bar.filters)
        self.query_one(RecheckView).show(session.recheck, session.first_scan, status_of)

    def status_changed(self, _: object = None) -> None:
        """One decision changed: re-count, and re-word that finding's row and line in place."""
        session = self.audit_app.session
        finding = self.audit_app.decided
        if session.result is None or finding is None:
            return
        self.query_one(SummaryView).show(session.result, session.findings, session.status_of, session.counts())
        status = session.status_of(finding)
        filters = self.query_one(FilterBar).filters
        if filters.status == ANY:
            self.query_one(FindingTable).update_status(finding, status)
        else:
            self._fill_table(filters)  # the row may have to leave the list
        self.query_one(RecheckView).update_status(finding, status)

    def _fill_table(self, filters: Filters) -> None:
        session = self.audit_app.session
        shown = [f for f in session.findings if filters.keep(f, session.status_of)]
        table = self.query_one(FindingTable)
        table.several_platforms = len({f.platform for f in session.findings}) > 1
        table.show(shown, session.status_of)
        self._filled_width = self.app.size.width

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    # Messages up: widgets tell the screen what the person chose.

    @on(FilterBar.Changed)
    def _filtered(self, event: FilterBar.Changed) -> None:
        self._fill_table(event.filters)

    @on(DataTable.RowSelected, "#table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        table = self.query_one(FindingTable)
        if event.row_key.value:
            self.open_finding(event.row_key.value, list(table.order))

    @on(OptionList.OptionSelected)
    def _option_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            order = [o.id for o in event.option_list.options if o.id and not o.disabled]
            self.open_finding(event.option.id, order)

    def open_finding(self, finding_id: str, order: list[str]) -> None:
        self.app.push_screen(FindingScreen(finding_id, order))

    def current_finding(self) -> Finding | None:
        """The finding under the cursor of the focused list, if any."""
        focused = self.focused
        finding_id: str | None = None
        if isinstance(focused, FindingTable):
            finding_id = focused.current_id
        elif isinstance(focused, OptionList) and focused.highlighted is not None:
            finding_id = focused.options[focused.highlighted].id
        return self.audit_app.session.finding(finding_id) if finding_id else None

    # Actions.

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tab" and parameters == ("story",):
            return self.audit_app.session.demo is not None
        if action == "stop_scan":
            return self.audit_app.scanning
        if action == "mark":
            return True if self.current_finding() is not None else None
        return True

    def action_mark(self, status: Status) -> None:
        mark(self, self.current_finding(), status)

    def action_tab(self, tab: str) -> None:
        self.show_tab(tab)
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        target = {"summary": "#riskiest", "findings": "#table", "recheck": "#recheck-list", "story": "#story-scroll"}[
            tab
        ]
        self.query_one(target).focus()

    def action_stop_scan(self) -> None:
        self.audit_app.stop_scan()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self) -> None:
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_resize(self) -> None:
        """Column widths follow the terminal's: re-fill the list when the width changed."""
        if self.audit_app.session.result is not None and self.app.size.width != self._filled_width:
            self._fill_table(self.query_one(FilterBar).filters)
