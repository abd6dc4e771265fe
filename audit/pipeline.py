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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from audit import interrupt
from audit.cache import CacheWriter, Kept, cache_key, load
from audit.collector import quiet_collector
from audit.detection import findings, matches, outcome
from audit.fetchers import SourceReport
from audit.fetchers.base import LAYOUT_ERRORS, Fetcher
from audit.model import Finding
from audit.sources import Source, open_sources
from detectors.base import Detector, Item, SchoolProfile

if TYPE_CHECKING:  # the pool's module (and multiprocessing's) is imported when a scan needs workers
    from audit.parallel import DetectorMatches, DetectorPool

BATCH_SIZE = 1024
"""Items a batch holds: the detectors' gates are decided for a whole batch at once
(`detectors.gate_batch`), and 1,024 texts stay in the caches they share (about 5 % faster on one
core than 256)."""
POOL_BATCHES = 1
"""Batches of `BATCH_SIZE` joined into one when a scan may use workers.  Four batches of 256 were
joined while batches were that small (a quarter of the hand-offs, about 7 % less CPU); a batch of
1,024 is already that size, and joining more made no measurable difference."""
POOL_AFTER_ITEMS = 10_000
"""Worker processes start only once a scan has read this many items: each loads the detectors
(forked: a tenth of a second; started afresh beside the app's threads: two seconds), which a
small export would spend longer waiting for than scanning."""
POOL_AFTER_BYTES = 32 * 1024**2
"""...or after the first batch, for an export whose text files hold this much (some 30,000 X
posts): it will read more than `POOL_AFTER_ITEMS` items, and those need not wait on one core.
The first batch is still checked here: that loads the detectors' models (spaCy's above all) in
this process, so the workers forked after it share them rather than each loading its own copy
(the whole tree's memory by PSS 290 -> 250 MiB on a 100,000-post X archive)."""


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
    `POOL_AFTER_ITEMS`) items have been read, or after the first batch for an export of
    `POOL_AFTER_BYTES` of text, so a small scan never starts them; the findings are the same,
    in the same order, as on one core.  With `cache` (and the registered detectors),
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
    read = 0

    def emit(batch: list[Item], found: list[DetectorMatches]) -> None:
        for finding in findings(batch, found):
            if finding.id not in seen:
                seen.add(finding.id)
                keep(finding)

    with quiet_collector():  # the collector off the models just loaded: see `audit.collector`
        try:
            for archive, fetcher_class in opened:
                with archive:
                    report = SourceReport(source=archive.label, platform=fetcher_class.platform)
                    result.sources.append(report)
                    total = archive.text_bytes_total()
                    batches = _batches(_surviving(fetcher_class(archive, report), report))
                    for batch in _joined(batches, POOL_BATCHES) if can_pool else batches:
                        if interrupt.requested():  # a Ctrl+C whose KeyboardInterrupt something swallowed
                            raise KeyboardInterrupt
                        report.items += len(batch)
                        read += len(batch)
                        if (
                            pool is None
                            and can_pool
                            and (read > pool_after or (total >= POOL_AFTER_BYTES and read > BATCH_SIZE))
                        ):
                            from audit.parallel import DetectorPool  # here: the app imports this module

                            pool = DetectorPool(jobs, school, matches)
                        if pool is None:
                            emit(batch, outcome(batch, active, report))
                        else:
                            pool.submit(batch, outcome(batch, active, report, media_only=True), report.skip)
                            while pool.full:
                                emit(*pool.oldest())
                        if on_progress:
                            on_progress(
                                Progress(archive.label, report.current_file, report.items, archive.bytes_read, total)
                            )
                        if should_stop and should_stop():
                            result.cancelled = True
                            return result
                    while pool is not None and len(pool):
                        emit(*pool.oldest())
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


def _joined(batches: Iterator[list[Item]], count: int) -> Iterator[list[Item]]:
    """The first batch as it is (see `POOL_AFTER_BYTES`), then every `count` batches as one."""
    yield from islice(batches, 1)
    for first in batches:
        for more in islice(batches, count - 1):
            first += more
        yield first
