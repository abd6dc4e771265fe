"""Whose export it is: the owner's own names, which tell the person's messages from the others'.

`meta_messages` reads only the messages the person sent, so it needs the export's own name:
Facebook's profile name (profile_information, JSON or HTML, or the G0 `index.htm` heading, or
failing that the G0 `messages.htm` title) and Instagram's username and name
(personal_information, or I0 `profile.json`).  Every one is compared loosely (`owner_key`).
The profile files are read again here only for the name, quietly: a broken one is reported by
its own handler.  Kept apart from the thread readers because finding the owner is one idea,
with its own files and fallbacks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from audit.errors import UnreadableMember
from audit.fetchers.jsonstream import iter_array
from audit.fetchers.meta_common import MetaFetcher, json_prefix
from audit.fetchers.meta_html import load_page, page_records
from audit.fetchers.meta_labels import norm_label, string_map
from audit.fetchers.meta_text import fix_deep

FB_PROFILE_JSON = re.compile(r"(?:^|/)profile_information/profile_information\.json$")
FB_PROFILE_HTML = re.compile(r"(?:^|/)profile_information/profile_information\.html?$")
IG_PERSONAL = re.compile(r"(?:^|/)personal_information\.(?:json|html?)$")
NAME_LABELS = frozenset({"name", "full name", "username", "nome", "nome utente", "naam", "gebruikersnaam"})
"""Profile rows that hold the owner's own name (English, Italian, Dutch as seen in the notes)."""


def owner_key(name: Any) -> str:
    """A name compared loosely: Unicode-normalised, case-folded, spaces collapsed."""
    if not isinstance(name, str):
        return ""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def facebook_owners(fetcher: MetaFetcher) -> frozenset[str]:
    """The Facebook profile's own name, from JSON, the HTML profile page, or G0 `index.htm`."""
    names: list[Any] = []
    for member in fetcher.matching(FB_PROFILE_JSON):
        for record in _quiet_records(fetcher, member, ""):
            profile = record.get("profile_v2") or record.get("profile") or record if isinstance(record, dict) else {}
            name = profile.get("name") if isinstance(profile, dict) else None
            names.append(name.get("full_name") if isinstance(name, dict) else name)
    for member in fetcher.matching(FB_PROFILE_HTML):
        names += _page_rows(fetcher, member)
    if any(n.startswith("html/") for n in fetcher.archive.names()):
        for member in ("index.htm", "index.html"):
            names += _legacy_heading(fetcher, member)
        if not _keys(names) and fetcher.archive.has("html/messages.htm"):
            names += _legacy_title(fetcher, "html/messages.htm")
    return _keys(names)


def instagram_owners(fetcher: MetaFetcher) -> frozenset[str]:
    """The Instagram account's username and name, from personal_information or I0 `profile.json`."""
    names: list[Any] = []
    for member in fetcher.matching(IG_PERSONAL):
        if member.endswith(".json"):
            for record in _quiet_records(fetcher, member, None):
                names += [v for label, v, _ in string_map(record) if norm_label(label) in NAME_LABELS]
        else:
            names += _page_rows(fetcher, member)
    if fetcher.archive.has("profile.json") and fetcher.archive.has("media.json"):
        for record in _quiet_records(fetcher, "profile.json", ""):
            if isinstance(record, dict):
                names += [record.get("username"), record.get("name")]
    return _keys(names)


def _keys(names: Iterable[Any]) -> frozenset[str]:
    return frozenset(k for k in map(owner_key, names) if k)


def _quiet_records(fetcher: MetaFetcher, member: str, prefix: str | None) -> Iterator[Any]:
    """Records of a profile file, read again only for the name: a broken file is reported by
    its own handler, so it is not reported twice here."""
    try:
        with fetcher.archive.open(member) as stream:
            wanted = json_prefix(stream) if prefix is None else prefix
            for record in iter_array(stream, member, wanted):
                if isinstance(record, dict) and len(record) == 1 and isinstance(next(iter(record.values())), list):
                    yield from fix_deep(next(iter(record.values())))
                else:
                    yield fix_deep(record)
    except UnreadableMember:
        return


def _page_rows(fetcher: MetaFetcher, member: str) -> list[str]:
    try:
        soup = load_page(fetcher.archive, member)
    except UnreadableMember:
        return []
    return [v for r in page_records(soup) for label, v in r.pairs if norm_label(label) in NAME_LABELS]


def _legacy_heading(fetcher: MetaFetcher, member: str) -> list[str]:
    """G0 `index.htm` opens its `div.contents` with the owner's name as the `h1`."""
    if not fetcher.archive.has(member):
        return []
    try:
        soup = load_page(fetcher.archive, member)
    except UnreadableMember:
        return []
    heading = soup.select_one("div.contents h1") or soup.find("h1")
    return [heading.get_text(" ", strip=True)] if heading else []


def _legacy_title(fetcher: MetaFetcher, member: str) -> list[str]:
    """G0 `messages.htm` is titled "<owner> - Messages" (a public G0 parser takes the owner's
    name from it the same way); used only when `index.htm` names nobody."""
    try:
        soup = load_page(fetcher.archive, member)
    except UnreadableMember:
        return []
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    owner, dash, _ = title.rpartition(" - ")
    return [owner] if dash and owner else []
