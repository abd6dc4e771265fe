"""A quick re-check: a scan's findings, kept for as long as nothing that made them has changed.

Scanning a 1 GB export again next week (`scan --state`, or the app opened again) should take
seconds, not the minutes it takes to read and check every item.  So a scan keeps what it made
(every finding with its place in the scan's order, and each source's report: items read, files
it could not read) in one file of the data folder, and the next scan of the same sources gives
that back without opening, parsing or checking anything, as long as its key still holds
(`audit.recheck_cache`: the export, the tool and its models, the school profile, the key).

Per export, not per member: a fetcher reads several members to make one item (X's media beside
its tweets, Instagram's owner from its profile), findings are de-duplicated across the whole
scan, and a likely home or workplace is worked out from every position at once, so the findings
of one member cannot honestly be told apart from those of the others.  A changed member means a
full scan; an unchanged export, the common re-check, costs reading one small file.

The file holds the values found, so it is personal data: written with `write_private` (0600, in
a 0700 folder of the data folder, atomically), never beside the export, removed by `profile-audit
forget`, and only the last `KEEP` exports are kept.  Reading never stops a scan: a missing or
outdated file is a plain miss; a damaged one is named in one line (a log note that never holds
a value), removed, and the scan runs in full and writes it again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import operator
import os
import re
import stat
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.model import Finding
from audit.paths import STALE_AFTER, write_private
from audit.recheck_cache import FORMAT, SUFFIX, CacheKey, cache_key
from detectors.base import Explanation

if TYPE_CHECKING:  # importing the fetchers package imports every platform's fetcher: only when a kept scan is read
    from audit.fetchers.base import SourceReport

__all__ = ["KEEP", "CacheKey", "CacheWriter", "Kept", "cache_key", "load"]

KEEP = 4
"""Exports whose last scan is kept; the least recently used goes first."""
MAX_BYTES = 128 * 1024**2
"""A scan whose kept form grows past this (compressed; about 100 bytes a finding) is not kept."""
_TEMPORARY = re.compile(r"\..+" + re.escape(SUFFIX) + r"\.[a-z0-9_]{8}")
_FIELDS = tuple(field.name for field in dataclasses.fields(Finding))
_VALUES = operator.attrgetter(*_FIELDS)
_CONVERTED_TO_PLAIN = tuple(1 + _FIELDS.index(name) for name in ("created_at", "explanation"))
"""Where a kept row (the order, then the fields) holds what JSON has no type for."""
_ENCODE = json.JSONEncoder(separators=(",", ":")).encode
"""`json.dumps(row, separators=(",", ":"))`, without making an encoder for every row."""
ROWS_PACKED = 256
_log = logging.getLogger(__name__)
Sink = Callable[[Finding, int], None]


class _Damaged(Exception):
    """The kept file is not what a scan wrote (cut short, flipped bytes, wrong shape)."""


class _Outdated(Exception):
    """The kept file belongs to another version of the tool, school profile or export."""


class CacheWriter:
    """Takes a scan's findings as they are made (compressed, about 100 bytes each) and writes
    them with the sources' reports once the scan is whole (`commit`)."""

    def __init__(self, key: CacheKey) -> None:
        self.key = key
        self._packer = zlib.compressobj(1)
        self._chunks: list[bytes] | None = []
        self._rows: list[str] = []
        self._size = 0
        self._count = 0
        self._put({"format": FORMAT, "stamp": key.stamp})

    def add(self, finding: Finding, order: int) -> None:
        row = [order, *_VALUES(finding)]  # as `_plain` gives each (tuples are JSON's lists as they are)
        for index in _CONVERTED_TO_PLAIN:
            if row[index] is not None:
                row[index] = _plain(row[index])
        self._put(row)
        self._count += 1

    def tee(self, sink: Sink) -> Sink:
        """`sink`, with each finding kept on its way to it."""

        def both(finding: Finding, order: int) -> None:
            self.add(finding, order)
            sink(finding, order)

        return both

    def commit(self, sources: Sequence[SourceReport], findings: Sequence[Finding] = ()) -> bool:
        """Write the kept scan (replacing any older one of these sources), with `findings` in the
        scan's order if they were not `add`ed as they were made; False if it was not kept."""
        for order, finding in enumerate(findings):
            self.add(finding, order)
        reports = [
            [r.source, r.platform, r.items, r.current_file, [[u.path, u.reason] for u in r.unreadable]] for r in sources
        ]
        self._put({"end": self._count, "sources": reports})
        self._pack()
        if self._chunks is None:
            return False
        data = b"".join(self._chunks) + self._packer.flush()
        folder = self.key.path.parent
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            if stat.S_IMODE(folder.stat().st_mode) != 0o700:
                folder.chmod(0o700)
            write_private(self.key.path, data)
            _prune(folder)
        except OSError as error:
            _log.warning("%s: this scan could not be kept for a quick re-check (%s)", folder, _why(error))
            return False
        return True

    def _put(self, row: object) -> None:
        if self._chunks is not None:
            self._rows.append(_ENCODE(row))
            if len(self._rows) >= ROWS_PACKED:
                self._pack()

    def _pack(self) -> None:
        """Compress the rows kept so far (a few hundred at a time: one call per row cost more
        than the rows' own text)."""
        if self._chunks is None or not self._rows:
            return
        chunk = self._packer.compress(("\n".join(self._rows) + "\n").encode())
        self._rows.clear()
        self._chunks.append(chunk)
        self._size += len(chunk)
        if self._size > MAX_BYTES:
            self._chunks = None  # too big to keep: the next scan runs in full


@dataclass(slots=True)
class Kept:
    """A scan kept by an earlier run: its sources' reports, and its findings (`replay`)."""

    sources: list[SourceReport]
    findings: list[Finding] | None
    """In the scan's order, when `load` was asked to collect them."""
    _data: bytes

    def replay(self) -> Iterator[tuple[Finding, int]]:
        """Each finding with its place in the scan's order, as the scan sent them."""
        for row in _rows(self._data):
            if isinstance(row, list):
                yield _finding(row[1:]), row[0]


def load(key: CacheKey, *, collect: bool) -> Kept | None:
    """The kept scan for `key`, checked whole before anything is given out; None on any doubt.

    With `collect` the findings are gathered in the scan's order (`Kept.findings`); without, the
    file is only checked, and `Kept.replay` reads them again, one by one, from the same bytes.
    """
    try:
        with open(key.path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        _log.warning(
            "%s: the findings kept from the last scan could not be read (%s); scanning afresh", key.path, _why(error)
        )
        return None
    try:
        kept = _check(data, key.stamp, collect)
    except _Outdated:
        return None
    except Exception as error:  # damaged, or a bug: never the end of the scan, never a value shown
        reason = str(error) if isinstance(error, _Damaged) else type(error).__name__
        _log.warning("%s: the findings kept from the last scan are damaged (%s); scanning afresh", key.path, reason)
        with contextlib.suppress(OSError):
            key.path.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):
        os.utime(key.path)  # used: kept longest
    return kept


def _check(data: bytes, stamp: str, collect: bool) -> Kept:
    from audit.fetchers.base import SourceReport, Unreadable

    rows = _rows(data)
    header = next(rows, None)
    if not isinstance(header, dict) or "format" not in header:
        raise _Damaged("no header")
    if header["format"] != FORMAT or header.get("stamp") != stamp:
        raise _Outdated
    found: list[Finding | None] = []
    for count, row in enumerate(rows):
        if isinstance(row, dict):
            if row.get("end") != count or next(rows, None) is not None:
                raise _Damaged("findings missing")
            sources = [SourceReport(s, p, i, [Unreadable(*u) for u in un], cur) for s, p, i, cur, un in row["sources"]]
            findings = _in_order(found) if collect else None
            return Kept(sources, findings, data)
        if not collect:  # checked for shape only: `Kept.replay` makes the findings
            if not isinstance(row, list) or len(row) != len(_FIELDS) + 1 or not isinstance(row[0], int):
                raise _Damaged("a finding of another shape")
            continue
        finding, order = _finding(row[1:]), row[0]
        found.extend([None] * (order + 1 - len(found)))
        if found[order] is not None:
            raise _Damaged("a finding kept twice")
        found[order] = finding
    raise _Damaged("cut short")


def _in_order(found: list[Finding | None]) -> list[Finding]:
    if any(finding is None for finding in found):
        raise _Damaged("a gap in the findings")
    return [finding for finding in found if finding is not None]


def _rows(data: bytes) -> Iterator[Any]:
    """The rows of a kept scan; _Damaged if its compressed stream is cut short or altered."""
    inflater = zlib.decompressobj()
    rest = b""
    for at in range(0, len(data), 1 << 20):
        try:
            lines = (rest + inflater.decompress(data[at : at + (1 << 20)])).split(b"\n")
        except zlib.error as error:
            raise _Damaged(f"not readable: {error}") from None
        rest = lines.pop()
        if lines:  # one parse per megabyte, not one per row: a re-check is mostly this
            yield from json.loads(b"[" + b",".join(lines) + b"]")
    if not inflater.eof or inflater.unused_data or rest:
        raise _Damaged("cut short")


def _plain(value: object) -> object:
    """A finding's field as JSON holds it."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Explanation):
        return [value.signal, value.reason, list(value.cues), list(value.filters)]
    return list(value) if isinstance(value, tuple) else value


_FROM_PLAIN: dict[str, Callable[[Any], object]] = {
    "clauses": tuple,
    "evidence": tuple,
    "created_at": datetime.fromisoformat,
    "explanation": lambda parts: Explanation(parts[0], parts[1], tuple(parts[2]), tuple(parts[3])),
}
_CONVERTED = tuple((_FIELDS.index(name), convert) for name, convert in _FROM_PLAIN.items())


def _finding(values: list[Any]) -> Finding:
    """A finding from its kept row (the fields in `Finding`'s own order)."""
    if len(values) != len(_FIELDS):
        raise _Damaged("a finding of another shape")
    for index, convert in _CONVERTED:
        if values[index] is not None:
            values[index] = convert(values[index])
    return Finding(*values)


def _prune(folder: Path) -> None:
    """Keep the `KEEP` most recently used scans; sweep temporary files a killed write left.
    Another scan pruning at the same moment may have removed a file first: that is no error."""
    kept: list[tuple[float, str]] = []
    stale = time.time() - STALE_AFTER
    with os.scandir(folder) as listing:
        for entry in listing:
            with contextlib.suppress(FileNotFoundError):
                facts = entry.stat(follow_symlinks=False)
                if entry.name.endswith(SUFFIX) and stat.S_ISREG(facts.st_mode):
                    kept.append((facts.st_mtime, entry.path))
                elif _TEMPORARY.fullmatch(entry.name) and facts.st_mtime < stale:
                    os.unlink(entry.path)
    for _, path in sorted(kept, reverse=True)[KEEP:]:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def _why(error: OSError) -> str:
    return error.strerror or type(error).__name__
