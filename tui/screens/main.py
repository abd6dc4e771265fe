"""The main screen: summary, findings list and re-check, one tab each.

It owns no data: it reads the app's session and refills its widgets when the app says a
scan finished or a decision changed (`scans` / `decisions` reactives).  Widgets below it
post messages up (a row chosen, a filter changed, rows ticked); it opens the detail screen
or a group, and says above the list how many findings and rows it shows.  Switching tabs
puts the keyboard in that tab's list, which shows it has the focus by its border.

Three modules make the screen, one idea each: this one builds the tabs and keeps them up to
date; `tui.screens.main_lists` fills the two long lists (at 100,000 findings, off the UI
thread); `tui.screens.main_actions` has the keys.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList, TabbedContent, TabPane
from textual.widgets._header import HeaderIcon

from audit.demo import persona_story
from audit.pipeline import Progress
from tui.screens.main_actions import FOCUS, MainActions
from tui.screens.main_lists import AT_ONCE, COMPARING
from tui.screens.marking import STATUS_BINDINGS
from tui.widgets.filters import ANY, FilterBar
from tui.widgets.finding_table import GROUP_KEY, FindingTable
from tui.widgets.recheck_view import RecheckView
from tui.widgets.scan_progress import ScanProgressPanel
from tui.widgets.summary import SummaryView

__all__ = ["AT_ONCE", "COMPARING", "FOCUS", "TABS", "MainScreen"]

TABS = ("summary", "findings", "recheck")


class MainScreen(MainActions):
    """Tabs for the summary, the findings and the re-check, with a scan progress bar above."""

    BINDINGS = [
        *STATUS_BINDINGS,
        Binding("1", "tab('summary')", "Summary", show=False, id="tab-summary"),
        Binding("2", "tab('findings')", "Findings", show=False, id="tab-findings"),
        Binding("3", "tab('recheck')", "Re-check", show=False, id="tab-recheck"),
        Binding("4", "tab('story')", "Story (demo mode)", show=False, id="tab-story"),
        Binding("escape", "stop_scan", "Stop scan", id="stop-scan"),
        Binding("slash", "search", "Search", tooltip="Search the findings: a value, words, a place", id="search"),
        Binding("s", "sort", "Order", tooltip="Order the list: riskiest, newest, oldest, by platform", id="sort"),
        Binding(
            "g", "group", "Group", tooltip="Group findings of the same value, or list each", show=False, id="group"
        ),
    ]

    AUTO_FOCUS = "#riskiest"
    """Enter on start opens the riskiest finding."""

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
                yield RecheckView(id="recheck-list")
            with TabPane("Story", id="story"):
                yield VerticalScroll(id="story-scroll")  # the story's Markdown is mounted in demo mode
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(HeaderIcon).display = False  # Textual's default icon means nothing here
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
            from textual.widgets import Markdown  # and markdown-it: not for the first screen

            story, shown = persona_story(session.demo), self.query("#story-text")
            if shown:
                shown.first(Markdown).update(story)
            else:
                self.query_one("#story-scroll").mount(Markdown(story, id="story-text"))
            tabs.show_tab("story")
        else:
            tabs.hide_tab("story")

    def refill(self, _: object = None) -> None:
        """Show the session's last scan in every tab, keeping cursors where they were.

        A big scan is listed before it is compared with last time (`Session.take_scan`): the
        Re-check tab says so until `scan_recorded` brings the comparison."""
        session = self.audit_app.session
        if session.result is None:
            return
        findings = session.findings
        self._show_summary()
        bar = self.query_one(FilterBar)
        bar.offer(session.tally.samples if session.tally.total == len(findings) else findings)
        self._fill_table(bar.filters)
        self._show_recheck()

    def scan_recorded(self) -> None:
        """The scan has been compared with last time: show the comparison, and the statuses
        of findings whose decision was carried over from an older key."""
        session = self.audit_app.session
        if session.result is None:
            self.audit_app.list_shown.set()  # nothing to show: the scan's thread need not wait
            return
        self._show_summary()
        filters = self.query_one(FilterBar).filters
        if filters.status == ANY:
            self.query_one(FindingTable).rows_changed()  # repaint the rows on screen with their statuses
        else:
            self._fill_table(filters)  # a carried-over decision may move a row in or out
        self._show_recheck()

    def status_changed(self, _: object = None) -> None:
        """One decision changed: re-count, and re-word that finding's row and line in place."""
        session = self.audit_app.session
        finding = self.audit_app.decided
        if session.result is None:
            return
        if finding is None:  # a group, or ticked rows: many changed at once
            self.refill()
            return
        self._show_summary()
        status = session.status_of(finding)
        filters = self.query_one(FilterBar).filters
        if filters.status == ANY:
            self.query_one(FindingTable).update_status(finding, status)
        else:
            self._fill_table(filters)  # the row may have to leave the list
        self.query_one(RecheckView).update_status(finding, status)

    def _show_summary(self) -> None:
        session = self.audit_app.session
        if session.result is not None:
            self.query_one(SummaryView).show(
                session.result, session.findings, session.status_of, session.counts(), session.tally
            )

    # Messages up: widgets tell the screen what the person chose.

    @on(FilterBar.Changed)
    def _filtered(self, event: FilterBar.Changed) -> None:
        self._fill_table(event.filters)

    @on(FilterBar.Done)
    def _searched(self) -> None:
        self.query_one(FindingTable).focus()

    @on(FindingTable.Ticked)
    def _ticked(self) -> None:
        self.refresh_bindings()

    @on(FindingTable.Chosen, "#table")
    def _row_chosen(self, event: FindingTable.Chosen) -> None:
        table = self.query_one(FindingTable)
        key = table.key_at(event.index)
        if key and key.startswith(GROUP_KEY):
            table.toggle_group(key)
        elif key:
            self.open_finding(key, list(table.order))

    @on(RecheckView.Chosen, "#recheck-list")
    def _recheck_chosen(self, event: RecheckView.Chosen) -> None:
        view = self.query_one(RecheckView)
        if view.current_id:
            self.open_finding(view.current_id, view.ids())

    @on(OptionList.OptionSelected)
    def _option_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            order = [o.id for o in event.option_list.options if o.id and not o.disabled]
            self.open_finding(event.option.id, order)

    def open_finding(self, finding_id: str, order: list[str]) -> None:
        from tui.screens.detail import FindingScreen  # loaded when first opened, not for the first screen

        self.app.push_screen(FindingScreen(finding_id, order))

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """However the tab was chosen (a key, a click, the arrows), the keyboard goes to its list."""
        pane = event.pane.id or ""
        if self.focused is None or pane not in {ancestor.id for ancestor in self.focused.ancestors_with_self}:
            self.call_after_refresh(self._focus_tab, pane)
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()
