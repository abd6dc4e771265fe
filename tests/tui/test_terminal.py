"""The real `profile-audit demo` in a real terminal (tmux): keys in, screen text out.

Pilot tests run the app in-process; this one proves the console script, the terminal
driver and demo mode work together the way a person would use them.  It runs on its own
tmux socket so it never touches anyone else's tmux server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit.demo import persona_school, persona_sources
from audit.paths import HOME_ENV
from audit.pipeline import scan
from audit.report import sort_by_risk
from audit.school import load_school

TMUX = shutil.which("tmux")
SCRIPT = Path(sys.executable).with_name("profile-audit")
pytestmark = pytest.mark.skipif(TMUX is None or not SCRIPT.exists(), reason="needs tmux and the installed script")


class Terminal:
    """One tmux session on a private socket, running a command at a fixed size."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        done = subprocess.run([TMUX or "tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        return done.stdout

    def start(self, command: str, env: dict[str, str], size: tuple[int, int] = (100, 30)) -> None:
        exports = " ".join(f"{key}={value}" for key, value in env.items())
        self.tmux("new-session", "-d", "-s", "app", "-x", str(size[0]), "-y", str(size[1]), f"env {exports} {command}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "app", key)
            time.sleep(0.15)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        """Poll the screen until `text` shows; fail with the last screen if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        pytest.fail(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def alive(self) -> bool:
        return (
            subprocess.run(
                [TMUX or "tmux", "-L", self.socket, "has-session", "-t", "app"], capture_output=True
            ).returncode
            == 0
        )


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"profile-audit-test-{os.getpid()}")
    yield term
    term.tmux("kill-server")


def test_demo_in_a_real_terminal(terminal: Terminal, tmp_path: Path) -> None:
    real_home = tmp_path / "real-home"
    env = {HOME_ENV: str(real_home), "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    terminal.start(str(SCRIPT) + " demo", env)
    riskiest = sort_by_risk(scan(persona_sources("jo-ect"), load_school(persona_school("jo-ect"))).findings)[0]

    summary = terminal.wait_for("findings in")
    assert "DEMO · jo-ect" in summary
    assert "By kind" in summary and "Who can see it" in summary

    terminal.keys("2")
    listing = terminal.wait_for("Found")
    rows = listing.splitlines()
    header = next(i for i, row in enumerate(rows) if "Status" in row and "Found" in row)
    first = rows[header + 1]
    assert riskiest.value[:10] in first  # the riskiest finding is the first row (a long value is cut)
    if "▸" in first:  # found in several places: one row for the group, Enter opens it onto its members
        terminal.keys("Enter")
        terminal.wait_for("▾")
        terminal.keys("Down")

    terminal.keys("Enter")
    detail = terminal.wait_for("What it says")
    assert riskiest.excerpt[:40] in detail
    assert riskiest.clauses[0] in detail and "Status         to do" in detail

    terminal.keys("f")
    assert "Status         fixed" in terminal.wait_for("Status         fixed")

    terminal.keys("?")
    help_screen = terminal.wait_for("Keys")
    assert "Mark: Fixed on the platform" in help_screen

    terminal.keys("Escape", "Escape")
    assert "fixed" in terminal.wait_for("Any status")

    terminal.keys("q")
    deadline = time.monotonic() + 10
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not terminal.alive(), "q quits"
    assert not real_home.exists(), "demo mode never writes the real progress file, nor even the key"


def test_a_closed_terminal_ends_the_app_where_no_hang_up_reaches_it(terminal: Terminal, tmp_path: Path) -> None:
    """A wrapper that catches SIGHUP and waits (as `make demo` does) keeps the app from being told that its
    terminal closed; the app must notice by itself and end (`tui.hangup`), not spin on a dead terminal."""
    status = tmp_path / "status"
    env = {HOME_ENV: str(tmp_path / "real-home"), "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    terminal.start(f"sh -c 'trap \"\" HUP; {SCRIPT} demo; echo $? > {status}'", env)
    terminal.wait_for("findings in")

    terminal.tmux("kill-session", "-t", "app")  # the window closed: the terminal is gone, no SIGHUP arrives

    deadline = time.monotonic() + 20
    while not status.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert status.exists(), "the app was still running 20 s after its terminal closed"
    assert status.read_text().strip() == "129"
