"""What one run of the app is working on: sources, the saved state, the last scan.

Kept free of widgets so the rules (a status change is saved at once; a scan is compared
with the state before it is recorded) are plain methods the screens call and tests can
drive without a terminal.

A finished scan is taken in two steps, so that a big one is listed before it is compared
(issue 16): `take_scan` works out what the list and the summary need (the findings riskiest
first, their counts, and the findings list itself, for the filters it last showed), and
`record_scan` then compares them with last time and records the scan in the state
(`audit.recheck`).  `scan_finished` does both, one after the other.  The app calls both in
the scan's thread, so at 100,000 findings the UI thread is handed a list ready to paint.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from audit.collector import collector_paused
from audit.demo import DEFAULT_PERSONA, last_year_state, persona_school, persona_sources
from audit.model import Finding
from audit.paths import write_private
from audit.pipeline import ScanResult
from audit.recheck import Recheck, apply, recheck
from audit.report import dumps, sort_by_risk
from audit.school import load_school
from audit.sources import Source
from audit.state import STATUSES, AuditState, StateStore, Status
from audit.wording import STATUS_WORDS
from detectors.base import SchoolProfile
from tui.session_tally import ScanTally, count_scan, status_counts
from tui.widgets.listing import Filters, Prepared, ScanIndex, prepare

STATUS_LABELS = STATUS_WORDS
"""Kept under this name for the app's modules (`audit.wording.STATUS_WORDS`)."""
SNOOZE_DAYS = 30
RETRIES = 3
"""Times a comparison is tried again when a decision changes the state as it reads it."""


class SaveLater(StateStore):
    """Stands in for the session's store while a scan is recorded: the save waits until the
    findings are on screen, then the real store writes them (one line if it cannot)."""

    def __init__(self, store: StateStore) -> None:
        self.path = store.path  # and no more: it opens nothing, as it never writes

    def save(self, state: AuditState) -> None:
        return


@dataclass
class Session:
    """The sources to scan, where progress is saved, and what the last scan found.

    `demo` names the bundled persona when the app runs in demo/training mode; its store
    then points at a throwaway folder, never at the person's real state.
    """

    sources: list[Source]
    store: StateStore
    school_path: Path | None = None
    demo: str | None = None
    state: AuditState = field(init=False)
    result: ScanResult | None = None
    recheck: Recheck | None = None
    """The last scan compared with the state; None until `record_scan` has run."""
    tally: ScanTally = field(default_factory=ScanTally)
    """The last scan's counts by kind, platform and audience."""
    index: ScanIndex = field(default_factory=lambda: ScanIndex(()))
    """The last scan's findings with what the findings list works out once per scan."""
    listed: tuple[Filters, bool] = (Filters(), True)
    """The filters and grouping the findings list last showed (the screen sets them): the next
    scan's list is prepared for them."""
    prepared: Prepared | None = None
    """The findings list of the last scan, worked out by `take_scan` (used once, by the screen)."""
    first_scan: bool = True
    """True when the state had no earlier scan, so every finding is simply new."""
    scratch: tempfile.TemporaryDirectory[str] | None = None
    """Demo mode's temporary folder, kept alive with the session and removed with it."""

    _sorted: list[Finding] = field(init=False, default_factory=list)
    _by_id: dict[str, Finding] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.state = self.store.load()

    def school(self) -> SchoolProfile:
        return load_school(self.school_path)

    @property
    def findings(self) -> list[Finding]:
        """The last scan's findings, riskiest first (sorted once per scan)."""
        return self._sorted

    def finding(self, finding_id: str) -> Finding | None:
        return self._by_id.get(finding_id)

    def status_of(self, finding: Finding, today: date | None = None) -> Status:
        return self.state.status_of(finding.id, today)

    def reason_of(self, finding: Finding) -> str:
        decision = self.state.decisions.get(finding.id)
        return decision.reason if decision else ""

    def snoozed_until(self, finding: Finding) -> str | None:
        """ISO date a snoozed finding comes back, if it is snoozed."""
        decision = self.state.decisions.get(finding.id)
        return decision.snooze_until if decision and decision.status == "snoozed" else None

    def decide(self, finding: Finding, status: Status, reason: str = "", snooze_days: int = SNOOZE_DAYS) -> None:
        """Record the person's decision and save it straight away: quitting never loses it."""
        until = date.today() + timedelta(days=snooze_days) if status == "snoozed" else None
        self.state.decide(finding, status, reason=reason, snooze_until=until)
        self.store.save(self.state)

    def scan_finished(self, result: ScanResult) -> None:
        """Compare the new findings with the state, then record the scan and save."""
        self.take_scan(result)
        self.record_scan(result)

    def take_scan(self, result: ScanResult) -> None:
        """Keep what listing the scan needs: its findings riskiest first, by id, counted, and
        the findings list as the screen last showed it (`listed`).

        Cheap next to `record_scan` (no pass over the state), so the app lists a big scan
        straight after this; statuses read the state as it is, until the scan is recorded.
        """
        with collector_paused():
            ordered = sort_by_risk(result.findings)
            tally = count_scan(ordered)
            index = ScanIndex(ordered, tally.variety)
            filters, grouped = self.listed
            prepared = prepare(index, filters, grouped, self.status_of)
            by_id = {finding.id: finding for finding in ordered}
        self.first_scan = not self.state.scans
        self.result, self.recheck, self.tally, self.index, self.prepared = result, None, tally, index, prepared
        self._sorted, self._by_id = ordered, by_id

    def record_scan(self, result: ScanResult) -> Recheck:
        """Compare `result` with the state (decisions carried over to findings whose key
        changed), then record it and save, unless it was cancelled: a half scan would make
        everything it did not reach look fixed."""
        scanned = {source.platform for source in result.sources}
        with collector_paused():
            compared = self._compare(result.findings, scanned)
            if result is self.result:
                self.recheck = compared
            if not result.cancelled:
                apply(self.state, result.findings, scanned=scanned)
        if not result.cancelled:
            self.store.save(self.state)
        return compared

    def _compare(self, findings: list[Finding], scanned: set[str]) -> Recheck:
        """`audit.recheck.recheck`, once more if a decision came in while it read the state:
        the list is on screen meanwhile, so the person may already be marking findings."""
        for _ in range(RETRIES):
            try:
                return recheck(self.state, findings, scanned=scanned)
            except RuntimeError:  # the state's dictionaries changed size while being read
                continue
        return recheck(self.state, findings, scanned=scanned)

    def export(self, path: Path) -> int:
        """Write the `--json` contract of the last scan, owner-only; returns the count."""
        if self.result is None:
            raise ValueError("nothing scanned yet")
        write_private(path, (dumps(self.result, self.state) + "\n").encode("utf-8"))
        return len(self.result.findings)

    def counts(self, findings: Iterable[Finding] | None = None) -> dict[str, int]:
        """How many findings are in each status: for the whole scan, a pass over the
        decisions only (a decision is one per finding the person marked), not the findings."""
        if findings is None and len(self._by_id) == len(self._sorted):
            decided = [found for key in list(self.state.decisions) if (found := self._by_id.get(key)) is not None]
            return status_counts(STATUSES, len(self._sorted), decided, self.status_of)
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for finding in self.findings if findings is None else findings:
            counts[self.status_of(finding)] += 1
        return counts


def demo_session(persona: str = DEFAULT_PERSONA) -> Session:
    """A session on a bundled persona whose progress lives in a temp folder, removed at exit."""
    scratch = tempfile.TemporaryDirectory(prefix="profile-audit-demo-")
    session = Session(
        list[Source](persona_sources(persona)),
        StateStore(Path(scratch.name) / "state.json"),
        persona_school(persona),
        demo=persona,
    )
    session.scratch = scratch
    last_year = last_year_state(persona)
    if last_year is not None:  # a persona for training on the annual re-check
        session.state = last_year
        session.store.save(last_year)
    return session
