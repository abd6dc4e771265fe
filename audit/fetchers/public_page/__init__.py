"""A public profile page, seen as a logged-out stranger sees it (issue 15).

`profile-audit scan https://...` fetches the one page the person names (and the documented
public endpoint that serves the same profile as data, for Mastodon, Bluesky and GitHub), reads
what a stranger can see on it, and runs the same detectors as on exports.  Modules, one idea
each: `guard` (which machines may be contacted), `fetch` (the HTTP client and its limits),
`charset` (a response's text), `robots` (robots.txt), `extract` and `structured` (the page's text and structured data),
`endpoints`, `walls` (what could not be seen), `capture` (one visit), `items` and `source`
(the capture as a scan source).

Importing this package loads no HTTP code: httpx, BeautifulSoup and mf2py are imported only
when an address is actually opened, so an export-only scan pays nothing for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.archive import Archive
    from audit.fetchers.base import Fetcher


def is_address(source: object) -> bool:
    """Whether a source is a web address rather than a path (`https:/x.com` too: a Path ate a slash)."""
    return str(source).lower().startswith(("http:/", "https:/"))


def open_page(address: str) -> tuple[Archive, type[Fetcher]]:
    """Fetch one public address now, as a scan source; PageFetchError (one line) if it cannot be read."""
    from audit.fetchers.public_page.source import open_page as fetch_and_open

    return fetch_and_open(address)


__all__ = ["is_address", "open_page"]
