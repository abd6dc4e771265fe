"""Plain words for where a finding was found, who can see it and when.

The findings contract speaks the exports' language: `data/tweets.js`, `sharecommentary`,
`only_me`, `custom`.  The people reading the app are teachers and office staff, so every
screen, the report and the fix steps go through here: "a post on your timeline, 3 March
2016", "your profile's bio", "Connections".  A place also has a key from a small closed
vocabulary (`PLACE_KEYS`), which `audit.guidance` uses to pick the fix steps for that place
(an album's description gets album steps, not contact-info steps).  The rules that name each
place, section by section, are in `audit.wording_places`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from audit.fetchers import WEB_PLATFORM
from audit.model import Finding
from audit.wording_places import PLACE_FINDERS, Place

PLACE_KEYS = (
    "profile",
    "contact",
    "account",
    "post",
    "deleted",
    "archived",
    "story",
    "comment",
    "message",
    "checkin",
    "photo",
    "album",
    "article",
    "application",
    "list",
    "group",
)
"""Where something can be, as the fix guides tag their steps (`<!-- where: album photo -->`)."""

MONTHS = ("January February March April May June July August September October November December").split()


# Who can see it, in each platform's own words: (long, short).  The short one fits the list.
_AUDIENCES: dict[str, dict[str, tuple[str, str]]] = {
    "facebook": {"friends": ("Friends", "Friends"), "only_me": ("Only me", "Only me"), "custom": ("Custom", "Custom")},
    "instagram": {
        "followers": ("Followers (your account is private)", "Followers"),
        "custom": ("Close friends", "Close friends"),
    },
    "linkedin": {"public": ("Anyone", "Anyone"), "friends": ("Connections only", "Connections")},
    "mastodon": {"followers": ("Followers only", "Followers"), "custom": ("Private mention", "Mentioned")},
    "tiktok": {
        "public": ("Everyone", "Everyone"),
        "friends": ("Friends", "Friends"),
        "only_me": ("Only you", "Only you"),
    },
    "x": {"followers": ("Followers (your posts are protected)", "Followers")},
}
_AUDIENCE_DEFAULTS: dict[str, tuple[str, str]] = {
    "public": ("Public: anyone", "Public"),
    "followers": ("Followers", "Followers"),
    "friends": ("Friends", "Friends"),
    "custom": ("Some people you chose", "Some people"),
    "only_me": ("Only you", "Only you"),
    "unknown": ("Not known", "Not known"),
}
_IN_A_CHAT = ("The people in the conversation", "In a chat")


STATUS_WORDS: dict[str, str] = {
    "todo": "to do",
    "fixed": "fixed",
    "accepted": "accepted",
    "dismissed": "dismissed",
    "snoozed": "snoozed",
}
"""A decision's status as the person reads it, everywhere (app, summary, report)."""


def audience_words(visibility: str) -> str:
    """Who can see it, said for any platform ("Public: anyone"): for counts across platforms."""
    return _AUDIENCE_DEFAULTS.get(visibility, (visibility.replace("_", " "),) * 2)[0]


def audience_words_short(visibility: str) -> str:
    """The same, narrower ("Public")."""
    return _AUDIENCE_DEFAULTS.get(visibility, (visibility.replace("_", " "),) * 2)[1]


def percent_sure(confidence: float) -> int:
    """A confidence as a whole percentage, never 100: no finding is certain."""
    return min(99, round(confidence * 100))


def audience(platform: str, visibility: str, section: str = "post") -> str:
    """Who can see it, as the platform says it ("Connections only" on LinkedIn)."""
    return _audience(platform, visibility, section)[0]


def audience_short(platform: str, visibility: str, section: str = "post") -> str:
    """The same in at most thirteen letters, for the findings list."""
    return _audience(platform, visibility, section)[1]


def _audience(platform: str, visibility: str, section: str) -> tuple[str, str]:
    if section == "message" and visibility in ("custom", "friends"):
        return _IN_A_CHAT
    own = _AUDIENCES.get(platform, {}).get(visibility)
    return own or _AUDIENCE_DEFAULTS.get(visibility, (visibility.replace("_", " "), visibility.replace("_", " ")))


def date_words(when: datetime | None) -> str:
    """ "3 March 2016"; "" when the export gives no date."""
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}" if when else ""


def short_date(when: datetime | None) -> str:
    """ "3 Mar 2016" for the list's column; "no date" when the export gives none."""
    return f"{when.day} {MONTHS[when.month - 1][:3]} {when.year}" if when else "no date"


def clause_words(clauses: Sequence[str]) -> str:
    """ "clause 2.3.2", "clauses 2.3.2 and 2.4.2", "clauses 2.3.2, 2.4.2 and 2.1.5"."""
    if not clauses:
        return "no clause"
    if len(clauses) == 1:
        return f"clause {clauses[0]}"
    return f"clauses {', '.join(clauses[:-1])} and {clauses[-1]}"


def where(finding: Finding) -> str:
    """Where it is, in words, with its date when the export gives one."""
    words = place_of(finding).words
    date = date_words(finding.created_at)
    return f"{words}, {date}" if date else words


def place_of(finding: Finding) -> Place:
    return place(finding.platform, finding.section, finding.field, finding.file)


def place(platform: str, section: str, field: str, file: str) -> Place:
    """The place an item came from, from what its provenance records."""
    if platform == WEB_PLATFORM and section == "profile":  # a public page: which part of it, in words
        from audit.fetchers.public_page.parts import part_words

        return Place("profile", part_words(field))
    path, name = file.lower(), field.lower()
    finder = PLACE_FINDERS.get(section)
    found = finder(platform, name, path) if finder else None
    return found or Place("post", "something in your download")
