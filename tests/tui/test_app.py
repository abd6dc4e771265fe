"""The app's other duties: export, help from the bindings, themes, demo mode that never touches
the real progress file, user text shown literally, the welcome screen."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from textual.widgets import Header, Input, Markdown, Static, TabbedContent

from audit.demo import persona_story
from audit.paths import data_home
from audit.report import SCHEMA_WITH_STATUS
from tests.tui.conftest import MARKUP_TEXT, jo_app, scanned
from tui.app import make_app
from tui.labels import platform_title
from tui.screens.detail import FindingScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.prompts import PathPrompt
from tui.screens.welcome import WelcomeScreen
from tui.widgets.evidence import Evidence
from tui.widgets.finding_table import FindingTable


async def test_export_writes_the_json_contract_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "out" / "findings.json"
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PathPrompt)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    document = json.loads(target.read_text())
    assert document["schema"] == SCHEMA_WITH_STATUS
    assert len(document["findings"]) == len(app.session.findings)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_help_is_built_from_the_live_bindings() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text
        for key, what in (("f", "Mark: Fixed on the platform"), ("r", "Re-scan"), ("q", "Quit"), ("3", "Re-check")):
            assert f"{key}   {what}" in text
        assert "snoozed" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_theme_key_switches_between_light_and_dark() -> None:
    app = jo_app()
    async with app.run_test() as pilot:
        dark = app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark is not dark
        await pilot.press("t")
        assert app.current_theme.dark is dark


async def test_demo_mode_keeps_its_progress_in_a_throwaway_folder() -> None:
    app = make_app(demo="jo-ect")
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        assert app.sub_title.startswith("DEMO")
        await pilot.press("2", "f")
        await pilot.pause()
        assert app.session.status_of(app.session.findings[0]) == "fixed"
        assert app.session.store.path.is_file()
        assert data_home() not in app.session.store.path.parents
    assert not (data_home() / "state.json").exists()


async def test_text_that_looks_like_markup_is_shown_literally(markup_export: Path) -> None:
    app = make_app([markup_export])
    async with app.run_test(size=(120, 30)) as pilot:
        await scanned(pilot)
        found = [f for f in app.session.findings if f.kind == "phone"]
        assert found, "the phone number in the markup tweet is found"
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        evidence = app.screen.query_one(Evidence)
        shown = str(evidence.render())
        assert "me[/link] on 07700 900123 [b]after six" in shown  # cut between words, never as markup
        assert shown.strip("…") in MARKUP_TEXT


async def test_detail_shows_clause_words_and_platform_fix_steps() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        table = app.screen.query_one(FindingTable)
        while table.current_id is None:  # the riskiest kind may open on a group's heading (one school, twice)
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FindingScreen)
        clauses = str(screen.query_one("#clauses", Static).render())
        riskiest = next(f for f in app.session.findings if f.id == screen.finding_id)
        assert riskiest.clauses[0] in clauses
        fix = screen.query_one("#fix", Markdown)
        assert fix.border_title == f"How to fix it on {platform_title(riskiest.platform)}"
        assert "Settings" in fix.source
        facts = str(screen.query_one("#facts", Static).render())
        assert "Public: anyone" in facts and "%" in facts
        assert "likely" in facts or "worth a look" in facts
        first = screen.finding_id
        await pilot.press("n")
        assert screen.finding_id != first
        await pilot.press("p")
        assert screen.finding_id == first


async def test_welcome_screen_takes_a_path_and_scans_it(markup_export: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        app.screen.query_one(Input).value = str(markup_export / "missing")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)  # nothing there: stays, says so
        app.screen.query_one(Input).value = str(markup_export)
        await pilot.press("enter")
        await scanned(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(FindingTable).row_count >= 1


async def test_palette_lists_our_commands() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles[:3] == ["Re-scan", "Export findings", "Open persona"]
        app.action_open_persona()
        await pilot.pause()
        await pilot.press("enter")
        await scanned(pilot)
        assert app.session.demo is not None and app.sub_title.startswith("DEMO")


async def test_palette_jumps_to_a_finding_by_its_value() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        target = next(f for f in app.session.findings if f.kind == "email")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*target.value)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        assert app.screen.finding is not None and app.screen.finding.value == target.value


async def test_welcome_back_mentions_the_last_scan_and_enter_opens_the_riskiest(markup_export: Path) -> None:
    first = make_app([markup_export])
    async with first.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("enter")  # the riskiest list has focus from the start
        await pilot.pause()
        assert isinstance(first.screen, FindingScreen)
        assert first.screen.finding_id == first.session.findings[0].id
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, WelcomeScreen)
        text = again.screen.query_one(Markdown).source
        assert f"scan of {again.session.state.scans[-1]} is kept" in text


async def test_demo_mode_tells_the_personas_story_and_real_mode_does_not() -> None:
    demo = make_app(demo="sam-ta")
    async with demo.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("4")
        await pilot.pause()
        tabs = demo.screen.query_one(TabbedContent)
        assert tabs.active == "story"
        assert demo.screen.query_one("#story-text", Markdown).source == persona_story("sam-ta")
    real = jo_app()
    async with real.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("4")
        tabs = real.screen.query_one(TabbedContent)
        assert tabs.active != "story" and not tabs.get_tab("story").display


async def test_the_found_column_follows_the_terminal_width() -> None:
    app = jo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await scanned(pilot)
        await pilot.press("2")
        table = app.screen.query_one(FindingTable)
        narrow = table.columns["Found"].width
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        wide = table.columns["Found"].width
        assert narrow < wide
        assert wide >= min(max(len(f.value) for f in app.session.findings), 60)  # room for the values


async def test_the_re_check_persona_carries_last_years_decisions_to_newer_layouts() -> None:
    """sam-ta-2025: last year's decisions (made on Grailbird and Facebook DYI v2) on this year's
    X `data/` and Facebook Accounts Centre downloads."""
    from tui.widgets.recheck_view import RecheckView

    app = make_app(demo="sam-ta-2025")
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        recheck = app.session.recheck
        assert recheck is not None and not app.session.first_scan
        assert [(f.platform, f.value) for f in recheck.marked_fixed_but_found] == [("x", "+447700900612")]
        assert sorted((s.platform, s.kind) for s in recheck.fixed_since.values()) == [
            ("facebook", "phone"),
            ("x", "address"),
        ]
        kept = {(f.platform, f.value): app.session.status_of(f) for f in app.session.findings}
        assert kept[("x", "+447700900613")] == "accepted"
        assert kept[("facebook", "sokafor.eastholme@example.com")] == "dismissed"
        assert {("x", "+447700900616"), ("facebook", "+447700900617")} <= {(f.platform, f.value) for f in recheck.new}
        await pilot.press("3")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "recheck"
        assert app.screen.query_one(RecheckView).option_count > 10


async def test_the_header_names_the_session_in_the_first_paint(markup_export: Path) -> None:
    """Set when the app is made, so the first screen drawn already says what it is reading
    (it used to be set as the scan started, and the scan's thread held that repaint back)."""
    demo, real = make_app(demo="sam-ta"), make_app([markup_export])
    assert demo.sub_title == "DEMO · sam-ta"
    assert real.sub_title == markup_export.name
    async with demo.run_test(size=(100, 30)) as pilot:
        assert "DEMO · sam-ta" in demo.screen.query_one(Header).screen_sub_title
        await scanned(pilot)


async def test_a_crash_names_the_error_but_no_value_the_code_held(capsys: pytest.CaptureFixture[str]) -> None:
    """A bug in the app ends it with a traceback, but without the frames' local variables: they
    could hold a number or an address from the person's export."""
    app = jo_app()
    number = "07700 900461"

    def broken() -> None:
        held = f"tel: {number}"  # what a frame could hold while it reads an export
        raise ValueError(f"a bug ({len(held)} characters)")

    with pytest.raises(ValueError, match="a bug"):
        async with app.run_test(size=(100, 30)) as pilot:
            await scanned(pilot)
            app.call_later(broken)
            await pilot.pause()
    report = capsys.readouterr().err  # printed as the app closed
    assert "ValueError" in report and "broken" in report
    assert number not in report
