"""Zip exports, read member by member, and what a damaged or hostile zip may not do to a scan.

A member that claims too much (its size, its compression ratio, or the export's running
total) is refused before a byte is inflated.  A member that is encrypted or compressed with a
method Python cannot read is refused when opened.  Two members under one name are both
named: the last is read, the first reported.  A directory entry zipfile would choke on (a name
flagged UTF-8 that is not, a newer zip version) costs that member, not the zip: the listing
is mended in memory so the rest can be read.

Stored and deflated members (what the platforms write) are read straight from the zip file
by `_ZipMember`, which can seek; zipfile itself still checks each member's local header.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from audit import archive as limits
from audit.archive import Archive, Budget
from audit.errors import SourceError, UnreadableMember
from audit.members import bad_name, bounded, describe, printable

READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
SEEKABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
"""Read by `_ZipMember`; bzip2 and LZMA members (rare) through zipfile, forward only."""


class ZipArchive(Archive):
    """A zip export, read member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._path = path.absolute()
        """Each stored or deflated member opens the file again (`_ZipMember`): the same file, whatever the working folder."""
        self._zip, self._listing = self._open(path)
        self.budget = Budget(path.stat().st_size)
        refused = self._listing.refused if self._listing else {}
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            name = info.filename
            shown, problem = refused.get(name) or (printable(name), bad_name(name))
            if problem:
                self.refuse(shown, problem)
                continue
            if info.is_dir():
                continue
            if name in self._infos:
                self.refuse(name, "a second member with this name in the zip: only the last one was read")
            self._infos[name] = info
        self._all = sorted(self._infos)

    @staticmethod
    def _open(path: Path) -> tuple[zipfile.ZipFile, _ListingRepair | None]:
        """The zip's listing, and its repair if it needed one (to close with the zip); entries
        zipfile cannot take are refused one by one, not the whole zip."""
        broken = f"{path}: not a zip archive, or the zip is truncated or corrupt"
        try:
            return zipfile.ZipFile(path), None
        except (NotImplementedError, UnicodeDecodeError):
            pass
        except (zipfile.BadZipFile, ValueError, struct.error, EOFError, OverflowError):
            raise SourceError(broken) from None
        except OSError as error:
            raise SourceError(f"{path}: cannot open ({describe(error)})") from None
        listing = _ListingRepair(path)
        try:
            opened = zipfile.ZipFile(listing)  # type: ignore[arg-type]
        except (zipfile.BadZipFile, ValueError, struct.error, EOFError, OverflowError, NotImplementedError):
            listing.close()
            raise SourceError(broken) from None
        listing.mending = False
        return opened, listing

    def _raw_size(self, raw_name: str) -> int:
        return self._infos[raw_name].file_size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        info = self._infos[raw_name]
        if info.file_size > limits.MAX_MEMBER_BYTES:
            raise UnreadableMember(raw_name, f"refused: declares {info.file_size // 1024**2} MiB uncompressed")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.RATIO_FLOOR and ratio > limits.MAX_RATIO:
            raise UnreadableMember(raw_name, f"refused: compression ratio {ratio:.0f}:1 looks like a zip bomb")
        if info.flag_bits & 0x1:
            raise UnreadableMember(raw_name, "encrypted (password-protected): cannot be read")
        if info.compress_type not in READABLE_METHODS:
            raise UnreadableMember(raw_name, f"compressed with method {info.compress_type}, which cannot be read")
        self._charge(raw_name, info.file_size)
        opened = self._zip.open(info)  # zipfile checks the local header: its name, overlaps, flags
        if info.compress_type not in SEEKABLE_METHODS:
            return bounded(opened, info.file_size)  # type: ignore[arg-type]
        opened.close()
        return _ZipMember(self._path, info)  # type: ignore[return-value]

    def _release(self) -> None:
        self._zip.close()
        if self._listing is not None:
            self._listing.close()


class _ZipMember(io.RawIOBase):
    """One stored or deflated member, read straight from the zip file, seekable, never past its size.

    zipfile's own stream seeks forward by reading: every skipped byte inflated, checksummed and
    copied up, and a photo's metadata (a HEIC's Exif item, a WebP's EXIF chunk) sits after
    megabytes of image data.  Here a stored member seeks in the file, and a deflated one
    inflates forward in large chunks whose output is dropped at once (deflate cannot be
    skipped without inflating it).  Seeking back in a deflated member starts it again.

    The CRC-32 is checked, as zipfile checks it, when the member is read to its end from the
    start without a skip; a member that was skipped through is not checked (its skipped bytes
    were never handed to anyone).  Compressed data that ends early raises EOFError.
    """

    PACKED_CHUNK = 4 * 1024
    """Least compressed bytes fed for a read: a read asks for as many as it wants inflated, no
    more (a photo's is incompressible, so more would be inflated only to be copied and held)."""
    SKIP_PACKED = 256 * 1024
    SKIP_OUTPUT = 4 * 1024**2
    """Inflated bytes dropped per step of a skip: bounds the memory a skip holds at once."""

    def __init__(self, path: Path, info: zipfile.ZipInfo) -> None:
        super().__init__()
        self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by close()
        try:
            self._start = _data_start(self._file, info.header_offset)
        except BaseException:
            self._file.close()
            raise
        self._packed_size = info.compress_size
        self._size = info.file_size
        self._crc_expected = info.CRC
        self._deflated = info.compress_type == zipfile.ZIP_DEFLATED
        self._restart()

    def _restart(self) -> None:
        self._inflater = zlib.decompressobj(-15)
        self._packed_at = 0
        self._position = 0
        self._crc = 0
        self._checking = True
        """Every byte so far went through the CRC: it is checked at the end."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}.get(whence)
        if base is None or base + offset < 0:
            raise ValueError("invalid seek in a zip member")
        target = min(base + offset, self._size)
        if target == 0 or (self._deflated and target < self._position):
            self._restart()
        if target != self._position:
            self._checking = False
        if self._deflated:
            while self._position < target:
                self._position += len(self._inflate(min(target - self._position, self.SKIP_OUTPUT), self.SKIP_PACKED))
        self._position = target
        return target

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._size - self._position)
        if want <= 0:
            return 0
        view = memoryview(buffer).cast("B")[:want]
        if self._deflated:
            data = self._inflate(want, max(want, self.PACKED_CHUNK))
            view[: len(data)] = data
            got = len(data)
        else:  # never past its stored bytes, whatever size the directory claims
            self._file.seek(self._start + self._position)
            got = self._file.readinto(view[: max(0, self._packed_size - self._position)]) or 0
            if not got:
                raise EOFError("the stored member ends early")
        if self._checking:
            self._crc = zlib.crc32(view[:got], self._crc)
        self._position += got
        if self._position == self._size and self._checking and self._crc != self._crc_expected:
            raise zipfile.BadZipFile("Bad CRC-32")
        return got

    def _inflate(self, most: int, packed: int) -> bytes:
        """Up to `most` more inflated bytes (never none), feeding `packed` bytes at a time."""
        inflater = self._inflater
        while True:
            if inflater.unconsumed_tail:
                data = inflater.decompress(inflater.unconsumed_tail, most)
            else:
                fed = self._file_read(min(packed, self._packed_size - self._packed_at))
                if not fed or inflater.eof:
                    raise EOFError("the compressed data ends early")
                data = inflater.decompress(fed, most)
            if data:
                return data

    def _file_read(self, size: int) -> bytes:
        if size <= 0:
            return b""
        self._file.seek(self._start + self._packed_at)
        data = self._file.read(size) or b""
        self._packed_at += len(data)
        return data

    def close(self) -> None:
        self._file.close()
        super().close()


def _data_start(file: io.FileIO, header_offset: int) -> int:
    """Where a member's data starts: after its local header, its name and its extra field."""
    file.seek(header_offset)
    header = file.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("Bad magic number for file header")
    name_length, extra_length = struct.unpack_from("<2H", header, 26)
    return header_offset + 30 + name_length + extra_length


class _ListingRepair(io.RawIOBase):
    """The zip file as zipfile reads it, its central directory mended in memory (never on disk).

    zipfile gives up on the whole zip when one entry's name is flagged UTF-8 but is not, or
    the entry needs a newer zip version: such entries are rewritten so it can list the rest,
    and `refused` names them (as they can be shown) with why, so the archive refuses just those members.
    """

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.refused: dict[str, tuple[str, str]] = {}
        """zipfile's name for each refused entry -> (the name as it can be shown, why)."""
        self.mending = True

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def read(self, size: int | None = -1) -> bytes:
        data = self._file.read(-1 if size is None else size)
        return self._mend(data) if self.mending and data[:4] == b"PK\x01\x02" else data

    def _mend(self, data: bytes) -> bytes:
        """Walk the central directory's entries (46-byte records, then name, extra, comment)."""
        out = bytearray(data)
        at = 0
        while at + 46 <= len(out) and out[at : at + 4] == b"PK\x01\x02":
            flags = int.from_bytes(out[at + 8 : at + 10], "little")
            length, extra, comment = struct.unpack_from("<3H", out, at + 28)
            raw = bytes(out[at + 46 : at + 46 + length])
            reason = None
            if out[at + 6] > zipfile.MAX_EXTRACT_VERSION:
                reason = f"needs zip version {out[at + 6] / 10:.1f}, newer than this tool reads"
                out[at + 6] = 20
            try:
                name = raw.decode("utf-8" if flags & 0x800 else "cp437")
            except UnicodeDecodeError:
                reason = "its name is marked as UTF-8 but is not valid UTF-8"
                out[at + 8 : at + 10] = (flags & ~0x800).to_bytes(2, "little")
                name = raw.decode("cp437")
            if reason:
                shown = printable(raw.decode("utf-8" if flags & 0x800 else "cp437", "replace"))
                self.refused[zipfile.ZipInfo(name).filename] = (shown, reason)
            at += 46 + length + extra + comment
        return bytes(out)

    def close(self) -> None:
        self._file.close()
        super().close()
