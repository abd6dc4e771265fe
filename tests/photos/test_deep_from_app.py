"""The deep photo scan started from the app: "Look inside photos (deep scan)" in Ctrl+P.

Driven with Pilot on an invented X export of three photos.  The image models are replaced by
a fixed reading (as in `test_photo_kinds`), so these run without the `photos` extra; the path
without it is the plain line saying how to install it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Label

import audit.photos_deep as deep
from audit.paths import data_home
from audit.photos_deep.engines import INSTALL_HINT, DeepScanUnavailable, Reading
from tests.photos.conftest import ST_AIDANS
from tui import commands
from tui.app import AuditApp, make_app

READING = Reading(("Drama club", "Call 07700 900123"))


@pytest.fixture
def models(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """The extra "installed", every photo reading as `READING`, in this process (one job).
    Returns what happened: each photo read (on the UI thread?) and each progress shown."""
    seen: dict[str, list[object]] = {"read on the UI thread": [], "progress": []}

    def read(data: bytes) -> Reading:
        seen["read on the UI thread"].append(threading.current_thread() is threading.main_thread())
        return READING

    monkeypatch.setattr(deep, "check_available", lambda: None)
    monkeypatch.setattr(deep, "read_photo", read)
    monkeypatch.setattr(commands, "DEEP_JOBS", 1)
    real = commands.show_deep_progress

    def show(app: AuditApp, session: object, done: int, total: int) -> None:
        label = app.main.query_one("#scan-label", Label)
        real(app, session, done, total)  # type: ignore[arg-type]
        seen["progress"].append(str(label.render()))

    monkeypatch.setattr(commands, "show_deep_progress", show)
    return seen


async def settled(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def look_inside(pilot: Pilot[None]) -> None:
    """Ctrl+P, the command's first words, Enter: as a person would."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"look inside")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await settled(pilot)


def said(app: AuditApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_look_inside_photos_from_the_palette(photo_export: Path, models: dict[str, list[object]]) -> None:
    app = make_app([photo_export], ST_AIDANS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        before = {f.id for f in app.session.findings}
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Look inside photos (deep scan)" in titles
        app.clear_notifications()
        await look_inside(pilot)
        found = [f for f in app.session.findings if f.kind == "photo_text"]
        assert [f.value for f in found] == ["+447700900123"] * 3
        assert {f.id for f in app.session.findings} - before == {f.id for f in found}  # the rest as it was
        assert not app.scanning and models["read on the UI thread"] == [False] * 3  # in a worker
        assert models["progress"][0] == "Looking inside photos: finding them…"
        assert models["progress"][-1] == "Looking inside photos: 3 of 3"
        assert "Looked inside 3 photos: 3 findings in what they show or say." in said(app)
        assert len(list((data_home() / "photo-cache").glob("*.json"))) == 3  # kept for next time
        await look_inside(pilot)  # again: read from the cache, the findings replaced, not doubled
        assert sum(f.kind == "photo_text" for f in app.session.findings) == 3


async def test_without_the_extra_one_plain_line_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(deep, "deep_scan", lambda *args, **kwargs: started.append(args))
    app = make_app()  # no export yet: the welcome screen
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        monkeypatch.setattr(deep, "check_available", lambda: None)
        commands.look_inside_photos(app)  # with the extra, but nothing scanned yet
        monkeypatch.setattr(deep, "check_available", missing)
        commands.look_inside_photos(app)
        await settled(pilot)
        assert said(app)[-2:] == [
            "Open an export and scan it first.",
            "The deep photo scan needs the photos extra: pip install 'profile-audit[photos]'.",
        ]
        assert not started and not app.scanning


def missing() -> None:
    raise DeepScanUnavailable(INSTALL_HINT)
