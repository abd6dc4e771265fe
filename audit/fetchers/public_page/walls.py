"""Pages a stranger cannot really see: login walls and pages that are empty until JavaScript runs.

Facebook, Instagram, LinkedIn, X and TikTok show a logged-out visitor without JavaScript a
login page (LinkedIn answers HTTP 999, Instagram redirects to `/accounts/login/`) or an empty
app shell.  Reporting "no findings" for such a page would tell a teacher their profile is
clean when the tool saw nothing, so each case is named in plain words with what to do
instead: look in a private browser window, and audit the platform from its data download.
The tool never tries to get round a wall (no cookies, no browser disguise, no guest tokens).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from audit.fetchers.public_page.extract import PageContent
from audit.fetchers.public_page.fetch import Document

WALLED: dict[str, tuple[str, tuple[str, ...]]] = {
    "facebook": ("Facebook", ("facebook.com", "fb.com", "fb.me")),
    "instagram": ("Instagram", ("instagram.com",)),
    "linkedin": ("LinkedIn", ("linkedin.com",)),
    "x": ("X (Twitter)", ("x.com", "twitter.com")),
    "tiktok": ("TikTok", ("tiktok.com",)),
}
"""Platforms known to wall off profiles from logged-out visitors: key -> (title, domains)."""
LOGIN_PATHS = ("login", "authwall", "signin", "sign-in", "sign_in", "checkpoint", "i/flow")
WALL_STATUSES = frozenset({401, 403, 429, 999})
FEW_WORDS = 40
"""A page with fewer visible words than this and nothing structured is treated as an empty shell."""


@dataclass(frozen=True, slots=True)
class Wall:
    """Why the page could not be seen as a stranger's browser shows it, in plain words."""

    reason: str
    nothing_seen: bool
    """True when nothing of the profile was read at all (a login page, an error)."""


def walled_platform(address: str) -> tuple[str, str] | None:
    """(key, title) of the walled platform an address belongs to, or None."""
    host = (urlsplit(address).hostname or "").lower()
    for key, (title, domains) in WALLED.items():
        if any(host == domain or host.endswith("." + domain) for domain in domains):
            return key, title
    return None


def advice(title: str) -> str:
    return (
        "check it yourself in a private (incognito) browser window, and audit "
        f"{title} from your data download (\u201cDownload your data\u201d in its settings), which profile-audit reads"
    )


def wall_for(document: Document, content: PageContent | None) -> Wall | None:
    """The wall, shell or refusal in front of a page, or None if the page could be read."""
    walled = walled_platform(document.requested)
    title = walled[1] if walled else "this site"
    path = urlsplit(document.url).path.lower()
    if walled and document.left_for:
        return Wall(
            f"{title} sent a logged-out visitor to another address instead of the profile; {advice(title)}", True
        )
    if walled and (document.status in WALL_STATUSES or document.status >= 400):
        return Wall(
            f"{title} refused to show this page to a logged-out visitor (HTTP {document.status}); {advice(title)}", True
        )
    if walled and any(marker in path for marker in LOGIN_PATHS):
        return Wall(f"{title} shows logged-out visitors a login page instead of this profile; {advice(title)}", True)
    if walled:
        seen = "only the page's title and preview text" if content and content.pieces else "nothing of the profile"
        return Wall(
            f"{title} shows logged-out visitors little or nothing of a profile without JavaScript, which "
            f"profile-audit does not run: it read {seen}; {advice(title)}",
            not (content and content.pieces),
        )
    if content is not None and content.words < FEW_WORDS and not content.structured:
        return Wall(
            "the page holds almost no text until JavaScript runs in a browser, which profile-audit does not do: "
            "it read only what the page itself holds (title, preview text, links); "
            "open it in a private browser window to see the rest",
            False,
        )
    return None


def wall_for_robots(address: str, why: str) -> str:
    """The one line for a page robots.txt keeps the tool away from."""
    walled = walled_platform(address)
    if walled:
        return f"{address}: not fetched: {why}, and profile-audit respects that; {advice(walled[1])}"
    return (
        f"{address}: not fetched: {why}, and profile-audit respects that; open it yourself in a private browser window"
    )
