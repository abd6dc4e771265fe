"""The report page's data: what the template (`templates/report.html.j2`) is given to show.

One `Report` holds the scan's sources, then a `Section` per platform, a `Group` per kind of
finding with the policy's words and the fix steps, and an `Entry` per finding, already in words
(masked in the shared copy), plus the counts and chart bars the page draws.  Kept apart from
`audit.report_html`, which fills these from a scan or the saved progress and renders the page,
so the shape of the page can be read in one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from audit.__about__ import __version__
from audit.policy import POLICY_NAME
from audit.wording import STATUS_WORDS


@dataclass(slots=True)
class Entry:
    """One finding as the page shows it (masked in the shared copy); "" where not known."""

    status: str
    value: str
    words: tuple[str, str, str] = ("", "", "")
    """The words before the evidence, the evidence, the words after."""
    where: str = ""
    date: str = ""
    audience: str = ""
    public: bool = False
    audience_words: str = ""
    tier: str = ""
    why: str = ""
    clauses: str = ""
    note: str = ""
    """The decision in words: "Marked accepted on 2024-05-03. Reason: school number"."""
    link: str = ""
    photo: str = ""


@dataclass(slots=True)
class Group:
    """The findings of one kind on one platform, with the policy's words and the fix steps."""

    title: str
    clauses: list[tuple[str, str]]
    fix: Markup
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """One platform: printed from a new page."""

    title: str
    groups: list[Group] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(group.entries) for group in self.groups)


@dataclass(slots=True)
class Report:
    """Everything the template shows."""

    made: str
    from_state: bool = False
    redacted: bool = False
    demo: str | None = None
    school: str = ""
    policy: str = POLICY_NAME
    version: str = __version__
    sources: list[tuple[str, str, int]] = field(default_factory=list)
    """(name, platform, items read)."""
    scans: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    gone_since: list[str] = field(default_factory=list)
    """What the previous scan (on `previous_scan`) found and this one did not, by kind and platform."""
    previous_scan: str = ""
    cannot_see: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)
    """(source, file, why)."""

    @property
    def entries(self) -> list[Entry]:
        return [entry for section in self.sections for group in section.groups for entry in group.entries]

    def counts(self, attribute: str) -> list[tuple[str, int]]:
        """(label, count) of the findings by an `Entry` attribute ("status", "audience"), biggest first."""
        return Counter(getattr(entry, attribute) for entry in self.entries).most_common()

    def chart(self, width: int = 330) -> list[tuple[str, int, list[tuple[str, int, int]]]]:
        """Bars by kind: (title, count, [(status, x, width)]), the longest `width` pixels."""
        by_kind: dict[str, Counter[str]] = {}
        for group in (group for section in self.sections for group in section.groups):
            by_kind.setdefault(group.title, Counter()).update(entry.status for entry in group.entries)
        most = max((sum(c.values()) for c in by_kind.values()), default=1)
        rows = []
        for title, statuses in sorted(by_kind.items(), key=lambda kv: -sum(kv[1].values())):
            x, parts = 0, []
            for status in (*STATUS_WORDS.values(), "gone"):
                if statuses[status]:
                    parts.append((status, x, max(2, round(statuses[status] * width / most))))
                    x += parts[-1][2]
            rows.append((title, sum(statuses.values()), parts))
        return rows
