"""A seekable view of a photo streamed out of an archive, read only as far as it is asked.

A member of a tar (or a bzip2 or LZMA zip member) cannot seek, and copying a whole 4 MB
photo out of it to read a 20 kB header made the metadata pass decompress every byte of every
photo (30 photos a second).  Folders' files and stored or deflated zip members can seek
(`audit.ziparchive`): they get a small buffer of their own and the walkers seek past the image data.
Kept apart from the header walkers (`detectors.photo_headers`, `detectors.photo_heif`) because
it is about streams, not about any image format.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, cast


class ReadAhead(io.RawIOBase):
    """A seekable view of a forward-only stream that reads its source only as far as it is asked.

    For the members that cannot seek (a tar member, a bzip2 or LZMA zip member).  A JPEG's
    EXIF and XMP sit in its first segments and a PNG's before its image data, so their header
    parse reads a few kilobytes; a WebP's EXIF chunk, usually at the end, and a HEIC's Exif
    item are read through.  What has been read is kept, so seeking back works.
    """

    CHUNK = 16 * 1024
    WHOLE = 1 << 20

    def __init__(self, source: BinaryIO) -> None:
        super().__init__()
        self._source = source
        self._data = bytearray()
        self._position = 0
        self._ended = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            self._fill(None)
            offset += len(self._data)
        elif whence == io.SEEK_CUR:
            offset += self._position
        self._position = max(0, offset)
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        end = None if size is None or size < 0 else self._position + size
        self._fill(end)
        data = bytes(self._data[self._position : end])
        self._position += len(data)
        return data

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _fill(self, end: int | None) -> None:
        """Read from the source until `end` bytes are held (or all of it, for None)."""
        while not self._ended and (end is None or len(self._data) < end):
            # never read(-1): a raw stream's readall would go 8 kB at a time, through every layer
            want = self.WHOLE if end is None else max(end - len(self._data), self.CHUNK)
            chunk = self._source.read(want)
            if not chunk:
                self._ended = True
            self._data += chunk


@contextmanager
def seekable_view(stream: BinaryIO) -> Iterator[BinaryIO]:
    """A seekable view of `stream` for the header walkers, from its start.

    An archive member that can seek (a folder's file, a stored or deflated zip member) is
    read through a small buffer of its own over its raw layer: the member's 256 kB buffer
    would fill (and in a zip, inflate) a quarter of a megabyte to read a 12-byte signature,
    and a seek past the image data then skips it in the layer below.  A member that can only
    be read forward (a tar member, a bzip2 or LZMA zip member) gets a `ReadAhead`.  The view
    is let go of afterwards, never closed: the stream is its caller's to close.
    """
    raw = unbuffered(stream)
    if raw.seekable() and raw is not stream:
        view = io.BufferedReader(cast(io.RawIOBase, raw), buffer_size=VIEW_BUFFER)
        try:
            yield cast(BinaryIO, view)
        finally:
            view.detach()
    else:
        yield stream if stream.seekable() else cast(BinaryIO, ReadAhead(raw))


VIEW_BUFFER = 16 * 1024
"""Enough for a JPEG's or HEIC's header boxes in one or two reads."""


def unbuffered(stream: BinaryIO) -> BinaryIO:
    """The raw stream under a fresh buffered reader (an archive member, not yet read from): its
    buffer would fill, and in a zip decompress, a quarter of a megabyte to read a 12-byte
    signature.  The raw layer is the one that counts and guards the reads, so nothing is lost."""
    raw = getattr(stream, "raw", None) if isinstance(stream, io.BufferedReader) else None
    return raw if raw is not None and raw.readable() else stream
