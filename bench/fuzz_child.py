"""Running one scan in a child process under limits: RLIMIT_AS, a timeout, a tally of items.

Why: a case must end in bounded time and memory whatever it is given, so each scan runs in a
child of its own, killed with its process group when it outlives the timeout, and its peak
resident size, exit code, output and any files it wrote beside the export are recorded.
Children are forked from a process that has already loaded the scanner (tens of milliseconds
a case instead of ~3.5 s of start-up); `--exec` starts a fresh interpreter instead.  Both run
the real `audit.cli.main`, with the items of each file counted so silent losses can be seen.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.fuzz_cases import MB, PLATFORMS, Case

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # no idle BLAS threads in a process that forks

ROOT = Path(__file__).resolve().parent.parent
HOME_ENV = "PROFILE_AUDIT_HOME"
OUTPUTS = {"stdout", "stderr", "tally.json", "ended", "home", "blocker"}


@dataclass
class Options:
    cases: int = 10_000
    start: int = 0
    """The first case index: a long run split into pieces that each report on their own."""
    seed: int = 1
    platforms: tuple[str, ...] = PLATFORMS
    jobs: int = 2
    timeout: float = 60.0
    memory_mb: int = 2048
    exec_mode: bool = False
    light: bool = False
    keep: bool = False
    """Keep the folders of failing cases (and, when replaying, of every case)."""
    progress: bool = False


@dataclass
class Job:
    folder: Path
    export: Path
    argv: list[str]
    env: dict[str, str]
    case: Case | None = None
    base: tuple[str, str] = ("", "")
    started: float = 0.0
    hang: bool = False


@dataclass
class Outcome:
    rc: int
    hang: bool
    peak_kb: int
    seconds: float
    out: bytes
    err: bytes
    tally: dict[str, int] | None
    stray: list[str]


def child_main(tally_path: str, argv: list[str]) -> int:
    """`audit.cli.main(argv)`, with the items of each file counted on the way to the detectors."""
    import audit.pipeline as pipeline
    from audit.cli import main

    counts: Counter[str] = Counter()
    batches = getattr(pipeline, "_batches", None)

    def tallied(items: Any) -> Iterator[list[Any]]:
        for batch in batches(items):  # type: ignore[misc]
            counts.update(item.provenance.file for item in batch)
            yield batch

    if batches is not None:
        pipeline._batches = tallied  # type: ignore[attr-defined]
    try:
        return main(argv)
    finally:
        if batches is not None:
            pipeline._batches = batches  # type: ignore[attr-defined]
            Path(tally_path).write_text(json.dumps(counts))
        # the scan's own end: the runner may collect the child late (busy writing the next case)
        Path(tally_path).with_name("ended").write_text(repr(time.monotonic()))


def _forked_main(tally_path: str, argv: list[str]) -> int:
    """What the interpreter would do with `child_main`: strict UTF-8 out, a traceback and 1 on error."""
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="strict")
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace")
    try:
        code = child_main(tally_path, argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            code = 120  # as the interpreter exits when it cannot flush its output
    return code


def _mapped_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def _spawn(job: Job, opts: Options) -> int:
    out = os.open(job.folder / "stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(job.folder / "stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    limit = opts.memory_mb * MB + (0 if opts.exec_mode else _mapped_bytes())
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        os.close(out)
        os.close(err)
        return pid
    code = 70
    try:
        os.setsid()
        os.dup2(out, 1)
        os.dup2(err, 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.chdir(job.folder)
        os.environ.update(job.env)
        tally = str(job.folder / "tally.json")
        if opts.exec_mode:
            os.environ.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8:strict")
            os.execv(sys.executable, [sys.executable, "-m", "bench.fuzz", "--child", tally, *job.argv])
        code = _forked_main(tally, job.argv)
    except BaseException:
        traceback.print_exc()
    finally:
        os._exit(code)


class Pool:
    """At most `jobs` children at once; each is killed (a hang) when it outlives the timeout."""

    def __init__(self, opts: Options, on_done: Callable[[Job, Outcome], None]) -> None:
        self.opts, self.on_done = opts, on_done
        self.running: dict[int, Job] = {}

    def submit(self, job: Job) -> None:
        while len(self.running) >= self.opts.jobs:
            self._reap()
        job.started = time.monotonic()
        self.running[_spawn(job, self.opts)] = job

    def drain(self) -> None:
        while self.running:
            self._reap()

    def _reap(self) -> None:
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            now = time.monotonic()
            for child, job in self.running.items():
                if not job.hang and now - job.started > self.opts.timeout:
                    job.hang = True
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(child, signal.SIGKILL)
            time.sleep(0.002)
            return
        if pid not in self.running:
            return
        job = self.running.pop(pid)
        tally_file = job.folder / "tally.json"
        tally = json.loads(tally_file.read_text()) if tally_file.exists() else None
        ended = job.folder / "ended"
        seconds = (float(ended.read_text()) if ended.exists() else time.monotonic()) - job.started
        if seconds > self.opts.timeout:  # it outlived the timeout while the runner was busy elsewhere
            job.hang = True
        self.on_done(
            job,
            Outcome(
                rc=os.waitstatus_to_exitcode(status),
                hang=job.hang,
                peak_kb=usage.ru_maxrss,
                seconds=seconds,
                out=(job.folder / "stdout").read_bytes(),
                err=(job.folder / "stderr").read_bytes(),
                tally=tally,
                stray=sorted(set(os.listdir(job.folder)) - OUTPUTS - {job.export.name}),
            ),
        )
