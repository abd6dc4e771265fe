"""The findings list at any size (issue 16): filled in a worker for a big scan, painting only
the rows on screen, and fitting an 80-column terminal with findings from several platforms.

The worker path is the one a big export takes; here it is forced on a small scan (`AT_ONCE`
and `SAVE_AT_ONCE` set to 0) so the same keys are checked on it: search, order, groups,
opening a group, marking, the re-check list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from rich.text import Text
from textual.pilot import Pilot

from audit.fetchers import SourceReport
from audit.model import Finding
from audit.pipeline import ScanResult
from tests.tui.conftest import scanned
from tests.tui.test_groups import grouped_findings, quick_jo
from tests.tui.test_snapshots import SnapCompare, settle
from tui import app as app_module
from tui.app import AuditApp, make_app
from tui.screens import main_lists
from tui.widgets.finding_table import FindingTable
from tui.widgets.group_rows import COLUMNS, DATE, FOUND, KIND, PLATFORM, SEEN, STATUS, SURE, TICK, WORDS
from tui.widgets.recheck_view import RecheckView
from tui.widgets.table_columns import fit, line, total

PLATFORMS = ("instagram", "facebook", "linkedin", "mastodon", "x")


@pytest.fixture
def in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every filling of the lists and every save goes the way a 100,000-finding scan goes."""
    monkeypatch.setattr(main_lists, "AT_ONCE", 0)
    monkeypatch.setattr(app_module, "SAVE_AT_ONCE", 0)


async def settled(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_big_scan_is_listed_searched_grouped_and_marked_from_workers(
    monkeypatch: pytest.MonkeyPatch, in_workers: None
) -> None:
    app = quick_jo(monkeypatch)()
    async with app.run_test(size=(120, 40)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        await settled(pilot)
        table = app.screen.query_one(FindingTable)
        total_findings = len(app.session.findings)
        assert len(table.order) == total_findings and table.groups and table.has_focus

        school = next(f for f in app.session.findings if f.kind == "school")
        await pilot.press("slash", *school.value.split()[0].lower())
        await settled(pilot)
        assert 0 < len(table.order) < total_findings and school.id in table.order

        await pilot.press("escape")
        await settled(pilot)
        assert len(table.order) == total_findings and table.has_focus

        await pilot.press("g")  # every finding on its own row
        await settled(pilot)
        assert table.row_count == total_findings and not table.groups
        await pilot.press("g")
        await settled(pilot)
        key = next(iter(table.groups))
        members = table.groups[key].ids()
        table.move_cursor(row=table.get_row_index(key))
        rows = table.row_count
        await pilot.press("enter")  # open the group: its members listed under it
        assert table.row_count == rows + len(members) and table.current_key == key

        await pilot.press("down", "f")  # mark its first member fixed: saved by the saver thread
        await settled(pilot)
        assert str(table.get_row(members[0])[1]) == "fixed"
        assert app.session.state.status_of(members[0]) == "fixed"
        saver = app._saver
        assert saver is not None
        saver.join(timeout=30)
    assert app.session.store.load().status_of(members[0]) == "fixed"


async def test_the_re_check_list_is_filled_from_a_worker(in_workers: None) -> None:
    app = make_app(demo="sam-ta-2025")
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await settled(pilot)
        view = app.screen.query_one(RecheckView)
        recheck = app.session.recheck
        assert recheck is not None and view.option_count > len(recheck.found)
        assert view.current_id == recheck.marked_fixed_but_found[0].id  # the fix that did not take
        await pilot.press("3", "down")
        assert view.current_id is not None and view.highlighted is not None
        await pilot.press("enter")
        await pilot.pause()
        assert getattr(app.screen, "finding_id", None) == view.current_id


def several_platforms() -> list[Finding]:
    """The grouped list's findings, spread over five platforms with their longest audiences."""
    spread = []
    for n, finding in enumerate(grouped_findings()):
        spread.append(replace(finding, platform=PLATFORMS[n % len(PLATFORMS)], visibility="custom"))
    return spread


@pytest.fixture
def several_app(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    findings = several_platforms()
    sources = [SourceReport(source=f"{p}-export", platform=p, items=3) for p in PLATFORMS]
    result = ScanResult(sources, findings)
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: result)
    return lambda: make_app([Path("instagram-export")])


async def test_the_list_fits_80_columns_with_several_platforms(several_app: Callable[[], AuditApp]) -> None:
    app = several_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        table = app.screen.query_one(FindingTable)
        widths = {name: column.width for name, column in table.columns.items()}
        assert PLATFORM in widths and total(widths) <= table.scrollable_content_region.width
        assert not table.show_horizontal_scrollbar
        assert min(widths[c] for c in (STATUS, KIND, SURE, FOUND, PLATFORM, SEEN, DATE)) >= 4


def test_the_list_fits_80_columns_snapshot(snap_compare: SnapCompare, several_app: Callable[[], AuditApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()

    assert snap_compare(several_app(), terminal_size=(80, 24), run_before=run_before)


def test_columns_give_way_in_order_and_cut_with_an_ellipsis() -> None:
    natural = {KIND: 11, PLATFORM: 9, SEEN: 13}
    wide = fit(list(COLUMNS), natural, 30, 200)
    assert wide[FOUND] == 30 and wide[WORDS] > 12 and total(wide) == 200  # Words takes the rest
    at_80 = fit(list(COLUMNS), natural, 30, 76)  # 80 columns, less the border and the scroll bar
    assert at_80[WORDS] == 0 and total(at_80) <= 76  # the words around it go first
    assert at_80[SEEN] < 13 and at_80[TICK] == 1 and at_80[STATUS] == 9
    cells = {column: Text("Friends of friends and more") for column in at_80}
    row = line(cells, at_80)
    assert row.cell_len == total(at_80) and "…" in row.plain
