"""Start-up and progress (issue 14, point 8): `--help` and `--version` load neither spaCy nor
Textual, the help's lists agree with the real registries, a scan names what it reads from its
first line, the app's first screen waits for nothing it does not show (BeautifulSoup, jinja2)
and fits the terminal, and Ctrl+C at any moment exits 130 with one quiet line.

Run as a person runs the tool: in fresh processes, the scan's stderr on a pseudo-terminal so
the progress bar is drawn, and SIGINT sent to the whole process group, as a terminal does.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from audit import cli
from audit.paths import HOME_ENV
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tui import cli as app_cli

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "textual", "detectors")
PARSE_ONLY = [
    ["--version"],
    ["--help"],
    ["scan", "--help"],
    ["report", "--help"],
    ["school", "--help"],
    ["school", "init", "--help"],
    ["forget", "--help"],
    ["verify", "--help"],
    ["tui", "--help"],
    ["demo", "--help"],
    ["serve", "--help"],
]


def loaded_after(entry: str, argv: list[str]) -> tuple[int, list[str]]:
    """Run `entry.main(argv)` in a fresh interpreter; its exit code and the heavy modules it loaded."""
    code = (
        f"import sys, {entry} as entry\n"
        "try:\n"
        f"    code = entry.main({argv!r})\n"
        "except SystemExit as stop:\n"
        "    code = stop.code\n"
        f"print('LOADED', [m for m in {HEAVY!r} if m in sys.modules])\n"
        "sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    line = next(line for line in done.stdout.splitlines() if line.startswith("LOADED"))
    return done.returncode, eval(line.removeprefix("LOADED "))  # a list literal printed just above


@pytest.mark.parametrize("argv", PARSE_ONLY, ids=" ".join)
def test_help_and_version_load_neither_spacy_nor_textual(argv: list[str]) -> None:
    code, loaded = loaded_after("tui.cli", argv)
    assert code == 0
    assert loaded == []


def test_python_m_audit_version_loads_no_detectors() -> None:
    code, loaded = loaded_after("audit.cli", ["--version"])
    assert code == 0
    assert loaded == []


NOT_FOR_THE_FIRST_SCREEN = (
    "spacy",
    "detectors.registry",
    "bs4",
    "soupsieve",
    "html5lib",
    "jinja2",
    "phonenumbers",
    "tui.commands",
    "tui.screens.help",
    "tui.screens.welcome",
    "tui.screens.detail",
    "markdown_it",
    "importlib.metadata",
)
"""What the app's first screen does without: the scan loads the detectors, a page read loads
BeautifulSoup, a report jinja2, a school profile read phonenumbers; the palette, help, welcome
and detail screens (and the demo story's Markdown) load when first shown; the re-check cache's
key (importlib.metadata) when a scan is kept."""


def test_the_app_is_built_without_what_its_first_screen_does_not_show() -> None:
    code = (
        "import sys, tui.app\n"
        "app = tui.app.make_app(demo='jo-ect')\n"
        f"print([m for m in {NOT_FOR_THE_FIRST_SCREEN!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_welcome_screen_fits_without_scrolling(size: tuple[int, int]) -> None:
    from textual.widgets import Button, Input

    from tui.app import make_app
    from tui.screens.welcome import WelcomeScreen

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WelcomeScreen)
        scroll = screen.query_one("#welcome")
        assert scroll.virtual_size.height <= scroll.size.height  # the steps, the boxes, the buttons: all in view
        for widget in screen.query("Input, Button").results():
            assert isinstance(widget, Input | Button)
            assert widget.region.bottom <= scroll.region.bottom, widget.id
            assert widget.compact == (size[1] < 30)  # one-line boxes only where two would not fit


def test_the_help_names_the_kinds_the_detectors_find() -> None:
    from audit.report import KIND_TITLES
    from audit.wording import clause_words
    from detectors import DETECTORS

    real = tuple(f"{KIND_TITLES.get(d.kind, d.title).lower()} ({clause_words(d.clauses)})" for d in DETECTORS)
    assert real == cli.KINDS_IN_HELP, "update audit.cli.KINDS_IN_HELP to match detectors.DETECTORS"


def test_the_help_names_the_platforms_the_fetchers_read() -> None:
    from audit.fetchers import FETCHERS

    assert tuple(f.title for f in FETCHERS) == cli.PLATFORMS_IN_HELP


def test_the_personas_in_the_help_are_the_bundled_ones() -> None:
    from audit import demo
    from tui.labels import persona_title

    assert cli.DEFAULT_PERSONA == demo.DEFAULT_PERSONA
    assert cli.persona_names() == demo.persona_names()
    assert [cli.persona_title(name) for name in cli.persona_names()] == [
        persona_title(name) for name in demo.persona_names()
    ]


@pytest.mark.parametrize("text", ["https://social.example.org/@jo", "HTTP:/example.com", "x.zip", "downloads/fb/"])
def test_sources_are_read_as_the_core_reads_them(text: str) -> None:
    from audit.sources import source_argument

    assert cli.source_argument(text) == source_argument(text)


def big_export(folder: Path, posts: int = 6000) -> Path:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    tweets = [
        Tweet(str(10**17 + n), f"Walk {n} by the canal, ring 07700 900{n % 1000:03d}", start + timedelta(hours=n))
        for n in range(posts)
    ]
    return write_tree(XArchive(tweets=tweets).tree("data"), folder / "twitter-archive")


def _interruptible() -> None:
    """In the child: Ctrl+C back to its default, as a terminal starts a program.  A test run started
    in the background (CI, `nohup ... &`) inherits SIGINT ignored, and Python then never raises
    KeyboardInterrupt, whatever the program does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def on_a_terminal(argv: list[str], home: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Start `argv` with stderr on a pseudo-terminal (so the bar draws) in its own process group."""
    leader, follower = pty.openpty()
    env = {**os.environ, HOME_ENV: str(home), "COLUMNS": "120"}
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
        start_new_session=True,
        preexec_fn=_interruptible,
    )
    os.close(follower)
    return process, leader


def read_until(leader: int, process: subprocess.Popen[bytes], text: str, timeout: float = 90) -> str:
    """What the terminal showed, up to `text` (or the process's end, or the timeout)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while text.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.05)
        if ready:
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
        elif process.poll() is not None:
            break
    return seen.decode("utf-8", "replace")


def finish(leader: int, process: subprocess.Popen[bytes]) -> tuple[int, str]:
    rest = read_until(leader, process, "\0", timeout=60)
    code = process.wait(timeout=60)
    os.close(leader)
    return code, rest


def last_line(shown: str) -> str:
    """The last line a person sees: progress redraws (\\r) and blank wipes dropped."""
    lines = [part.strip() for line in shown.splitlines() for part in line.split("\r")]
    return [line for line in lines if line][-1]


def test_scan_names_the_archive_at_once_and_ctrl_c_mid_scan_exits_130(tmp_path: Path) -> None:
    source = big_export(tmp_path)
    argv = [sys.executable, "-m", "audit", "scan", "--jobs", "1", str(source)]
    process, leader = on_a_terminal(argv, tmp_path / "home")

    first = read_until(leader, process, "Getting ready")
    assert "Getting ready to read twitter-archive" in first  # before the detectors have loaded
    counting = read_until(leader, process, " items ")
    assert "twitter-archive: data/tweets.js" in counting  # the archive, then the file inside it
    os.killpg(process.pid, signal.SIGINT)
    code, rest = finish(leader, process)

    assert code == 130
    assert "Traceback" not in first + counting + rest
    assert last_line(first + counting + rest) == "profile-audit: interrupted"


@pytest.mark.parametrize("delay", [0.0, 0.4])
def test_ctrl_c_while_starting_exits_130_without_a_traceback(tmp_path: Path, delay: float) -> None:
    # "started" once the console script's own code runs (before that it is Python starting up), printed from
    # inside `run`'s guard: printed before the call, a signal landing between the print and the call was a
    # KeyboardInterrupt in the test's own one-line program (a traceback, -2), about one run in four on a busy machine
    program = (
        "import tui.cli as cli\n"
        "main = cli.main\n"
        "def started():\n"
        "    print('started', flush=True)\n"
        "    return main()\n"
        "cli.main = started\n"
        "cli.run()"
    )
    argv = [sys.executable, "-c", program, "scan", "--demo", "--quiet"]
    env = {**os.environ, HOME_ENV: str(tmp_path / "home")}
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        preexec_fn=_interruptible,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"started\n"
    time.sleep(delay)  # still loading: the detectors take seconds to import
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, err.decode()[-2000:]  # seen once as 1 in a full run: what it printed
    assert err.decode().strip() == "profile-audit: interrupted"


def test_ctrl_c_while_the_app_loads_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tui.app.make_app", interrupted)
    assert app_cli.main(["demo"]) == 130
    assert capsys.readouterr().err == "profile-audit: interrupted\n"


def test_an_app_closed_by_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    class App:
        def run(self) -> None:
            self.return_code = 130  # what the app returns when Ctrl+C quits it

    monkeypatch.setattr("tui.app.make_app", lambda *args, **kwargs: App())
    assert app_cli.main(["demo"]) == 130


async def test_ctrl_c_in_the_app_quits_with_130() -> None:
    from tui.app import make_app

    app = make_app(demo="jo-ect")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 130
