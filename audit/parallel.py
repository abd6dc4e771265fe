"""The text detectors on every core: a pool of worker processes over batches of text.

A big export is mostly text, and its detectors (the spaCy rules above all) are pure
computation, so batches of it go to worker processes while this one reads the archive on.
A worker is sent each item's text and the few facts a text detector reads (its field,
section, place and position), never the item itself, and sends back each detector's
matches, which are offsets into that text; the scan turns them into findings against its
own items, so the result is the same, finding for finding and in the same order, as on one
core.  Media detectors stay in the scan's own process: they read from the open archive.

The queue is bounded (`depth` batches in flight), results are taken oldest first (each with the
batch's own media matches, made in the scan's process, and in the batch's own indices), workers
ignore Ctrl+C (the scan's process stops them), and anything a worker could not contain
comes back as one line (`WorkerError`) that names the error's type, never the text.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from audit.collector import MIDDLE_THRESHOLD
from audit.errors import AuditError
from detectors import gate_batch
from detectors.base import Detector, Item, Match, Provenance, SchoolProfile, Section
from detectors.gate_batch import TextBatch, vocabulary

WorkItem = tuple[str, str, str, Section, str | None, tuple[float, float] | None, str | None]
"""(platform, file, field, section, text, coordinates, place): what a text detector reads."""
DetectorMatches = tuple[int, list[int], list[list[Match]]]
"""(the detector's index among all detectors, the batch indices it wanted, their matches)."""
Skip = tuple[str, str]
"""(file, reason) for the scan's report: an item a detector failed on."""
BatchOutcome = tuple[list[DetectorMatches], list[Skip]]
SkipSink = Callable[[str, str], None]
_InFlight = tuple["Future[BatchOutcome]", list[Item], list[int], list[DetectorMatches], SkipSink]
"""A batch in the workers' hands: its future, items, which of them went, matches made here, its report."""
MatchRunner = Callable[[Detector, list[Item], Callable[[str, str], None]], list[list[Match]]]

_WORKER: list[tuple[int, Detector]] = []
_RUNNER: list[MatchRunner] = []


class WorkerError(AuditError):
    """A worker process failed in a way the detectors could not contain; one line, no text."""


def pack(item: Item) -> WorkItem:
    """The parts of a text item a text detector reads, cheap to send to another process."""
    where = item.provenance
    return (where.platform, where.file, where.field, where.section, item.text, item.coordinates, item.place)


def unpack(batch: list[WorkItem]) -> list[Item]:
    """The items of a batch again, as a text detector reads them.

    A worker's provenance holds only what a detector reads (platform, file, field, section), the
    same for every post of one file, so one frozen `Provenance` is made per distinct four and shared
    by its items, not one per item (a frozen dataclass costs about 1.5 us to make): 0.41 -> 0.19 CPU
    seconds per 200,000 posts, which was most of the workers' time outside the detectors."""
    made: dict[tuple[str, str, str, Section], Provenance] = {}
    items: list[Item] = []
    for platform, file, field, section, text, coordinates, place in batch:
        where = made.get((platform, file, field, section))
        if where is None:
            where = made[platform, file, field, section] = Provenance(platform, file, None, field, section)
        items.append(Item(where, text, None, coordinates, place))
    return items


def text_detectors_matches(
    indexed: list[tuple[int, Detector]], items: list[Item], run: MatchRunner, skips: list[Skip]
) -> list[DetectorMatches]:
    """Every text detector over one batch, as the scan runs them: the gate, then the batch."""
    results: list[DetectorMatches] = []
    texts = TextBatch(items, vocabulary(tuple(detector for _, detector in indexed)))
    for index, detector in indexed:
        wanted = gate_batch.wanted(texts, detector.wants, detector.screen(texts))  # as `audit.detection.outcome`
        if wanted:
            found = run(detector, [items[position] for position in wanted], lambda f, r: skips.append((f, r)))
            results.append((index, wanted, found))
    return results


def _start_worker(school: SchoolProfile | None, run: MatchRunner) -> None:
    """Each worker builds its own detectors once; Ctrl+C is the scan's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from detectors import build_detectors  # here, not at import: importing the pipeline stays cheap

    _WORKER[:] = [(i, d) for i, d in enumerate(build_detectors(school)) if not d.handles_media]
    _RUNNER[:] = [run]
    gc.freeze()  # what it has built lives as long as it does: see `audit.collector`
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, max(middle, MIDDLE_THRESHOLD), old)


def _work(batch: list[WorkItem]) -> BatchOutcome:
    skips: list[Skip] = []
    return text_detectors_matches(_WORKER, unpack(batch), _RUNNER[0], skips), skips


def _start_method() -> str:
    """ "fork" when this process runs no other thread: the workers then share the language
    models already loaded here rather than each loading its own copy (about 150 MB each).
    Beside other threads (the app scans in one) a fork could copy a lock held mid-way, so the
    workers are started afresh ("spawn")."""
    alone = threading.active_count() == 1
    return "fork" if alone and "fork" in multiprocessing.get_all_start_methods() else "spawn"


class DetectorPool:
    """`jobs` worker processes with at most `depth` batches in flight; results oldest first."""

    def __init__(self, jobs: int, school: SchoolProfile | None, run: MatchRunner) -> None:
        self.depth = 2 * jobs
        method = _start_method()
        self._fresh = method == "fork"
        self._executor = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(school, run),
        )
        self._pending: deque[_InFlight] = deque()

    @property
    def full(self) -> bool:
        return len(self._pending) >= self.depth

    def __len__(self) -> int:
        return len(self._pending)

    def submit(self, batch: list[Item], media: list[DetectorMatches], skip: SkipSink) -> None:
        """Send a batch's text items (in batch order) to the workers; `media` are the matches of
        the media detectors, made here, and `skip` takes what a detector failed on."""
        text_indices = [index for index, item in enumerate(batch) if item.media is None]
        work = [pack(batch[index]) for index in text_indices]
        forking, self._fresh = self._fresh, False
        thawing = forking and not gc.get_freeze_count()  # a scan may have frozen them all already
        if forking:  # the first submit forks every worker: keep the garbage collector off the
            gc.freeze()  # objects they share, so it does not copy their pages by touching them
        try:
            self._pending.append((self._executor.submit(_work, work), batch, text_indices, media, skip))
        except BrokenProcessPool:
            raise WorkerError(_BROKEN) from None
        finally:
            if thawing:
                gc.unfreeze()

    def oldest(self) -> tuple[list[Item], list[DetectorMatches]]:
        """The oldest batch in flight and every detector's matches for it (as the scan's
        `_outcome` gives them, in the batch's own indices), waiting for it if need be; what a
        detector failed on goes to the batch's `skip`."""
        future, batch, text_indices, media, skip = self._pending.popleft()
        outcome, skips = self._result(future)
        for file, reason in skips:
            skip(file, reason)
        return batch, media + [(i, [text_indices[w] for w in wanted], found) for i, wanted, found in outcome]

    def _result(self, future: Future[BatchOutcome]) -> BatchOutcome:
        try:
            return future.result()
        except BrokenProcessPool:
            raise WorkerError(_BROKEN) from None
        except Exception as error:  # uncontained in the worker: its type only, never its text
            raise WorkerError(
                f"internal error in a scanning worker ({type(error).__name__}); please report this line"
            ) from None

    def close(self) -> None:
        """Stop the workers now, whatever they are doing (a finished scan, Ctrl+C, a stop)."""
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        manager = getattr(self._executor, "_executor_manager_thread", None)  # the pool's own thread
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        if manager is not None:
            manager.join(timeout=5)  # it sees the workers gone and ends before the interpreter does
        self._pending.clear()


_BROKEN = "a scanning worker process stopped unexpectedly (out of memory?); try again with --jobs 1 to scan on one core"
