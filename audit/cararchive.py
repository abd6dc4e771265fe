"""A bare `repo.car` (Bluesky's "Export my data") read as a one-file archive.

A CAR file is not a folder of members: it is the whole export in one file.  Wrapping it as an
`Archive` holding one member (named as the file is) lets the Bluesky fetcher read a bare
`.car`, a folder holding `repo.car` and blob files, or a zip of those, the same way.

It is recognised by its CAR v1 header (varint length, then a DAG-CBOR map `{"version": 1,
"roots": [...]}`), not by its name: people rename downloads, and a `.car` file that is not a
CAR should fail with one line, not an odd skip.  The framing helpers live here (not with the
fetcher) so the archive layer never imports a fetcher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from audit.archive import Archive

MAX_HEADER_BYTES = 64 * 1024
"""A real header is ~60 bytes (one root CID); anything near this is not a CAR."""


class CarError(Exception):
    """The CAR framing is broken (truncated, or a length that cannot be right)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_varint(stream: BinaryIO) -> int | None:
    """An unsigned LEB128 varint; None at a clean end of file, CarError when cut inside one."""
    value = shift = 0
    for count in range(10):
        byte = stream.read(1)
        if not byte:
            if count == 0:
                return None
            raise CarError("truncated inside a length prefix")
        value |= (byte[0] & 0x7F) << shift
        if byte[0] < 0x80:
            return value
        shift += 7
    raise CarError("a length prefix is longer than ten bytes")


def read_header(stream: BinaryIO) -> list[bytes]:
    """The CAR v1 header's root CIDs (raw bytes); CarError if this is not a CAR v1 file."""
    import libipld

    length = read_varint(stream)
    if length is None or not 0 < length <= MAX_HEADER_BYTES:
        raise CarError("not a CAR file (no header)")
    data = stream.read(length)
    if len(data) < length:
        raise CarError("not a CAR file (truncated header)")
    try:
        header: Any = libipld.decode_dag_cbor(data)
    except (ValueError, TypeError, OverflowError, RecursionError):
        raise CarError("not a CAR file (unreadable header)") from None
    if not isinstance(header, dict) or header.get("version") != 1 or not isinstance(header.get("roots"), list):
        raise CarError("not a CAR v1 file (unexpected header)")
    return [root for root in header["roots"] if isinstance(root, bytes)]


def looks_like_car(path: Path) -> bool:
    """Whether the file starts with a CAR v1 header (reads a few bytes, never the file)."""
    try:
        with open(path, "rb") as stream:
            read_header(stream)
    except (CarError, OSError):
        return False
    return True


class CarArchive(Archive):
    """One `.car` file, seen as an archive whose only member is the file itself."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._path = path
        self._name = path.name if path.name.lower().endswith(".car") else f"{path.name}.car"
        self._all = [self._name]

    def _raw_size(self, raw_name: str) -> int:
        return self._path.stat().st_size

    def _raw_open(self, raw_name: str) -> BinaryIO:
        if raw_name != self._name:
            raise KeyError(raw_name)
        return open(self._path, "rb")  # noqa: SIM115 - the caller closes it
