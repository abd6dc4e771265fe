"""Read an export the way the platform wrote it: a zip, an unpacked folder, or both in parts.

Nothing is ever extracted to disk and no member is read whole unless a fetcher asks for
it: `open()` hands out a stream.  Every part of an export the scan will not read is named,
with why, in the source's report (`notices()`): names that climb out of the export or cannot
be printed, a second member under one name, an archive inside the export, a folder beside
the one read.  Zip bombs are refused by their declared size and compression ratio before a
byte is inflated, and the whole export may inflate to no more than `MAX_EXPORT_RATIO` times
its size on disk: past that, the scan stops opening its members and says so once.

This module is what every kind shares, and `open_archive`, which picks the kind; each kind
reads in a module of its own (`ziparchive`, `tararchive`, `cararchive`, `folderarchive`, and
`multiarchive` for an export in parts).
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, Protocol

from audit.errors import SourceError, UnreadableMember
from audit.members import READ_ERRORS, describe, member_stream, size_text

MAX_MEMBER_BYTES = 4 * 1024**3
"""Largest single member we will inflate (a 4 GiB video is plausible, 40 GiB is a bomb)."""
MAX_RATIO = 200
"""Largest compression ratio for members over `RATIO_FLOOR`: text compresses ~10x, bombs 1000x."""
RATIO_FLOOR = 64 * 1024**2
MAX_EXPORT_RATIO = 100
"""Largest ratio of the whole export's inflated size to its size on disk, summed over the members
opened: a bomb split into many members each under `RATIO_FLOOR` is still stopped here."""
EXPORT_FLOOR = 512 * 1024**2
"""Below this many inflated bytes an export is never stopped, however well it compresses."""
TEXT_SUFFIXES = (".js", ".json", ".html", ".htm", ".csv", ".txt", ".car")
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2")
NESTED_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".7z", ".rar")
"""Archives inside an export are not opened: they are named in the report instead."""
EXPORT = "(export)"
"""The path a notice about the whole export is filed under."""


class Reporter(Protocol):
    """Where an archive files what it will not read (a fetcher's `SourceReport`)."""

    items: int

    def skip(self, path: str, reason: str) -> None: ...


class Budget:
    """How many bytes an export may inflate; shared by the parts of a split export."""

    def __init__(self, packed: int) -> None:
        self.packed = packed
        self.spent = 0
        self.opened: set[str] = set()
        self.stopped = False

    @property
    def limit(self) -> int:
        return max(EXPORT_FLOOR, MAX_EXPORT_RATIO * self.packed)


class Archive(ABC):
    """A read-only tree of files, named by posix paths relative to the export's root."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bytes_read = 0
        self.budget: Budget | None = None
        self._all: list[str] = []
        self._prefix = ""
        self._names_cache: set[str] | None = None
        self._problems: list[tuple[str, str]] = []
        self._reporter: Reporter | None = None
        self._sink: Callable[[str, str], None] | None = None
        self._title = ""

    @abstractmethod
    def _raw_open(self, raw_name: str) -> BinaryIO: ...

    @abstractmethod
    def _raw_size(self, raw_name: str) -> int: ...

    def _raw_names(self) -> list[str]:
        return [n for n in self._all if n.startswith(self._prefix)]

    def names(self) -> list[str]:
        """Every file in the export, sorted, relative to its root."""
        cut = len(self._prefix)
        return [name[cut:] for name in self._raw_names()]

    def has(self, name: str) -> bool:
        return self._prefix + name in self._name_set()

    def size(self, name: str) -> int:
        return self._raw_size(self._prefix + name)

    def open(self, name: str) -> BinaryIO:
        """A stream of one member; raises UnreadableMember, on opening or reading, if it cannot be read."""
        try:
            stream = self._raw_open(self._prefix + name)
        except UnreadableMember:
            raise
        except READ_ERRORS as error:
            raise UnreadableMember(name, describe(error)) from None
        return member_stream(stream, name, MAX_MEMBER_BYTES, self._count)

    def _count(self, size: int) -> None:
        self.bytes_read += size

    def read_bytes(self, name: str) -> bytes:
        with self.open(name) as stream:
            return stream.read()

    def text_bytes_total(self) -> int:
        """Total size of the text members: the denominator of scan progress."""
        return sum(self.size(n) for n in self.names() if n.lower().endswith(TEXT_SUFFIXES))

    def find_root(self, markers: Iterable[str]) -> None:
        """Treat a single wrapping folder as the root when the markers sit below it.

        People zip the folder they unpacked, or point at the folder above it: both put the
        export one level down.  Whatever sits beside that folder is named by `notices()`.
        """
        self._prefix = ""
        self._names_cache = None
        names = self._raw_names()
        wanted = tuple(markers)
        if any(name in wanted for name in names):
            return
        for name in names:
            for marker in wanted:
                if name.endswith("/" + marker) and name.count("/") == marker.count("/") + 1:
                    self._prefix = name[: -len(marker)]
                    self._names_cache = None
                    return

    def notices(self) -> list[tuple[str, str]]:
        """(path, why) for each part of the export the scan will not read, known before reading."""
        return [*self._static_problems(), *self._beside_root(), *self._nested()]

    def report_to(self, reporter: Reporter, title: str) -> None:
        """File the notices in a fetcher's report, and whatever goes wrong later, as it happens."""
        for path, reason in self.notices():
            reporter.skip(path, reason)
        self._reporter = reporter
        self._title = title

    def refuse(self, path: str, reason: str) -> None:
        """Record a part of the export that will not be read (filed now if a report is attached)."""
        if self._reporter is not None:
            self._reporter.skip(path, reason)
        elif self._sink is not None:
            self._sink(path, reason)
        else:
            self._problems.append((path, reason))

    def _static_problems(self) -> list[tuple[str, str]]:
        return list(self._problems)

    def _beside_root(self) -> list[tuple[str, str]]:
        """Folders and files beside the wrapping folder read as the export: a second export, say."""
        if not self._prefix:
            return []
        top = self._prefix.split("/", 1)[0]
        counts: dict[str, int] = {}
        for name in self._all:
            first, slash, _ = name.partition("/")
            if first != top and not first.startswith(".") and first != "__MACOSX":
                counts[first + slash] = counts.get(first + slash, 0) + 1
        return [
            (where, f"beside {top}/, which was read as the export: not read ({count} file(s)); scan it on its own")
            for where, count in counts.items()
        ]

    def _nested(self) -> list[tuple[str, str]]:
        return [
            (name, "an archive inside the export: not opened; unpack it and scan it on its own")
            for name in self.names()
            if name.lower().endswith(NESTED_SUFFIXES)
        ]

    def _charge(self, name: str, size: int) -> None:
        """Count a member's declared size against the export's budget before it is inflated."""
        budget = self.budget
        if budget is None or name in budget.opened:
            return
        if budget.stopped:
            raise UnreadableMember(name, "not read: the export had already inflated past its limit")
        if budget.spent + size > budget.limit:
            budget.stopped = True
            self.refuse(
                EXPORT,
                f"stopped at {name}: its files inflate past {size_text(budget.limit)} from "
                f"{size_text(budget.packed)} on disk (a zip bomb?); the files opened after it were not read",
            )
            raise UnreadableMember(name, "refused: the export inflates past its limit (a zip bomb?)")
        budget.spent += size
        budget.opened.add(name)

    def _name_set(self) -> set[str]:
        cache = self._names_cache
        if cache is None:
            cache = set(self._raw_names())
            self._names_cache = cache
        return cache

    def close(self) -> None:
        """Release the file handles; say so if the export was recognised but gave nothing to read."""
        reporter, self._reporter = self._reporter, None
        if reporter is not None and reporter.items == 0:
            reporter.skip(
                EXPORT,
                f"recognised as a {self._title} export, but nothing in it could be read: "
                "if it is another platform's export, a file may have been renamed",
            )
        self._release()

    def _release(self) -> None:  # noqa: B027 - folders hold no handle; zips override
        """Release the underlying file handles."""

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_archive(path: Path) -> Archive:
    """Open one source path as an archive, or raise SourceError saying why not."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        from audit.folderarchive import FolderArchive

        archive: Archive = FolderArchive(path)
    elif zipfile.is_zipfile(path):
        from audit.ziparchive import ZipArchive

        archive = ZipArchive(path)
    elif path.name.lower().endswith(TAR_SUFFIXES) and _is_tar(path):
        from audit.tararchive import TarArchive

        archive = TarArchive(path)
    elif path.name.lower().endswith(TAR_SUFFIXES):
        raise SourceError(f"{path}: not a tar archive, or the archive is truncated or corrupt")
    elif _is_car(path):
        from audit.cararchive import CarArchive

        archive = CarArchive(path)
    elif path.suffix.lower() == ".zip":
        raise SourceError(f"{path}: not a zip archive, or the zip is truncated or corrupt")
    else:
        raise SourceError(f"{path}: not an export (expected a .zip, .tar.gz or .car file, or an unpacked folder)")
    if not archive.names():
        archive.close()
        raise SourceError(f"{path}: empty: no files inside")
    return archive


def _is_car(path: Path) -> bool:
    """A Bluesky `repo.car`, known by its CAR v1 header whatever the file is called."""
    from audit.cararchive import looks_like_car

    return looks_like_car(path)


def _is_tar(path: Path) -> bool:
    """tarfile's own test, but a broken gzip stream says "no" instead of raising."""
    try:
        return tarfile.is_tarfile(path)
    except (OSError, EOFError, tarfile.TarError, zlib.error, lzma.LZMAError):
        return False
