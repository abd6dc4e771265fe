"""LinkedIn job applications: a value copied into every application is one thing, read once.

`Job Applications.csv` (seen in the 2024 Complete export) has one row per application, and
LinkedIn fills each row's `Contact Email` and `Contact Phone Number` from the profile: a person
who applied for 30 jobs has the same phone 30 times.  Read row by row that is 30 findings of
one fact, and the list a person has to work through drowns in copies.  So rows are grouped by
value, per column, and each distinct value is handed out once.  Typed answers repeat too:
`Question And Answers` holds `Question:Answer` pairs joined by ` | ` (seen in a real 2024
export), and the e-mail and phone questions come back in every form while the rest of the
form differs, so that column is split into its pairs and each distinct pair is one value.

Which row stands for the group: the earliest application (undated rows last).  Its job URL is
the item's id, and a finding's fingerprint is built from that id, so the finding stays the same
finding in the next export for as long as that application is listed, and is the very one an
earlier, row-by-row scan made for that application.

The other applications are counted in `Repeat.count` but cannot reach the finding yet: an
`Item` has no field for "also in N other places" (detectors/base.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from audit.fetchers.linkedin_csv import Row, parse_date

_LAST = datetime.max.replace(tzinfo=UTC)


@dataclass
class Repeat:
    """One distinct value of one column, at the row that stands for all its copies."""

    column: str
    value: str
    """As written in the representative row."""
    first: Row
    count: int = 1
    """How many rows of this file hold it."""


class Repeats:
    """Groups repeated values of some columns across every file of one kind (LinkedIn may
    split a long list into `Job Applications.csv`, `Job Applications_1.csv`, ...)."""

    def __init__(
        self, columns: tuple[str, ...], split: dict[str, str] | None = None, date_column: str = "Application Date"
    ) -> None:
        self._columns = columns
        self._split = split or {}
        self._date_column = date_column
        self._given: set[tuple[str, str]] = set()

    def distinct(self, rows: Iterable[Row]) -> Iterator[Repeat]:
        """Each value of this file not handed out from an earlier file, once, in order of first
        appearance.  The file is read to its end first: the earliest row may come last."""
        groups: dict[tuple[str, str], tuple[datetime, Repeat]] = {}
        for row in rows:
            when = parse_date(row.get(self._date_column), month_first=True) or _LAST
            for column, value in self._values(row):
                key = (column, same_value(column, value))
                if not key[1] or key in self._given:
                    continue
                held = groups.get(key)
                if held is None:
                    groups[key] = (when, Repeat(column, value, row))
                    continue
                held[1].count += 1
                if when < held[0]:
                    groups[key] = (when, Repeat(column, value, row, held[1].count))
        for key, (_, repeat) in groups.items():
            self._given.add(key)
            yield repeat

    def _values(self, row: Row) -> Iterator[tuple[str, str]]:
        """(column, value) of a row; a split column gives each of its parts, once."""
        for column in self._columns:
            value = row.get(column)
            separator = self._split.get(column)
            parts = dict.fromkeys(part.strip() for part in value.split(separator)) if separator else [value]
            for part in parts:
                yield column, part


def same_value(column: str, value: str) -> str:
    """What makes two spellings one value: a phone's digits (`+44 7700 …` is `07700 …`),
    otherwise the text in lower case with its spacing collapsed."""
    text = " ".join(value.lower().split())
    if "phone" in column.lower():
        digits = re.sub(r"^(?:0044|44)(?=\d{10}$)", "0", re.sub(r"\D", "", value))
        return digits or text
    return text
