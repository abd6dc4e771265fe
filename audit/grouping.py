"""Finding your way through many findings: one group per value, sorting, searching.

The school's name in 38 posts is one thing to decide, not 38: findings that share a kind
and a value (compared without case, spacing or punctuation that does not change it) form a
`Group`, and a decision about the group is recorded for each member.  Sorting and searching
work on findings before they are grouped, so a group sits where its first member would.
Pure functions, no widgets: the app, the report and the tests share them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.fetchers import platform_titles
from audit.model import Finding
from audit.report import KIND_TITLES, sort_by_risk
from audit.wording import audience, date_words, place, place_of

SORTS: dict[str, str] = {
    "risk": "Riskiest first",
    "newest": "Newest first",
    "oldest": "Oldest first",
    "platform": "By platform",
}
"""How the list can be ordered: key -> the words the person picks from."""

MIXED = "mixed"
"""The status of a group whose members were decided differently."""

_NOUNS = {
    "post": ("post", "posts"),
    "deleted": ("post", "posts"),
    "archived": ("post", "posts"),
    "story": ("story", "stories"),
    "comment": ("comment", "comments"),
    "message": ("message", "messages"),
    "photo": ("photo", "photos"),
    "checkin": ("check-in", "check-ins"),
    "article": ("article", "articles"),
}
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Group:
    """Findings of one kind with the same value, in the order they were given (riskiest first)."""

    key: str
    """Stable for a kind and value across scans, so a cursor or an open group survives a refill."""
    members: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        return self.members[0]

    @property
    def kind(self) -> str:
        return self.first.kind

    @property
    def value(self) -> str:
        return self.first.value

    @property
    def platforms(self) -> list[str]:
        """The platforms it was found on, in order of first appearance."""
        return list(dict.fromkeys(member.platform for member in self.members))

    def __len__(self) -> int:
        return len(self.members)

    def ids(self) -> list[str]:
        return [member.id for member in self.members]


@lru_cache(maxsize=65_536)
def normalised(value: str) -> str:
    """The value as grouping compares it: case, spacing and curly quotes do not split a group.

    Remembered per value: a big export finds the same few thousand values 100,000 times, and
    the list groups them again on every filling (a regex per finding was 1.3 s of the first
    paint at 100,000 findings, issue 16)."""
    return _SPACES.sub(" ", value.translate(_QUOTES)).strip().casefold()


def group_key(finding: Finding) -> str:
    return f"{finding.kind}:{normalised(finding.value)}"


def group_findings(findings: Iterable[Finding]) -> list[Group]:
    """One group per kind and value, each where its first member was; members keep their order."""
    members: dict[str, list[Finding]] = {}
    for finding in findings:
        members.setdefault(group_key(finding), []).append(finding)
    return [Group(key, tuple(found)) for key, found in members.items()]


def count_words(group: Group) -> str:
    """ "38 posts", "2 comments", or "3 places" when they are in different kinds of place."""
    nouns = {_NOUNS.get(place_of(member).key, ("place", "places")) for member in group.members}
    one, many = nouns.pop() if len(nouns) == 1 else ("place", "places")
    return f"{len(group)} {one if len(group) == 1 else many}"


def group_title(group: Group) -> str:
    """ "The school where you work: St Aidan's, in 38 posts"."""
    kind = KIND_TITLES.get(group.kind, group.kind.replace("_", " ").capitalize())
    return f"{kind}: {group.value}, in {count_words(group)}"


def group_status(statuses: Iterable[str]) -> str:
    """The members' common status, or `MIXED` when they differ."""
    found = set(statuses)
    return found.pop() if len(found) == 1 else MIXED


def status_counts(group: Group, status_of: Callable[[Finding], str]) -> dict[str, int]:
    """How many members are in each status, in the order first met."""
    counts: dict[str, int] = {}
    for member in group.members:
        status = status_of(member)
        counts[status] = counts.get(status, 0) + 1
    return counts


def sort_findings(findings: Sequence[Finding], how: str = "risk") -> list[Finding]:
    """Findings in the order `how` names (a key of `SORTS`); risk breaks ties."""
    by_risk = sort_by_risk(list(findings))
    if how in ("newest", "oldest"):
        dated = sorted(
            (f for f in by_risk if f.created_at),
            key=lambda f: f.created_at.timestamp() if f.created_at else 0.0,
            reverse=how == "newest",
        )
        return dated + [f for f in by_risk if not f.created_at]
    if how == "platform":
        titles = _platform_titles()
        return sorted(by_risk, key=lambda f: titles.get(f.platform, f.platform).casefold())
    return by_risk


def matches(finding: Finding, query: str) -> bool:
    """Whether every word of `query` is in the value, the words around it or where it is.

    Digits are also matched as written at home: "07700 900612" finds "+447700900612".
    """
    words = query.casefold().split()
    if not words:
        return True
    text = search_text(finding)
    return all(word in text for word in words)


def search_text(finding: Finding) -> str:
    """Everything the search looks through, folded to lower case.

    Made for every finding at the first search of a scan (100,000 at once in a big one), so
    what many findings share is worked out once per distinct place, platform and audience
    (`_shared_words`), and runs of spaces are closed up without a regex: 0.40 to 0.12 CPU
    seconds at 100,000 findings."""
    value = finding.value
    national = "0" + value[3:] if value.startswith("+44") else ""
    where_words, shared = _shared_words(
        finding.platform, finding.section, finding.field, finding.file, finding.kind, finding.visibility
    )
    date = date_words(finding.created_at)
    parts = [
        value,
        national,
        " ".join(finding.excerpt.split()),
        f"{where_words}, {date}" if date else where_words,  # `audit.wording.where`
        shared,
    ]
    return "\n".join(parts).casefold()


@lru_cache(maxsize=16_384)
def _shared_words(platform: str, section: str, field: str, file: str, kind: str, visibility: str) -> tuple[str, str]:
    """Where a finding is (without its date), then its platform, kind and audience in words:
    the same for every finding of this place, kind and audience."""
    shared = [
        _platform_titles().get(platform, platform),
        KIND_TITLES.get(kind, kind),
        audience(platform, visibility, section),
    ]
    return place(platform, section, field, file).words, "\n".join(shared)


@cache
def _platform_titles() -> dict[str, str]:
    return platform_titles()
