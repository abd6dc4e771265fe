"""What every fetcher is: a class that recognises its platform's export and yields items.

A fetcher reads one `Archive` and yields `detectors.Item`s lazily.  When one file inside a
good export cannot be read it records an `Unreadable` entry on the `SourceReport` and goes
on: the person is told what was skipped, and nothing else is lost.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from fnmatch import fnmatch
from typing import Any, ClassVar

from audit.archive import Archive
from detectors.base import Item, MediaRef, Provenance, Section, Visibility

LAYOUT_ERRORS = (AttributeError, TypeError, ValueError, KeyError, IndexError)
"""What a reader raises when a file's layout is not the one it knows (a platform changed its
format, a list where a record was): the file is reported, never the scan lost."""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """One file of an export that could not be read, and why (never what it holds)."""

    path: str
    reason: str


@dataclass(slots=True)
class SourceReport:
    """What happened to one source: its platform, items read, files skipped."""

    source: str
    platform: str = "unknown"
    items: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)
    current_file: str = ""

    def skip(self, path: str, reason: str) -> None:
        """Record a file that could not be read; the scan carries on without it."""
        self.unreadable.append(Unreadable(path, reason))


SIZEABLE_BYTES = 1024
"""A file this big that gives nothing is suspicious; a smaller one is an empty list or a stub."""
NOTHING_WHERE_EXPECTED = (
    "nothing in it is where {title} puts it: was it replaced by another file of the same name? "
    "(nothing from it was checked)"
)
NOT_ITS_SHAPE = (
    "it doesn't look like one of {title}'s {what}s: was it replaced by another file of the same name? "
    "(nothing from it was checked)"
)


class Fetcher(ABC):
    """Reads one platform's export archive."""

    platform: ClassVar[str]
    """Stable platform key used in findings ("x", "facebook", ...)."""
    title: ClassVar[str]
    """Human name ("X (Twitter)")."""
    markers: ClassVar[tuple[str, ...]] = ()
    """Paths whose presence identifies the export; also used to find a wrapping folder."""
    not_read: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(glob pattern of a path inside the export, why it is not read): files the export holds that
    are not the person's own words or contact details (ads, logins, other people's posts they
    liked, lists of accounts).  Anything neither read nor listed here is a gap to close."""

    @classmethod
    def why_not_read(cls, path: str) -> str | None:
        """The reason this file is left unread on purpose, or None if the fetcher does not say."""
        return next((reason for pattern, reason in cls.not_read if fnmatch(path, pattern)), None)

    def __init__(self, archive: Archive, report: SourceReport) -> None:
        self.archive = archive
        self.report = report
        self.misshapen: dict[str, str] = {}
        """File -> what it should have been ("file", "conversation file"), for each file a reader
        found to hold none of the keys or marks its platform writes (see `guarded`)."""
        archive.report_to(report, self.title)  # what the archive will not read is named in the report

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """Whether this archive is this platform's export (after `find_root`)."""
        return any(archive.has(marker) for marker in cls.markers)

    @abstractmethod
    def items(self) -> Iterator[Item]:
        """Every item in the export, streamed."""

    def guarded(self, name: str, items: Iterable[Item], *, may_be_empty: bool = False) -> Iterator[Item]:
        """The items of one file; if its layout surprises the reader, the items read so far
        stand, the file is reported as unreadable and the scan goes on with the next file.

        A file of some size that gives nothing at all is named too: it parsed, but nothing in
        it was where this platform puts it, so it was most likely replaced by another file of
        the same name (another platform's, another export's) and would otherwise pass for
        empty.  Files that can rightly give nothing (a conversation in which the person said
        nothing) pass `may_be_empty`: they are judged by shape alone, as is a small file.  A
        reader that opens a file and finds none of the keys or marks its platform writes calls
        `not_its_shape`; such a file that gives nothing is named, whatever its size, while an
        empty file of the right shape stays silent, unless it is plainly another of the
        platform's own files (`holds_instead`: Meta's profile page under the followers' name).
        """
        given = 0
        try:
            for item in items:
                given += 1
                yield item
        except LAYOUT_ERRORS as error:
            where = self.report.current_file or name
            self.report.skip(where, f"unexpected layout ({type(error).__name__}); the rest of this file was skipped")
            return
        if given or any(skipped.path == name for skipped in self.report.unreadable):
            return
        what = self.misshapen.get(name)
        if what:
            self.report.skip(name, NOT_ITS_SHAPE.format(what=what, title=self.title))
            return
        instead = self.holds_instead(name)
        if instead:
            self.report.skip(name, instead)
        elif not may_be_empty and self._sizeable(name):
            self.report.skip(name, NOTHING_WHERE_EXPECTED.format(title=self.title))

    def holds_instead(self, name: str) -> str | None:
        """Why a file that gave nothing holds another of this platform's files than its name says
        (a profile page saved over the followers page), or None; platforms that can tell say so."""
        return None

    def not_its_shape(self, name: str, what: str = "file") -> None:
        """Note that `name` parsed but holds none of the keys or marks this platform's `what` has."""
        self.misshapen.setdefault(name, what)

    def _sizeable(self, name: str) -> bool:
        try:
            return self.archive.has(name) and self.archive.size(name) >= SIZEABLE_BYTES
        except OSError:
            return False

    def clean_text(self, text: str) -> str:
        """Undo the platform's text quirks (X's HTML entities, Meta's mojibake)."""
        return text

    def text_item(
        self,
        file: str,
        item_id: str | None,
        field: str,
        text: Any,
        section: Section,
        visibility: Visibility,
        created_at: datetime | None = None,
        *,
        url: str | None = None,
        **extra: Any,
    ) -> Item | None:
        """A text item, or None when there is nothing to read.

        Exports are full of empty strings; an item with no text is kept only when it carries
        a position (a check-in), which detectors read on its own.  `url` is the post's web
        address, as `Item.linked` would add it (given here, the item is made once, not twice).
        """
        if "place" in extra:  # exports hold numbers and empty strings where names belong
            place = extra["place"]
            extra["place"] = self.clean_text(place) if isinstance(place, str) and place.strip() else None
        if not isinstance(text, str) or not text.strip():
            if extra.get("coordinates") is None and extra.get("place") is None:
                return None
            text = None
        provenance = Provenance(self.platform, file, item_id, field, section, created_at, visibility, url or None)
        return Item(provenance, text=self.clean_text(text) if text else None, **extra)

    def media_item(
        self,
        path: str,
        item_id: str | None,
        visibility: Visibility,
        created_at: datetime | None,
        coordinates: tuple[float, float] | None = None,
        *,
        url: str | None = None,
    ) -> Item:
        """A media file of the export, opened only if a detector asks for its bytes."""
        archive = self.archive
        provenance = Provenance(self.platform, path, item_id, "media", "media", created_at, visibility, url or None)
        return Item(
            provenance,
            media=MediaRef(path, lambda: archive.open(path), archive.size(path)),
            coordinates=coordinates,
        )


def then_raise(items: list[Item], error: Exception) -> Iterator[Item]:
    """`items`, then `error`: what a reader that builds a record's items in a list (not a
    generator, for speed) gives when the record breaks part way, as a generator would have."""
    yield from items
    raise error
