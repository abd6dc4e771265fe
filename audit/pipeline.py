"""The scan: sources in, findings out.

    paths -> archives -> fetcher.items() -> batches -> detectors -> findings

A source may also be a public page's web address: it is fetched when the sources are opened
and then read like any export (`audit.fetchers.public_page`).

Plain callbacks report progress and ask whether to stop, so the same function serves the
headless CLI (a text progress bar) and the TUI (a thread worker posting messages) without
this module knowing either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from audit.errors import UnreadableMember
from audit.fetchers import SourceReport
from audit.fetchers.base import LAYOUT_ERRORS, Fetcher
from audit.model import Finding, make_finding
from audit.sources import Source, open_sources
from detectors import build_detectors
from detectors.base import Detector, Item, Match, SchoolProfile

BATCH_SIZE = 256


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


ProgressCallback = Callable[[Progress], None]
StopCheck = Callable[[], bool]


def scan(
    paths: Sequence[Source],
    school: SchoolProfile | None = None,
    *,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCheck | None = None,
    detectors: Sequence[Detector] | None = None,
) -> ScanResult:
    """Scan every source; raise SourceError before reading if any source is unusable.

    The sources are opened (and web pages fetched) before the detectors load, so a bad path
    or an address that cannot be fetched is said at once.
    """
    opened = open_sources(paths)
    try:
        active = list(detectors) if detectors is not None else build_detectors(school)
    except BaseException:
        for archive, _ in opened:
            archive.close()
        raise
    result = ScanResult()
    seen: set[str] = set()
    for archive, fetcher_class in opened:
        with archive:
            report = SourceReport(source=archive.label, platform=fetcher_class.platform)
            result.sources.append(report)
            total = archive.text_bytes_total()
            for batch in _batches(_surviving(fetcher_class(archive, report), report)):
                report.items += len(batch)
                for finding in _detect(batch, active, report):
                    if finding.id not in seen:
                        seen.add(finding.id)
                        result.findings.append(finding)
                if on_progress:
                    on_progress(Progress(archive.label, report.current_file, report.items, archive.bytes_read, total))
                if should_stop and should_stop():
                    result.cancelled = True
                    return result
            if on_progress:
                on_progress(Progress(archive.label, "", report.items, total, total))
    return result


def _detect(batch: list[Item], detectors: Sequence[Detector], report: SourceReport | None = None) -> Iterator[Finding]:
    """Run every detector over one batch; findings come out in item order.

    Text detectors see only items without media (text, or a check-in's place) and media
    detectors only media items, so a gate is never asked about an item it could not read; a
    photo the download left out but whose position the platform kept counts as media.
    """
    per_item: list[list[Finding]] = [[] for _ in batch]
    text_indices = [index for index, item in enumerate(batch) if item.media is None]
    media_indices = [index for index, item in enumerate(batch) if item.media is not None or _kept_photo(item)]
    for detector in detectors:
        wants = detector.wants
        candidates = media_indices if detector.handles_media else text_indices
        wanted = [index for index in candidates if wants(batch[index])]
        if not wanted:
            continue
        matches = _matches(detector, [batch[index] for index in wanted], report)
        for index, found in zip(wanted, matches, strict=True):
            if found:
                per_item[index].extend(make_finding(batch[index], match) for match in found)
    for findings in per_item:
        yield from findings


def _kept_photo(item: Item) -> bool:
    return item.coordinates is not None and item.provenance.section == "media"


def _matches(detector: Detector, items: list[Item], report: SourceReport | None) -> list[list[Match]]:
    """A detector's matches for a batch; an item that trips a detector costs that item only.

    A detector bug must not lose the person's whole scan: the batch is retried item by
    item and each failure is reported by file and error type (never the text).
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
            if report is not None:
                report.skip(error.path, error.reason)
        except Exception as error:  # contained: reported below by type, never by text
            results.append([])
            if report is not None:
                report.skip(
                    item.provenance.file, f"the {detector.kind} check failed on one item ({type(error).__name__})"
                )
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
