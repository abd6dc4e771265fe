"""Helpers for driving the app: a persona to scan, an export whose text looks like markup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from audit.demo import persona_school, persona_sources
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tui.app import AuditApp, make_app

MARKUP_TEXT = "[link=https://example.com]ring me[/link] on 07700 900123 [b]after six"
"""A tweet whose words are Textual markup: it must be shown literally."""


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inputs blink on a timer; snapshots and screen asserts need them still."""
    monkeypatch.setattr(Input, "cursor_blink", False)


def jo_app() -> AuditApp:
    """The app on jo-ect's export with the real (per-test temp) progress file: not demo mode."""
    return make_app(persona_sources("jo-ect"), persona_school("jo-ect"))


async def scanned(pilot: Pilot[None], seconds: float = 60.0) -> None:
    """Wait for the scan worker and for the screens to refill.

    The app starts its scan after the first paint, so the worker may not exist yet when the
    test first looks: wait for the scan to end (`scanning` is set as soon as it is due)."""
    app = pilot.app
    for _ in range(int(seconds / 0.05)):
        await app.workers.wait_for_complete()
        if not getattr(app, "scanning", False):
            break
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def recorded(pilot: Pilot[None], seconds: float = 60.0) -> None:
    """Wait until the scan has been listed *and* compared with last time (its notice posted).

    The worker may not have started when the test first looks (`wait_for_complete` then returns
    at once), and the comparison comes after the list: on a busy machine both take a while.
    """
    app = pilot.app
    for _ in range(int(seconds / 0.05)):
        await app.workers.wait_for_complete()
        session = getattr(app, "session", None)
        result = getattr(session, "result", None)
        if result is not None and (result.cancelled or getattr(session, "recheck", None) is not None):
            break
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def markup_export(tmp_path: Path) -> Path:
    archive = XArchive(tweets=[Tweet("1100000000000000077", MARKUP_TEXT, datetime(2024, 1, 2, 9, 0, tzinfo=UTC))])
    return write_tree(archive.tree("data"), tmp_path / "markup-x")
