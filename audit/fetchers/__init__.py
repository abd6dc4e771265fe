"""Fetchers, one module per platform, registered in `FETCHERS` and nowhere else."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher, SourceReport, Unreadable
from audit.fetchers.bluesky import BlueskyFetcher
from audit.fetchers.facebook import FacebookFetcher
from audit.fetchers.instagram import InstagramFetcher
from audit.fetchers.linkedin import LinkedInFetcher
from audit.fetchers.mastodon import MastodonFetcher
from audit.fetchers.tiktok import TikTokFetcher
from audit.fetchers.x import XFetcher

FETCHERS: tuple[type[Fetcher], ...] = (
    XFetcher,
    FacebookFetcher,
    InstagramFetcher,
    LinkedInFetcher,
    MastodonFetcher,
    TikTokFetcher,
    BlueskyFetcher,
)


def recognise(archive: Archive) -> type[Fetcher] | None:
    """The fetcher whose platform wrote this archive, or None if no fetcher knows it.

    A single wrapping folder (someone zipped the folder they unpacked) is looked through.  A
    fetcher whose every marker file holds another format than its name says (an Instagram
    `profile.json` renamed `Profile.csv`) is passed over: one stray file must not make an
    export read as another platform's, with nothing found and nothing said.
    """
    return next((fetcher for fetcher in FETCHERS if claims(fetcher, archive)), None)


def claims(fetcher: type[Fetcher], archive: Archive) -> bool:
    """Whether this fetcher reads the archive, its root left where the fetcher found it."""
    archive.find_root(fetcher.markers)
    if not fetcher.recognises(archive):
        return False
    found = marker_files(fetcher, archive)
    return not found or not all(renamed_as(archive, name) for name in found)


def marker_files(fetcher: type[Fetcher], archive: Archive) -> list[str]:
    """The files of the archive (at its current root) named as one of the fetcher's markers."""
    wanted = {marker.lower() for marker in fetcher.markers}
    return [name for name in archive.names() if name.lower() in wanted]


def renamed_as(archive: Archive, name: str) -> str | None:
    """The format a file really holds ("JSON", "HTML") when its name says another, else None.

    Only a clear sign counts: a damaged file is junk, not another format, and stays the
    fetcher's to report.
    """
    expected = _OTHER_FORMATS.get(PurePosixPath(name).suffix.lower())
    if not expected:
        return None
    try:
        with archive.open(name) as stream:
            head = stream.read(256).removeprefix(b"\xef\xbb\xbf")
    except UnreadableMember:
        return None
    found = "JSON" if _JSON_HEAD.match(head) else "HTML" if _HTML_HEAD.match(head) else None
    return found if found in expected else None


_JSON_HEAD = re.compile(rb"\s*[\[{]\s*[\"\[{\]}]")
_HTML_HEAD = re.compile(rb"\s*<(?:!doctype|html|head|body|div|meta|table)\b", re.IGNORECASE)
_OTHER_FORMATS = {
    ".csv": ("JSON", "HTML"),
    ".txt": ("JSON", "HTML"),
    ".json": ("HTML",),
    ".html": ("JSON",),
    ".htm": ("JSON",),
}


WEB_PLATFORM = "web"
"""The platform of findings on a public page fetched by address (`audit.fetchers.public_page`)."""


def platform_titles() -> dict[str, str]:
    """Each platform's name in words, public pages included."""
    return {**{fetcher.platform: fetcher.title for fetcher in FETCHERS}, WEB_PLATFORM: "Public web page"}


__all__ = [
    "FETCHERS",
    "Fetcher",
    "SourceReport",
    "Unreadable",
    "claims",
    "marker_files",
    "platform_titles",
    "recognise",
    "renamed_as",
]
