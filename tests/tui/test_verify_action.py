""" "Check it's gone" (`v`) on a finding: its public page fetched again, the answer shown, a proved
fix marked as checked; and for a finding from a download, what to do instead.

The page is served by a real HTTP server on 127.0.0.1 (`tests.fetchers.public_page_site`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static

from audit.fetchers.public_page import source
from audit.fetchers.public_page.fetch import FetchLimits
from audit.state import StateStore
from tests.fetchers.public_page_site import ROBOTS_ALLOW, Route, Site, html
from tests.tui.conftest import scanned
from tui.app import AuditApp, make_app
from tui.screens.checking import verified_words
from tui.screens.detail import FindingScreen

BEFORE = html("<p>Hello from Rowan. Call me on 07700 900171 or e-mail rowan.app@example.com</p>")
AFTER = html("<p>Hello from Rowan. E-mail rowan.app@example.com</p>")


@pytest.fixture
def web(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setattr(source, "LIMITS", FetchLimits(min_interval=0.0))
    monkeypatch.setattr(source, "HOST_MAP", {})
    site = Site({"/robots.txt": ROBOTS_ALLOW, "/me": Route(BEFORE)})
    yield site
    site.close()


def messages(app: AuditApp) -> list[tuple[str, str]]:
    return [(note.title, note.message) for note in app._notifications]


def facts_text(app: AuditApp) -> str:
    return str(app.screen.query_one("#facts", Static).visual)


async def open_kind(app: AuditApp, pilot: object, kind: str) -> str:
    [finding] = [f for f in app.session.findings if f.kind == kind]
    app.open_finding(finding.id)
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, FindingScreen)
    return finding.id


async def test_v_proves_a_fix_gone_shows_it_checked_and_says_still_there_or_could_not_check(
    web: Site, tmp_path: Path
) -> None:
    store = StateStore(tmp_path / "state.json")
    app = make_app([web.url("/me")], store=store)
    async with app.run_test(size=(120, 50)) as pilot:
        await scanned(pilot)
        phone = await open_kind(app, pilot, "phone")
        await pilot.press("f")
        await pilot.pause()
        web.routes["/me"] = Route(AFTER)
        app.clear_notifications()

        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title, message = messages(app)[-1]
        today = date.today().isoformat()
        assert title == "Gone"
        assert message == (
            f"Phone number: not on the page any more, as a stranger sees it today; recorded as {verified_words(today)}."
        )
        assert f"fixed · {verified_words(today)}" in facts_text(app)
        assert StateStore(tmp_path / "state.json").load().seen[phone].verified == today

        app.pop_screen()
        await pilot.pause()
        await open_kind(app, pilot, "email")
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title, message = messages(app)[-1]
        assert title == "Still there"
        assert message.startswith("E-mail address: the page still shows it to anyone who visits.")
        assert "rowan.app@example.com" not in message

        web.routes["/me"] = Route("gone away", 500, "text/plain")
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title, message = messages(app)[-1]
        assert title == "Could not check"
        assert message.startswith("E-mail address: the site had a problem answering (HTTP 500")
        assert "checked gone" not in facts_text(app)


async def test_a_finding_from_a_download_says_what_to_do_instead(markup_export: Path, tmp_path: Path) -> None:
    app = make_app([markup_export], store=StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(120, 50)) as pilot:
        await scanned(pilot)
        await open_kind(app, pilot, "phone")
        await pilot.press("v")
        await pilot.pause()
        title, message = messages(app)[-1]
        assert title == "No page to check"
        assert message.startswith("This one came from your X (Twitter) download, not from a public page")
        assert "download your data again and re-scan it" in message

        app.clear_notifications()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Check it's gone")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert [title for title, _ in messages(app)] == ["No page to check"]
