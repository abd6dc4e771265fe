"""What the findings list shows, worked out without a widget: safe to build in a worker thread.

At 100,000 findings sorting, searching and grouping take a second or more, so the screen
builds a `Listing` off the UI thread and hands it to the list, which only paints the rows
on screen.  `ScanIndex` keeps, per scan, what never changes between two fillings of the list
(each order, each finding's group key and search text), so a keypress in the search box
costs one pass of substring tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from audit.grouping import Group, group_key, search_text, sort_findings
from audit.model import Finding
from tui.labels import kind_short, platform_short, seen_by_short
from tui.widgets.filters import ANY, Filters

GROUP_KEY = "group:"
"""Row keys of group rows start with this; finding ids are hex and never do."""


@dataclass
class ScanIndex:
    """One scan's findings (riskiest first) and what the list works out from them once."""

    findings: Sequence[Finding]
    _orders: dict[str, list[Finding]] = field(default_factory=dict)
    _keys: dict[str, str] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    widths: dict[str, int] = field(default_factory=dict)
    """The widest kind, platform and audience words of the scan: filters never move columns."""
    several_platforms: bool = False

    def __post_init__(self) -> None:
        self.widths = {
            "Kind": max([0, *(len(kind_short(kind)) for kind in {f.kind for f in self.findings})]),
            "Platform": max([0, *(len(platform_short(p)) for p in {f.platform for f in self.findings})]),
            "Seen by": max([0, *(len(seen_by_short(f)) for f in self._one_per_audience())]),
        }
        self.several_platforms = len({f.platform for f in self.findings}) > 1

    def _one_per_audience(self) -> list[Finding]:
        seen: dict[tuple[str, str, str], Finding] = {}
        for finding in self.findings:
            seen.setdefault((finding.platform, finding.visibility, finding.section), finding)
        return list(seen.values())

    def ordered(self, how: str) -> list[Finding]:
        if how not in self._orders:
            self._orders[how] = list(self.findings) if how == "risk" else sort_findings(self.findings, how)
        return self._orders[how]

    def group_key(self, finding: Finding) -> str:
        key = self._keys.get(finding.id)
        if key is None:
            key = self._keys[finding.id] = group_key(finding)
        return key

    def matches(self, finding: Finding, words: list[str]) -> bool:
        """`audit.grouping.matches`, with each finding's search text worked out once."""
        text = self._texts.get(finding.id)
        if text is None:
            text = self._texts[finding.id] = search_text(finding)
        return all(word in text for word in words)


@dataclass
class Listing:
    """The list's content: groups in order (a finding on its own is a group of one)."""

    groups: list[Group]
    grouped: bool
    order: list[str]
    """Every finding listed, groups' members included, in the list's order."""
    longest_value: int
    """The widest value of a row (a group's "▸ 38× " included), for the Found column."""

    @property
    def by_key(self) -> dict[str, Group]:
        return {GROUP_KEY + group.key: group for group in self.groups if len(group) > 1}


def build_listing(
    index: ScanIndex,
    filters: Filters,
    status_of: Callable[[Finding], str],
    grouped: bool,
    cancelled: Callable[[], bool] = lambda: False,
) -> Listing | None:
    """Sort, filter and group; None if `cancelled()` turned true meanwhile (a newer filling won)."""
    words = filters.search.casefold().split()
    shown: list[Finding] = []
    for n, finding in enumerate(index.ordered(filters.sort)):
        if n % 4096 == 0 and cancelled():
            return None
        if filters.kind not in (ANY, finding.kind) or filters.platform not in (ANY, finding.platform):
            continue
        if filters.status != ANY and status_of(finding) != filters.status:
            continue
        if words and not index.matches(finding, words):
            continue
        shown.append(finding)
    if grouped:
        members: dict[str, list[Finding]] = {}
        for finding in shown:
            members.setdefault(index.group_key(finding), []).append(finding)
        groups = [Group(key, tuple(found)) for key, found in members.items()]
    else:
        groups = [Group(finding.id, (finding,)) for finding in shown]
    longest = 0
    for group in groups:
        width = len(group.value) + (len(str(len(group))) + 4 if len(group) > 1 else 0)
        longest = max(longest, width)
    order = [member.id for group in groups for member in group.members]
    return Listing(groups, grouped, order, longest)
