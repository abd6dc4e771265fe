"""A finished scan is listed first, then compared with last time (issue 16).

At 100,000 findings comparing with the saved progress and recording the scan take a second
or more; the list must not wait for them.  `Session.take_scan` keeps what listing needs,
`Session.record_scan` compares and records; the app lists the scan between the two, and the
Re-check tab, its notification and any decision carried over arrive after.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TabbedContent

from audit.pipeline import ScanResult
from audit.recheck import Recheck, apply
from audit.state import STATUSES, StateStore
from tests.tui.conftest import scanned
from tests.tui.test_groups import grouped_findings
from tui import app as app_module
from tui import session as session_module
from tui.app import AuditApp, make_app
from tui.screens import main_lists
from tui.session import Session
from tui.session_tally import count_scan
from tui.widgets.finding_table import FindingTable
from tui.widgets.listing import Filters, ScanIndex, build_listing
from tui.widgets.recheck_view import RecheckView
from tui.widgets.summary import SummaryView

WAIT = 60.0
"""Seconds a gated comparison waits to be let go: a failing test ends, never hangs."""


def session_of(tmp_path: Path) -> tuple[Session, ScanResult]:
    return Session([], StateStore(tmp_path / "state.json")), ScanResult(findings=grouped_findings())


def test_taking_a_scan_lists_it_and_recording_it_compares_and_saves(tmp_path: Path) -> None:
    session, result = session_of(tmp_path)
    session.take_scan(result)
    assert [f.id for f in session.findings] == [f.id for f in session_module.sort_by_risk(result.findings)]
    assert session.recheck is None and session.first_scan
    assert session.tally == count_scan(session.findings)
    assert not session.state.scans and not (tmp_path / "state.json").exists()  # nothing recorded yet

    compared = session.record_scan(result)
    assert session.recheck is compared and len(compared.new) == len(result.findings)
    assert StateStore(tmp_path / "state.json").load().scans == [date.today().isoformat()]


def test_a_newer_scan_keeps_its_own_comparison(tmp_path: Path) -> None:
    session, older = session_of(tmp_path)
    newer = ScanResult(findings=older.findings[:2])
    session.take_scan(older)
    session.take_scan(newer)
    session.record_scan(older)  # the older scan's thread, late
    assert session.recheck is None and session.result is newer


def test_a_comparison_is_tried_again_if_a_decision_changed_the_state_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, result = session_of(tmp_path)
    real, calls = session_module.recheck, []

    def busy_once(*args: object, **kwargs: object) -> Recheck:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("dictionary changed size during iteration")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(session_module, "recheck", busy_once)
    session.scan_finished(result)
    assert len(calls) == 2 and session.recheck is not None and len(session.recheck.new) == len(result.findings)


def test_counting_statuses_from_the_decisions_agrees_with_counting_every_finding(tmp_path: Path) -> None:
    session, result = session_of(tmp_path)
    session.scan_finished(result)
    first, second, third = session.findings[:3]
    session.decide(first, "fixed")
    session.decide(second, "snoozed", snooze_days=0)  # already run out: "todo"
    session.decide(third, "accepted", "the school's own number")
    session.state.decide(third, "accepted", "kept", today=date(2026, 1, 1))
    session.state.decide(
        replace(first, id="ffffffffffffffff"), "dismissed"
    )  # a decision about a finding this scan did not make
    fast = session.counts()
    slow = dict.fromkeys(STATUSES, 0)
    for finding in session.findings:
        slow[session.status_of(finding)] += 1
    assert fast == slow and fast["fixed"] == 1 and fast["accepted"] == 1 and fast["dismissed"] == 0
    assert sum(fast.values()) == len(session.findings)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds `Session.record_scan` until the test lets it go."""
    release = threading.Event()
    record = Session.record_scan

    def gated(session: Session, result: ScanResult) -> Recheck:
        release.wait(WAIT)
        return record(session, result)

    monkeypatch.setattr(Session, "record_scan", gated)
    return release


async def until(check: Callable[[], bool], pilot: Pilot[None]) -> None:
    for _ in range(int(WAIT / 0.02)):
        if check():
            return
        await pilot.pause(0.02)
    raise AssertionError("the app did not get there")


@pytest.fixture
def rescan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    """The app on a second scan: last time one finding was seen and marked fixed, yet it is
    found again (the scan itself is answered at once: the app is what is tested)."""
    findings = grouped_findings()
    store = StateStore(tmp_path / "state.json")
    earlier = store.load()
    earlier.decide(findings[-1], "fixed", today=date(2025, 11, 20))
    apply(earlier, findings[-1:], today=date(2025, 11, 20))
    store.save(earlier)
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: ScanResult(findings=findings))
    return lambda: make_app([Path("x-export")], store=StateStore(tmp_path / "state.json"))


@pytest.mark.skipif(not hasattr(AuditApp, "_recorded"), reason="needs tui/app.py to take and record in two steps")
@pytest.mark.parametrize("big", [False, True], ids=["small", "big"])
async def test_the_list_shows_before_the_comparison_and_re_check_marks_arrive_after(
    gate: threading.Event, rescan: Callable[[], AuditApp], monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    if big:  # the path a 100,000-finding scan takes: lists filled in workers
        monkeypatch.setattr(main_lists, "AT_ONCE", 0)
    app = rescan()
    said: list[str] = []
    notify = app.notify

    def noted(message: str, **options: Any) -> None:
        said.append(message)
        notify(message, **options)

    monkeypatch.setattr(app, "notify", noted)
    async with app.run_test(size=(120, 36)) as pilot:
        table = app.screen.query_one(FindingTable)
        await until(lambda: bool(table.order), pilot)
        session = app.session
        assert session.recheck is None and len(table.order) == len(session.findings)
        await pilot.pause()
        view = app.screen.query_one(RecheckView)
        assert "Comparing this scan with your last one" in str(view.row_content(0))
        assert app.screen.query_one(TabbedContent).active == "summary"  # no re-check notice yet
        assert f"{len(session.findings)} findings" in headline(app)

        gate.set()
        await scanned(pilot)
        recheck = session.recheck
        assert recheck is not None and [f.id for f in recheck.marked_fixed_but_found] == [grouped_findings()[-1].id]
        assert view.current_id == recheck.marked_fixed_but_found[0].id  # the fix that did not take, first
        assert app.screen.query_one(TabbedContent).active == "recheck"
        assert said == ["1 marked fixed but still found, 4 new."]
        assert "1 fixed" in headline(app)
    assert StateStore(app.session.store.path).load().scans[-1] == date.today().isoformat()


def headline(app: AuditApp) -> str:
    return str(app.screen.query_one(SummaryView).query_one("#headline", Static).render())


def test_a_scan_is_counted_by_kind_platform_and_audience_in_one_go() -> None:
    findings = grouped_findings()
    counted = count_scan(findings)
    assert counted.total == len(findings) and sum(counted.kinds.values()) == len(findings)
    assert counted.kinds == Counter(f.kind for f in findings)
    assert counted.platforms == Counter(f.platform for f in findings)
    assert counted.public == sum(1 for f in findings if f.visibility == "public")
    pairs = {(f.kind, f.platform) for f in findings}
    assert {(f.kind, f.platform) for f in counted.samples} == pairs and len(counted.samples) == len(pairs)
    first = {pair: next(f for f in findings if (f.kind, f.platform) == pair) for pair in pairs}
    assert all(sample is first[(sample.kind, sample.platform)] for sample in counted.samples)


def test_a_scan_is_counted_with_one_finding_of_each_kind_platform_audience_and_section() -> None:
    findings = grouped_findings()
    counted = count_scan(findings)
    combos = {(f.kind, f.platform, f.visibility, f.section) for f in findings}
    assert [(f.kind, f.platform, f.visibility, f.section) for f in counted.variety] == list(
        dict.fromkeys((f.kind, f.platform, f.visibility, f.section) for f in findings)
    )
    assert len(counted.variety) == len(combos)
    assert all(f is next(g for g in findings if g.kind == f.kind and g.section == f.section) for f in counted.variety)
    made_here = ScanIndex(findings)
    given = ScanIndex(findings, counted.variety)
    assert given.widths == made_here.widths and given.several_platforms == made_here.several_platforms


def test_taking_a_scan_prepares_the_list_as_it_was_last_shown(tmp_path: Path) -> None:
    session, result = session_of(tmp_path)
    session.take_scan(result)
    prepared = session.prepared
    assert prepared is not None and prepared.fits(session.findings, Filters(), True)
    assert prepared.index is session.index
    assert prepared.listing == build_listing(ScanIndex(session.findings), Filters(), session.status_of, True)

    phones = Filters(kind="phone")
    session.listed = (phones, False)  # the screen last showed phone numbers, each on its own row
    session.take_scan(result)
    prepared = session.prepared
    assert prepared is not None and prepared.listing is not None
    assert prepared.fits(session.findings, phones, False) and not prepared.fits(session.findings, Filters(), True)
    assert prepared.listing.order == [f.id for f in session.findings if f.kind == "phone"]


async def test_the_screen_lists_a_big_scan_as_the_scan_thread_prepared_it(
    rescan: Callable[[], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_lists, "AT_ONCE", 0)  # the path a 100,000-finding scan takes
    built: list[Filters] = []
    real = main_lists.build_listing

    def counted(index: ScanIndex, filters: Filters, *args: Any, **kwargs: Any) -> object:
        if index.findings:  # not the empty list the filter bar fills as it starts
            built.append(filters)
        return real(index, filters, *args, **kwargs)

    monkeypatch.setattr(main_lists, "build_listing", counted)
    app = rescan()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await until(lambda: app.session.recheck is not None, pilot)
        await app.workers.wait_for_complete()
        table = app.screen.query_one(FindingTable)
        assert table.order == [f.id for group in table._listing.groups for f in group.members]
        assert len(table.order) == len(app.session.findings) and table.index is app.session.index
        assert built == [] and app.session.prepared is None  # nothing built on the screen's side; used once

        await pilot.press("2", "g")  # every finding on its own row: built afresh, in a worker
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(built) == 1 and table.row_count == len(app.session.findings)
        assert app.session.listed == (Filters(), False)  # the next scan is prepared that way


async def test_the_scan_thread_hears_once_the_re_check_list_shows_the_comparison(
    rescan: Callable[[], AuditApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan's thread saves the progress file once this is said: at 100,000 sightings the
    save holds the GIL for a second, and would hold the Re-check list's paint back."""
    monkeypatch.setattr(main_lists, "AT_ONCE", 0)
    app = rescan()
    async with app.run_test(size=(120, 36)) as pilot:
        await scanned(pilot)
        await until(lambda: app.session.recheck is not None, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(RecheckView)
        view.show(None, True, app.session.status_of)
        app.list_shown.clear()
        app.main.scan_recorded()  # as the app does once the scan's thread has compared it
        assert not app.list_shown.is_set()  # its lines are being made in a worker
        await until(app.list_shown.is_set, pilot)
        assert view.recheck is app.session.recheck and view.option_count > len(app.session.findings)


def test_the_garbage_collector_is_paused_only_while_a_scan_is_taken(tmp_path: Path) -> None:
    session, result = session_of(tmp_path)
    seen: list[bool] = []
    real = session_module.count_scan

    def watched(findings: Any) -> Any:
        seen.append(gc.isenabled())
        return real(findings)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(session_module, "count_scan", watched)
        session.take_scan(result)
        assert seen == [False] and gc.isenabled()
        gc.disable()  # someone else had it off: it stays off
        try:
            with session_module.collector_paused():
                pass
            assert not gc.isenabled()
        finally:
            gc.enable()
