"""A public address as a scan source: its capture wrapped as an archive and a fetcher.

The scan pipeline reads sources as archives, each read by a fetcher; a page fits the same
mould, so progress, the report and the findings treat it like any export.  The page is
fetched when the source is opened (before any source is scanned), so an address that cannot
be fetched fails fast with one line, like a missing file; what could not be seen on a page
that was fetched goes into the source's report, beside its findings.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import BinaryIO, ClassVar

from audit.archive import Archive
from audit.fetchers.base import Fetcher
from audit.fetchers.public_page import options
from audit.fetchers.public_page.capture import Capture, capture, normalise
from audit.fetchers.public_page.fetch import FetchLimits
from audit.fetchers.public_page.items import PLATFORM, page_items
from detectors.base import Item

LIMITS = FetchLimits()
"""The limits every page fetch runs under (tests shorten the waits here)."""
HOST_MAP: dict[str, str] = {}
"""Test wiring only: host -> `http://127.0.0.1:PORT` serving it.  Empty in every real run."""
_log = logging.getLogger(__name__)


class PageArchive(Archive):
    """A captured page held in memory: its responses are the members, its notes the problems."""

    def __init__(self, captured: Capture) -> None:
        super().__init__(captured.url)
        self.captured = captured
        self._members = {name: text.encode("utf-8") for name, text in captured.documents.items()}
        self._all = sorted(self._members)
        for note in captured.notes:
            self.refuse(captured.url, note)

    def _raw_open(self, raw_name: str) -> BinaryIO:
        return io.BytesIO(self._members[raw_name])

    def _raw_size(self, raw_name: str) -> int:
        return len(self._members[raw_name])

    def text_bytes_total(self) -> int:
        return sum(len(data) for data in self._members.values())

    def close(self) -> None:
        """Nothing to release; a page with nothing readable has already said why in its notes."""
        self._reporter = None


class PublicPageFetcher(Fetcher):
    """Reads a captured public page; never recognises an export archive."""

    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "public web page"

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        return isinstance(archive, PageArchive)

    def items(self) -> Iterator[Item]:
        archive = self.archive
        if not isinstance(archive, PageArchive):
            return
        self.report.current_file = archive.captured.url
        yield from page_items(archive.captured)


def open_page(address: str) -> tuple[Archive, type[Fetcher]]:
    """Fetch one public address now; PageFetchError (one line) if its page cannot be read.

    The options in force (`options.page_options`: `--photos`) say what else to fetch; the
    capture is added to their list, and what is worth knowing about the page (it asks search
    engines not to list it) is told as a notice, beside the findings and not as one."""
    settings = options.current()
    captured = capture(normalise(address), LIMITS, HOST_MAP, photos=settings.photos)
    settings.captures.append(captured)
    for notice in captured.notices:
        _log.warning("%s: %s", captured.url, notice)
    return PageArchive(captured), PublicPageFetcher
