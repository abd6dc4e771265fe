"""How fast profile-audit answers: `--help`, `--version`, every subcommand's `--help`, the first
progress line of a scan and the app's first screen (issue 14, point 8).

    .venv/bin/python bench/startup.py [--runs 7] [--no-commands] [--no-app] [--no-scan] [--phases] [...]

Each command runs in a fresh process, as a person starts it, `--runs` times; the table gives
the median wall-clock time (and the fastest and slowest run, since the machine is shared).
The scan's first line is read from a pseudo-terminal (the bar is drawn only on a terminal);
the app's first screen from a private tmux server (skipped when tmux is missing); `--phases`
adds the app's own times (imports, main screen mounted, first paint), processor time too.

Python's compiled modules are kept between runs, as on an installed copy, in a private
folder (`PYTHONPYCACHEPREFIX`), after one unmeasured pass of every measure has filled it: a
shell with PYTHONDONTWRITEBYTECODE set (this VM's) would otherwise compile every module of
the app, about 0.35 s, at each start.  `--compile-each-time` measures that way instead.
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import secrets
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).with_name("profile-audit")
COMMANDS = [
    command.split()
    for command in ("--version", "--help", "scan --help", "report --help", "school --help", "school init --help",
                    "school check --help", "forget --help", "verify --help", "tui --help", "demo --help", "serve --help")
]  # fmt: skip
TIMEOUT = 120.0
APP_ENV = "TERM=xterm-256color TEXTUAL_ANIMATIONS=none"
PHASES = ("imports done", "main screen mounted", "first paint")
_ENV: dict[str, str] = dict(os.environ)
"""The environment every measured command starts with (`main` sets where compiled modules go)."""


def child_env() -> dict[str, str]:
    """A copy of the environment the measured commands start with."""
    return dict(_ENV)


def script() -> list[str]:
    """The installed console script, or the same entry point through this interpreter."""
    if SCRIPT.exists():
        return [str(SCRIPT)]
    return [sys.executable, "-c", "from tui.cli import run; run()"]


def time_command(argv: Sequence[str]) -> tuple[float, float]:
    """Seconds from start to exit of one command (its output thrown away), and the processor
    time it used: on a busy machine the first waits for a core, the second does not."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=child_env())
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_until_on_terminal(argv: Sequence[str], texts: Sequence[str]) -> list[float]:
    """Seconds until each of `texts` first shows on the command's stderr, a pseudo-terminal."""
    leader, follower = pty.openpty()
    env = {**child_env(), "COLUMNS": "120"}
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    seen, found = b"", [float("nan")] * len(texts)
    try:
        while time.perf_counter() - started < TIMEOUT and any(f != f for f in found):
            ready, _, _ = select.select([leader], [], [], 0.01)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                seen += os.read(leader, 65536)
            except OSError:  # the command ended and closed the terminal
                break
            now = time.perf_counter() - started
            found = [now if f != f and text.encode() in seen else f for f, text in zip(found, texts, strict=True)]
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    return found


def time_first_screen(texts: Sequence[str]) -> list[float]:
    """Seconds until each of `texts` shows in `profile-audit demo` on a 100x30 tmux screen ("":
    anything at all).

    Each run has a tmux server of its own (`-L`, a name never used before, no configuration
    file), started and waited for before the clock starts, and waited out when killed: a new
    session on a socket whose server was still closing once failed with "server exited
    unexpectedly"."""
    found = [float("nan")] * len(texts)
    with tempfile.TemporaryDirectory(prefix="profile-audit-bench-") as home, PrivateTmux() as tmux:
        command = f"env PROFILE_AUDIT_HOME={home} {APP_ENV} {' '.join(script())} demo"
        started = time.perf_counter()
        tmux.run("respawn-pane", "-k", "-t", "bench", command)  # the idle pane, already 100x30, runs the app
        while time.perf_counter() - started < TIMEOUT and any(f != f for f in found):
            screen = tmux.capture("bench")
            now = time.perf_counter() - started
            found = [
                now if f != f and (text in screen if text else screen.strip()) else f
                for f, text in zip(found, texts, strict=True)
            ]
            time.sleep(0.02)
    return found


def time_phases() -> list[float]:
    """One run of `traced_demo` in tmux: the wall-clock seconds of each of `PHASES`, then the
    processor seconds, since its process started."""
    with tempfile.TemporaryDirectory(prefix="profile-audit-bench-") as home, PrivateTmux() as tmux:
        out = Path(home) / "phases"
        child = f"{sys.executable} {Path(__file__).resolve()} --traced-demo {out}"
        tmux.run("respawn-pane", "-k", "-t", "bench", f"env PROFILE_AUDIT_HOME={home} {APP_ENV} {child}")
        deadline = time.monotonic() + TIMEOUT
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        figures = [float(figure) for figure in out.read_text().split()] if out.exists() else []
    return figures if len(figures) == 2 * len(PHASES) else [float("nan")] * 2 * len(PHASES)


def traced_demo(out: Path) -> None:
    """`profile-audit demo` writing to `out` when each of `PHASES` came (seconds since its process
    started: the wall-clock times, then the processor times), then exiting at its first paint."""
    with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:  # Linux: when it started
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        started = time.perf_counter() - float(uptime.read().split()[0]) + ticks / os.sysconf("SC_CLK_TCK")
    marks: list[tuple[float, float]] = []

    def mark() -> None:
        marks.append((time.perf_counter() - started, time.process_time()))

    from textual.app import App

    from tui import app, cli  # noqa: F401  (`cli.main` imports the app: here, to time it)
    from tui.screens.main import MainScreen

    mark()
    display, mounted = App._display, MainScreen.on_mount

    def first_paint(audit_app: App[None], *args: Any) -> None:
        display(audit_app, *args)
        mark()
        out.with_suffix(".partial").write_text(" ".join(str(times[i]) for i in (0, 1) for times in marks))
        out.with_suffix(".partial").replace(out)  # whole, or not there: the bench polls for it
        os._exit(0)

    def on_mount(screen: MainScreen) -> None:
        mark()
        mounted(screen)

    setattr(MainScreen, "on_mount", on_mount)  # noqa: B010 (mypy: no assigning to a method)
    setattr(App, "_display", first_paint)  # noqa: B010
    cli.main(["demo"])


class PrivateTmux:
    """A tmux server for one measurement: its own socket in its own folder (removed after), no
    configuration file, closed on exit."""

    def __init__(self) -> None:
        self.tmux = shutil.which("tmux") or "tmux"
        self.socket = f"profile-audit-bench-{os.getpid()}-{secrets.token_hex(4)}"
        self.folder = tempfile.TemporaryDirectory(prefix="profile-audit-bench-tmux-")
        self.env = {k: v for k, v in child_env().items() if k not in ("TMUX", "TMUX_PANE")}
        self.env["TMUX_TMPDIR"] = self.folder.name

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [self.tmux, "-L", self.socket, "-f", os.devnull, *args]
        return subprocess.run(argv, capture_output=True, text=True, check=check, env=self.env, timeout=30)

    def capture(self, target: str) -> str:
        return self.run("capture-pane", "-p", "-t", target, check=False).stdout

    def __enter__(self) -> PrivateTmux:
        """A fresh server holding an idle session (`bench`), up and answering before the clock starts."""
        for attempt in range(5):
            started = self.run("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", "sleep 600", check=False)
            if started.returncode == 0 and self._answers():
                return self
            self._stop()
            time.sleep(0.2 * (attempt + 1))
        self.folder.cleanup()
        raise RuntimeError(f"tmux would not start a server: {started.stderr.strip() or started.returncode}")

    def __exit__(self, *exc: object) -> None:
        self._stop()
        self.folder.cleanup()

    def _answers(self) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.run("has-session", "-t", "bench", check=False).returncode != 0:
            time.sleep(0.05)
        return time.monotonic() < deadline

    def _stop(self) -> None:
        """Kill the server and wait until it has gone (its socket no longer answers)."""
        self.run("kill-server", check=False)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.run("list-sessions", check=False).returncode == 0:
            time.sleep(0.05)


def summary(name: str, runs: list[float], cpu: list[float] | None = None) -> str:
    """One table row: median, fastest and slowest wall-clock ms, and the median processor ms."""
    runs = [run for run in runs if run == run]
    if not runs:
        return f"| {name} | not seen | | | |"
    processor = f"{statistics.median(cpu) * 1000:,.0f}" if cpu else "-"
    return (
        f"| {name} | {statistics.median(runs) * 1000:,.0f} | {min(runs) * 1000:,.0f} | {max(runs) * 1000:,.0f} "
        f"| {processor} |"
    )


def command_row(name: str, argv: Sequence[str], runs: int) -> str:
    """A row for a command that runs to its end: wall-clock and processor time."""
    timed = [time_command(argv) for _ in range(runs)]
    return summary(name, [wall for wall, _ in timed], [cpu for _, cpu in timed])


def repeat(runs: int, measure: Callable[[], list[float]], count: int) -> list[list[float]]:
    """`measure` run `runs` times; one list of times per figure it returns."""
    results: list[list[float]] = [[] for _ in range(count)]
    for _ in range(runs):
        for figures, figure in zip(results, measure(), strict=True):
            figures.append(figure)
    return results


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (the median is shown)")
    parser.add_argument("--no-commands", action="store_true", help="skip `--help`, `--version` and the floor")
    parser.add_argument("--no-scan", action="store_true", help="skip the scan's first progress line")
    parser.add_argument("--no-app", action="store_true", help="skip the app's first screen (needs tmux)")
    parser.add_argument("--phases", action="store_true", help="the app's start, phase by phase (needs tmux)")
    parser.add_argument("--traced-demo", type=Path, help=argparse.SUPPRESS)  # the child `--phases` runs
    every_time = "keep no compiled modules between runs (as with PYTHONDONTWRITEBYTECODE): every start compiles"
    parser.add_argument("--compile-each-time", action="store_true", help=every_time)
    options = parser.parse_args(argv)
    if options.traced_demo:
        traced_demo(options.traced_demo)
        return
    with tempfile.TemporaryDirectory(prefix="profile-audit-bench-pycache-") as cache:
        if options.compile_each_time:
            _ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            _ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            _ENV["PYTHONPYCACHEPREFIX"] = cache
            print("(filling the compiled-module cache: one unmeasured pass)", file=sys.stderr)
            measure(options, runs=1, show=lambda row: None)
        measure(options, runs=options.runs, show=print)


def measure(options: argparse.Namespace, runs: int, show: Callable[[str], None]) -> None:
    """Every measure, `runs` times each, its rows given to `show`."""
    base = script()
    show("| command | median ms | fastest | slowest | processor ms (median) |")
    show("| --- | ---: | ---: | ---: | ---: |")
    if not options.no_commands:
        show(command_row("`python -c pass` (the floor: an empty Python)", [sys.executable, "-c", "pass"], runs))
        for command in COMMANDS:
            show(command_row(f"`profile-audit {' '.join(command)}`", base + list(command), runs))
    if not options.no_scan:
        scan = [*base, "scan", "--demo", "sam-ta", "--jobs", "1"]
        ready, items = repeat(runs, lambda: time_until_on_terminal(scan, ["Getting ready", " items "]), 2)
        show(summary("`scan --demo sam-ta`: first progress line (names what it reads)", ready))
        show(summary("`scan --demo sam-ta`: first items counted", items))
    if not options.no_app and shutil.which("tmux"):
        texts = ["", "DEMO", "findings in"]
        sign, first, shown = repeat(runs, lambda: time_first_screen(texts), len(texts))
        show(summary("`profile-audit demo`: first words on the screen", sign))
        show(summary("`profile-audit demo`: the app's first screen (header drawn)", first))
        show(summary("`profile-audit demo`: the summary of the findings shown", shown))
    if options.phases and shutil.which("tmux"):
        figures = repeat(runs, time_phases, 2 * len(PHASES))
        for phase, wall, cpu in zip(PHASES, figures, figures[len(PHASES) :], strict=False):
            show(summary(f"`profile-audit demo`, in its process: {phase}", wall, cpu))


if __name__ == "__main__":
    main()
