"""What the summary counts of one scan, worked out once, off the UI thread.

At 100,000 findings each count the summary shows (by kind, by platform, by audience, how
many are public) is a pass over every finding.  None of them changes until the next scan,
so `count_scan` makes them all in one pass where the scan ends (the scan's thread), and the
summary only reads them; the findings list takes its column widths from the same pass
(`ScanTally.variety`).  How many findings are in each status does change, with every
decision: `status_counts` counts only the decided ones, as every other finding is "todo".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from audit.model import Finding

_COMBO = attrgetter("kind", "platform", "visibility", "section")


@dataclass(frozen=True, slots=True)
class ScanTally:
    """One scan's counts, by the fields that never change between two scans."""

    total: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    platforms: Counter[str] = field(default_factory=Counter)
    audiences: Counter[str] = field(default_factory=Counter)
    """Finding visibility ("public", "friends", ...) -> how many."""
    samples: tuple[Finding, ...] = ()
    """One finding per kind and platform met: enough for the filter bar to offer both."""
    variety: tuple[Finding, ...] = ()
    """One finding per kind, platform, audience and section met: every word the list's narrow
    columns can show (`tui.widgets.listing.ScanIndex`)."""

    @property
    def public(self) -> int:
        return self.audiences["public"]

    @property
    def unknown(self) -> int:
        return self.audiences["unknown"]


def count_scan(findings: Sequence[Finding]) -> ScanTally:
    """Count `findings` by kind, platform and audience, in one pass over them.

    The pass reads each finding's kind, platform, audience and section (in C: `attrgetter`
    mapped over the list) and counts those few hundred combinations; every count and sample is
    then made from the combinations.  At 100,000 findings each pass over them costs tens of
    milliseconds in cache misses alone: a `Counter` per attribute and the list's own pass
    for its column widths took twice as long (issue 16)."""
    combos = list(map(_COMBO, findings))
    counted = Counter(combos)
    first = dict(zip(reversed(combos), reversed(findings), strict=True))  # the first finding of each is kept
    kinds: Counter[str] = Counter()
    platforms: Counter[str] = Counter()
    audiences: Counter[str] = Counter()
    samples: dict[tuple[str, str], Finding] = {}
    for combo, n in counted.items():  # in order of first appearance: the first of a pair comes first
        kind, platform, audience, _ = combo
        kinds[kind] += n
        platforms[platform] += n
        audiences[audience] += n
        samples.setdefault((kind, platform), first[combo])
    variety = tuple(first[combo] for combo in counted)
    return ScanTally(len(findings), kinds, platforms, audiences, tuple(samples.values()), variety)


def status_counts(
    statuses: Sequence[str],
    total: int,
    decided: Sequence[Finding],
    status_of: Callable[[Finding], str],
) -> dict[str, int]:
    """How many of `total` findings are in each of `statuses`, looking only at the `decided`
    ones (those with a saved decision): every other finding is "todo"."""
    counts: dict[str, int] = dict.fromkeys(statuses, 0)
    for finding in decided:
        counts[status_of(finding)] += 1
    counts["todo"] += total - len(decided)
    return counts
