"""When a kept scan still holds: the key of `audit.cache`, which nothing that made it may change.

A kept scan is given back only if none of these has changed since it was made:

- the export: for a zip, its size, modification time and a hash of its central directory (every
  member's name, size and CRC-32, which is a hash of its content: read without inflating a
  byte); for a tar or a Bluesky `.car`, which have no index, a hash of the whole file (about
  1 GB/s, several times faster than inflating it); for an unpacked folder, every file's name,
  size, modification time and permissions (hashing a whole folder costs what reading it does);
- the tool: its version, `detectors.RULES_VERSION`, a hash of every file of the `audit` and
  `detectors` packages (so the shipped models and their calibration, the word lists and any
  edit to the code: about 3 MB, hashed once a run), and the versions of Python and spaCy;
- the school profile, field by field;
- the fingerprint key: the file is named by a keyed hash of the sources as given, so a new key
  is a new name, and a finding's id never comes from an old key.

A public page is never kept (scanning one is fetching it afresh), nor a source that is not
there or not an export: the scan says why in its own words.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import platform
import stat
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import audit
import detectors
from audit.__about__ import __version__
from audit.archive import TAR_SUFFIXES
from audit.cararchive import looks_like_car
from audit.errors import AuditError
from audit.fetchers.public_page import is_address
from audit.model import fingerprint_key
from audit.paths import CACHE_FOLDER, data_home_path
from detectors.base import SchoolProfile

FORMAT = 1
"""The kept file's layout (`audit.cache`); part of every stamp."""
SUFFIX = ".findings"


@dataclass(frozen=True, slots=True)
class CacheKey:
    """Where the scan of some sources is kept, and the stamp the kept scan must carry."""

    path: Path
    stamp: str


def cache_key(sources: Sequence[Path | str], school: SchoolProfile | None) -> CacheKey | None:
    """The key for a scan of `sources`; None when it cannot be kept (a public page among them, or
    a source that cannot be looked at: the scan itself will then say why, in its own words)."""
    try:
        if not sources or any(is_address(source) for source in sources):
            return None
        export = _export_stamp([Path(source) for source in sources])
        if export is None:
            return None
        named = b"\0".join(os.fsencode(Path(source)) for source in sources)
        name = hashlib.blake2b(named, key=fingerprint_key(), person=b"scan-cache", digest_size=16).hexdigest()
        tool = _tool_stamp()
    except (AuditError, OSError, ValueError):  # the scan meets the same trouble and says so
        return None
    school_text = json.dumps(dataclasses.asdict(school), sort_keys=True) if school is not None else "none"
    stamp = hashlib.blake2b("\0".join((str(FORMAT), tool, school_text, export)).encode(), digest_size=20)
    return CacheKey(data_home_path() / CACHE_FOLDER / f"{name}{SUFFIX}", stamp.hexdigest())


@lru_cache(maxsize=1)
def _tool_stamp() -> str:
    """What the code, rules and models are, computed once a run (about 3 MB to hash)."""
    from importlib import metadata  # here, not for the app's first screen: it has no cache to read

    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{__version__}\0{detectors.RULES_VERSION}\0{platform.python_version()}\0".encode())
    with contextlib.suppress(metadata.PackageNotFoundError):
        digest.update(metadata.version("spacy").encode())
    for package in (audit, detectors):
        root = Path(package.__file__ or "").parent
        for path in sorted(root.rglob("*")):
            if "__pycache__" not in path.parts and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _export_stamp(paths: list[Path]) -> str | None:
    digest = hashlib.blake2b(digest_size=20)
    for path in paths:
        part = _path_stamp(path)
        if part is None:
            return None
        digest.update(os.fsencode(path) + b"\0" + part)
    return digest.hexdigest()


def _path_stamp(path: Path) -> bytes | None:
    """One source as it stands on disk (see the module's docstring for what counts)."""
    facts = os.stat(path)
    if stat.S_ISDIR(facts.st_mode):
        return b"folder" + _folder_stamp(path)
    if not stat.S_ISREG(facts.st_mode):
        return None
    directory = _zip_directory(path, facts.st_size)
    if directory is not None:
        return b"zip" + _facts(facts) + directory
    if path.name.lower().endswith(TAR_SUFFIXES) or looks_like_car(path):
        with open(path, "rb") as stream:
            whole = hashlib.file_digest(stream, lambda: hashlib.blake2b(digest_size=20)).digest()
        return b"file" + _facts(facts) + whole
    return None  # not an export the scan will read: it says so, and nothing is kept


def _facts(facts: os.stat_result) -> bytes:
    return struct.pack("<QqI", facts.st_size, facts.st_mtime_ns, facts.st_mode)


def _folder_stamp(root: Path) -> bytes:
    """Every entry's name, kind, size, modification time and permissions; links not followed."""
    digest = hashlib.blake2b(digest_size=20)
    pending = [""]
    while pending:
        relative = pending.pop()
        try:
            with os.scandir(root / relative) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:  # the scan names an unlistable folder; a change of it is a change
            digest.update(b"unlisted\0" + os.fsencode(relative) + f"\0{error.errno}\0".encode())
            continue
        for entry in entries:
            name = f"{relative}/{entry.name}" if relative else entry.name
            digest.update(os.fsencode(name) + b"\0" + _facts(entry.stat(follow_symlinks=False)))
            if entry.is_dir(follow_symlinks=False):
                pending.append(name)
    return digest.digest()


def _zip_directory(path: Path, size: int) -> bytes | None:
    """A hash of a zip's central directory and end records, or None if the file is not a zip."""
    with open(path, "rb") as stream:
        tail_size = min(size, 22 + 0xFFFF)
        stream.seek(size - tail_size)
        tail = stream.read(tail_size)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return None
        entries, directory_size, offset, comment = struct.unpack_from("<HLLH", tail, at + 10)
        if at + 22 + comment != len(tail):
            return None
        end = size - tail_size + at
        if 0xFFFFFFFF in (directory_size, offset) or entries == 0xFFFF:  # zip64: its own end record
            stream.seek(max(0, end - 20 - 56))
            records = stream.read(76)
            if end < 76 or records[:4] != b"PK\x06\x06" or records[56:60] != b"PK\x06\x07":
                return None
            directory_size = struct.unpack_from("<Q", records, 40)[0]
            end -= 76
        if directory_size > end:
            return None
        stream.seek(end - directory_size)
        digest = hashlib.blake2b(digest_size=20)
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.digest()
