"""Straight to the post: the detail's link, `o` to open it in the browser, `c` to copy it, and
where the download gives no link, how to find the post (its date and its words)."""

from __future__ import annotations

import webbrowser
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Static

from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.tui.conftest import scanned
from tui.app import AuditApp, make_app
from tui.screens import detail
from tui.screens.detail import FindingScreen, open_in_browser
from tui.screens.main import MainScreen

POST = "https://x.com/MsExampleTeach/status/1500000000000000001"


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An X archive: one public post with a number, one deleted post (whose page is gone)."""
    archive = XArchive(
        tweets=[Tweet("1500000000000000001", "Ring me on 07700 900111 after six", datetime(2016, 3, 3, tzinfo=UTC))],
        deleted=[
            Tweet(
                "1500000000000000002",
                "Old number: 07700 900112, call any time before the summer fair",
                datetime(2015, 5, 5, tzinfo=UTC),
            )
        ],
    )
    return write_tree(archive.tree("data"), tmp_path / "x")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses the app asked the browser to open (no browser is started)."""
    calls: list[str] = []

    def fake_open(app: App[Any], url: str) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(detail, "open_in_browser", fake_open)
    return calls


def facts_text(app: AuditApp) -> str:
    return str(app.screen.query_one("#facts", Static).visual)


def messages(app: AuditApp) -> list[tuple[str, str]]:
    return [(note.title, note.message) for note in app._notifications]


async def test_o_opens_the_post_and_c_copies_its_link(export: Path, opened: list[str]) -> None:
    app = make_app([export])
    async with app.run_test(size=(100, 34)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "enter")  # the findings list, riskiest (the public post) first
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        assert app.screen.finding is not None and app.screen.finding.url == POST
        assert f"Link           {POST}" in facts_text(app)

        await pilot.press("o")
        await pilot.pause()
        assert opened == [POST]
        assert ("", "Opened in your web browser.") in messages(app)

        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == POST
        assert ("", f"Link copied: {POST}") in messages(app)


async def test_without_a_link_the_detail_says_how_to_find_the_post(export: Path, opened: list[str]) -> None:
    app = make_app([export])
    async with app.run_test(size=(100, 34)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "down", "enter")  # the deleted post: seen by no one, listed last
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        finding = app.screen.finding
        assert finding is not None and finding.value == "+447700900112" and finding.url is None
        text = " ".join(facts_text(app).split())
        assert (
            "How to find it No link: this is the post of 5 May 2015 that says "
            "\u201cOld number: 07700 900112, call any time before\u2026\u201d, which you deleted" in text
        )

        await pilot.press("o", "c")
        await pilot.pause()
        assert opened == [] and app.clipboard == ""  # nothing to open or copy: it says where to look
        assert [title for title, _ in messages(app)].count("No link for this one") == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_with_no_browser_the_link_is_copied_instead(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detail, "open_in_browser", lambda app, url: False)
    app = make_app([export])
    async with app.run_test(size=(100, 34)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "enter", "o")
        await pilot.pause()
        assert app.clipboard == POST
        assert (
            "Open it yourself",
            f"No web browser can be opened from here, so the link is copied: paste it into one. {POST}",
        ) in messages(app)


class _Recorder(webbrowser.BackgroundBrowser):
    """A graphical browser that only notes what it was asked to open."""

    def __init__(self) -> None:
        super().__init__("true")
        self.asked: list[tuple[str, int]] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.asked.append((url, new))
        return True


def test_the_default_browser_opens_the_link_in_a_new_tab(monkeypatch: pytest.MonkeyPatch) -> None:
    browser = _Recorder()
    monkeypatch.setattr(webbrowser, "get", lambda: browser)
    assert open_in_browser(App(), POST) is True
    assert browser.asked == [(POST, 2)]


def test_a_text_mode_browser_or_none_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """lynx or w3m would take over the terminal the app is drawn on."""
    console = webbrowser.GenericBrowser("lynx")
    monkeypatch.setattr(console, "open", lambda *args, **kwargs: pytest.fail("a console browser was started"))
    monkeypatch.setattr(webbrowser, "get", lambda: console)
    assert open_in_browser(App(), POST) is False

    def none() -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", none)
    assert open_in_browser(App(), POST) is False


def test_in_a_browser_tab_the_tabs_own_browser_opens_it() -> None:
    """Served (`profile-audit serve`), the page's browser is asked, through Textual's web driver."""

    class Served(App[None]):
        asked: list[str] = []

        @property
        def is_web(self) -> bool:
            return True

        def open_url(self, url: str, *, new_tab: bool = True) -> None:
            self.asked.append(url)

    app = Served()
    assert open_in_browser(app, POST) is True
    assert app.asked == [POST]


async def test_a_position_is_named_in_words_on_the_detail(tmp_path: Path) -> None:
    """A geotagged post's position says which town it is near, not only its coordinates."""
    archive = XArchive(tweets=[Tweet("1500000000000000003", "Lovely walk", datetime(2016, 3, 3, tzinfo=UTC),
                                     geo=(53.8008, -1.5491))])  # fmt: skip
    app = make_app([write_tree(archive.tree("data"), tmp_path / "geo")])
    async with app.run_test(size=(100, 34)) as pilot:
        await scanned(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)
        finding = app.screen.finding
        assert finding is not None and finding.kind == "location" and finding.place
        assert f"Near           {finding.place}" in facts_text(app)
        assert "Leeds" in finding.place
