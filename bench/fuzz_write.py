"""Writing a case to disk: a folder, a zip, a tar.gz or a bare CAR, header lies and all.

Why: the mutations that live in headers (a name flagged UTF-8 that is not, an unknown method,
encryption, a newer version, a damaged deflate stream, a bomb, duplicate names) cannot be made
with `zipfile`, so `zip_bytes` writes a zip field by field; a case with none of them is written
by the fixtures' own `write_tree`, as the tests write exports.
"""

from __future__ import annotations

import io
import os
import struct
import tarfile
import zlib
from functools import lru_cache
from pathlib import Path

from bench.fuzz_cases import MB, Case, Entry


def write_case(case: Case, folder: Path) -> Path:
    """The case as a folder, zip, tar.gz or bare CAR under `folder`, header lies and all."""
    from fixtures.exportkit import write_tree

    names = [e.name for e in case.entries]
    plain = len(set(names)) == len(names) and all(
        e.raw_name is None and e.link is None and not (e.flags or e.corrupt or e.pad or e.method) and e.version == 20
        for e in case.entries
    )
    if case.container == "car":
        path = folder / case.entries[0].name.rpartition("/")[2]
        path.write_bytes(case.entries[0].data)
    elif case.container == "tar":
        path = folder / "archive-20240301-0a1b2c.tar.gz"
        with tarfile.open(path, "w:gz", compresslevel=6) as tar:
            for entry in case.entries:
                info = tarfile.TarInfo(entry.name)
                if entry.link:
                    info.type, info.linkname = tarfile.SYMTYPE, entry.link
                    tar.addfile(info)
                else:
                    info.size = len(entry.data)
                    tar.addfile(info, io.BytesIO(entry.data))
    elif case.container == "zip":
        path = folder / "export.zip"
        if plain:
            write_tree({e.name: e.data for e in case.entries}, path, as_zip=True)
        else:
            path.write_bytes(zip_bytes(case.entries))
    else:
        path = folder / "export"
        if plain:
            write_tree({e.name: e.data for e in case.entries}, path)
        else:
            _write_folder(case.entries, path)
    for how, where in case.raw:
        data = bytearray(path.read_bytes())
        at = int(where * len(data))
        if how == "truncate":
            del data[at:]
        elif data:
            data[min(at, len(data) - 1)] ^= 0xA5
        path.write_bytes(bytes(data))
    return path


def _write_folder(entries: list[Entry], path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        target = os.fsencode(path) + b"/" + (entry.raw_name or entry.name.encode())
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if entry.link:
                os.symlink(entry.link, target)
            else:
                Path(os.fsdecode(target)).write_bytes(entry.data)
        except OSError:
            continue  # a name that is both a file and a folder: the later one is dropped


def zip_bytes(entries: list[Entry]) -> bytes:
    """A zip written field by field, so a member can carry any flag, method, version or damage."""
    out, central = bytearray(), bytearray()
    for entry in entries:
        name = entry.raw_name or entry.name.encode()
        flags = entry.flags | (0x800 if entry.raw_name is None and not entry.name.isascii() else 0)
        body, crc, size = _deflate(entry)
        for at in entry.corrupt:
            if body:
                body[at % len(body)] ^= 0x5A
        method = 8 if entry.method is None else entry.method
        fixed = (entry.version, flags, method, 0, 0x21, crc, len(body), size, len(name))
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fixed, 0, 0, 0, 0, 0o100644 << 16, len(out)) + name
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fixed, 0) + name + body
    count = len(entries)
    return bytes(out + central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0))


def _deflate(entry: Entry) -> tuple[bytearray, int, int]:
    squeeze = zlib.compressobj(6, zlib.DEFLATED, -15)
    if not entry.pad:
        return bytearray(squeeze.compress(entry.data) + squeeze.flush()), zlib.crc32(entry.data), len(entry.data)
    body = bytearray(squeeze.compress(entry.data) + squeeze.flush(zlib.Z_SYNC_FLUSH)) + _spaces_deflated(entry.pad)
    crc, chunk = zlib.crc32(entry.data), b" " * MB
    for _ in range(entry.pad // MB):
        crc = zlib.crc32(chunk, crc)
    return body, crc, len(entry.data) + entry.pad


@lru_cache(maxsize=4)
def _spaces_deflated(size: int) -> bytes:
    """`size` spaces as a raw deflate stream that may follow a sync-flushed one."""
    squeeze, chunk = zlib.compressobj(9, zlib.DEFLATED, -15), b" " * MB
    return b"".join(squeeze.compress(chunk) for _ in range(size // MB)) + squeeze.flush()
