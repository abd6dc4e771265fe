"""The walk-through the issue asks for, driven by keys: open, filter, open a finding, mark it
fixed, quit, re-scan, and see it as "marked fixed but still found"."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Select, TabbedContent

from audit.paths import data_home
from audit.state import StateStore
from tests.tui.conftest import jo_app, scanned
from tui.screens.detail import FindingScreen
from tui.screens.main import MainScreen
from tui.widgets.finding_table import FindingTable
from tui.widgets.recheck_view import RecheckView


def state_file() -> Path:
    return data_home() / "state.json"


async def test_full_walkthrough_remembers_a_fix_and_catches_it_still_there() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        assert isinstance(app.screen, MainScreen)
        assert not app.session.first_scan or app.session.recheck is not None
        total = len(app.session.findings)
        assert total >= 10

        await pilot.press("2")  # findings tab, list focused
        table = app.screen.query_one(FindingTable)
        assert app.screen.focused is table
        assert len(table.order) == total  # every finding, the same value in several places on one row

        # Filter to e-mail addresses with the keyboard: focus the kind drop-down, open it, pick.
        kind = app.screen.query_one("#filter-kind", Select)
        kind.focus()
        await pilot.press("enter")
        await pilot.pause()
        kinds = sorted({f.kind for f in app.session.findings})  # the drop-down lists them in this order
        await pilot.press(*["down"] * (kinds.index("email") + 1), "enter")
        await pilot.pause()
        assert kind.value == "email"
        emails = [f for f in app.session.findings if f.kind == "email"]
        assert len(table.order) == len(emails) < total

        table.focus()
        if table.current_group is not None:  # the same address in several places: open its row
            await pilot.press("enter", "down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        chosen = app.screen.finding
        assert chosen is not None and chosen.kind == "email"
        assert chosen.id == emails[0].id  # riskiest first

        await pilot.press("f")
        await pilot.pause()
        assert app.session.status_of(chosen) == "fixed"
        saved = json.loads(state_file().read_text())
        assert saved["decisions"][chosen.id]["status"] == "fixed"
        assert "example" not in state_file().read_text()  # no address on disk, only fingerprints

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert str(table.get_row(chosen.id)[1]) == "fixed"
        await pilot.press("q")
    assert app.return_code == 0

    again = jo_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        recheck = again.session.recheck
        assert recheck is not None and not again.session.first_scan
        assert [f.id for f in recheck.marked_fixed_but_found] == [chosen.id]
        assert again.screen.query_one(TabbedContent).active == "recheck"
        listing = again.screen.query_one("#recheck-list", RecheckView)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("Marked fixed but still found (1)" in p for p in prompts)
        first_finding = next(i for i in range(listing.option_count) if listing.get_option_at_index(i).id)
        assert listing.get_option_at_index(first_finding).id == chosen.id  # shown first
        assert again.screen.focused is listing and listing.highlighted == first_finding

        await pilot.press("enter")  # straight to it, to fix it properly this time
        await pilot.pause()
        assert isinstance(again.screen, FindingScreen) and again.screen.finding_id == chosen.id


async def test_a_status_filter_drops_a_finding_once_it_is_dealt_with() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        app.screen.query_one("#filter-status", Select).value = "todo"
        await pilot.pause()
        table = app.screen.query_one(FindingTable)
        table.focus()
        while table.current_id is None:  # a group's row marks all its members: take a single finding
            await pilot.press("down")
        before = table.row_count
        first = table.current_id
        await pilot.press("d")
        await pilot.pause()
        assert table.row_count == before - 1 and first not in table.order
        summary = str(app.screen.query_one("#headline").render())
        assert "1 dismissed" in summary


async def test_cancelled_status_prompt_changes_nothing_and_accept_keeps_the_reason() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        first = app.session.findings[0]
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.session.status_of(first) == "todo"
        assert first.id not in StateStore().load().decisions

        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")  # an empty reason is refused: the prompt stays
        await pilot.pause()
        assert app.session.status_of(first) == "todo"
        await pilot.press(*"school number, allowed", "enter")
        await pilot.pause()
        assert app.session.status_of(first) == "accepted"
        store = StateStore()
        assert store.load().decisions[first.id].reason == "school number, allowed"

        await pilot.press("down", "z")
        await pilot.pause()
        await pilot.press("down", "enter")  # "For a month"
        await pilot.pause()
        second = app.session.findings[1]
        assert app.session.status_of(second) == "snoozed"
        assert app.session.snoozed_until(second) is not None

        await pilot.press("down", "d")
        await pilot.pause()
        assert app.session.status_of(app.session.findings[2]) == "dismissed"
        await pilot.press("u")
        await pilot.pause()
        assert app.session.status_of(app.session.findings[2]) == "todo"
