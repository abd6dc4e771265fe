"""Reading LinkedIn's CSV files as they really arrive (shared/formats/linkedin.md).

LinkedIn publishes no schema, and its files differ in small ways that break naive readers:
a UTF-8 BOM on some files, `\\r\\n` rows, a three-line "Notes:" preamble above the header of
`Connections.csv` (and, per one importer, above other headers too), a fully quoted header in
`messages.csv`, repeated column names in some files, multi-line quoted posts, and
backslash-escaped quotes reported in `Comments.csv`.  The 2018 export adds more: some of its
files (`Shares.csv`, `Logins.csv`, ...) are UTF-16LE with a BOM and separated by tabs, beside
UTF-8 comma files in the same zip, and its headers are spelt `Share Commentary` where later
ones write `ShareCommentary`.  So each file's encoding is told from its first bytes, its
delimiter from its header line, and it is streamed through the `csv` module; leading lines
are skipped until one parses as the header we expect, and columns are looked up by their
normalised name (first occurrence wins).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import BinaryIO
from urllib.parse import unquote

from audit.model import web_address

MAX_PREAMBLE_LINES = 20
"""Lines we look through for the header; the Connections preamble is three."""

csv.field_size_limit(max(csv.field_size_limit(), 4 * 1024 * 1024))
"""A long message thread's CONTENT can pass the csv module's 128 KiB default."""


class Row:
    """One data row, read by column name whatever the header's case or spacing."""

    __slots__ = ("_index", "_values", "_width")

    def __init__(self, index: dict[str, int], values: list[str], width: int) -> None:
        self._index = index
        self._values = values
        self._width = width

    @property
    def complete(self) -> bool:
        """Whether the row has every column of the header (a cut-off file's last row has not)."""
        return len(self._values) >= self._width

    def has(self, column: str) -> bool:
        """Whether the header names `column` (files of one name changed columns over the years)."""
        return norm(column) in self._index

    def get(self, column: str) -> str:
        position = self._index.get(norm(column))
        if position is None or position >= len(self._values):
            return ""
        return self._values[position].strip()


def norm(name: str) -> str:
    """`"Email Address"`, `email_address`, `EMAIL ADDRESS` and `EmailAddress` are one column
    (the 2018 `Share Commentary` is the later `ShareCommentary`)."""
    return re.sub(r"[\s_]+", "", name.strip().strip('"').lower())


def iter_rows(stream: BinaryIO, wanted: str | tuple[str, ...], *, backslash_quotes: bool = False) -> Iterator[Row]:
    """Each row of a LinkedIn CSV after the header that names column `wanted` (or any one of them).

    Raises ValueError if no header is found in the first lines (a file of another kind, or
    `LearningCoachMessages.csv` holding just "No conversations found"): the caller decides
    whether that matters.  `UnicodeDecodeError` and `csv.Error` reach the caller too.
    """
    text = io.TextIOWrapper(stream, encoding=sniff_encoding(stream), newline="")
    keys = {norm(name) for name in ((wanted,) if isinstance(wanted, str) else wanted)}
    found: tuple[dict[str, int], int, str] | None = None
    for _ in range(MAX_PREAMBLE_LINES):
        line = text.readline()
        if not line:
            break
        found = _header(line, keys)
        if found:
            break
    if found is None:
        raise ValueError(f"no '{wanted}' header")
    index, width, delimiter = found
    options: dict[str, object] = {"strict": False, "delimiter": delimiter}
    if backslash_quotes:
        # Reported for Comments.csv only ([C22]); elsewhere a backslash is kept as written.
        options["escapechar"] = "\\"
    for values in csv.reader(text, **options):  # type: ignore[arg-type]
        if any(value.strip() for value in values):
            yield Row(index, values, width)


def has_header(stream: BinaryIO, wanted: str) -> bool:
    """Whether the file's header names `wanted`; a file that cannot be decoded says no (its
    reader meets the same problem and reports it)."""
    try:
        next(iter_rows(stream, wanted), None)
    except (ValueError, csv.Error):  # UnicodeDecodeError is a ValueError
        return False
    return True


def _header(line: str, keys: set[str]) -> tuple[dict[str, int], int, str] | None:
    """(column positions, width, delimiter) if `line` is a header naming one of `keys`.

    Comma and tab are both tried: the one that splits the line into more columns wins, and a
    one-column header is tab-separated only if it holds a tab and no comma.
    """
    best: tuple[dict[str, int], int, str] | None = None
    for delimiter in (",", "\t"):
        names = [norm(cell) for cell in next(csv.reader([line], delimiter=delimiter, strict=False), [])]
        if not keys & set(names) or (best and len(names) <= best[1]):
            continue
        if len(names) == 1 and delimiter == "\t" and ("\t" not in line or "," in line):
            continue
        index: dict[str, int] = {}
        for position, name in enumerate(names):
            index.setdefault(name, position)  # repeated names: the first one
        best = (index, len(names), delimiter)
    return best


def sniff_encoding(stream: BinaryIO) -> str:
    """The codec for a file, from its first bytes: a UTF-8 or UTF-16 BOM, or UTF-16 without
    one (every other byte zero in ASCII text), else UTF-8."""
    head = _peek(stream, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # the codec reads the BOM and takes its byte order
    if len(head) == 4 and head[0] and not head[1] and head[2] and not head[3]:
        return "utf-16-le"
    if len(head) == 4 and not head[0] and head[1] and not head[2] and head[3]:
        return "utf-16-be"
    return "utf-8-sig"


def _peek(stream: BinaryIO, size: int) -> bytes:
    """The first bytes without consuming them; b"" if that cannot be done (then UTF-8 is
    assumed, and a damaged member is reported by the read that follows)."""
    try:
        peek = getattr(stream, "peek", None)
        if callable(peek):
            head = peek(size)
            return head[:size] if isinstance(head, bytes) else b""
        if stream.seekable():
            head = stream.read(size)
            stream.seek(0)
            return head
    except (OSError, ValueError, EOFError, RuntimeError, zlib.error, zipfile.BadZipFile):
        pass
    return b""


_MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d %b %Y", "%b %d, %Y", "%a %b %d %H:%M:%S %Y")


def parse_date(value: str, *, month_first: bool = False) -> datetime | None:
    """A UTC datetime from the spellings LinkedIn files use, or None (prose, "Not Available").

    `2024-03-14 10:02:11` (Shares, with or without ` UTC`), `Sep 2019` (Positions), `2013`
    (Education), `15 Jan 2024` (Connections), `Jan 3, 2026`, `Sat Sep 05 08:12:14 UTC 2026`.
    With `month_first`, also `2/3/18, 9:15 AM`: 3 February, as 2018's `Messages.csv` and
    `Job Applications.csv` write it (Apache Streams' template reads `MM/dd/YY, HH:mm a`).  It is
    asked for per file: an undated finding (Invitations) anchors its fingerprint on no date, and
    dating it now would make it a new finding.
    """
    text = value.strip().replace(" UTC", "").replace(" GMT", "")
    if not text:
        return None
    if month_first:
        try:
            return datetime.strptime(text, "%m/%d/%y, %I:%M %p").replace(tzinfo=UTC)
        except ValueError:
            pass
    if re.fullmatch(r"\d{4}", text):
        return datetime(int(text), 1, 1, tzinfo=UTC)
    month_year = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.? (\d{4})", text)
    if month_year and month_year.group(1).lower() in _MONTHS:
        return datetime(int(month_year.group(2)), _MONTHS[month_year.group(1).lower()], 1, tzinfo=UTC)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def bracket_list(value: str) -> list[str]:
    """`[ada]`, `[PERSONAL:https://a.example]`: the items without their type prefix.

    The separator between several items was never seen in a public fixture (UNVERIFIED);
    we split on commas, and keep the whole value if splitting leaves nothing.
    """
    inner = value.strip()
    if inner.startswith("[") and inner.endswith("]"):
        inner = inner[1:-1]
    items = []
    for part in inner.split(","):
        part = part.strip().strip("[]").strip()
        typed = re.match(r"^[A-Z_]{2,20}:(?!//)", part)
        items.append(part[typed.end() :] if typed else part)
    return [item for item in items if item] or ([value.strip()] if value.strip() else [])


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 (`Ã©` for `é`), reported in messages.csv (UNVERIFIED if current).

    Only applied when the text holds the tell-tale `Ã`/`Â` and re-decoding succeeds.
    """
    if "Ã" not in text and "Â" not in text:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


_SUFFIX = re.compile(r"[ _]\d+$")


def file_key(name: str) -> str:
    """`Shares_17529409.csv`, `shares.csv` -> "shares"; `Phone Numbers.csv` -> "phonenumbers"."""
    stem = PurePosixPath(name).name
    stem = stem[:-4] if stem.lower().endswith(".csv") else stem
    return re.sub(r"[\s_]+", "", _SUFFIX.sub("", stem)).lower()


def field_name(column: str) -> str:
    """Provenance field of a column: `School Name` -> `school_name` (detectors key on it)."""
    return re.sub(r"[^a-z0-9]+", "_", column.lower()).strip("_")


def linkedin_url(link: str | None) -> str | None:
    """A link the export gives (`ShareLink`, a comment's `Link`, an article's address) if it is
    LinkedIn's own page: the post, straight from the export.  Anything else is not offered."""
    return web_address(link.strip() if link else None, ("linkedin.com",))


def share_id(link: str) -> str | None:
    """`https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A71…` -> `urn:li:share:71…`."""
    if not link:
        return None
    found = re.search(r"urn:li:[A-Za-z]+:[^/?#&]+", unquote(link))
    return found.group(0) if found else link
