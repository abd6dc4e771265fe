"""What every fetcher is: a class that recognises its platform's export and yields items.

A fetcher reads one `Archive` and yields `detectors.Item`s lazily.  When one file inside a
good export cannot be read it records an `Unreadable` entry on the `SourceReport` and goes
on: the person is told what was skipped, and nothing else is lost.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from audit.archive import Archive
from detectors.base import Item


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


class Fetcher(ABC):
    """Reads one platform's export archive."""

    platform: ClassVar[str]
    """Stable platform key used in findings ("x", "facebook", ...)."""
    title: ClassVar[str]
    """Human name ("X (Twitter)")."""
    markers: ClassVar[tuple[str, ...]] = ()
    """Paths whose presence identifies the export; also used to find a wrapping folder."""

    def __init__(self, archive: Archive, report: SourceReport) -> None:
        self.archive = archive
        self.report = report

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """Whether this archive is this platform's export (after `find_root`)."""
        return any(archive.has(marker) for marker in cls.markers)

    @abstractmethod
    def items(self) -> Iterator[Item]:
        """Every item in the export, streamed."""
