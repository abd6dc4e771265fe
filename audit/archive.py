"""Read an export the way the platform wrote it: a zip, an unpacked folder, or both in parts.

Nothing is ever extracted to disk and no member is read whole unless a fetcher asks for
it: `open()` hands out a stream.  Zip bombs are refused by their declared size and
compression ratio before a byte is inflated, and streams stop at the declared size in case
the declaration lies.
"""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from audit.errors import SourceError, UnreadableMember

MAX_MEMBER_BYTES = 4 * 1024**3
"""Largest single member we will inflate (a 4 GiB video is plausible, 40 GiB is a bomb)."""
MAX_RATIO = 200
"""Largest compression ratio for members over `RATIO_FLOOR`: text compresses ~10x, bombs 1000x."""
RATIO_FLOOR = 64 * 1024**2
TEXT_SUFFIXES = (".js", ".json", ".html", ".htm", ".csv", ".txt", ".car")
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2")


class Archive(ABC):
    """A read-only tree of files, named by posix paths relative to the export's root."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bytes_read = 0
        self._prefix = ""
        self._names_cache: set[str] | None = None

    @abstractmethod
    def _raw_names(self) -> list[str]: ...

    @abstractmethod
    def _raw_open(self, raw_name: str) -> BinaryIO: ...

    @abstractmethod
    def _raw_size(self, raw_name: str) -> int: ...

    def names(self) -> list[str]:
        """Every file in the export, sorted, relative to its root."""
        cut = len(self._prefix)
        return [name[cut:] for name in self._raw_names()]

    def has(self, name: str) -> bool:
        return self._prefix + name in self._name_set()

    def size(self, name: str) -> int:
        return self._raw_size(self._prefix + name)

    def open(self, name: str) -> BinaryIO:
        """A stream of one member; raises UnreadableMember if it cannot be read."""
        try:
            stream = self._raw_open(self._prefix + name)
        except UnreadableMember:
            raise
        except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, EOFError) as error:
            raise UnreadableMember(name, _describe(error)) from None
        return _CountingReader(stream, self, name)

    def read_bytes(self, name: str) -> bytes:
        with self.open(name) as stream:
            return stream.read()

    def text_bytes_total(self) -> int:
        """Total size of the text members: the denominator of scan progress."""
        return sum(self.size(n) for n in self.names() if n.lower().endswith(TEXT_SUFFIXES))

    def find_root(self, markers: Iterable[str]) -> None:
        """Treat a single wrapping folder as the root when the markers sit below it.

        People zip the folder they unpacked, or point at the folder above it: both put the
        export one level down.
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

    def _name_set(self) -> set[str]:
        cache = self._names_cache
        if cache is None:
            cache = set(self._raw_names())
            self._names_cache = cache
        return cache

    def close(self) -> None:  # noqa: B027 - folders hold no handle; zips override
        """Release the underlying file handles."""

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ZipArchive(Archive):
    """A zip export, read member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise SourceError(f"{path}: not a zip archive, or the zip is truncated or corrupt") from None
        except OSError as error:
            raise SourceError(f"{path}: cannot open ({_describe(error)})") from None
        self._infos = {i.filename: i for i in self._zip.infolist() if not i.is_dir()}
        self._sorted = sorted(self._infos)

    def _raw_names(self) -> list[str]:
        return [n for n in self._sorted if n.startswith(self._prefix)]

    def _raw_size(self, raw_name: str) -> int:
        return self._infos[raw_name].file_size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        info = self._infos[raw_name]
        if info.file_size > MAX_MEMBER_BYTES:
            raise UnreadableMember(raw_name, f"refused: declares {info.file_size // 1024**2} MiB uncompressed")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise UnreadableMember(raw_name, f"refused: compression ratio {ratio:.0f}:1 looks like a zip bomb")
        return _Bounded(self._zip.open(info), info.file_size)

    def close(self) -> None:
        self._zip.close()


class FolderArchive(Archive):
    """An export already unpacked into a folder; symbolic links are not followed."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._root = path
        names: list[str] = []
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not (Path(folder) / d).is_symlink())
            for file in files:
                full = Path(folder) / file
                if not full.is_symlink() and full.is_file():
                    names.append(PurePosixPath(full.relative_to(path)).as_posix())
        self._sorted = sorted(names)

    def _raw_names(self) -> list[str]:
        return [n for n in self._sorted if n.startswith(self._prefix)]

    def _raw_size(self, raw_name: str) -> int:
        return (self._root / raw_name).stat().st_size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        return open(self._root / raw_name, "rb")  # noqa: SIM115 - the caller closes it


class MultiArchive(Archive):
    """Several parts of one export (Meta splits large exports into numbered zips)."""

    def __init__(self, parts: Sequence[Archive]) -> None:
        super().__init__(" + ".join(p.label for p in parts))
        self.parts = list(parts)
        self._owner: dict[str, Archive] = {}
        for part in self.parts:
            for name in part.names():
                self._owner.setdefault(name, part)
        self._sorted = sorted(self._owner)

    def _raw_names(self) -> list[str]:
        return [n for n in self._sorted if n.startswith(self._prefix)]

    def _raw_size(self, raw_name: str) -> int:
        return self._owner[raw_name].size(raw_name)

    def _raw_open(self, raw_name: str) -> BinaryIO:
        return self._owner[raw_name].open(raw_name)

    def close(self) -> None:
        for part in self.parts:
            part.close()


def open_archive(path: Path) -> Archive:
    """Open one source path as an archive, or raise SourceError saying why not."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        archive: Archive = FolderArchive(path)
    elif zipfile.is_zipfile(path):
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
    except (OSError, EOFError, tarfile.TarError):
        return False


def bounded(stream: BinaryIO, limit: int) -> BinaryIO:
    """A stream that stops at `limit` bytes, whatever the member's header claimed."""
    return _Bounded(stream, limit)  # type: ignore[return-value]


class _Bounded(io.RawIOBase):
    """Stops a zip member stream at its declared size, so a lying header cannot inflate more."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        want = min(len(buffer), self._left)
        data = self._stream.read(want)
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


class _CountingReader(io.BufferedReader):
    """Counts bytes read into the archive's total (the scan's progress) and names errors."""

    def __init__(self, stream: BinaryIO, archive: Archive, name: str) -> None:
        raw = stream if isinstance(stream, io.RawIOBase) else _Bounded(stream, MAX_MEMBER_BYTES)
        super().__init__(raw, buffer_size=256 * 1024)
        self._archive = archive
        self._name = name

    def read(self, size: int | None = -1) -> bytes:
        try:
            data = super().read(size)
        except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, zlib.error) as error:
            raise UnreadableMember(self._name, _describe(error)) from None
        self._archive.bytes_read += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        try:
            data = super().read1(size)
        except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, zlib.error) as error:
            raise UnreadableMember(self._name, _describe(error)) from None
        self._archive.bytes_read += len(data)
        return data


def _describe(error: BaseException) -> str:
    """A short reason with no file content in it."""
    if isinstance(error, zipfile.BadZipFile):
        return f"corrupt zip member ({error})"
    if isinstance(error, zlib.error):
        return "corrupt compressed data in the zip"
    if isinstance(error, EOFError):
        return "truncated zip member"
    if isinstance(error, FileNotFoundError):
        return "missing"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return type(error).__name__
