"""Detectors over one batch of items: which detector reads which item, their matches, and the
findings made from them in a fixed order.

Used by the scan (`audit.pipeline`) in its own process and, for `matches`, by the worker
processes (`audit.parallel`), so a scan on one core and on many gives the same findings in the
same order.  A detector that fails on a batch is retried item by item and costs only the item
it failed on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from audit.errors import UnreadableMember
from audit.fetchers import SourceReport
from audit.model import Finding, make_finding
from detectors import gate_batch
from detectors.base import Detector, Item, Match
from detectors.gate_batch import TextBatch

if TYPE_CHECKING:
    from audit.parallel import DetectorMatches


def detect(batch: list[Item], detectors: Sequence[Detector], report: SourceReport | None = None) -> Iterator[Finding]:
    """Run every detector over one batch; findings come out in item order (the benchmarks' way in)."""
    yield from findings(batch, outcome(batch, detectors, report))


def outcome(
    batch: list[Item], detectors: Sequence[Detector], report: SourceReport | None, *, media_only: bool = False
) -> list[DetectorMatches]:
    """Each detector's matches for the items it wants, in detector order.

    Text detectors see only items without media (text, or a check-in's place) and media
    detectors only media items, so a gate is never asked about an item it could not read; a
    photo the download left out but whose position the platform kept counts as media.  A text
    detector's gate is asked only of the items its batch screen may accept (`Detector.screen`).
    """
    skip = report.skip if report is not None else ignore
    text_indices = [index for index, item in enumerate(batch) if item.media is None]
    media_indices = [index for index, item in enumerate(batch) if item.media is not None or kept_photo(item)]
    text_detectors = tuple(detector for detector in detectors if not detector.handles_media)
    texts = TextBatch([batch[index] for index in text_indices], gate_batch.vocabulary(text_detectors))
    outcome: list[DetectorMatches] = []
    for position, detector in enumerate(detectors):
        if media_only and not detector.handles_media:
            continue
        wants = detector.wants
        if detector.handles_media:
            wanted = [index for index in media_indices if wants(batch[index])]
        else:  # the gate asked of the items its batch screen lets through (`detectors.gate_batch`)
            wanted = [text_indices[at] for at in gate_batch.wanted(texts, wants, detector.screen(texts))]
        if wanted:
            outcome.append((position, wanted, matches(detector, [batch[index] for index in wanted], skip)))
    return outcome


def findings(batch: list[Item], outcome: list[DetectorMatches]) -> Iterator[Finding]:
    """Findings in item order and, within an item, in detector order then match order."""
    per_item: list[list[Finding]] = [[] for _ in batch]
    for _, wanted, matches in sorted(outcome, key=lambda entry: entry[0]):
        for index, found in zip(wanted, matches, strict=True):
            if found:
                per_item[index].extend(make_finding(batch[index], match) for match in found)
    for findings in per_item:
        yield from findings


def ignore(file: str, reason: str) -> None:
    """Where a failure goes when nobody keeps a report (benchmarks)."""


def kept_photo(item: Item) -> bool:
    return item.coordinates is not None and item.provenance.section == "media"


def matches(detector: Detector, items: list[Item], skip: Callable[[str, str], None]) -> list[list[Match]]:
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
