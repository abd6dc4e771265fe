"""One member of an export as a stream, and its name, made safe whatever the archive holds.

A damaged member must cost that member only: whatever the decompressor raises (a bad CRC, a
broken deflate block, a truncated stream), and however the caller reads (`read`, `peek`,
`readline`), it becomes one UnreadableMember naming the member, with a one-line reason that
holds no file content.  Names that climb out of the export or cannot be printed as UTF-8 are
refused, so a report never breaks a strict locale and `../outbox.json` never shadows the real one.
"""

from __future__ import annotations

import contextlib
import io
import lzma
import re
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from typing import BinaryIO, TypeVar

from audit.errors import UnreadableMember

READ_ERRORS = (
    OSError,
    EOFError,
    RuntimeError,
    ValueError,
    NotImplementedError,
    KeyError,
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    struct.error,
)
"""What opening or reading one damaged member raises: it becomes that member's UnreadableMember."""
_T = TypeVar("_T")


def bad_name(name: str) -> str | None:
    """Why a member's name is refused, or None: it climbs out of the export, or cannot be printed."""
    if name.startswith("/"):
        return "refused: an absolute path, outside the export"
    if ".." in name.split("/"):
        return "refused: the name climbs out of the export (..)"
    if _UNDECODED.search(name):
        return "its name is not valid UTF-8 text"
    if _CONTROL.search(name):
        return "its name holds control characters"
    return None


_UNDECODED = re.compile("[\ud800-\udfff]")
"""How Python holds a file name's bytes that are not UTF-8 (surrogate escapes)."""
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def printable(name: str) -> str:
    """A member's name safe to print on one line as UTF-8: bad bytes and controls become U+FFFD."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _CONTROL.sub("\ufffd", text)


def size_text(size: int) -> str:
    """A size as a person reads it: `4 MiB`, `51 KiB`."""
    return f"{size // 1024**2} MiB" if size >= 1024**2 else f"{max(size // 1024, 1)} KiB"


def bounded(stream: BinaryIO, limit: int) -> BinaryIO:
    """A stream that stops at `limit` bytes, whatever the member's header claimed."""
    return _Bounded(stream, limit)  # type: ignore[return-value]


class _Bounded(io.RawIOBase):
    """Stops a member stream at its declared size, so a lying header cannot inflate more."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        data = self._stream.read(min(len(buffer), self._left))
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def member_stream(stream: BinaryIO, name: str, limit: int, count: Callable[[int], None]) -> BinaryIO:
    """A buffered stream of one member: at most `limit` bytes, each counted, errors named."""
    return io.BufferedReader(_MemberStream(stream, name, limit, count), buffer_size=256 * 1024)  # type: ignore[return-value]


class _MemberStream(io.RawIOBase):
    """The raw layer under the buffer, so `peek` and `readline` are guarded as `read` is.

    Seekable when the archive's own stream is (a folder's file, a stored or deflated zip
    member): a photo's metadata often sits after megabytes of image data, and a seek lets the
    layer below skip them (in a file) or inflate them without handing them up (in a zip).  Only
    the bytes read are counted; the limit is on the position, so a seek cannot read past it.
    """

    def __init__(self, stream: BinaryIO, name: str, limit: int, count: Callable[[int], None]) -> None:
        self._stream = stream
        self._name = name
        self._limit = limit
        self._position = 0
        self._count = count
        self._seekable = self._guarded(stream.seekable)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def tell(self) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("this member can only be read forward")
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("this member can only be read forward")
        self._position = self._guarded(lambda: self._stream.seek(offset, whence))
        return self._position

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        left = self._limit - self._position
        data = self._guarded(lambda: self._stream.read(min(len(buffer), left))) if left > 0 else b""
        buffer[: len(data)] = data
        self._position += len(data)
        self._count(len(data))
        return len(data)

    def readall(self) -> bytes:
        """The rest of the member in large steps (io's own readall goes 8 kB at a time through every layer)."""
        parts = []
        while chunk := self.read(self.READALL_STEP):
            parts.append(chunk)
        return b"".join(parts)

    READALL_STEP = 1 << 20

    def _guarded(self, call: Callable[[], _T]) -> _T:
        """`call()`, whatever it raises from a damaged member turned into this member's UnreadableMember."""
        try:
            return call()
        except UnreadableMember:
            raise
        except READ_ERRORS as error:
            raise UnreadableMember(self._name, describe(error)) from None

    def close(self) -> None:
        if not self.closed:
            with contextlib.suppress(*READ_ERRORS):
                self._stream.close()
        super().close()


_ZIP_REASONS = (
    ("Bad CRC-32", "damaged: its checksum does not match (bad CRC-32)"),
    ("File name in directory", "damaged: its header does not match the zip's directory"),
    ("Bad magic number", "damaged: its header is not where the zip's directory says"),
    ("Truncated", "truncated zip member"),
    ("Overlapped", "refused: overlaps another member (a zip bomb?)"),
)


def describe(error: BaseException) -> str:
    """A short, one-line reason with no file content (nor file name) in it."""
    if isinstance(error, zipfile.BadZipFile):
        return next((why for key, why in _ZIP_REASONS if key in str(error)), "damaged zip member")
    if isinstance(error, zlib.error | lzma.LZMAError):
        return "damaged: its compressed data cannot be inflated"
    if isinstance(error, EOFError):
        return "truncated: its compressed data ends early"
    if isinstance(error, NotImplementedError):
        return "stored in a way this tool cannot read (an unsupported compression method or zip feature)"
    if isinstance(error, FileNotFoundError | KeyError):
        return "missing"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, tarfile.TarError):
        return "damaged tar member"
    if isinstance(error, UnicodeError):
        return "its name or header is not valid text"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    if isinstance(error, OSError) and str(error):
        return str(error).splitlines()[0].lower()
    return type(error).__name__
