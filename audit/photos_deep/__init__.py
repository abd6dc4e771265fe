"""The deep photo scan (`--photos deep`): text and content in the pictures themselves.

The default scan reads only each photo's header (where it was taken, `photo_location`).  The
deep scan, opt-in and installed with the `photos` extra, also looks at the pixels:

- text, with an OCR model, given to the same text detectors as any post: a number on a card,
  a school's name on a lanyard, a postcode on a parcel become `photo_text` findings;
- what the photo shows, with an image model, for parts of the body usually covered:
  `photo_content` findings, worded without judgement (clause 2.3.3).

It runs after the default scan, over the same sources: each photo is read once, hashed, and
looked up in the cache (`cache.ReadingCache`), so a repeated or interrupted deep scan only
reads what it has not read before; the rest go to one worker process per core, each with
both models loaded (`engines`).  Nothing here is imported by the default scan, and the heavy
libraries are imported only inside the workers (or here, for one job), after
`check_available` has found them and their shipped model files.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers import SourceReport
from audit.fetchers.base import Fetcher
from audit.fetchers.public_page import is_address
from audit.model import Finding
from audit.photos_deep.cache import ReadingCache, content_key
from audit.photos_deep.engines import INSTALL_HINT, DeepScanUnavailable, Reading, check_available, read_photo, warm_up
from audit.photos_deep.findings import PhotoJudge
from audit.sources import Source, open_sources
from detectors.base import Item, SchoolProfile
from detectors.photo_location import IMAGE_SUFFIXES

MAX_PHOTO_BYTES = 64 << 20
"""A bigger "photo" is not one a phone made: it is named and left alone."""
IN_FLIGHT_PER_JOB = 4

PhotoProgress = Callable[[int, int], None]
"""Called with (photos done, photos in all) after each photo."""
StopCheck = Callable[[], bool]


@dataclass(slots=True)
class DeepResult:
    """What the deep scan found, and how much it read afresh."""

    findings: list[Finding] = field(default_factory=list)
    photos: int = 0
    from_cache: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(file, reason) for each photo that could not be read: named, never silently dropped."""
    cancelled: bool = False


def deep_scan(
    sources: Sequence[Source],
    school: SchoolProfile | None = None,
    *,
    jobs: int = 1,
    on_progress: PhotoProgress | None = None,
    should_stop: StopCheck | None = None,
    cache: ReadingCache | None = None,
) -> DeepResult:
    """Read the text and content of every photo in `sources`; raise `DeepScanUnavailable`
    (one line: how to install the extra) before reading anything if the extra is missing."""
    check_available()
    cache = cache if cache is not None else ReadingCache()
    judge = PhotoJudge(school)
    result = DeepResult()
    opened = open_sources([source for source in sources if not is_address(source)])
    try:
        photos = [(archive, item) for archive, fetcher in opened for item in _photos(archive, fetcher)]
        readings = _readings(photos, cache, jobs, result, should_stop)
        for done, (item, reading) in enumerate(readings, start=1):
            result.findings.extend(judge.findings(item, reading))
            if on_progress:
                on_progress(done, len(photos))
        result.photos = len(photos)
    finally:
        for archive, _ in opened:
            archive.close()
    return result


def _photos(archive: Archive, fetcher: type[Fetcher]) -> Iterator[Item]:
    """The export's photo items (a photo met twice, in a post and an album, once)."""
    seen: set[str] = set()
    for item in fetcher(archive, SourceReport(source=archive.label, platform=fetcher.platform)).items():
        media = item.media
        if media is not None and media.path.lower().endswith(IMAGE_SUFFIXES) and media.path not in seen:
            seen.add(media.path)
            yield item


def _readings(
    photos: list[tuple[Archive, Item]],
    cache: ReadingCache,
    jobs: int,
    result: DeepResult,
    should_stop: StopCheck | None,
) -> Iterator[tuple[Item, Reading]]:
    """Each photo's reading, in order: from the cache, else from a worker (then cached).

    The workers start only when a photo is not in the cache, so a repeated scan starts none."""
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[Item, str, Future[Reading] | Reading]] = deque()
    try:
        for archive, item in photos:
            if should_stop and should_stop():
                result.cancelled = True
                break
            data = _bytes(archive, item, result)
            if data is None:
                continue
            key = content_key(data)
            cached = cache.get(key)
            if cached is not None:
                result.from_cache += 1
                pending.append((item, key, cached))
            elif jobs <= 1:
                pending.append((item, key, read_photo(data)))
            else:
                pool = pool or _pool(jobs)
                pending.append((item, key, pool.submit(read_photo, data)))
            while pending and (pool is None or len(pending) > jobs * IN_FLIGHT_PER_JOB):
                yield _settle(pending.popleft(), cache, result)
        while pending and not result.cancelled:
            yield _settle(pending.popleft(), cache, result)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _settle(
    entry: tuple[Item, str, Future[Reading] | Reading], cache: ReadingCache, result: DeepResult
) -> tuple[Item, Reading]:
    item, key, outcome = entry
    reading = outcome.result() if isinstance(outcome, Future) else outcome
    if reading.failed:
        result.skipped.append((item.provenance.file, reading.failed))
    else:
        cache.put(key, reading)
    return item, reading


def _bytes(archive: Archive, item: Item, result: DeepResult) -> bytes | None:
    assert item.media is not None
    size = item.media.size
    if size is not None and size > MAX_PHOTO_BYTES:
        result.skipped.append((item.media.path, f"too big for a photo ({size >> 20} MB); not looked at"))
        return None
    try:
        with archive.open(item.media.path) as stream:
            return stream.read(MAX_PHOTO_BYTES + 1)[:MAX_PHOTO_BYTES]
    except UnreadableMember as error:
        result.skipped.append((error.path, error.reason))
        return None


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Workers started afresh (safe beside the app's threads), each loading both models once."""
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up)


__all__ = [
    "INSTALL_HINT",
    "DeepResult",
    "DeepScanUnavailable",
    "ReadingCache",
    "check_available",
    "deep_scan",
]
