"""What the Facebook and Instagram fetchers share: Meta's "Download your information" machinery.

Both platforms come out of the same exporter, so both need the same things: recognise an
export by the folders at its root (a later zip part may hold no marker file at all, only
`your_facebook_activity/posts/media/...`), stream each JSON member whatever its top-level
shape (a bare list, `{"comments_v2": [...]}`, or one bare record), repair the mojibake in
every record, and hand out media lazily.  Files are matched by path *suffix*, because donated
exports show the same files under extra prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher
from audit.fetchers.jsonstream import iter_array
from audit.fetchers.meta_html import HtmlRecord, page_records, page_text, parse_page
from audit.fetchers.meta_labels import (
    ADDRESS_LABELS,
    COORDINATE_LABELS,
    LATITUDE_LABELS,
    LONGITUDE_LABELS,
    PLACE_NAME_LABELS,
    LabelValue,
    norm_label,
    place_of,
)
from audit.fetchers.meta_shape import head_of, json_is_meta, page_is_meta
from audit.fetchers.meta_text import fix_deep, fix_text
from detectors.base import Item, Provenance, Section, Visibility

if TYPE_CHECKING:  # bs4 is imported by `meta_html.parse_page`, when a page is read (not when the app starts)
    from bs4 import BeautifulSoup

_FIRST_KEY = re.compile(rb'^\s*\{\s*"((?:[^"\\]|\\.){1,200})"\s*:\s*(.)', re.DOTALL)
_BOM = b"\xef\xbb\xbf"
COORDINATE_ROWS = COORDINATE_LABELS | LATITUDE_LABELS | LONGITUDE_LABELS
PLACE_LABELS = COORDINATE_ROWS | PLACE_NAME_LABELS | ADDRESS_LABELS
OTHER_PEOPLE_LABELS = frozenset({"tagged users", "tags", "media owner", "author", "participants"})
"""Rows naming other people: not the person's own data, so never read for findings."""
OTHER_PEOPLES_FILES = re.compile(
    r"(?:^|/)(?:contacts_uploaded_[^/]*|your_imported_contacts|synced_contacts[^/]*|your_address_books?"
    r"|address_books?|contacts)(?:_\d+)?\.(?:json|html?)$",
    re.IGNORECASE,
)
"""Address books synced from the person's phone: other people's names and numbers.

Facebook: `contacts_uploaded_from_your_phone.json`, `your_imported_contacts.json`,
`contacts_uploaded_before_2021.json`, `synced_contacts_from_instagram.json` (2024 on, W1 in
shared/formats/facebook.md), `your_address_books.json` (2018-23); Instagram:
`contacts/synced_contacts.json`, `connections/contacts/synced_contacts.json`, I0's root
`contacts.json`.  None is ever read, whatever a file pattern elsewhere would match."""
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".webm", ".m4a")


def root_by_prefix(archive: Archive, prefixes: tuple[str, ...], files: tuple[str, ...] = ()) -> bool:
    """Whether the export's tree (or one wrapping folder's) starts with one of `prefixes`.

    On success the archive's root is moved into the wrapping folder when there is one.
    """
    archive.find_root(())
    names = archive.names()
    if any(name in files or name.startswith(prefixes) for name in names):
        return True
    for name in names:
        _, slash, rest = name.partition("/")
        if slash and (rest in files or rest.startswith(prefixes)):
            archive.find_root((rest,))
            return True
    return False


def json_prefix(stream: BinaryIO) -> str:
    """The ijson prefix of a member's records, from its first bytes (the stream is not consumed).

    `[...]` -> "item"; `{"key": [...]}` -> "key.item"; any other object is one record -> "".
    """
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if head.startswith(_BOM):
        stream.read(len(_BOM))
        head = head[len(_BOM) :]
    stripped = head.lstrip()
    if stripped.startswith(b"["):
        return "item"
    found = _FIRST_KEY.match(head)
    if found and found.group(2) == b"[":
        key = found.group(1).decode("utf-8", "replace")
        if "." not in key and "\\" not in key:
            return f"{key}.item"
    return ""


class MetaFetcher(Fetcher):
    """Base of the Facebook and Instagram fetchers: recognition, streaming, item building."""

    root_prefixes: ClassVar[tuple[str, ...]] = ()
    """Folders (with a trailing "/") or file-name starts that only this platform writes."""
    root_files: ClassVar[tuple[str, ...]] = ()
    """Whole paths that identify the platform (used for a wrapping folder too)."""

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        return root_by_prefix(archive, cls.root_prefixes, cls.root_files)

    # -- reading --------------------------------------------------------------------------

    def records(
        self, name: str, prefix: str | None = None, keys: tuple[str, ...] = (), what: str = "file"
    ) -> Iterator[Any]:
        """Each record of one JSON member, mojibake repaired; a broken member is reported.

        A member that is not Meta's shape (`meta_shape.json_is_meta`, with `keys` the ones a
        `what` of this kind names near its top) is noted, to be named if it gives nothing.
        """
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                wanted = json_prefix(stream) if prefix is None else prefix
                head = head_of(stream)
                if head is not None and not json_is_meta(head, keys):
                    self.not_its_shape(name, what)
                for record in iter_array(stream, name, wanted):
                    if wanted == "" and isinstance(record, dict) and len(record) == 1:
                        (inner,) = record.values()
                        if isinstance(inner, list):  # `{"key": [...]}` seen too late to stream
                            yield from (fix_deep(r) for r in inner)
                            continue
                    yield fix_deep(record)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)

    def matching(self, pattern: re.Pattern[str]) -> list[str]:
        """Members whose path ends as `pattern` says (it is searched, anchor it with `(?:^|/)`),
        never an address book of other people's contacts."""
        return [name for name in self.archive.names() if pattern.search(name) and not other_peoples(name)]

    # -- building items -------------------------------------------------------------------

    def clean_text(self, text: str) -> str:
        return fix_text(text)

    def media(
        self,
        uri: Any,
        item_id: str | None,
        visibility: Visibility,
        created_at: datetime | None,
        base: str = "",
        coordinates: tuple[float, float] | None = None,
    ) -> Item | None:
        """A media item for a `uri` that exists in the export (any part); None if it is absent."""
        path = self.resolve(uri, base)
        return self.media_item(path, item_id, visibility, created_at, coordinates) if path else None

    def resolve(self, uri: Any, base: str = "") -> str:
        """A member path for a `uri` (root-relative in JSON; maybe page-relative in HTML)."""
        if not isinstance(uri, str) or not uri or "://" in uri:
            return ""
        uri = uri.split("?", 1)[0].split("#", 1)[0].lstrip("/")
        if self.archive.has(uri):
            return uri
        if base:
            parts: list[str] = [p for p in base.split("/")[:-1] if p]
            for piece in uri.split("/"):
                if piece == "..":
                    if parts:
                        parts.pop()
                elif piece not in ("", "."):
                    parts.append(piece)
            joined = "/".join(parts)
            if self.archive.has(joined):
                return joined
        return ""

    def connection(self, file: str, field: str, visibility: Visibility, created_at: datetime | None) -> Item:
        """A friend or follower: counted and dated, but the other person's name is not kept.

        Names of other people are not the person's own data and no finding should be
        raised on them, so the item carries no text for detectors to read.
        """
        return Item(Provenance(self.platform, file, None, field, "other", created_at, visibility))

    # -- HTML flavour ---------------------------------------------------------------------

    def page(self, name: str, what: str = "file") -> BeautifulSoup | None:
        """One HTML page parsed; a page that cannot be decoded is reported and None returned.

        A page without any of Meta's class names (`meta_shape.page_is_meta`) is noted, to be
        named if it gives nothing.
        """
        self.report.current_file = name
        try:
            markup = page_text(self.archive, name)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
            return None
        if not page_is_meta(markup):
            self.not_its_shape(name, what)
        return parse_page(markup)

    def page_records_of(self, name: str, what: str = "file") -> Iterator[HtmlRecord]:
        """The records of one HTML page (none if it cannot be read)."""
        soup = self.page(name, what)
        if soup is not None:
            yield from page_records(soup)

    def page_items(self, name: str, field: str, section: Section, visibility: Visibility) -> Iterator[Item]:
        """Every item of one HTML page."""
        for record in self.page_records_of(name):
            yield from self.record_items(name, record, field, section, visibility)

    def record_items(
        self, name: str, record: HtmlRecord, field: str, section: Section, visibility: Visibility
    ) -> Iterator[Item]:
        """Items of one HTML record: its text, its table rows, its place and its media."""
        when = record.when
        text_field = record.title if section == "profile" and record.title else field
        if record.title and section != "profile":
            yield from optional(self.text_item(name, None, "title", record.title, section, visibility, when))
        yield from optional(self.text_item(name, None, text_field, record.text, section, visibility, when))
        leaves = [LabelValue((label,), value) for label, value in record.pairs]
        place, address, point = place_of(leaves)
        used = PLACE_LABELS if point else COORDINATE_ROWS
        for label, value in record.pairs:
            if norm_label(label) not in used and norm_label(label) not in OTHER_PEOPLE_LABELS:
                yield from optional(self.text_item(name, None, label, value, section, visibility, when))
        if point:
            text = ", ".join(p for p in (place, address) if p)
            yield from optional(
                self.text_item(name, None, "place", text, "checkin", visibility, when, coordinates=point, place=place)
            )
        for link in dict.fromkeys(record.links):
            if link.lower().endswith(MEDIA_SUFFIXES) or "/media/" in link or link.startswith(("photos", "videos")):
                yield from optional(self.media(link, None, visibility, when, base=name))


def other_peoples(name: str) -> bool:
    """Whether a member is an address book of other people (never read; see OTHER_PEOPLES_FILES)."""
    return OTHER_PEOPLES_FILES.search(name) is not None


def optional(item: Item | None) -> Iterator[Item]:
    """Zero or one item: `yield from optional(self.text_item(...))` skips the empty strings Meta writes."""
    if item is not None:
        yield item
