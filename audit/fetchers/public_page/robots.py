"""Whether a site's robots.txt lets profile-audit fetch a page, read as RFC 9309 says.

The tool fetches only the page the person names, but it is still a program visiting someone's
server, so it asks first.  protego reads the file (the stdlib parser ignores `*` and `$`
wildcards: `Disallow: /*.json$` did not block `/a.json`).  What the answer means when there is no
usable file follows RFC 9309 section 2.3.1: a 4xx ("no robots.txt") allows everything; a 5xx or a
site that cannot be reached disallows everything, since the site may be down or overloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

ROBOTS_AGENT = "profile-audit"
"""The product token robots.txt rules are matched against (the User-Agent's first word)."""
MAX_ROBOTS_BYTES = 512 * 1024
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; more is ignored."""
MAX_CRAWL_DELAY = 10.0
"""A longer Crawl-delay than this is capped: the tool makes a handful of requests, not a crawl."""


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What a site's robots.txt says about one page."""

    allowed: bool
    crawl_delay: float = 0.0
    why: str = ""
    """When not allowed: in plain words, why (the rule, a server error)."""


def robots_url(page_url: str) -> str:
    """`scheme://host[:port]/robots.txt` of a page."""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def answer(page_url: str, status: int | None, body: str, user_agent: str = ROBOTS_AGENT) -> RobotsAnswer:
    """What robots.txt (`status`, `body`; status None when it could not be fetched) says of the page."""
    if status is None or status >= 500:
        why = "its robots.txt could not be read" if status is None else f"its robots.txt gave a server error ({status})"
        return RobotsAnswer(False, why=f"{why}, which by the robots rules means no fetching for now; try again later")
    if status >= 400:
        return RobotsAnswer(True)
    if status >= 300:  # redirects were followed: an unfollowed one is treated as no file
        return RobotsAnswer(True)
    rules = Protego.parse(body[:MAX_ROBOTS_BYTES])
    delay = rules.crawl_delay(user_agent) or 0.0
    if rules.can_fetch(page_url, user_agent):
        return RobotsAnswer(True, crawl_delay=min(float(delay), MAX_CRAWL_DELAY))
    return RobotsAnswer(False, why="its robots.txt asks programs like profile-audit not to fetch this page")
