"""The app at scale: how long the findings list takes to show, and a keypress, at 100k findings.

    .venv/bin/python bench/app_scale.py [--findings 100000] [--width 160 --height 48] [--burn 2]

Builds `--findings` synthetic findings (reserved values only: 07700 900000-900999, example.com,
an invented school; most values found in many places, so the list groups them), then drives
the real app with Textual's Pilot, headless:

- **first paint**: the scan worker hands the findings over (`scan` returns them), the Findings tab
  showing; timed until the list paints a row of them, until the scan has been compared with last
  time (`Session.recheck` set), until the progress is saved;
- **re-check**: the same findings handed over a second time (the state now holds the first scan):
  the same measures, and until the Re-check tab's list paints;
- **keys**: Down, `/` and a search (until the list is re-filled and painted), Esc, `g` twice, Enter;
- **the progress file**: a save, a load, and the earlier format's dump (`indent=1, sort_keys`);
- **the scan's thread's steps** (`Session.take_scan`, `Session.record_scan`) and two builds of
  the screen's workers, outside the app, in CPU seconds, with the garbage collector paused as the
  app pauses it and left on (what the pause buys).

Wall clock, with the load average beside it (on a shared machine, take each figure's median over
several runs); `--burn N` spins N processes meanwhile.  Nothing is written outside temp folders.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.fetchers import platform_titles  # noqa: E402
from audit.grouping import search_text  # noqa: E402
from audit.model import Finding  # noqa: E402
from audit.pipeline import ScanResult  # noqa: E402
from audit.state import StateStore, encode  # noqa: E402

PLATFORMS = ("x", "facebook", "instagram", "linkedin", "mastodon", "tiktok", "bluesky")
AUDIENCES = ("public", "unknown", "friends", "followers", "only_me")
SECTIONS = ("post", "post", "post", "comment", "message", "profile")
SCHOOL = "St Aidan's"


def synthetic_findings(count: int, seed: int = 16) -> list[Finding]:
    """`count` findings with reserved values; most values recur, as a school's name does."""
    rng = random.Random(seed)
    start = datetime(2012, 1, 1, tzinfo=UTC)
    findings: list[Finding] = []
    for n in range(count):
        pick = rng.random()
        if pick < 0.45:
            kind, value, clauses = "phone", f"07700 900{rng.randrange(1000):03d}", ("2.3.2",)
        elif pick < 0.75:
            kind, value, clauses = "email", f"someone{rng.randrange(2000)}@example.com", ("2.4.3",)
        elif pick < 0.9:
            kind, value, clauses = "school", SCHOOL, ("2.3.13",)
        else:
            kind, value, clauses = "address", f"{rng.randrange(1, 400)} Larkspur Close", ("2.3.2",)
        words = f"post number {n}: ring or write after six, {value} is the one to use these days"
        platform, confidence, audience = rng.choice(PLATFORMS), rng.choice((0.6, 0.8, 0.95)), rng.choice(AUDIENCES)
        when = start + timedelta(hours=rng.randrange(24 * 365 * 12)) if rng.random() < 0.95 else None
        section, tier = rng.choice(SECTIONS), "likely" if rng.random() < 0.8 else "worth a look"
        place = (platform, str(1100000000000000000 + n), "data/tweets.js", "full_text", value, words)
        findings.append(
            Finding(f"{n:032x}", kind, clauses, *place, confidence, audience, when, f"{kind}-rule", section, tier=tier)
        )
    return findings


class Handover:
    """Stands in for `audit.pipeline.scan`: waits until the bench says go, then returns the findings."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.go = threading.Event()
        self.handed_at = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> ScanResult:
        self.go.wait()
        self.go.clear()
        self.handed_at = time.perf_counter()
        return ScanResult(findings=list(self.findings))


class Called:
    """Records when a method is next called on an object for which `ready` holds (the lists'
    `render_line`: a paint), or with `done`, when it next returns (`StateStore.save`)."""

    def __init__(self, cls: Any, name: str, ready: Callable[[Any], bool] = lambda _: True, done: bool = False) -> None:
        self.at: float | None = None
        original = getattr(cls, name)

        def called(obj: Any, *args: Any, **kwargs: Any) -> Any:
            if self.at is None and not done and ready(obj):
                self.at = time.perf_counter()
            answer = original(obj, *args, **kwargs)
            self.at = self.at or (time.perf_counter() if done else None)
            return answer

        setattr(cls, name, called)


async def until(check: Callable[[], bool], pilot: Any, limit: float = 300.0) -> None:
    started = time.perf_counter()
    while not check():
        if time.perf_counter() - started > limit:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(0.005)


async def timed(action: Callable[[], Awaitable[None]], done: Callable[[], bool], pilot: Any) -> float:
    """Seconds from the action until `done()` holds and the screen has been painted since."""
    started = time.perf_counter()
    await action()
    await until(done, pilot)
    await pilot.pause()
    return time.perf_counter() - started


class Figures(dict[str, float]):
    """The figures, printed as they come (a slow one is seen before the run ends)."""

    def __setitem__(self, name: str, seconds: float) -> None:
        super().__setitem__(name, seconds)
        print(f"  {name:<52} {seconds:8.3f}", flush=True)


async def run(count: int, size: tuple[int, int]) -> Figures:
    import tui.app
    from tui.widgets.finding_table import FindingTable
    from tui.widgets.recheck_view import RecheckView

    findings = synthetic_findings(count)
    platform_titles()  # what a real scan has imported by its end (the platforms' readers); the stand-in has not
    handover = Handover(findings)
    tui.app.scan = handover  # type: ignore[assignment]
    home = Path(tempfile.mkdtemp(prefix="app-scale-"))
    os.environ["PROFILE_AUDIT_HOME"] = str(home)
    app = tui.app.make_app([home], store=StateStore(home / "state.json"))
    table_paint = Called(FindingTable, "render_line", lambda table: len(table.order) == count)
    recheck_paint = Called(RecheckView, "render_line", lambda view: view.option_count > count)
    filled = Called(FindingTable, "show")
    saved = Called(StateStore, "save", done=True)
    figures = Figures()
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        handover.go.set()
        await until(lambda: table_paint.at is not None, pilot)
        figures["first paint of the list (s)"] = table_paint.at - handover.handed_at  # type: ignore[operator]
        await until(lambda: app.session.recheck is not None, pilot)
        figures["compared with last time, the re-check marks (s)"] = time.perf_counter() - handover.handed_at
        await until(lambda: saved.at is not None, pilot)
        figures["progress saved (s)"] = saved.at - handover.handed_at  # type: ignore[operator]
        await app.workers.wait_for_complete()
        await pilot.pause()

        table_paint.at = recheck_paint.at = filled.at = saved.at = None
        app.action_rescan()
        await pilot.pause()
        await pilot.press("3")
        handover.go.set()
        await until(lambda: filled.at is not None, pilot)
        figures["re-check: the findings list filled (another tab shows) (s)"] = filled.at - handover.handed_at  # type: ignore[operator]
        await until(lambda: recheck_paint.at is not None, pilot)
        figures["re-check: first paint of the re-check list (s)"] = recheck_paint.at - handover.handed_at  # type: ignore[operator]
        await until(lambda: saved.at is not None, pilot)
        figures["re-check: progress saved (s)"] = saved.at - handover.handed_at  # type: ignore[operator]
        await app.workers.wait_for_complete()
        await pilot.press("2")
        await pilot.pause()

        table = app.screen.query_one(FindingTable)
        table.focus()
        await pilot.pause()
        before = table.cursor_row
        figures["Down (s)"] = await timed(lambda: pilot.press("down"), lambda: table.cursor_row == before + 1, pilot)
        wanted = sum(1 for finding in findings if "900123" in search_text(finding))
        figures["/ then 900123, until the list is re-filled (s)"] = await timed(
            lambda: pilot.press("slash", *"900123"), lambda: len(table.order) == wanted, pilot
        )
        figures["Esc, the whole list back (s)"] = await timed(
            lambda: pilot.press("escape"), lambda: len(table.order) == count, pilot
        )
        rows = table.row_count
        figures["g, every finding on its own row (s)"] = await timed(
            lambda: pilot.press("g"), lambda: table.row_count == count, pilot
        )
        figures["g again, grouped (s)"] = await timed(lambda: pilot.press("g"), lambda: table.row_count == rows, pilot)
        table.move_cursor(row=0)
        await pilot.pause()
        figures["Enter, opening a group (s)"] = await timed(
            lambda: pilot.press("enter"), lambda: table.row_count > rows, pilot
        )
        await app.workers.wait_for_complete()
    progress_file(StateStore(home / "state.json"), figures)
    scan_steps(findings, figures)
    return figures


def scan_steps(findings: list[Finding], figures: Figures, reps: int = 5) -> None:
    """The scan's thread's two steps outside the app (`Session.take_scan`, `Session.record_scan`
    without its save), then two of the screen's workers' builds, each with the garbage
    collector paused as the app pauses it and then left on: this thread's CPU seconds, the
    median of `reps` (a collection lands in some runs and not in others)."""
    import tui.session
    from tui.app import SaveLater
    from tui.widgets.listing import Filters, ScanIndex, build_listing
    from tui.widgets.recheck_view import build_lines

    paused = tui.session.collector_paused
    for how, pause in (("", paused), (", collector on", contextlib.nullcontext)):
        tui.session.collector_paused = pause  # type: ignore[assignment]
        spent: dict[str, list[float]] = {}
        for _ in range(reps):
            session = tui.session.Session([], StateStore(Path(tempfile.mkdtemp(prefix="app-scale-")) / "state.json"))
            session.store = SaveLater(session.store)
            for scan in ("first scan", "re-check"):  # the state holds the first scan the second time
                result = ScanResult(findings=list(findings))
                cpu(spent, f"take_scan alone, {scan}", session.take_scan, result)
                cpu(spent, f"record_scan alone, {scan}", session.record_scan, result)
            with pause():
                listed = ScanIndex(session.findings), Filters(), session.status_of, False
                cpu(spent, "a worker's list, every finding on its own row", build_listing, *listed)
                cpu(spent, "a worker's re-check lines", build_lines, session.recheck, False)
        for name, seconds in spent.items():
            figures[f"{name}{how} (CPU s)"] = statistics.median(seconds)
    tui.session.collector_paused = paused


def cpu(spent: dict[str, list[float]], name: str, work: Callable[..., object], *args: object) -> None:
    started = time.thread_time()
    work(*args)
    spent.setdefault(name, []).append(time.thread_time() - started)


def progress_file(store: StateStore, figures: Figures) -> None:
    """A save and a load of the run's progress file, and the earlier indented format's dump."""
    started = time.perf_counter()
    state = store.load()
    figures[f"load the progress file, {len(state.seen):,} sightings (s)"] = time.perf_counter() - started
    started = time.perf_counter()
    store.save(state)
    figures[f"save it ({store.path.stat().st_size / 1e6:.1f} MB) (s)"] = time.perf_counter() - started
    started = time.perf_counter()
    old = json.dumps(encode(state), indent=1, sort_keys=True)
    figures[f"the earlier format's encode + dump alone ({len(old) / 1e6:.1f} MB) (s)"] = time.perf_counter() - started


def spin() -> None:
    while True:
        pass


def burners(count: int) -> list[multiprocessing.Process]:
    """`count` processes that only spin, to measure on a busy machine; ended by `main`."""
    started = [multiprocessing.Process(target=spin, daemon=True) for _ in range(count)]
    for process in started:
        process.start()
    return started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--height", type=int, default=48)
    parser.add_argument("--burn", type=int, default=0, help="processes spinning meanwhile (a busy machine)")
    args = parser.parse_args()
    spinning = burners(args.burn)
    print(f"{platform.node()}: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")  # fmt: skip
    print(f"{args.findings:,} findings, terminal {args.width}x{args.height}, {args.burn} spinning, "
          f"load {os.getloadavg()[0]:.2f}")  # fmt: skip
    try:
        asyncio.run(run(args.findings, (args.width, args.height)))
    finally:
        for process in spinning:
            process.terminate()
            process.join()
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
