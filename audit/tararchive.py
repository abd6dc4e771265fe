"""Tar exports: older Mastodon servers hand out `archive-<date>-<hex>.tar.gz`.

Read in place like a zip, nothing extracted to disk, in one forward pass when the archive is
opened: a gzip stream cannot seek backwards, so opening members in another order (media as
the posts name them) would otherwise inflate the stream from its start each time, quadratic
in the number of files.  During the pass small members are kept in memory (`SPOOL_MEMBER`
each, `SPOOL_TOTAL` in all) and, for a gzip, the inflater's state is remembered where each
larger member starts (at most `MAX_MARKS`, thinned evenly beyond that), so any member is
reached by inflating from the nearest mark, never from the start.  bz2 and xz archives keep
the small members the same way; their larger members are read through tarfile.

Only regular files count: links and devices inside a downloaded archive are never followed,
names that climb out of it (`../outbox.json`) are refused rather than shadowing the real
file, and each is named in the report.  The pass stops, keeping what it read, where the
archive inflates past the export limit or is damaged.
"""

from __future__ import annotations

import bisect
import io
import lzma
import tarfile
import zlib
from pathlib import Path
from typing import BinaryIO, NamedTuple

from audit import archive as limits
from audit.archive import EXPORT, Archive
from audit.errors import SourceError, UnreadableMember
from audit.members import bad_name, bounded, describe, printable, size_text

SPOOL_MEMBER = 256 * 1024
"""Members up to this size are kept in memory during the pass (a profile, a small JSON, a photo)."""
SPOOL_TOTAL = 64 * 1024**2
"""Memory the kept members may take in all; members past it are reached through the marks."""
MAX_MARKS = 256
"""Inflater states remembered (~60 KiB each): past this, every other one is dropped."""
CHUNK = 32 * 1024
_PASS_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, UnreadableMember)


class _Inflated(OSError):
    """The archive inflates past the export's limit: a bomb, or far more than an export holds."""


class TarArchive(Archive):
    """A `.tar`, `.tar.gz` or `.tar.bz2` export, read member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._path = path
        with open(path, "rb") as head:
            magic = head.read(6)
        self._gzip = magic.startswith(b"\x1f\x8b")
        self._plain = not self._gzip and not magic.startswith((b"BZh", b"\xfd7zXZ\x00"))
        packed = path.stat().st_size
        self._limit = max(limits.EXPORT_FLOOR, limits.MAX_EXPORT_RATIO * packed)
        self._marks = _Marks()
        self._members: dict[str, tarfile.TarInfo] = {}
        self._spool: dict[str, bytes] = {}
        self._spooled = 0
        self._tar: tarfile.TarFile | None = None
        self._index(packed)
        self._all = sorted(self._members)

    def _index(self, packed: int) -> None:
        """The one forward pass: list the members, keep the small ones, mark where the rest start."""
        cursor = _GzipCursor(self._path, self._marks, self._limit) if self._gzip else None
        try:
            tar = tarfile.open(fileobj=cursor, mode="r:") if cursor else tarfile.open(self._path, "r:*")  # noqa: SIM115
        except _PASS_ERRORS as error:
            if cursor:
                cursor.close()
            raise SourceError(f"{self._path}: not a readable tar archive ({type(error).__name__})") from None
        last = ""
        try:
            while (member := tar.next()) is not None:
                if member.offset_data + member.size > self._limit:
                    raise _Inflated
                last = self._add(tar, member, cursor) or last
        except _Inflated:
            self.refuse(
                EXPORT,
                f"stopped after {last or 'its first file'}: the archive inflates past "
                f"{size_text(self._limit)} from {size_text(packed)} on disk (a bomb?); the rest was not read",
            )
        except _PASS_ERRORS as error:
            if not self._members:
                tar.close()
                raise SourceError(f"{self._path}: not a readable tar archive ({type(error).__name__})") from None
            self.refuse(EXPORT, f"damaged after {last}: the rest of the archive was not read ({describe(error)})")
        finally:
            if cursor:
                cursor.close()
        if self._gzip or self._plain:
            tar.close()
        else:
            self._tar = tar  # bz2 and xz: larger members are read through it

    def _add(self, tar: tarfile.TarFile, member: tarfile.TarInfo, cursor: _GzipCursor | None) -> str | None:
        """Take one member into the index; its cleaned name, or None if it is not a file to read."""
        if member.isdir():
            return None
        problem = bad_name(member.name)
        name = "/".join(part for part in member.name.split("/") if part not in ("", "."))
        if problem or not name:
            self.refuse(printable(member.name), problem or "an empty name")
            return None
        if not member.isfile() or member.issparse():
            self.refuse(name, "a link or special file, not a regular file: not followed")
            return None
        if name in self._members:
            self.refuse(name, "a second member with this name in the archive: only the last one was read")
            self._spooled -= len(self._spool.pop(name, b""))
        if self._plain:
            pass  # a plain tar seeks for free: nothing to keep
        elif member.size <= SPOOL_MEMBER and self._spooled + member.size <= SPOOL_TOTAL:
            stream = tar.extractfile(member)
            data = stream.read() if stream else b""
            self._spool[name] = data
            self._spooled += len(data)
        elif cursor is not None:
            cursor.seek(member.offset_data)
            self._marks.add(cursor.mark())
        self._members[name] = member
        return name

    def _raw_size(self, raw_name: str) -> int:
        return self._members[raw_name].size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        member = self._members[raw_name]
        if member.size > limits.MAX_MEMBER_BYTES:
            raise UnreadableMember(raw_name, f"refused: declares {size_text(member.size)}")
        kept = self._spool.get(raw_name)
        if kept is not None:
            return io.BytesIO(kept)
        if self._tar is not None:
            stream = self._tar.extractfile(member)
            if stream is None:
                raise UnreadableMember(raw_name, "not a regular file")
            return bounded(stream, member.size)  # type: ignore[arg-type]
        source: BinaryIO = _GzipCursor(self._path, self._marks, self._limit) if self._gzip else open(self._path, "rb")  # type: ignore[assignment]  # noqa: SIM115
        try:
            source.seek(member.offset_data)
        except BaseException:
            source.close()
            raise
        return bounded(source, member.size)

    def _release(self) -> None:
        if self._tar is not None:
            self._tar.close()


class _Mark(NamedTuple):
    """Where a gzip's inflater stood: all `packed` bytes fed, output at `pos`, `pending` not yet read."""

    pos: int
    packed: int
    state: zlib._Decompress
    pending: bytes
    done: bool


class _Marks:
    """The marks of one archive, evenly spread: past `MAX_MARKS` the spacing doubles."""

    def __init__(self) -> None:
        self.items: list[_Mark] = []
        self.spacing = 0

    def add(self, mark: _Mark) -> None:
        if self.items and mark.pos - self.items[-1].pos < self.spacing:
            return
        self.items.append(mark)
        if len(self.items) > MAX_MARKS:
            self.spacing = max(2 * (mark.pos - self.items[0].pos) // len(self.items), 2 * self.spacing, 1)
            kept = self.items[:1]
            for item in self.items[1:]:
                if item.pos - kept[-1].pos >= self.spacing:
                    kept.append(item)
            self.items = kept

    def before(self, target: int) -> _Mark | None:
        found = bisect.bisect_right(self.items, target, key=lambda m: m.pos)
        return self.items[found - 1] if found else None


class _GzipCursor(io.RawIOBase):
    """The inflated bytes of a `.tar.gz`, seekable: a seek goes to the nearest mark before it
    (or the start) and inflates forward from there.  Each open member has a cursor of its own."""

    def __init__(self, path: Path, marks: _Marks, limit: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._marks = marks
        self._limit = limit
        self._restore(_Mark(0, 0, zlib.decompressobj(31), b"", False))

    def _restore(self, mark: _Mark) -> None:
        self._dec = mark.state.copy()
        self._file.seek(mark.packed)
        self._tail = b""
        self._buf, self._off = mark.pending, 0
        self._pos = mark.pos
        self._done = mark.done

    def mark(self) -> _Mark:
        packed = self._file.tell() - len(self._tail)
        return _Mark(self._pos, packed, self._dec.copy(), self._buf[self._off :], self._done)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        target = offset if whence == io.SEEK_SET else self._pos + offset
        if whence not in (io.SEEK_SET, io.SEEK_CUR) or target < 0:
            raise OSError("unsupported seek in a compressed archive")
        mark = self._marks.before(target)
        if target < self._pos or (mark is not None and mark.pos > self._pos):
            self._restore(mark or _Mark(0, 0, zlib.decompressobj(31), b"", False))
        while self._pos < target:
            if self._off >= len(self._buf) and not self._fill():
                break
            step = min(len(self._buf) - self._off, target - self._pos)
            self._off += step
            self._pos += step
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        parts: list[bytes] = []
        want = size if size is not None and size >= 0 else -1
        while want != 0:
            if self._off >= len(self._buf) and not self._fill():
                break
            take = len(self._buf) - self._off if want < 0 else min(want, len(self._buf) - self._off)
            parts.append(self._buf[self._off : self._off + take])
            self._off += take
            self._pos += take
            want = want - take if want > 0 else want
        return b"".join(parts)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _fill(self) -> bool:
        """Inflate the next piece into the buffer; False at the end of the data."""
        while not self._done:
            data = self._tail or self._file.read(CHUNK)
            if not data:
                self._done = True  # cut short: tarfile names the truncated member
                break
            out = self._dec.decompress(data, CHUNK)
            self._tail = self._dec.unconsumed_tail
            if self._dec.eof:  # one gzip member ended: another may follow it
                rest = self._dec.unused_data or self._file.read(CHUNK)
                self._done = rest[:2] != b"\x1f\x8b"
                self._dec, self._tail = zlib.decompressobj(31), b"" if self._done else rest
            if out:
                if self._pos + len(out) > self._limit:
                    raise _Inflated("inflates past the export's limit (a bomb?)")
                self._buf, self._off = out, 0
                return True
        return False

    def close(self) -> None:
        self._file.close()
        super().close()
