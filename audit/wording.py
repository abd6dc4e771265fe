"""Plain words for where a finding was found, who can see it and when.

The findings contract speaks the exports' language: `data/tweets.js`, `sharecommentary`,
`only_me`, `custom`.  The people reading the app are teachers and office staff, so every
screen, the report and the fix steps go through here: "a post on your timeline, 3 March
2016", "your profile's bio", "Connections".  A place also has a key from a small closed
vocabulary (`PLACE_KEYS`), which `audit.guidance` uses to pick the fix steps for that place
(an album's description gets album steps, not contact-info steps).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from audit.fetchers import WEB_PLATFORM
from audit.model import Finding

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


@dataclass(frozen=True, slots=True)
class Place:
    """A place on a platform: the key the guides use, and the words the person reads."""

    key: str
    words: str


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
    finder = _SECTIONS.get(section)
    found = finder(platform, name, path) if finder else None
    return found or Place("post", "something in your download")


def _profile(platform: str, field: str, path: str) -> Place:
    if field in ("bio", "biography", "description", "summary", "intro", "intro_bio.name", "biodescription"):
        return Place("profile", "your profile's About section" if platform == "linkedin" else "your profile's bio")
    if field == "headline":
        return Place("profile", "your profile's headline")
    if "contact" in field or field.startswith(("emails.", "phone", "email", "mobile", "previous email")):
        return Place("contact", "your profile's contact details")
    if field in ("address", "zip_code", "instant_messengers", "contact_instructions"):
        return Place("contact", "your profile's contact details")
    if field.startswith("work_experiences") or field in ("employer", "employers", "title", "company_name"):
        return Place(
            "profile", "your profile's Experience" if platform == "linkedin" else "your profile's work details"
        )
    if field.startswith("education") or field in ("school_name", "degree_name", "activities", "notes"):
        return Place("profile", "your profile's Education" if platform == "linkedin" else "your profile's education")
    if "city" in field or "hometown" in field or field in ("location", "geo_location"):
        return Place("profile", "your profile's location or home town")
    if field in ("website", "websites", "biolink", "twitter_handles"):
        return Place("profile", "a link on your profile")
    if field in ("username", "screen_name", "preferredusername", "handle"):
        return Place("profile", "your username")
    if "name" in field:
        return Place("profile", "your display name")
    if field == "attachment":
        return Place("profile", "a field on your profile")
    return Place("profile", "your profile")


def _account(platform: str, field: str, path: str) -> Place:
    if "application" in path or field == "question_and_answers":
        return Place("application", "a job application you sent")
    if platform == "tiktok" and "email" not in field and "address" in field.replace("adress", "address"):
        return Place("account", "an address TikTok keeps for you (forms or shop deliveries)")
    if "autofill" in path or field in ("tel", "postal code", "address"):
        return Place("account", "details saved for filling in forms")
    if "possible_emails" in path or field == "possible_emails":
        return Place("account", "an e-mail address the platform thinks is yours")
    if "gps" in field or "locatie" in path or "location" in path:
        return Place("account", "the platform's record of your phone's position")
    if field.startswith("changed") or "change" in path:
        return Place("account", "your account's record of a changed e-mail or phone number")
    if "phone" in field or field == "number":
        return Place("account", "your account's phone number (used to log in)")
    if "email" in field:
        return Place("account", "your account's e-mail address (used to log in)")
    return Place("account", "your account details (not shown on your profile)")


_POSTS = {
    "x": "a post",
    "facebook": "a post on your timeline",
    "instagram": "a post's caption",
    "linkedin": "a post",
    "tiktok": "a video's caption",
}


def _post(platform: str, field: str, path: str) -> Place:
    if "deleted" in path:
        return Place("deleted", "a post you deleted")
    if "archived" in path or path.endswith(("archive.json", "archive.html")):
        return Place("archived", "a post you archived (only you can see it)")
    if "stories" in path:
        return Place("story", "a story")
    if "alt" in field or field == "media_description":
        return Place("post", "the description of a picture in a post")
    if field.startswith("external") or field in ("facet_link", "sharedurl"):
        return Place("post", "a link in a post")
    if field in ("place", "address"):
        return Place("checkin", "the place tagged in a post")
    if "articles/" in path:
        return Place("article", "an article you wrote")
    if "rich media" in path or "rich_media" in path:
        return Place("photo", "a photo or document you shared")
    if field == "poll_option":
        return Place("post", "a poll in a post")
    if field == "note_text":
        return Place("post", "a long post")
    if field == "tags":
        return Place("post", "a post's tags")
    if platform == "bluesky" and "." in field:
        return Place("post", "something another app keeps in your Bluesky account")
    return Place("post", _POSTS.get(platform, "a post"))


def _comment(platform: str, field: str, path: str) -> Place:
    if platform in ("mastodon", "bluesky", "x"):
        return Place("comment", "a reply you wrote")
    return Place("comment", "a comment you wrote")


def _message(platform: str, field: str, path: str) -> Place:
    if "invitation" in path:
        return Place("message", "an invitation you sent")
    if platform == "mastodon":
        return Place("message", "a private mention you sent")
    if field.startswith("share"):
        return Place("message", "a link you sent in a message")
    return Place("message", "a direct message you sent" if platform == "x" else "a message you sent")


def _checkin(platform: str, field: str, path: str) -> Place:
    if platform == "facebook":
        return Place("checkin", "a check-in")
    if platform == "tiktok":
        return Place("checkin", "the place tagged in a video")
    return Place("checkin", "the place tagged in a post")


def _media(platform: str, field: str, path: str) -> Place:
    if "album" in path:
        return Place("album", "a photo album's description" if field == "description" else "a photo album")
    if "messages/" in path:
        return Place("message", "a photo you sent in a message")
    if "/profile/" in path or path.endswith("avatar.jpg"):
        return Place("profile", "your profile picture")
    if field == "exif_data":
        return Place("photo", "the details kept with a photo")
    if field in ("description", "title", "name"):
        return Place("photo", "a photo's description")
    if path.endswith((".mp4", ".mov")):
        return Place("photo", "a video you posted")
    return Place("photo", "a photo you posted")


def _other(platform: str, field: str, path: str) -> Place:
    if "group" in path or field == "group":
        return Place("group", "a group you belong to")
    if platform == "bluesky":
        return Place("list", "a list or starter pack you made")
    return Place("post", "something else in your download")


_SECTIONS = {
    "profile": _profile,
    "account": _account,
    "post": _post,
    "comment": _comment,
    "message": _message,
    "checkin": _checkin,
    "media": _media,
    "other": _other,
}
