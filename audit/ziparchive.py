"""Zip exports, read member by member, and what a damaged or hostile zip may not do to a scan.

A member that claims too much (its size, its compression ratio, or the export's running
total) is refused before a byte is inflated.  A member that is encrypted or compressed with a
method Python cannot read is refused when opened.  Two members under one name are both
named: the last is read, the first reported.  A directory entry zipfile would choke on (a name
flagged UTF-8 that is not, a newer zip version) costs that member, not the zip: the listing
is mended in memory so the rest can be read.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import BinaryIO

from audit import archive as limits
from audit.archive import Archive, Budget
from audit.errors import SourceError, UnreadableMember
from audit.members import bad_name, bounded, describe, printable

READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


class ZipArchive(Archive):
    """A zip export, read member by member."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
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
        return bounded(self._zip.open(info), info.file_size)  # type: ignore[arg-type]

    def _release(self) -> None:
        self._zip.close()
        if self._listing is not None:
            self._listing.close()


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
