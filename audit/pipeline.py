"""The scan: sources in, findings out.

    paths -> archives -> fetcher.items() -> batches -> detectors -> findings

For a big export the text detectors run in worker processes (`audit.parallel`, `jobs`), and
a caller that only prints the findings takes them one by one as they are made (`on_finding`).

A source may also be a public page's web address: it is fetched when the sources are opened
and then read like any export (`audit.fetchers.public_page`).

With `cache`, a scan keeps what it made and a later scan of the same unchanged export gives it
back without reading anything (`audit.cache`): the same findings, in the same order, and the
same reports.

Plain callbacks report progress and ask whether to stop, so the same function serves the
headless CLI (a text progress bar) and the TUI (a thread worker posting messages) without
this module knowing either.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from audit import interrupt
from audit.cache import CacheWriter, Kept, cache_key, load
from audit.errors import UnreadableMember
from audit.fetchers import SourceReport
from audit.fetchers.base import LAYOUT_ERRORS, Fetcher
from audit.model import Finding, make_finding
from audit.sources import Source, open_sources
from detectors.base import Detector, Item, Match, SchoolProfile

if TYPE_CHECKING:  # the pool's module (and multiprocessing's) is imported when a scan needs workers
    from audit.parallel import DetectorMatches, DetectorPool

BATCH_SIZE = 256
POOL_AFTER_ITEMS = 10_000
"""Worker processes start only once a scan has read this many items: each loads the detectors
(forked: a tenth of a second; started afresh beside the app's threads: two seconds), which a
small export would spend longer waiting for than scanning."""


@dataclass(frozen=True, slots=True)
class Progress:
    """Where the scan is: sent after every batch of items."""

    source: str
    file: str
    items: int
    bytes_read: int
    bytes_total: int

    @property
    def fraction(self) -> float:
        return min(0.99, self.bytes_read / self.bytes_total) if self.bytes_total else 0.0


@dataclass(slots=True)
class ScanResult:
    """Everything one scan produced: per-source reports and de-duplicated findings."""

    sources: list[SourceReport] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    cancelled: bool = False
    reused: bool = False
    """The export was unchanged since a scan kept with `cache`: all of this is that scan's."""


ProgressCallback = Callable[[Progress], None]
StopCheck = Callable[[], bool]
FindingSink = Callable[[Finding, int], None]
"""Takes each finding with its place in the scan's order (what `result.findings` would hold)."""
PLACE_KINDS = ("photo_location", "location")
"""Positions: held until the scan ends, as `with_places` needs every one of them."""
_Pending = tuple[list[Item], list[int], list["DetectorMatches"], SourceReport]
"""A batch in the workers' hands: its items, which went to them, media matches made here."""


def scan(
    paths: Sequence[Source],
    school: SchoolProfile | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCheck | None = None,
    detectors: Sequence[Detector] | None = None,
    on_finding: FindingSink | None = None,
    jobs: int = 1,
    pool_after: int | None = None,
    cache: bool = False,
) -> ScanResult:
    """Scan every source; raise SourceError before reading if any source is unusable.

    The sources are opened (and web pages fetched) before the detectors load, so a bad path
    or an address that cannot be fetched is said at once.  With `on_finding`, each new finding
    goes to it as it is made (positions at the end: see `_send_places`) and `result.findings`
    stays empty, so a caller that writes them out keeps only what it needs.  With `jobs` > 1
    the text detectors run in that many worker processes once `pool_after` (by default
    `POOL_AFTER_ITEMS`) items have been read, so a small scan never starts them; the findings
    are the same, in the same order, as on one core.  With `cache` (and the registered detectors),
    an unchanged export's last scan is given back as it was (`result.reused`), and a whole scan
    is kept for next time.
    """
    key = cache_key(paths, school) if cache and detectors is None else None
    kept = load(key, collect=on_finding is None) if key is not None else None
    if kept is not None:
        return _reuse(kept, on_progress, on_finding)
    keeper = CacheWriter(key) if key is not None else None
    if keeper is not None and on_finding is not None:
        on_finding = keeper.tee(on_finding)
    opened = open_sources(paths)
    try:
        from detectors import build_detectors  # here: importing the pipeline (the app does) stays cheap

        active = list(detectors) if detectors is not None else build_detectors(school)
    except BaseException:
        for archive, _ in opened:
            archive.close()
        raise
    result = ScanResult()
    seen: set[str] = set()
    held: list[tuple[int, Finding]] = []  # positions, for `with_places` at the end

    def keep(finding: Finding) -> None:
        order = len(seen) - 1
        if on_finding is None:
            result.findings.append(finding)
        elif finding.kind in PLACE_KINDS:
            held.append((order, finding))
        else:
            on_finding(finding, order)

    pool: DetectorPool | None = None
    can_pool = jobs > 1 and detectors is None
    pool_after = POOL_AFTER_ITEMS if pool_after is None else pool_after
    pending: deque[_Pending] = deque()
    read = 0

    def emit(batch: list[Item], outcome: list[DetectorMatches]) -> None:
        for finding in _findings(batch, outcome):
            if finding.id not in seen:
                seen.add(finding.id)
                keep(finding)

    def settle(pool: DetectorPool) -> None:
        batch, text_indices, media, report = pending.popleft()
        outcome, skips = pool.oldest()
        for file, reason in skips:
            report.skip(file, reason)
        emit(batch, media + [(i, [text_indices[w] for w in wanted], found) for i, wanted, found in outcome])

    try:
        for archive, fetcher_class in opened:
            with archive:
                report = SourceReport(source=archive.label, platform=fetcher_class.platform)
                result.sources.append(report)
                total = archive.text_bytes_total()
                for batch in _batches(_surviving(fetcher_class(archive, report), report)):
                    if interrupt.requested():  # a Ctrl+C whose KeyboardInterrupt something swallowed
                        raise KeyboardInterrupt
                    report.items += len(batch)
                    read += len(batch)
                    if pool is None and can_pool and read > pool_after:
                        from audit.parallel import DetectorPool  # here: the app imports this module

                        pool = DetectorPool(jobs, school, _matches)
                    if pool is None:
                        emit(batch, _outcome(batch, active, report))
                    else:
                        text_indices = [index for index, item in enumerate(batch) if item.media is None]
                        media = _outcome(batch, active, report, media_only=True)
                        pool.submit([batch[index] for index in text_indices])
                        pending.append((batch, text_indices, media, report))
                        while pool.full:
                            settle(pool)
                    if on_progress:
                        on_progress(
                            Progress(archive.label, report.current_file, report.items, archive.bytes_read, total)
                        )
                    if should_stop and should_stop():
                        result.cancelled = True
                        return result
                while pool is not None and pending:
                    settle(pool)
                if on_progress:
                    on_progress(Progress(archive.label, "", report.items, total, total))
    finally:
        if pool is not None:
            pool.close()
    # places: a likely home or workplace from where positions pile up (needs them all)
    if on_finding is None:
        from audit.places import with_places

        result.findings = with_places(result.findings)
    else:
        _send_places(held, len(seen), on_finding)
    if keeper is not None and cache_key(paths, school) == key:  # not if the export changed as it was read
        keeper.commit(result.sources, result.findings)
    return result


def _reuse(kept: Kept, on_progress: ProgressCallback | None, on_finding: FindingSink | None) -> ScanResult:
    """The kept scan, given out as the scan itself would: its reports, then its findings."""
    result = ScanResult(sources=kept.sources, reused=True)
    for report in result.sources:
        if on_progress is not None:
            on_progress(Progress(report.source, "", report.items, 1, 1))
    if on_finding is None:
        result.findings = kept.findings or []
    else:
        for finding, order in kept.replay():
            on_finding(finding, order)
    return result


def _send_places(held: list[tuple[int, Finding]], count: int, on_finding: FindingSink) -> None:
    """The held-back positions (re-worded when they sit in a likely home or workplace) in their
    own places of the scan's order, then the findings `with_places` adds, after all others."""
    from audit.places import with_places  # it reads with the address and school detectors (spaCy)

    placed = with_places([finding for _, finding in held])
    for (order, _), finding in zip(held, placed, strict=False):
        on_finding(finding, order)
    for extra, finding in enumerate(placed[len(held) :]):
        on_finding(finding, count + extra)


def _detect(batch: list[Item], detectors: Sequence[Detector], report: SourceReport | None = None) -> Iterator[Finding]:
    """Run every detector over one batch; findings come out in item order."""
    yield from _findings(batch, _outcome(batch, detectors, report))


def _outcome(
    batch: list[Item], detectors: Sequence[Detector], report: SourceReport | None, *, media_only: bool = False
) -> list[DetectorMatches]:
    """Each detector's matches for the items it wants, in detector order.

    Text detectors see only items without media (text, or a check-in's place) and media
    detectors only media items, so a gate is never asked about an item it could not read; a
    photo the download left out but whose position the platform kept counts as media.
    """
    skip = report.skip if report is not None else _ignore
    text_indices = [index for index, item in enumerate(batch) if item.media is None]
    media_indices = [index for index, item in enumerate(batch) if item.media is not None or _kept_photo(item)]
    outcome: list[DetectorMatches] = []
    for position, detector in enumerate(detectors):
        if media_only and not detector.handles_media:
            continue
        wants = detector.wants
        candidates = media_indices if detector.handles_media else text_indices
        wanted = [index for index in candidates if wants(batch[index])]
        if wanted:
            outcome.append((position, wanted, _matches(detector, [batch[index] for index in wanted], skip)))
    return outcome


def _findings(batch: list[Item], outcome: list[DetectorMatches]) -> Iterator[Finding]:
    """Findings in item order and, within an item, in detector order then match order."""
    per_item: list[list[Finding]] = [[] for _ in batch]
    for _, wanted, matches in sorted(outcome, key=lambda entry: entry[0]):
        for index, found in zip(wanted, matches, strict=True):
            if found:
                per_item[index].extend(make_finding(batch[index], match) for match in found)
    for findings in per_item:
        yield from findings


def _ignore(file: str, reason: str) -> None:
    """Where a failure goes when nobody keeps a report (benchmarks)."""


def _kept_photo(item: Item) -> bool:
    return item.coordinates is not None and item.provenance.section == "media"


def _matches(detector: Detector, items: list[Item], skip: Callable[[str, str], None]) -> list[list[Match]]:
    """A detector's matches for a batch; an item that trips a detector costs that item only.

    A detector bug must not lose the person's whole scan: the batch is retried item by
    item and each failure is reported (`skip(file, reason)`) by file and error type (never
    the text).  Worker processes run it too (`audit.parallel`).
    """
    try:
        return detector.detect_batch(items)
    except Exception:  # any detector failure is contained and reported
        pass
    results: list[list[Match]] = []
    for item in items:
        try:
            results.append(list(detector.detect(item)))
        except UnreadableMember as error:  # a damaged or refused media file: its own one-line reason
            results.append([])
            skip(error.path, error.reason)
        except Exception as error:  # contained: reported below by type, never by text
            results.append([])
            skip(item.provenance.file, f"the {detector.kind} check failed on one item ({type(error).__name__})")
    return results


def _surviving(fetcher: Fetcher, report: SourceReport) -> Iterator[Item]:
    """A fetcher's items; if its reader meets a layout it does not know outside any per-file
    guard, what was read stands, the file is reported, and the other sources are still scanned."""
    try:
        yield from fetcher.items()
    except LAYOUT_ERRORS as error:
        report.skip(
            report.current_file or "(export)",
            f"unexpected layout ({type(error).__name__}); stopped reading this export",
        )


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_SIZE)):
        yield batch
