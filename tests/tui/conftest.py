"""Helpers for driving the app: a persona to scan, an export whose text looks like markup."""

from __future__ import annotations

from collections.abc import Callable
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


async def _until(pilot: Pilot[None], done: Callable[[], bool], seconds: float = 60.0) -> None:
    """Wait, letting the app run, until `done()` holds and no worker is busy (or `seconds` pass).

    `wait_for_complete` alone returns at once when the worker it should wait for has not
    started yet, and the comparison with last time comes after the list."""
    app = pilot.app
    for _ in range(int(seconds / 0.05)):
        await app.workers.wait_for_complete()
        if done():
            break
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def scanned(pilot: Pilot[None]) -> None:
    """Wait for the scan to end and for the screens to refill."""
    await _until(pilot, lambda: not getattr(pilot.app, "scanning", False))
    await pilot.pause()


async def recorded(pilot: Pilot[None]) -> None:
    """Wait until the scan has been listed *and* compared with last time (its notice posted)."""

    def compared() -> bool:
        session = getattr(pilot.app, "session", None)
        result = getattr(session, "result", None)
        return result is not None and (result.cancelled or getattr(session, "recheck", None) is not None)

    await _until(pilot, compared)


@pytest.fixture
def markup_export(tmp_path: Path) -> Path:
    archive = XArchive(tweets=[Tweet("1100000000000000077", MARKUP_TEXT, datetime(2024, 1, 2, 9, 0, tzinfo=UTC))])
    return write_tree(archive.tree("data"), tmp_path / "markup-x")
