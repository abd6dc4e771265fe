"""Words the screens show for the findings contract's codes (kinds, platforms, visibility).

One place, so the summary, the list and the detail never disagree about what "only_me" is
called.  Where a platform has its own word for an audience ("Connections" on LinkedIn), or a
place has plain words ("your profile's bio"), they come from `audit.wording`.
"""

from __future__ import annotations

from functools import cache

from audit.demo import persona_story
from audit.fetchers import WEB_PLATFORM, platform_titles
from audit.model import Finding
from audit.report import KIND_TITLES
from audit.wording import audience, audience_short, audience_words, audience_words_short, date_words

ONE_KIND: dict[str, str] = {
    "phone": "Personal phone number",
    "email": "Personal e-mail address",
    "address": "Home address",
    "job_title": "Job title or profession",
    "school": "The school where you work",
    "photo_location": "Photo location",
    "location": "Location attached to a post",
    "photo_text": "Text inside a photo",
    "photo_content": "Photo content",
}
"""The title of one finding of a kind (the detail screen's heading)."""

COUNT_KINDS: dict[str, str] = {
    "phone": "Phone numbers",
    "email": "E-mail addresses",
    "address": "Home address",
    "job_title": "Job title",
    "school": "Your school",
    "photo_location": "Photo locations",
    "location": "Post locations",
    "photo_text": "Text in photos",
    "photo_content": "Photo content",
}
"""Short plural titles for the summary's count box (fits 80 columns)."""

SHORT_KINDS: dict[str, str] = {
    "phone": "phone",
    "email": "e-mail",
    "address": "address",
    "job_title": "job",
    "school": "school",
    "photo_location": "photo place",
    "location": "post place",
    "photo_text": "photo text",
    "photo_content": "photo",
}


@cache
def _platforms() -> dict[str, str]:
    return platform_titles()


def platform_title(platform: str) -> str:
    return _platforms().get(platform, platform)


def platform_short(platform: str) -> str:
    """ "X (Twitter)" -> "X": for narrow columns; the detail spells it out."""
    return platform_title(platform).split(" (")[0]


def kind_title(kind: str) -> str:
    return KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())


def kind_short(kind: str) -> str:
    return SHORT_KINDS.get(kind, kind.replace("_", " "))


def kind_one(kind: str) -> str:
    return ONE_KIND.get(kind, kind_title(kind))


def kind_count_title(kind: str) -> str:
    return COUNT_KINDS.get(kind, kind_title(kind))


def visibility_label(visibility: str) -> str:
    return audience_words(visibility)


def visibility_short(visibility: str) -> str:
    return audience_words_short(visibility)


def seen_by(finding: Finding) -> str:
    """Who can see it, in the platform's own words ("Connections only", "Only me")."""
    return audience(finding.platform, finding.visibility, finding.section)


def seen_by_short(finding: Finding) -> str:
    """The same for the list's narrow column."""
    return audience_short(finding.platform, finding.visibility, finding.section)


NO_DATE = "no date"


def when(finding: Finding) -> str:
    """The date in the list: ISO, so the column lines up; "no date" where the export has none."""
    return finding.created_at.date().isoformat() if finding.created_at else NO_DATE


def when_words(finding: Finding) -> str:
    """The date as the person says it ("3 March 2016"), or that its source gives none (a public
    page is not a download, so it is not called one)."""
    where = "on the page" if finding.platform == WEB_PLATFORM else "in the download"
    return date_words(finding.created_at) or f"not given {where}"


def persona_title(name: str) -> str:
    """The first line of a persona's story ("Jo Marsh, early-career teacher")."""
    lines = [line.lstrip("# ").strip() for line in persona_story(name).splitlines() if line.strip()]
    return lines[0] if lines else name
