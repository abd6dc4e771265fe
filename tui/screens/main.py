"""The main screen: summary, findings list and re-check, one tab each.

It owns no data: it reads the app's session and refills its widgets when the app says a
scan finished or a decision changed (`scans` / `decisions` reactives).  Widgets below it
post messages up (a row chosen, a filter changed, rows ticked); it opens the detail screen
or a group, and says above the list how many findings and rows it shows.  Switching tabs
puts the keyboard in that tab's list, which shows it has the focus by its border.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, OptionList, TabbedContent, TabPane
from textual.widgets._header import HeaderIcon
from textual.worker import get_current_worker

from audit.demo import persona_story
from audit.grouping import count_words
from audit.model import Finding
from audit.pipeline import Progress
from audit.recheck import Recheck
from audit.state import Status
from tui.labels import kind_one
from tui.screens.detail import FindingScreen
from tui.screens.marking import STATUS_BINDINGS, mark, mark_many
from tui.widgets.filters import ANY, FilterBar, Filters
from tui.widgets.finding_table import GROUP_KEY, FindingTable
from tui.widgets.listing import Listing, ScanIndex, build_listing
from tui.widgets.recheck_view import Line, RecheckView, build_lines, column_widths
from tui.widgets.scan_progress import ScanProgressPanel
from tui.widgets.summary import SummaryView

if TYPE_CHECKING:
    from tui.app import AuditApp

TABS = ("summary", "findings", "recheck")
FOCUS = {"summary": "#riskiest", "findings": "#table", "recheck": "#recheck-list", "story": "#story-scroll"}
"""Where the keyboard goes when a tab is shown."""
COMPARING = Line(words=Content("Comparing this scan with your last one…"))
"""What the Re-check tab says between a big scan's listing and its comparison."""
AT_ONCE = 5_000
"""Up to this many findings the list is filled straight away; more, in a worker thread, so
that a keypress never waits for 100,000 findings to be sorted, searched and grouped."""


class MainScreen(Screen[None]):
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
    _index: ScanIndex | None = None
    """The scan the list shows, with what it worked out once (orders, search texts)."""

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
                yield RecheckView(id="recheck-list")
            with TabPane("Story", id="story"), VerticalScroll(id="story-scroll"):
                yield Markdown(id="story-text")
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
            self.query_one("#story-text", Markdown).update(persona_story(session.demo))
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
        status_of = session.status_of
        self.query_one(SummaryView).show(session.result, findings, status_of, session.counts(), session.tally)
        bar = self.query_one(FilterBar)
        bar.offer(session.tally.samples if session.tally.total == len(findings) else findings)
        self._fill_table(bar.filters)
        self._show_recheck()

    def scan_recorded(self) -> None:
        """The scan has been compared with last time: show the comparison, and the statuses
        of findings whose decision was carried over from an older key."""
        session = self.audit_app.session
        if session.result is None:
            return
        self.query_one(SummaryView).show(
            session.result, session.findings, session.status_of, session.counts(), session.tally
        )
        filters = self.query_one(FilterBar).filters
        if filters.status == ANY:
            self.query_one(FindingTable).rows_changed()  # repaint the rows on screen with their statuses
        else:
            self._fill_table(filters)  # a carried-over decision may move a row in or out
        self._show_recheck()

    def _show_recheck(self) -> None:
        session = self.audit_app.session
        view = self.query_one(RecheckView)
        if session.recheck is None:
            view.show(Recheck(), session.first_scan, session.status_of, [COMPARING], None)
        elif len(session.findings) <= AT_ONCE:
            view.show(session.recheck, session.first_scan, session.status_of)
        else:
            self._fill_recheck()

    def status_changed(self, _: object = None) -> None:
        """One decision changed: re-count, and re-word that finding's row and line in place."""
        session = self.audit_app.session
        finding = self.audit_app.decided
        if session.result is None:
            return
        if finding is None:  # a group, or ticked rows: many changed at once
            self.refill()
            return
        self.query_one(SummaryView).show(
            session.result, session.findings, session.status_of, session.counts(), session.tally
        )
        status = session.status_of(finding)
        filters = self.query_one(FilterBar).filters
        if filters.status == ANY:
            self.query_one(FindingTable).update_status(finding, status)
        else:
            self._fill_table(filters)  # the row may have to leave the list
        self.query_one(RecheckView).update_status(finding, status)

    def _fill_table(self, filters: Filters, keep: str | None = None) -> None:
        """Re-fill the list for these filters, straight away for a small scan, else in a worker."""
        session = self.audit_app.session
        table = self.query_one(FindingTable)
        table.finding, table.status_of = session.finding, session.status_of
        table.narrowed, table.searching = filters.narrowed, bool(filters.search.strip())
        index = self._index if self._index is not None and self._index.findings is session.findings else None
        if len(session.findings) > AT_ONCE:
            self._fill_in_background(session.findings, index, filters, table.grouped, keep)
            return
        index = index or ScanIndex(session.findings)
        listing = build_listing(index, filters, session.status_of, table.grouped)
        if listing is not None:
            self._filled(index, listing, keep)

    @work(thread=True, exclusive=True, exit_on_error=False, group="fill", description="Filling the list")
    def _fill_in_background(
        self, findings: list[Finding], index: ScanIndex | None, filters: Filters, grouped: bool, keep: str | None
    ) -> None:
        """Sort, search and group off the UI thread; a newer filling cancels this one."""
        worker = get_current_worker()
        index = index or ScanIndex(findings)
        listing = build_listing(index, filters, self.audit_app.session.status_of, grouped, lambda: worker.is_cancelled)
        if listing is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._filled, index, listing, keep)

    def _filled(self, index: ScanIndex, listing: Listing, keep: str | None) -> None:
        if index.findings is not self.audit_app.session.findings:
            return  # a newer scan has come in meanwhile
        self._index = index
        table = self.query_one(FindingTable)
        table.index = index
        table.show(listing, keep)
        # Said once the rows are painted: the scan's thread then compares and saves, and at
        # 100,000 findings that work, sharing one GIL with this thread, would hold the paint back.
        self.call_after_refresh(self.audit_app.list_shown.set)

    @work(thread=True, exclusive=True, exit_on_error=False, group="recheck", description="Comparing with last time")
    def _fill_recheck(self) -> None:
        session = self.audit_app.session
        recheck, first_scan = session.recheck, session.first_scan
        if recheck is None:
            return
        lines, widths = build_lines(recheck, first_scan), column_widths(recheck)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._recheck_filled, recheck, first_scan, lines, widths)

    def _recheck_filled(
        self, recheck: object, first_scan: bool, lines: list[Line], widths: tuple[int, int, int] | None
    ) -> None:
        session = self.audit_app.session
        if recheck is session.recheck:
            self.query_one(RecheckView).show(session.recheck, first_scan, session.status_of, lines, widths)

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

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
        self.app.push_screen(FindingScreen(finding_id, order))

    def current_findings(self) -> list[Finding]:
        """What a mark key applies to in the focused list: the ticked rows, or the row under the
        cursor (a group's row stands for all its members)."""
        focused = self.focused
        ids: list[str] = []
        if isinstance(focused, FindingTable):
            ids = focused.chosen_ids()
        elif isinstance(focused, RecheckView):
            ids = [focused.current_id] if focused.current_id else []
        elif isinstance(focused, OptionList) and focused.highlighted is not None:
            option_id = focused.options[focused.highlighted].id
            ids = [option_id] if option_id else []
        session = self.audit_app.session
        return [finding for finding in map(session.finding, ids) if finding is not None]

    # Actions.

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tab" and parameters == ("story",):
            return self.audit_app.session.demo is not None
        if action == "stop_scan":
            return self.audit_app.scanning
        if action == "mark":
            return True if self.current_findings() else None
        return True

    def action_mark(self, status: Status) -> None:
        findings = self.current_findings()
        table = self.query_one(FindingTable)
        if self.focused is not table or (len(findings) == 1 and not table.ticked):
            mark(self, findings[0] if findings else None, status)
            return
        group = table.current_group
        if table.ticked:
            subject = Content.assemble((f"{len(findings)} findings", "bold"), " in the rows you ticked")
        elif group is not None:
            subject = Content.assemble((f"{kind_one(group.kind)}: ", "bold"), Content(group.value))
            subject = Content.assemble(subject, f", in {count_words(group)}")
        else:
            subject = Content(f"{len(findings)} findings")
        mark_many(self, findings, status, subject, done=table.untick_all)

    def action_tab(self, tab: str) -> None:
        self.show_tab(tab)
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        if tab in FOCUS:
            self.query_one(FOCUS[tab]).focus()

    def action_search(self) -> None:
        """`/`: the search box of the Findings tab, wherever the person is."""
        self.show_tab("findings")
        self.query_one(FilterBar).focus_search()

    def action_sort(self) -> None:
        self.show_tab("findings")
        title = self.query_one(FilterBar).next_sort()
        self.query_one(FindingTable).focus()
        self.notify(f"{title}.", timeout=2)

    def action_group(self) -> None:
        """`g`: one row per value, or every finding on its own row."""
        self.show_tab("findings")
        table = self.query_one(FindingTable)
        table.grouped = not table.grouped
        self._fill_table(
            self.query_one(FilterBar).filters, table.current_id or (table.order[0] if table.order else None)
        )
        table.focus()
        self.notify(
            "The same value found in several places is one row." if table.grouped else "Every finding on its own row.",
            timeout=3,
        )

    def action_stop_scan(self) -> None:
        self.audit_app.stop_scan()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """However the tab was chosen (a key, a click, the arrows), the keyboard goes to its list."""
        pane = event.pane.id or ""
        if self.focused is None or pane not in {ancestor.id for ancestor in self.focused.ancestors_with_self}:
            self.call_after_refresh(self._focus_tab, pane)
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()
