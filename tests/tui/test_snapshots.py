"""SVG snapshots of the key screens at fixed sizes, on a small fixed export.

The export is built here from reserved values (not a demo persona) so that new personas or
persona edits do not churn these images; new detectors may, and then the snapshots are
reviewed and re-accepted with `pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Select

from audit.pipeline import scan
from audit.recheck import apply
from audit.state import StateStore
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.tui.conftest import MARKUP_TEXT
from tui.app import make_app

SnapCompare = Callable[..., bool]


def day(month: int, dd: int) -> datetime:
    return datetime(2024, month, dd, 9, 0, tzinfo=UTC)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    archive = XArchive(
        username="SamExampleTeach",
        email="sam.example@example.net",
        device_phone="+447700900654",
        tweets=[
            Tweet("1100000000000000101", "New number, old phone died: 07700 900321 - text me!", day(3, 2)),
            Tweet("1100000000000000102", "Email me at sam.example at example dot org for the cake sale", day(5, 6)),
            Tweet("1100000000000000103", MARKUP_TEXT, day(7, 8)),
        ],
    )
    return write_tree(archive.tree("data"), tmp_path / "twitter-2024-snap")


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


def test_summary_80x24(snap_compare: SnapCompare, export: Path) -> None:
    assert snap_compare(make_app([export]), terminal_size=(80, 24), run_before=settle)


def test_findings_filtered_by_kind_80x24(snap_compare: SnapCompare, export: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2")
        pilot.app.screen.query_one("#filter-kind", Select).value = "phone"
        await pilot.pause()

    assert snap_compare(make_app([export]), terminal_size=(80, 24), run_before=run_before)


def test_finding_detail_80x24(snap_compare: SnapCompare, export: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()

    assert snap_compare(make_app([export]), terminal_size=(80, 24), run_before=run_before)


def test_recheck_after_a_fix_that_did_not_take_100x30(snap_compare: SnapCompare, export: Path) -> None:
    store = StateStore()
    state = store.load()
    findings = scan([export]).findings
    apply(state, findings, today=day(9, 1).date())
    phone = next(f for f in findings if f.kind == "phone" and f.item_id == "1100000000000000101")
    state.decide(phone, "fixed", today=day(9, 2).date())
    store.save(state)
    assert snap_compare(make_app([export]), terminal_size=(100, 30), run_before=settle)


def test_help_80x24(snap_compare: SnapCompare, export: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2", "question_mark")
        await pilot.pause()

    assert snap_compare(make_app([export]), terminal_size=(80, 24), run_before=run_before)


def test_light_theme_large_terminal_160x48(snap_compare: SnapCompare, export: Path) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(make_app([export]), terminal_size=(160, 48), run_before=run_before)
