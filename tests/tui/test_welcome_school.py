"""The school profile on the welcome screen, driven as a teacher would: type the export's
path, choose the profile with the picker, scan, and see the profile change the findings; and
the help screen saying where progress is kept and how to delete it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from audit.paths import data_home
from audit.pipeline import ScanResult
from audit.school_init import Answers, write_profile
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.tui.conftest import scanned
from tui import app as app_module
from tui.app import AuditApp, make_app
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.welcome import ProfilePicker, ProfileTree, WelcomeScreen

SnapCompare = Callable[..., bool]
ROOT = Path(__file__).resolve().parents[2]
SCHOOL_ADDRESS = "sam.taylor@staidans.example.org"
ST_AIDANS = Answers(name="St Aidan's C of E Primary School", domains=("staidans.example.org",))


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An X export whose one tweet gives a school address: personal unless the profile says so."""
    text = f"Email me at {SCHOOL_ADDRESS} about the summer fair"
    archive = XArchive(tweets=[Tweet("1100000000000000301", text, datetime(2024, 6, 3, 9, 0, tzinfo=UTC))])
    return write_tree(archive.tree("data"), tmp_path / "twitter-2024-06-30")


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "school.toml"
    write_profile(path, ST_AIDANS)
    return path


def emails(app: AuditApp) -> list[str]:
    return [finding.value for finding in app.session.findings if finding.kind == "email"]


async def type_into(pilot: Pilot[None], selector: str, text: str) -> None:
    await pilot.click(selector)
    await pilot.press(*text)


async def listed(pilot: Pilot[None], tree: ProfileTree, folder: Path) -> list[str]:
    """What the tree shows once it has read `folder` (it reads in a worker that never ends)."""
    for _ in range(200):
        await pilot.pause(0.01)
        names = [child.data.path.name for child in tree.root.children if child.data is not None]
        if Path(tree.path) == folder and names:
            return names
    raise AssertionError(f"the picker never showed {folder}")


async def choose_with_picker(pilot: Pilot[None], folder: Path, name: str) -> None:
    """Open the picker, wait for `folder` to be read, move to `name` and press Enter."""
    await pilot.click("#choose-school")
    picker = pilot.app.screen
    assert isinstance(picker, ProfilePicker)
    tree = picker.query_one(ProfileTree)
    assert name in await listed(pilot, tree, folder)
    for _ in range(tree.last_line + 1):
        node = tree.cursor_node
        if node is not None and node.data is not None and node.data.path.name == name:
            break
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()


async def test_the_chosen_profile_is_used_by_the_scan_and_the_rescan(
    export: Path, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(export.parent)  # the teacher types the name of the folder they are in
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        status = app.screen.query_one("#school-status", Static)
        assert "No school profile" in str(status.render())
        await type_into(pilot, "#source", export.name)
        await choose_with_picker(pilot, profile.parent, "school.toml")
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.query_one("#school", Input).value == str(profile)
        assert str(status.render()) == "Using St Aidan's C of E Primary School, 1 e-mail domain."
        await pilot.click("#scan")
        await scanned(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.session.school_path == profile
        assert app.session.result is not None and app.session.result.sources
        assert SCHOOL_ADDRESS not in emails(app)
        await pilot.press("r")  # the re-scan keeps the profile chosen for this session
        await scanned(pilot)
        assert app.session.school_path == profile and SCHOOL_ADDRESS not in emails(app)


async def test_without_the_profile_the_school_address_is_reported(export: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#source", Input).value = str(export)
        await pilot.press("enter")
        await scanned(pilot)
        assert app.session.school_path is None
        assert SCHOOL_ADDRESS in emails(app)


async def test_a_bad_profile_is_named_and_the_scan_waits(export: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[school]\nname = "St Aidan\'s"\ndomians = ["staidans.example.org"]\n')
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one("#source", Input).value = str(export)
        screen.query_one("#school", Input).value = str(bad)
        screen.query_one("#school", Input).focus()  # focus, not a click: the point is what Enter does there
        await pilot.pause()
        status = screen.query_one("#school-status", Static)
        expected = f"{bad}: unknown key 'domians' in [school]: did you mean 'domains'?"
        for _ in range(20):  # the line under the box follows the typing through events: wait for it
            if str(status.render()) == expected:
                break
            await pilot.pause(0.05)
        assert str(status.render()) == expected and status.has_class("error")
        await pilot.press("enter")
        for _ in range(20):  # the notice comes through the message queue: wait for it
            if app._notifications:
                break
            await pilot.pause(0.05)
        assert app.screen is screen and not app.scanning
        assert [n.message for n in app._notifications] == [expected]
        assert screen.query_one("#school", Input).has_focus


async def test_the_picker_goes_up_a_folder_and_escape_keeps_the_field(profile: Path, tmp_path: Path) -> None:
    inner = tmp_path / "downloads" / "twitter-2024"
    inner.mkdir(parents=True)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#source", Input).value = str(inner)
        (inner.parent / "notes.txt").write_text("not a profile")
        await pilot.click("#choose-school")
        picker = app.screen
        assert isinstance(picker, ProfilePicker)
        tree = picker.query_one(ProfileTree)
        assert await listed(pilot, tree, inner.parent) == ["twitter-2024"]  # beside the export; no .txt
        await pilot.press("backspace")
        assert await listed(pilot, tree, tmp_path) == ["downloads", "school.toml"]  # folders and profiles
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.query_one("#school", Input).value == ""


async def test_a_profile_given_on_the_command_line_fills_the_field(profile: Path) -> None:
    app = make_app((), profile)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#school", Input).value == str(profile)
        assert "Using St Aidan's" in str(app.screen.query_one("#school-status", Static).render())


async def test_help_says_where_progress_is_kept_and_how_to_delete_it() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#scan").focus()  # in the path box, ? would be typed
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text
        assert "Where your progress is kept" in text and "profile-audit forget" in text
        assert str(app.screen.query_one("#help-folder", Static).render()) == str(data_home())


async def test_help_in_demo_mode_says_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "scan", lambda paths, school, **callbacks: ScanResult([], []))
    app = make_app(demo="jo-ect")
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Demo mode: nothing is saved" in app.screen.text and "profile-audit forget" not in app.screen.text
        assert not app.screen.query("#help-folder")


def welcome_with_profile(monkeypatch: pytest.MonkeyPatch) -> AuditApp:
    """The welcome screen with the shipped example profile typed in (a path relative to the
    checkout, so the image does not depend on where the tests run)."""
    monkeypatch.chdir(ROOT)
    return make_app()


async def fill_in(pilot: Pilot[None]) -> None:
    await pilot.pause()
    pilot.app.screen.query_one("#school", Input).value = "examples/st-aidans.toml"
    pilot.app.screen.query_one("#source", Input).focus()
    await pilot.pause()


def test_welcome_with_school_profile_80x24(snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch) -> None:
    assert snap_compare(welcome_with_profile(monkeypatch), terminal_size=(80, 24), run_before=fill_in)


def test_welcome_with_school_profile_160x48(snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch) -> None:
    assert snap_compare(welcome_with_profile(monkeypatch), terminal_size=(160, 48), run_before=fill_in)
