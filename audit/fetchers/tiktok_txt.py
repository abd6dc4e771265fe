"""TikTok's TXT export: one `.txt` file per sub-section, with localised file names.

shared/formats/tiktok.md lists the file names (English and Dutch) but no public source shows
what is inside them: their syntax is UNVERIFIED.  The one description found speaks of "a
custom TXT format with pipe delimiters"; the JSON export's keys suggest `Key: value` lines.
So this reader is deliberately defensive: a file is cut into records at blank lines, each line
into `Key: value` pairs (also split at ` | `), and only keys it recognises are read; a line
it cannot read is ignored, never guessed at.  Messages are read only when a `From` names the
person (from `Profile Info.txt`); with no owner known, no message is read.  A file re-saved as
UTF-16 (either byte order, with or without a BOM) is read as such.  Nothing here is
given an audience ("unknown"), except account-only fields.

Detection is by file set, not one name: two or more known names anywhere in the tree.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from audit.errors import UnreadableMember
from audit.fetchers.linkedin_csv import sniff_encoding
from audit.fetchers.meta_shape import head_of
from audit.fetchers.tiktok_fields import gps, parse_date, profile_url, tiktok_url, who_can_view
from detectors.base import Item

if TYPE_CHECKING:
    from audit.fetchers.tiktok import TikTokFetcher

_KINDS = {
    "profile info.txt": "profile",
    "autofill.txt": "account",
    "post.txt": "post",
    "posts.txt": "post",
    "videos.txt": "post",
    "recently deleted posts.txt": "deleted",
    "comments.txt": "comment",
    "direct messages.txt": "message",
    "directe berichten.txt": "message",
    "most recent location data.txt": "location",
    "meest recente locatiegegevens.txt": "location",
    "follower.txt": "",
    "following.txt": "",
    "block list.txt": "",
    "settings.txt": "",
}
"""Known file names (lower case) and what they hold; "" = known but not read (others' names)."""
TXT_MARKERS = ("Profile/Profile Info.txt", "Video/Videos.txt", "Post/Posts.txt", "Comment/Comments.txt")
"""Folder/file pairs ([D3]'s `Video/Videos.txt`, `Comment/Comments.txt`; the folders are
UNVERIFIED) that let a wrapping folder be looked through; bare names would be mistaken for one."""
_PAIR = re.compile(r"^\s*([^:|]{1,40}?)\s*:\s?(.*)$")
_OTHER_FORMAT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<|[\[{]\s*[\"\[{\]}]|(?:var|window\.)[\w.\s]*=)")
"""The start of a web page, a JSON file or an X archive's script: another file saved under a TXT name."""
_CHAT = re.compile(r"^\W*chat history with\s+(.+?):?\s*$", re.IGNORECASE)


NO_OWNER = (
    "messages not read: the export's profile file does not say whose account it is (missing or "
    "unreadable), so the person's own messages cannot be told from the others'"
)


NO_OWNER_SEEN = (
    "messages not read: not one of them is from the username in the profile file (is that file "
    "damaged?), so the person's own messages cannot be told from the others'"
)
KNOWN_KEYS = frozenset(
    {
        *("date", "username", "user name", "display name", "nickname", "bio", "bio description", "bio link"),
        *("email", "email address", "phone number", "telephone number", "address", "link", "video link"),
        *("who can view", "title", "description", "caption", "location", "comment", "from", "content"),
        *("gps data", "gpsdata"),
    }
)
"""Every key this reader looks for: a file with lines but none of them is not a TikTok TXT file."""


def _kind(name: str) -> str | None:
    base = name.rsplit("/", 1)[-1].casefold()
    if base in _KINDS:
        return _KINDS[base]
    if "/" in name and name.casefold().split("/")[-2] in ("direct messages", "directe berichten"):
        return "message" if base.endswith(".txt") else None
    return None


def is_text_export(names: list[str]) -> bool:
    """Two or more of TikTok's TXT names, one of them a file we read."""
    kinds = [_kind(n) for n in names]
    known = [k for k in kinds if k is not None]
    return len(known) >= 2 and any(known)


def records(lines: Iterator[str]) -> Iterator[tuple[str | None, dict[str, str]]]:
    """`Key: value` records separated by blank lines, each with the chat heading above it."""
    chat: str | None = None
    record: dict[str, str] = {}
    for raw in lines:
        line = raw.strip().lstrip("\ufeff")
        heading = _CHAT.match(line)
        if heading or not line:
            if record:
                yield chat, record
                record = {}
            chat = heading.group(1).strip() if heading else chat
            continue
        for part in re.split(r"\s+\|\s+", line):
            pair = _PAIR.match(part)
            if pair and pair.group(2).strip():
                record.setdefault(pair.group(1).strip().casefold(), pair.group(2).strip())
    if record:
        yield chat, record


def _counted(lines: Iterable[str], written: list[int]) -> Iterator[str]:
    """The lines, counting in `written[0]` those with anything on them."""
    for line in lines:
        written[0] += bool(line.strip())
        yield line


def _get(record: dict[str, str], *keys: str) -> str | None:
    return next((record[k] for k in keys if k in record), None)


class TikTokText:
    """Reads the TXT export for a `TikTokFetcher` (which owns the report and item helpers)."""

    def __init__(self, fetcher: TikTokFetcher) -> None:
        self.fetcher = fetcher
        self.archive = fetcher.archive
        self.username = ""

    def items(self) -> Iterator[Item]:
        names = [n for n in self.archive.names() if _kind(n)]
        names.sort(key=lambda n: _kind(n) != "profile")  # the owner's name first, for messages
        for name in names:
            if _kind(name) == "message" and not self.username:
                self.fetcher.report.skip(name, NO_OWNER)  # whose messages they are is unknown
                continue
            yield from self.fetcher.guarded(name, self._file(name, _kind(name) or ""))

    def _file(self, name: str, kind: str) -> Iterator[Item]:
        self.fetcher.report.current_file = name
        try:
            with self.archive.open(name) as raw:  # UTF-8, or UTF-16 if re-saved so (BOM or not)
                encoding = sniff_encoding(raw)
                if encoding == "utf-8-sig" and _OTHER_FORMAT.match(head_of(raw) or b""):
                    self.fetcher.not_its_shape(name)  # named if it gives nothing: another file saved here
                text = io.TextIOWrapper(raw, encoding=encoding)
                keyed, written = False, [0]
                senders: set[str] = set()
                for chat, record in records(_counted(text, written)):
                    keyed = keyed or not KNOWN_KEYS.isdisjoint(record)
                    if kind == "message" and _get(record, "from"):
                        senders.add((_get(record, "from") or "").lstrip("@").casefold())
                    yield from self._record(name, kind, chat, record)
            if written[0] and not keyed:  # lines, but not one key TikTok writes: a CSV saved here, say
                self.fetcher.not_its_shape(name)
            elif senders and self.username not in senders:  # a damaged profile's name, most likely
                self.fetcher.report.skip(name, NO_OWNER_SEEN)
        except UnicodeDecodeError:
            self.fetcher.report.skip(name, "not UTF-8 text")
        except UnreadableMember as error:
            self.fetcher.report.skip(name, error.reason)

    def _record(self, name: str, kind: str, chat: str | None, record: dict[str, str]) -> Iterator[Item]:
        when = parse_date(_get(record, "date"))
        some = self.fetcher.texts
        if kind == "profile":
            user = _get(record, "username", "user name")
            self.username = user.lstrip("@").casefold() if user else self.username
            page = profile_url(self.username)
            for key in ("username", "user name", "display name", "nickname", "bio", "bio description", "bio link"):
                yield from some(name, None, key, _get(record, key), "profile", "public", url=page)
        if kind in ("profile", "account"):
            for key in ("email", "email address", "phone number", "telephone number", "address"):
                yield from some(name, None, key, _get(record, key), "account", "only_me")
        elif kind in ("post", "deleted"):
            item_id = _get(record, "link", "video link")
            audience = who_can_view(_get(record, "who can view")) or "unknown"
            visibility = "only_me" if kind == "deleted" else audience
            url = None if kind == "deleted" else tiktok_url(item_id)
            for key in ("title", "description", "caption"):
                yield from some(name, item_id, key, _get(record, key), "post", visibility, when, url=url)
            place = _get(record, "location")
            yield from some(name, item_id, "location", place, "checkin", visibility, when, place=place, url=url)
        elif kind == "comment":
            yield from some(name, None, "comment", _get(record, "comment"), "comment", "unknown", when)
        elif kind == "message":
            sender = (_get(record, "from") or "").lstrip("@").casefold()
            if self.username and sender == self.username:
                yield from some(name, chat, "content", _get(record, "content"), "message", "custom", when)
        elif kind == "location":
            point = gps(_get(record, "gps data", "gpsdata"))
            if point is not None:
                yield from some(name, None, "gps data", None, "account", "only_me", when, coordinates=point)
