"""Both cores (`audit.parallel`): the same findings in the same order as one core, failures as
one line, Ctrl+C exits 130 leaving no worker behind, and small scans start no workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import audit.parallel as parallel
import audit.pipeline as pipeline
from audit.cli import main
from audit.demo import persona_names, persona_school, persona_sources
from audit.parallel import WorkerError
from audit.pipeline import ScanResult, scan
from audit.school import load_school
from detectors.base import Item, Match
from detectors.phone import PhoneDetector
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive

ROOT = Path(__file__).resolve().parents[2]
SECRET = "07700 900777"


def reports(result: ScanResult) -> list[tuple[str, int, list[tuple[str, str]]]]:
    return [(r.source, r.items, [(u.path, u.reason) for u in r.unreadable]) for r in result.sources]


def export(tmp_path: Path, count: int) -> Path:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    tweets = [
        Tweet(str(10**17 + n), f"Walk {n} by the canal, ring 07700 900{n % 1000:03d}", start + timedelta(hours=n))
        for n in range(count)
    ]
    return write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / "x")


@pytest.mark.parametrize("persona", persona_names())
def test_two_cores_give_the_same_findings_in_the_same_order(persona: str) -> None:
    sources, school = persona_sources(persona), load_school(persona_school(persona))
    one = scan(sources, school)
    two = scan(sources, school, jobs=2, pool_after=0)
    assert one.findings and two.findings == one.findings
    assert reports(two) == reports(one)


def test_workers_started_afresh_beside_other_threads_agree_too() -> None:
    """The app scans in a thread: there the workers are spawned, not forked."""
    sources, school = persona_sources("sam-ta"), load_school(persona_school("sam-ta"))
    found: list[ScanResult] = []
    worker = threading.Thread(target=lambda: found.append(scan(sources, school, jobs=2, pool_after=0)))
    worker.start()
    worker.join()
    assert found[0].findings == scan(sources, school).findings


def test_a_small_scan_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a pool was started for a small scan")

    monkeypatch.setattr(parallel, "DetectorPool", refuse)
    assert scan(persona_sources("jo-ect"), load_school(persona_school("jo-ect")), jobs=2).findings


def test_a_big_export_starts_its_workers_after_its_first_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export with `POOL_AFTER_BYTES` of text will read more than `POOL_AFTER_ITEMS` items: only
    its first batch is checked on one core (loading the models the workers then share)."""
    started: list[int] = []
    original = parallel.DetectorPool

    def counted(*args: Any) -> parallel.DetectorPool:
        started.append(1)
        return original(*args)

    monkeypatch.setattr(parallel, "DetectorPool", counted)
    monkeypatch.setattr(pipeline, "POOL_AFTER_BYTES", 1)
    source = export(tmp_path, 60)
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 100)
    assert scan([source], jobs=2).findings and started == [], "all in its first batch: no workers"
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 10)
    two = scan([source], jobs=2)
    assert started == [1]
    assert two.findings == scan([source]).findings and len(two.findings) == 60


def test_batches_for_workers_are_joined_in_order() -> None:
    batches = iter([[0], [1, 2], [3], [4, 5], [6], [7]])
    assert list(pipeline._joined(batches, 2)) == [[0], [1, 2, 3], [4, 5, 6], [7]]  # type: ignore[arg-type]


def test_a_failure_a_detector_contains_is_reported_as_on_one_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fussy(self: PhoneDetector, item: Item) -> tuple[list[Match], list[Match]]:
        if "Walk 7 " in (item.text or ""):
            raise ValueError(item.text)
        return original(self, item)

    original = PhoneDetector.candidates  # what both `detect` and `detect_batch` read an item with
    monkeypatch.setattr(PhoneDetector, "candidates", fussy)  # forked workers inherit it
    source = export(tmp_path, 40)
    one, two = scan([source]), scan([source], jobs=2, pool_after=0)
    assert two.findings == one.findings and len(one.findings) == 39
    assert reports(two) == reports(one)
    assert "the phone check failed on one item (ValueError)" in str(reports(two))


def test_an_uncontained_worker_error_is_one_line_without_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: PhoneDetector, item: Item) -> bool:
        raise ValueError(f"could not read {SECRET}")

    monkeypatch.setattr(PhoneDetector, "wants", broken)
    monkeypatch.setattr(pipeline, "POOL_AFTER_ITEMS", 0)
    assert main(["scan", "-q", "--jobs", "2", str(export(tmp_path, 20))]) == 2
    err = capsys.readouterr().err
    assert err == "profile-audit: internal error in a scanning worker (ValueError); please report this line\n"


def test_a_worker_that_dies_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def dies(self: PhoneDetector, items: list[Item]) -> None:
        os._exit(3)  # as if the system stopped it (out of memory)

    monkeypatch.setattr(PhoneDetector, "detect_batch", dies)
    with pytest.raises(WorkerError, match=r"stopped unexpectedly .* --jobs 1"):
        scan([export(tmp_path, 20)], jobs=2, pool_after=0)


def test_jobs_must_be_a_number_of_cores(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["scan", "--demo", "--jobs", "0"])
    assert "is not a number of cores" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def _interruptible() -> None:
    """In the child: Ctrl+C back to its default, as a terminal starts a program.  A test run started
    in the background (CI, `nohup ... &`) inherits SIGINT ignored, and Python then never raises
    KeyboardInterrupt, whatever the program does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
def test_ctrl_c_exits_130_and_leaves_no_worker(tmp_path: Path) -> None:
    source = export(tmp_path, 4000)
    program = (
        "import audit.pipeline as p; p.POOL_AFTER_ITEMS = 0; from audit.cli import main; "
        f"raise SystemExit(main(['scan', '-q', '--jobs', '2', {str(source)!r}]))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", program],
        cwd=ROOT,
        start_new_session=True,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers never started"
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.strip() == "profile-audit: interrupted"
    for worker in workers:
        assert not Path(f"/proc/{worker}").exists() or "Z" in Path(f"/proc/{worker}/stat").read_text().split()[2]
