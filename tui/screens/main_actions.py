"""The main screen's keys: marking findings, switching tabs, searching, ordering, grouping.

Each key acts on the focused list: a mark key marks the ticked rows, or the row under the
cursor (a group's row stands for all its members, and asks first); `/`, `s` and `g` act on
the findings list from any tab.  Kept apart from the screen's building and refilling
(`tui.screens.main`, `tui.screens.main_lists`) so each reads on its own.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList, TabbedContent

from audit.grouping import count_words
from audit.model import Finding
from audit.state import Status
from tui.labels import kind_one
from tui.screens.main_lists import ListFilling
from tui.screens.marking import mark, mark_many
from tui.widgets.filters import FilterBar
from tui.widgets.finding_table import FindingTable
from tui.widgets.recheck_view import RecheckView

FOCUS = {"summary": "#riskiest", "findings": "#table", "recheck": "#recheck-list", "story": "#story-scroll"}
"""Where the keyboard goes when a tab is shown."""


class MainActions(ListFilling):
    """The main screen's actions (a part of it)."""

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

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

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
