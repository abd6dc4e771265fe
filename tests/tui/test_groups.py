"""One decision for many, driven by keys: a group row per value, opened with Enter, marked with
one key; ticked rows marked together; snapshots of the grouped list.  Issue 14, point 3."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from audit.demo import persona_school, persona_sources
from audit.fetchers import SourceReport
from audit.grouping import group_findings
from audit.model import Finding, make_finding
from audit.pipeline import ScanResult, scan
from audit.school import load_school
from audit.state import StateStore
from detectors.base import Item, Match, Provenance, Section
from tests.tui.conftest import jo_app, scanned
from tests.tui.test_snapshots import SnapCompare, settle
from tests.tui.test_snapshots import found as snap_found
from tui import app as app_module
from tui.app import AuditApp, make_app
from tui.screens.detail import FindingScreen
from tui.screens.prompts import ReasonPrompt
from tui.widgets.finding_table import GROUP_KEY, FindingTable

_JO: list[ScanResult] = []
"""jo-ect scanned once for these tests (inside the first one, so the key lives in its temp home)."""


def quick_jo(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    """`jo_app`, its scan answered from the one made for the first test: the app is what is tested."""
    if not _JO:
        _JO.append(scan(persona_sources("jo-ect"), load_school(persona_school("jo-ect"))))
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: _JO[0])
    return jo_app


@pytest.fixture
def jo(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    return quick_jo(monkeypatch)


def row_text(table: FindingTable, key: str) -> list[str]:
    return [str(cell) for cell in table.get_row(key)]


async def to_group(app: AuditApp, pilot: object, value: str) -> tuple[FindingTable, str]:
    """The findings list focused, its cursor on the group of `value`."""
    await pilot.press("2")  # type: ignore[attr-defined]
    table = app.screen.query_one(FindingTable)
    key = next(k for k, group in table.groups.items() if group.value == value)
    table.move_cursor(row=table.get_row_index(key))
    await pilot.pause()  # type: ignore[attr-defined]
    return table, key


async def test_a_value_found_in_several_places_is_one_row_marked_with_one_key(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 40)) as pilot:
        await scanned(pilot)
        school = next(f for f in app.session.findings if f.kind == "school")
        members = [f for f in app.session.findings if f.kind == "school" and f.value == school.value]
        assert len(members) >= 3
        table, key = await to_group(app, pilot, school.value)
        assert table.row_count < len(app.session.findings)  # groups fold rows away
        cells = row_text(table, key)
        assert f"▸ {len(members)}× {school.value}" in cells
        assert "to do" in cells
        assert "Enter opens a group" in str(table.border_title)

        await pilot.press("enter")  # open the group: its members, each named by where it is
        await pilot.pause()
        assert key in table.opened
        shown = [row_text(table, member.id) for member in members]
        places = [row[4].strip() for row in shown]
        assert all(place and school.value not in place for place in places), places
        assert any(place.startswith(("your profile", "a post")) for place in places)

        await pilot.press("f")  # on the group's row: all of them
        await pilot.pause()
        assert {app.session.status_of(member) for member in members} == {"fixed"}
        saved = StateStore().load().decisions
        assert all(saved[member.id].status == "fixed" for member in members)
        assert row_text(table, key)[1] == "fixed"

        table.move_cursor(row=table.get_row_index(members[1].id))
        await pilot.press("u")  # one member back to do: the group is mixed
        await pilot.pause()
        assert app.session.status_of(members[1]) == "todo"
        assert row_text(table, key)[1] == "mixed"

        table.move_cursor(row=table.get_row_index(members[0].id))
        await pilot.press("enter")  # a member opens its detail
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen) and app.screen.finding_id == members[0].id


async def test_accepting_a_group_asks_once_and_keeps_the_reason_for_each(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 40)) as pilot:
        await scanned(pilot)
        groups = group_findings(app.session.findings)
        group = next(g for g in groups if len(g) > 1 and g.kind == "email")
        table, _ = await to_group(app, pilot, group.value)
        await pilot.press("a")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, ReasonPrompt) and prompt.prompt_title == f"Accept these {len(group)} findings"
        prompt.query_one(Input).value = "old address, closed"
        await pilot.press("enter")
        await pilot.pause()
        saved = StateStore().load().decisions
        assert [saved[member.id].reason for member in group.members] == ["old address, closed"] * len(group)


async def test_ticked_rows_are_marked_together_then_unticked(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 40)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        table = app.screen.query_one(FindingTable)
        first = table.current_key
        await pilot.press("space")  # ticks the row and moves down, as in a file manager
        second = table.current_key
        await pilot.press("space", "space", "up")  # tick the second and the third, back to the third
        third = table.current_key
        await pilot.press("space")  # untick the third
        await pilot.pause()
        assert table.ticked == {first, second}
        assert third not in table.ticked
        assert "2 ticked" in str(table.border_title)
        chosen = table.chosen_ids()
        expected = [
            member for key in (first, second) for member in (table.groups[key].ids() if key in table.groups else [key])
        ]
        assert chosen == expected

        await pilot.press("d")
        await pilot.pause()
        assert {app.session.status_of(app.session.finding(i)) for i in chosen} == {"dismissed"}  # type: ignore[arg-type]
        assert not table.ticked and "ticked" not in str(table.border_title)
        others = [f for f in app.session.findings if f.id not in chosen]
        assert {app.session.status_of(f) for f in others} == {"todo"}


async def test_escape_unticks_and_g_lists_every_finding_on_its_own_row(jo: Callable[[], AuditApp]) -> None:
    app = jo()
    async with app.run_test(size=(120, 40)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "space", "space")
        table = app.screen.query_one(FindingTable)
        assert len(table.ticked) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert not table.ticked
        grouped_rows = table.row_count
        await pilot.press("g")
        await pilot.pause()
        assert not table.grouped and table.row_count == len(app.session.findings) > grouped_rows
        assert not any(key.startswith(GROUP_KEY) for key in table.order)
        await pilot.press("g")
        await pilot.pause()
        assert table.grouped and table.row_count == grouped_rows


def school_post(text: str, item_id: str | None, when: datetime | None, section: Section = "post") -> Finding:
    value = "St Aidan's C of E Primary School"
    start = text.index("St Aidan's")
    field = "bio" if section == "profile" else "full_text"
    where = Provenance("x", "data/tweets.js", item_id, field, section, when, "public")
    match = Match("school", value, start, start + len("St Aidan's"), 0.9, "school named", ("2.3.13",))
    return make_finding(Item(where, text=text), match)


def grouped_findings() -> list[Finding]:
    """Three posts naming the school (one group), and two findings of their own (reserved values)."""
    return [
        school_post("Year 4 at St Aidan's | tea, books, fell walks", None, None, "profile"),
        school_post("Sports day at St Aidan's was a triumph!", "1100000000000000201", datetime(2024, 7, 8, tzinfo=UTC)),
        school_post(
            "Back to St Aidan's tomorrow, bring on term", "1100000000000000202", datetime(2023, 9, 3, tzinfo=UTC)
        ),
        snap_found(
            "New number: 07700 900321 - text me!",
            "07700 900321",
            "+447700900321",
            "phone",
            "1100000000000000203",
            "public",
            datetime(2024, 3, 2, tzinfo=UTC),
        ),
        snap_found(
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
def grouped_app(monkeypatch: pytest.MonkeyPatch) -> Callable[[], AuditApp]:
    result = ScanResult([SourceReport(source="twitter-2024-snap", platform="x", items=7)], grouped_findings())
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: result)
    return lambda: make_app([Path("twitter-2024-snap")])


async def open_the_group(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("2")
    table = pilot.app.screen.query_one(FindingTable)
    table.move_cursor(row=table.get_row_index(next(iter(table.groups))))
    await pilot.press("enter", "down", "space")  # open it, tick its first member
    await pilot.pause()


def test_grouped_list_80x24(snap_compare: SnapCompare, grouped_app: Callable[[], AuditApp]) -> None:
    assert snap_compare(grouped_app(), terminal_size=(80, 24), run_before=open_the_group)


def test_grouped_list_160x48(snap_compare: SnapCompare, grouped_app: Callable[[], AuditApp]) -> None:
    assert snap_compare(grouped_app(), terminal_size=(160, 48), run_before=open_the_group)
