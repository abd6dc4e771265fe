"""What the findings list shows, worked out without a widget: safe to build in any thread.

At 100,000 findings sorting, searching and grouping take a second or more, so the list is
never built on the UI thread for a big scan: the session builds the first one in the scan's
thread as the scan ends (`prepare`), before the list is asked for, and the screen builds the
others (a search, another order) in a worker.  The list only paints the rows on screen.
`ScanIndex` keeps, per scan, what never changes between two fillings of the list (each order,
each finding's group key and search text), so a keypress in the search box costs one pass of
substring tests.  `Filters` say what the list shows (the filter bar sets them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from audit.grouping import Group, group_key, matches, normalised, search_text, sort_findings
from audit.model import Finding
from tui.labels import kind_short, platform_short, seen_by_short

_KIND_VALUE = attrgetter("kind", "value")
GROUP_KEY = "group:"
"""Row keys of group rows start with this; finding ids are hex and never do."""
ANY = "any"
"""A filter that lets everything through."""


@dataclass(frozen=True)
class Filters:
    """What the list shows and in which order; `ANY` means no restriction."""

    status: str = ANY
    kind: str = ANY
    platform: str = ANY
    search: str = ""
    sort: str = "risk"

    def keep(self, finding: Finding, status_of: Callable[[Finding], str]) -> bool:
        return (
            (self.kind in (ANY, finding.kind))
            and (self.platform in (ANY, finding.platform))
            and (self.status == ANY or status_of(finding) == self.status)
            and matches(finding, self.search)
        )

    @property
    def narrowed(self) -> bool:
        """Whether anything is hidden (the order hides nothing)."""
        return (self.status, self.kind, self.platform, self.search.strip()) != (ANY, ANY, ANY, "")


@dataclass
class ScanIndex:
    """One scan's findings (riskiest first) and what the list works out from them once."""

    findings: Sequence[Finding]
    variety: Sequence[Finding] | None = None
    """One finding per kind, platform, audience and section of `findings`, when the scan's
    tally has them already (`ScanTally.variety`); else worked out here, in a pass over them."""
    _orders: dict[str, list[Finding]] = field(default_factory=dict)
    _keys: dict[str, str] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    widths: dict[str, int] = field(default_factory=dict)
    """The widest kind, platform and audience words of the scan: filters never move columns."""
    several_platforms: bool = False

    def __post_init__(self) -> None:
        audiences = self._one_per_audience() if self.variety is None else self.variety
        self.widths = {
            "Kind": max([0, *(len(kind_short(kind)) for kind in {f.kind for f in audiences})]),
            "Platform": max([0, *(len(platform_short(p)) for p in {f.platform for f in audiences})]),
            "Seen by": max([0, *(len(seen_by_short(f)) for f in audiences)]),
        }
        self.several_platforms = len({f.platform for f in audiences}) > 1

    def _one_per_audience(self) -> list[Finding]:
        """One finding per kind, platform, audience and section met."""
        seen: dict[tuple[str, str, str, str], Finding] = {}
        for finding in self.findings:
            seen.setdefault((finding.kind, finding.platform, finding.visibility, finding.section), finding)
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
    everything = not words and filters.kind == ANY and filters.platform == ANY and filters.status == ANY
    for n, finding in enumerate(() if everything else index.ordered(filters.sort)):
        if n % 4096 == 0 and cancelled():
            return None
        if filters.kind not in (ANY, finding.kind) or filters.platform not in (ANY, finding.platform):
            continue
        if filters.status != ANY and status_of(finding) != filters.status:
            continue
        if words and not index.matches(finding, words):
            continue
        shown.append(finding)
    if everything:  # nothing to test a finding against: at 100,000 findings the tests cost a second
        shown = index.ordered(filters.sort)
    if grouped:
        groups = [Group(key, tuple(found)) for key, found in _grouped(shown).items()]
    else:
        groups = [Group(finding.id, (finding,)) for finding in shown]
    longest = 0
    for group in groups:
        width = len(group.value) + (len(str(len(group))) + 4 if len(group) > 1 else 0)
        longest = max(longest, width)
    order = [member.id for group in groups for member in group.members]
    return Listing(groups, grouped, order, longest)


def _grouped(shown: Sequence[Finding]) -> dict[str, list[Finding]]:
    """`shown` by group key (`audit.grouping.group_key`), groups and members in `shown`'s order.

    Grouped first by kind and value as written, then by the key of each distinct value: at
    100,000 findings and a few thousand values that is one key made per value, not per finding."""
    by_value: dict[tuple[str, str], list[Finding]] = {}
    for pair, finding in zip(map(_KIND_VALUE, shown), shown, strict=True):
        found = by_value.get(pair)
        if found is None:
            by_value[pair] = [finding]
        else:
            found.append(finding)
    members: dict[str, list[Finding]] = {}
    place: dict[str, int] | None = None
    for (kind, value), found in by_value.items():
        key = f"{kind}:{normalised(value)}"
        if key not in members:
            members[key] = found
            continue
        if place is None:  # values written differently ("St Aidan's", "st aidans"): back in list order
            place = {finding.id: n for n, finding in enumerate(shown)}
        members[key] = sorted(members[key] + found, key=lambda finding: place[finding.id])
    return members


@dataclass(frozen=True)
class Prepared:
    """A list worked out before it was asked for (`prepare`): for these filters and grouping."""

    index: ScanIndex
    filters: Filters
    grouped: bool
    listing: Listing | None

    def fits(self, findings: Sequence[Finding], filters: Filters, grouped: bool) -> bool:
        """Whether it is the list these findings, filters and grouping would give."""
        return (
            self.listing is not None
            and self.index.findings is findings
            and (self.filters, self.grouped) == (filters, grouped)
        )


def prepare(index: ScanIndex, filters: Filters, grouped: bool, status_of: Callable[[Finding], str]) -> Prepared:
    """The list a new scan will show, built where the scan ends (its thread), before the screen
    asks for it: at 100,000 findings this was half a second between the scan's end and the first
    paint, in a worker started only once the screen had heard of the scan."""
    return Prepared(index, filters, grouped, build_listing(index, filters, status_of, grouped))
