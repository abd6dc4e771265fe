"""Fetchers, one module per platform, registered in `FETCHERS` and nowhere else."""

from __future__ import annotations

from audit.archive import Archive
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

    A single wrapping folder (someone zipped the folder they unpacked) is looked through.
    """
    for fetcher in FETCHERS:
        archive.find_root(fetcher.markers)
        if fetcher.recognises(archive):
            return fetcher
    return None


def platform_titles() -> dict[str, str]:
    return {fetcher.platform: fetcher.title for fetcher in FETCHERS}


__all__ = ["FETCHERS", "Fetcher", "SourceReport", "Unreadable", "platform_titles", "recognise"]
