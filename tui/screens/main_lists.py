"""Filling the main screen's two long lists, the findings and the re-check, at any size.

Up to `AT_ONCE` findings a list is filled straight away.  A bigger scan's lists are never
built on the UI thread: the findings list the scan ends with was built in the scan's thread
already (`Session.prepared`), any other (a search, another order, groups opened or not) is
built in a worker that a newer keystroke cancels, and so are the re-check list's lines.  The
screen says when each list is on screen (`AuditApp.list_shown`): the scan's thread waits for
it before comparing and before saving, as its work would hold the paint back (one GIL).
Building a big list makes many objects that all live on: the garbage collector is paused
meanwhile (`collector_paused`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.content import Content
from textual.screen import Screen
from textual.worker import get_current_worker

from audit.collector import collector_paused
from audit.recheck import Recheck
from tui.widgets.finding_table import FindingTable
from tui.widgets.listing import Filters, Listing, ScanIndex, build_listing
from tui.widgets.recheck_view import Line, RecheckView, build_lines, column_widths

if TYPE_CHECKING:
    from tui.app import AuditApp

AT_ONCE = 5_000
"""Up to this many findings the list is filled straight away; more, in a worker thread, so
that a keypress never waits for 100,000 findings to be sorted, searched and grouped."""
COMPARING = Line(words=Content("Comparing this scan with your last one…"))
"""What the Re-check tab says between a big scan's listing and its comparison."""


class ListFilling(Screen[None]):
    """The main screen's filling of its findings list and re-check list (a part of it)."""

    @property
    def audit_app(self) -> AuditApp:
        return self.app  # type: ignore[return-value]

    def _fill_table(self, filters: Filters, keep: str | None = None) -> None:
        """Re-fill the list for these filters: as prepared in the scan's thread if it was for
        them, else straight away for a small scan, else in a worker."""
        session = self.audit_app.session
        table = self.query_one(FindingTable)
        table.finding, table.status_of = session.finding, session.status_of
        table.narrowed, table.searching = filters.narrowed, bool(filters.search.strip())
        session.listed = (filters, table.grouped)
        prepared, session.prepared = session.prepared, None  # used once: a decision may change it
        if prepared is not None and prepared.listing is not None and prepared.fits(session.findings, *session.listed):
            self._filled(prepared.index, prepared.listing, keep)
            return
        index = session.index
        if len(session.findings) > AT_ONCE:
            self._fill_in_background(index, filters, table.grouped, keep)
            return
        listing = build_listing(index, filters, session.status_of, table.grouped)
        if listing is not None:
            self._filled(index, listing, keep)

    @work(thread=True, exclusive=True, exit_on_error=False, group="fill", description="Filling the list")
    def _fill_in_background(self, index: ScanIndex, filters: Filters, grouped: bool, keep: str | None) -> None:
        """Sort, search and group off the UI thread; a newer filling cancels this one."""
        worker = get_current_worker()
        with collector_paused():
            listing = build_listing(
                index, filters, self.audit_app.session.status_of, grouped, lambda: worker.is_cancelled
            )
        if listing is not None and not worker.is_cancelled:
            self.app.call_from_thread(self._filled, index, listing, keep)

    def _filled(self, index: ScanIndex, listing: Listing, keep: str | None) -> None:
        if index.findings is not self.audit_app.session.findings:
            return  # a newer scan has come in meanwhile
        table = self.query_one(FindingTable)
        table.index = index
        table.show(listing, keep)
        self._say_shown()

    def _say_shown(self) -> None:
        """Tell the scan's thread once the rows are painted, not when they are handed over: at
        100,000 findings its work, sharing one GIL with this thread, would hold the paint back."""
        self.call_after_refresh(self.audit_app.list_shown.set)

    def _show_recheck(self) -> None:
        session = self.audit_app.session
        view = self.query_one(RecheckView)
        if session.recheck is None:
            view.show(Recheck(), session.first_scan, session.status_of, [COMPARING], None)
        elif len(session.findings) <= AT_ONCE:
            view.show(session.recheck, session.first_scan, session.status_of)
            self._say_shown()
        else:
            self._fill_recheck()

    @work(thread=True, exclusive=True, exit_on_error=False, group="recheck", description="Comparing with last time")
    def _fill_recheck(self) -> None:
        session = self.audit_app.session
        recheck, first_scan = session.recheck, session.first_scan
        if recheck is None:
            return
        with collector_paused():
            lines, widths = build_lines(recheck, first_scan), column_widths(recheck)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._recheck_filled, recheck, first_scan, lines, widths)

    def _recheck_filled(
        self, recheck: object, first_scan: bool, lines: list[Line], widths: tuple[int, int, int] | None
    ) -> None:
        session = self.audit_app.session
        if recheck is session.recheck:
            self.query_one(RecheckView).show(session.recheck, first_scan, session.status_of, lines, widths)
            self._say_shown()
