"""Scanning in a thread worker: progress reaches the bar, the UI answers keys while it runs,
Escape stops it (and a stopped scan is never recorded), and failures are one-line toasts."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import ProgressBar, TabbedContent
from textual.worker import WorkerFailed

from audit.demo import persona_sources
from audit.pipeline import Progress, ScanResult
from audit.state import StateStore
from tests.tui.conftest import jo_app, scanned
from tui import app as app_module
from tui import cli
from tui.app import make_app
from tui.messages import ScanFinished, ScanProgress
from tui.screens.detail import FindingScreen
from tui.widgets.finding_table import GROUP_KEY, FindingTable
from tui.widgets.scan_progress import ScanProgressPanel


def toasts(messages: list[Message]) -> list[str]:
    return [m.notification.message for m in messages if isinstance(m, Notify)]


async def test_progress_shows_keys_work_during_a_scan_and_escape_stops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def slow_scan(paths, school, *, on_progress, should_stop, **_):  # type: ignore[no-untyped-def]
        """Reports half-way, then waits to be stopped, as a scan of a huge export would."""
        on_progress(Progress("x.zip", "data/tweets.js", 5000, 100, 100))
        on_progress(Progress("big.zip", "data/tweets.js", 9000, 50, 100))  # the second export, half read
        started.set()
        for _ in range(500):
            if should_stop():
                return ScanResult(cancelled=True)
            threading.Event().wait(0.01)
        raise AssertionError("the scan was never asked to stop")

    monkeypatch.setattr(app_module, "scan", slow_scan)
    messages: list[Message] = []
    app = jo_app()
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        while not started.is_set():
            await pilot.pause(0.01)
        await pilot.pause(0.05)
        assert app.scanning
        panel = app.screen.query_one(ScanProgressPanel)
        exports = len(app.session.sources)
        assert exports > 1  # the bar covers all exports, not each in turn
        assert panel.display and panel.query_one(ProgressBar).progress == round(1.5 / exports * 100)
        assert any(isinstance(m, ScanProgress) for m in messages)

        await pilot.press("2")  # the UI answers while the worker runs
        assert app.screen.query_one(TabbedContent).active == "findings"

        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.scanning and not panel.display
        finished = [m for m in messages if isinstance(m, ScanFinished)]
        assert finished and finished[0].result.cancelled
        assert any("Scan stopped" in text for text in toasts(messages))
    assert StateStore().load().scans == [], "a stopped scan is never recorded"


async def test_an_unreadable_source_is_a_one_line_toast(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing to see")
    messages: list[Message] = []
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await scanned(pilot)
        assert app.session.result is None and not app.scanning
        errors = [text for text in toasts(messages) if "not an export" in text]
        assert len(errors) == 1 and "\n" not in errors[0]


async def test_a_crash_in_the_scan_names_the_error_kind_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_scan(*args: object, **kwargs: object) -> ScanResult:
        raise RuntimeError("+447700900111 leaked into an error message")

    monkeypatch.setattr(app_module, "scan", broken_scan)
    messages: list[Message] = []
    app = jo_app()
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        with pytest.raises(WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()
        texts = toasts(messages)
        assert "The scan failed (RuntimeError)." in texts
        assert not any("07700" in text or "+44" in text for text in texts)
        assert not app.scanning


def test_a_corrupt_progress_file_is_a_one_line_error(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (private_home / "state.json").write_text("{not json")
    assert cli.main(["tui", str(persona_sources("jo-ect")[0])]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("profile-audit: ") and "state.json" in err and "\n" not in err


async def test_mouse_opens_a_finding() -> None:
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await scanned(pilot)
        assert await pilot.click("Tab#--content-tab-findings")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "findings"
        table = app.screen.query_one(FindingTable)
        row = next(i for i in range(table.row_count) if not (table.key_at(i) or "").startswith(GROUP_KEY))
        await pilot.click("#table", offset=(10, 2 + row))
        await pilot.click("#table", offset=(10, 2 + row))  # a click selects a row already highlighted
        await pilot.pause()
        assert isinstance(app.screen, FindingScreen)


async def test_a_scan_stopped_by_opening_a_persona_never_lands_in_the_new_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    quick = ScanResult()

    def scan(paths, school, *, on_progress, should_stop, **_):  # type: ignore[no-untyped-def]
        if list(paths) == persona_sources("sam-ta"):
            return quick
        started.set()
        while not should_stop():
            threading.Event().wait(0.01)
        threading.Event().wait(0.2)  # the stopped scan reports after the new one has finished
        return ScanResult(cancelled=True)

    monkeypatch.setattr(app_module, "scan", scan)
    app = jo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        while not started.is_set():
            await pilot.pause(0.01)
        app.open_persona("sam-ta")
        await pilot.pause(0.5)  # both workers have reported by now
        assert app.session.demo == "sam-ta"
        assert app.session.result is quick and not app.scanning
