"""Fetchers, one module per platform, registered in `fetchers()` (also `FETCHERS`) and nowhere else.

The platform modules are imported on first use, not with this package: the app's first screen,
`--help` and a re-check of an unchanged export need none of them (a quarter of a second).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from audit.archive import Archive
from audit.fetchers.base import Fetcher, SourceReport, Unreadable
from audit.fetchers.recognition import Recognition, claims, marker_files, renamed_as, weigh


@cache
def fetchers() -> tuple[type[Fetcher], ...]:
    """Every platform's fetcher, in the order recognition tries them."""
    from audit.fetchers.bluesky import BlueskyFetcher
    from audit.fetchers.facebook import FacebookFetcher
    from audit.fetchers.instagram import InstagramFetcher
    from audit.fetchers.linkedin import LinkedInFetcher
    from audit.fetchers.mastodon import MastodonFetcher
    from audit.fetchers.tiktok import TikTokFetcher
    from audit.fetchers.x import XFetcher

    return (
        XFetcher,
        FacebookFetcher,
        InstagramFetcher,
        LinkedInFetcher,
        MastodonFetcher,
        TikTokFetcher,
        BlueskyFetcher,
    )


def __getattr__(name: str) -> Any:
    if name == "FETCHERS":  # `from audit.fetchers import FETCHERS`: the same tuple, loaded now
        return fetchers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def recognise(archive: Archive) -> type[Fetcher] | None:
    """The fetcher whose platform wrote this archive, or None if no fetcher knows it.

    A single wrapping folder (someone zipped the folder they unpacked) is looked through.  When
    several fetchers recognise it, the one with the most of its own files there is chosen
    (`recognition.weigh`): one stray file must not make an export read as another platform's,
    with nothing found and nothing said.
    """
    return recognition_of(archive).fetcher


def recognition_of(archive: Archive) -> Recognition:
    """The chosen fetcher, the fetchers of its family read beside it (an Accounts Centre export
    holds Facebook and Instagram), and the other platforms' files nobody reads, with why."""
    return weigh(archive, fetchers())


WEB_PLATFORM = "web"
"""The platform of findings on a public page fetched by address (`audit.fetchers.public_page`)."""


def platform_titles() -> dict[str, str]:
    """Each platform's name in words, public pages included."""
    return {**{fetcher.platform: fetcher.title for fetcher in fetchers()}, WEB_PLATFORM: "Public web page"}


__all__ = [
    "FETCHERS",
    "Fetcher",
    "Recognition",
    "SourceReport",
    "Unreadable",
    "claims",
    "fetchers",
    "marker_files",
    "platform_titles",
    "recognise",
    "recognition_of",
    "renamed_as",
]
