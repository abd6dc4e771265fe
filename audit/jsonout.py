"""What `profile-audit scan` prints, kept compactly while the scan runs and written piece by piece.

A scan of a big export can make tens of thousands of findings.  Kept as `Finding` objects and
printed as one string (the whole JSON document built, then dumped), they made memory grow with
every finding: 635 MiB for 82,000.  Here each finding is turned, as it is made, into the text it
will be printed as (its JSON object, or its lines of the summary) plus the few fields the
output is ordered and grouped by; the `Finding` itself is dropped.  The text is kept as UTF-8
bytes: a Python string holding one character past Latin-1 (the "…" that starts most excerpts)
takes two bytes for every character, so the same text as a string took twice the memory (34
against 17 MiB for 20,000 findings).  At the end the rows are sorted riskiest first (ties in the
scan's order, as `report.sort_by_risk`) and written out finding by finding, never as one string.

The bytes are exactly those of `report.dumps` (the `profile-audit.findings/1` document, or 1.1
with statuses) and `report.summary`, followed by a line break as `print` adds one.

The printed texts themselves are not held in memory either: each goes, as it is made, to an
unnamed file in the data folder (`_Spool`: created 0600 in the 0700 folder and unlinked at once,
so no other process can open it and nothing is left behind), and a row keeps only its offset and
length.  So the scan's memory no longer grows by the text of every finding (17 MiB for 38,572).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import IO, Any, TextIO

from audit import jsonindent
from audit.errors import AuditError
from audit.fetchers import platform_titles
from audit.model import Finding
from audit.paths import data_home
from audit.pipeline import ScanResult
from audit.report import (
    SCHEMA,
    SCHEMA_WITH_STATUS,
    finding_json,
    finding_lines,
    kind_heading,
    no_findings,
    risk_key,
    sources_json,
    summary_footer,
    summary_head,
)
from audit.state import AuditState

_Row = tuple[int, bool, float, float, int, str, str, str, tuple[str, ...], int, int]
"""risk key (4), the scan's order, kind, visibility, platform, clauses, where the printed text (UTF-8)
is in the spool (offset, length)."""
_FINDINGS_LEVEL = "\n    "
"""A finding object sits two levels deep in the document: each of its lines is indented by 4."""
_UTF8, _ANY = "utf-8", "surrogatepass"
"""How the printed text is kept: "surrogatepass" gives back any string as it was, even one holding
half of a character (a lone surrogate an export's JSON escaped), which plain UTF-8 refuses."""


class ScanOutput:
    """Collects findings (`add`, a `scan(on_finding=...)` sink) and writes the output (`write`)."""

    def __init__(self, *, as_json: bool, state: AuditState | None = None) -> None:
        self.as_json = as_json
        self._state = state
        self._titles = platform_titles()
        self._rows: list[_Row] = []
        self._spool = _Spool()

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, finding: Finding, order: int) -> None:
        """Keep one finding as its printed text; `order` is its place in the scan's order."""
        if self.as_json:
            text = _text(finding_json(finding, self._state), _FINDINGS_LEVEL)
        else:
            text = "\n".join(finding_lines(finding, self._titles))
        visibility, platform = finding.visibility, finding.platform
        at = self._spool.put(text.encode(_UTF8, _ANY))
        self._rows.append((*risk_key(finding), order, finding.kind, visibility, platform, finding.clauses, *at))

    def add_all(self, findings: Iterable[Finding]) -> None:
        for order, finding in enumerate(findings):
            self.add(finding, order)

    def write(self, out: TextIO, result: ScanResult) -> None:
        """Print the document or summary of `result.sources` and the collected findings."""
        self._rows.sort()  # the order number is unique, so later fields never decide
        pieces = self._json(result) if self.as_json else self._summary(result)
        try:
            for piece in pieces:
                out.write(piece)
            out.write("\n")
        finally:
            self._spool.close()

    def _text(self, row: _Row) -> str:
        return self._spool.get(row[-2], row[-1]).decode(_UTF8, _ANY)

    def _json(self, result: ScanResult) -> Iterator[str]:
        schema = SCHEMA if self._state is None else SCHEMA_WITH_STATUS
        head = json.dumps(
            {"schema": schema, "sources": sources_json(result), "findings": []}, indent=2, ensure_ascii=False
        )
        if not self._rows:
            yield head
            return
        yield head.removesuffix("[]\n}") + "["
        for index, row in enumerate(self._rows):
            yield ("," if index else "") + _FINDINGS_LEVEL + self._text(row)
        yield "\n  ]\n}"

    def _summary(self, result: ScanResult) -> Iterator[str]:
        head = summary_head(result)
        if not self._rows:
            yield "\n".join([*head, *no_findings(result)])
            return
        yield from _joined(self._summary_lines(head))

    def _summary_lines(self, head: list[str]) -> Iterator[str]:
        grouped: dict[str, list[_Row]] = {}
        for row in self._rows:
            grouped.setdefault(row[5], []).append(row)
        unknown_platforms: list[str] = []
        yield from head
        for kind, rows in grouped.items():
            yield ""
            yield kind_heading(kind, len(rows), rows[0][8])
            for row in rows:
                yield self._text(row)
                if row[6] == "unknown" and row[7] not in unknown_platforms:
                    unknown_platforms.append(row[7])
        yield from summary_footer(unknown_platforms, Counter(row[6] for row in self._rows))


class _Spool:
    """The findings' printed texts, appended to an unnamed file and read back in the output's order.

    The file is made in the data folder (0700) with `tempfile.TemporaryFile`: 0600, and unlinked as
    it is made, so it has no name another process could open and vanishes when closed or when the
    process ends, however it ends.  Where the data folder cannot be made, the texts stay in memory
    (as before): the output must not fail for want of a place to spool it."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._memory: list[bytes] | None = None
        self._size = 0

    def put(self, data: bytes) -> tuple[int, int]:
        if self._file is None and self._memory is None:
            try:
                self._file = tempfile.TemporaryFile(dir=data_home())  # noqa: SIM115 (closed in `close`)
            except (OSError, AuditError):
                self._memory = []
        if self._file is None:
            assert self._memory is not None
            self._memory.append(data)
            return len(self._memory) - 1, len(data)
        at = self._size
        if self._file.tell() != at:
            self._file.seek(at)  # a read (`get`) moved it: texts are only ever appended
        self._file.write(data)
        self._size += len(data)
        return at, len(data)

    def get(self, offset: int, length: int) -> bytes:
        if self._file is None:
            assert self._memory is not None
            return self._memory[offset]
        self._file.seek(offset)
        return self._file.read(length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _text(value: Any, newline: str) -> str:
    """`jsonindent.dumps(value, newline)`, the same text: a finding is strings, a number, nulls,
    lists of strings and one small object, written here (a finding's text in two thirds of the
    time); anything else is `jsonindent`'s to write."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is float and value - value == 0:  # not NaN or an infinity, which JSON spells by name
        return float.__repr__(value)
    inner = newline + jsonindent.INDENT
    if kind is list and value:
        try:  # strings only (the standard library's encoder refuses anything else)
            return "[" + inner + ("," + inner).join(map(encode_basestring, value)) + newline + "]"
        except TypeError:
            return jsonindent.dumps(value, newline)
    if kind is dict and value:
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                return jsonindent.dumps(value, newline)  # as the standard library words such a key
            parts.append(encode_basestring(key) + ": " + _text(item, inner))
        return "{" + inner + ("," + inner).join(parts) + newline + "}"
    return jsonindent.dumps(value, newline)


def _joined(lines: Iterable[str]) -> Iterator[str]:
    """`"\\n".join(lines)`, a line at a time."""
    for index, line in enumerate(lines):
        yield ("\n" if index else "") + line
