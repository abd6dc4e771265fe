"""SVG snapshots of the key screens at fixed sizes.

The scan is replaced by a fixed set of findings built here from reserved values, so these
images change when the UI changes, not when a detector learns something new or a demo
persona grows.  Review changes with `snapshot_report.html`, accept with
`pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Select

from audit.fetchers import SourceReport
from audit.model import Finding, make_finding
from audit.pipeline import ScanResult
from audit.recheck import apply
from audit.state import StateStore
from detectors.base import Item, Match, Provenance, Visibility
from tests.tui.conftest import MARKUP_TEXT, recorded
from tui import app as app_module
from tui.app import AuditApp, make_app

SnapCompare = Callable[..., bool]
SOURCE = Path("twitter-2024-snap")
PHONE = ("2.3.2", "2.4.2", "2.1.5")
EMAIL = ("2.4.3", "2.1.5", "2.5.1")


def found(
    text: str,
    evidence: str,
    value: str,
    kind: str,
    item_id: str | None,
    visibility: Visibility,
    when: datetime | None,
    confidence: float = 0.95,
    field: str = "full_text",
) -> Finding:
    start = text.index(evidence)
    url = f"https://x.com/MsExampleTeach/status/{item_id}" if item_id and visibility != "only_me" else None
    where = Provenance("x", "data/tweets.js", item_id, field, "post", when, visibility, url)
    clauses = PHONE if kind == "phone" else EMAIL
    rule = "UK mobile number" if kind == "phone" else "e-mail address"
    return make_finding(
        Item(where, text=text), Match(kind, value, start, start + len(evidence), confidence, rule, clauses)
    )


def day(month: int, dd: int) -> datetime:
    return datetime(2024, month, dd, 9, 0, tzinfo=UTC)


def findings() -> list[Finding]:
    return [
        found(
            "New number, old phone died: 07700 900321 - text me!",
            "07700 900321",
            "+447700900321",
            "phone",
            "1100000000000000101",
            "public",
            day(3, 2),
        ),
        found(MARKUP_TEXT, "07700 900123", "+447700900123", "phone", "1100000000000000103", "public", day(7, 8), 0.99),
        found("+447700900654", "+447700900654", "+447700900654", "phone", None, "only_me", None, 0.98, "phoneNumber"),
        found(
            "my personal email is sam.e [at] example [dot] org",
            "sam.e [at] example [dot] org",
            "sam.e@example.org",
            "email",
            "7700000001",
            "custom",
            day(1, 5),
            0.9,
            "text",
        ),
        found(
            "sam.example@example.net",
            "sam.example@example.net",
            "sam.example@example.net",
            "email",
            None,
            "only_me",
            None,
            0.97,
            "email",
        ),
    ]


@pytest.fixture
def snap_app(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    """The app on SOURCE, its scan answering with `findings()`."""
    result = ScanResult([SourceReport(source=str(SOURCE), platform="x", items=7)], findings())
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: result)
    return lambda: make_app([SOURCE])


async def settle(pilot: Pilot[None]) -> None:
    await recorded(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_summary_80x24(snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]) -> None:
    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=settle)


def test_findings_filtered_by_kind_80x24(snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2")
        pilot.app.screen.query_one("#filter-kind", Select).value = "email"
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=run_before)


def test_finding_detail_80x24(snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=run_before)


def test_recheck_after_a_fix_that_did_not_take_100x30(
    snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]
) -> None:
    store = StateStore()
    state = store.load()
    gone = found(
        "ring 07700 900999 for the cake sale",
        "07700 900999",
        "+447700900999",
        "phone",
        "1100000000000000099",
        "public",
        day(2, 1),
    )
    earlier = [*findings()[:-1], gone]  # last year: one since deleted, one not posted yet
    apply(state, earlier, today=day(9, 1).date())
    phone = next(f for f in earlier if f.item_id == "1100000000000000101")
    state.decide(phone, "fixed", today=day(9, 2).date())
    store.save(state)
    assert snap_compare(snap_app(), terminal_size=(100, 30), run_before=settle)


def test_help_80x24(snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2", "question_mark")
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=(80, 24), run_before=run_before)


def test_light_theme_large_terminal_160x48(snap_compare: SnapCompare, snap_app: Callable[[], AuditApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=(160, 48), run_before=run_before)
