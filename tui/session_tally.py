"""What the summary counts of one scan, worked out once, off the UI thread.

At 100,000 findings each count the summary shows (by kind, by platform, by audience, how
many are public) is a pass over every finding.  None of them changes until the next scan,
so `count_scan` makes them all in one pass where the scan ends (the scan's thread), and the
summary only reads them.  How many findings are in each status does change, with every
decision: `status_counts` counts only the decided ones, as every other finding is "todo".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from audit.model import Finding


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

    @property
    def public(self) -> int:
        return self.audiences["public"]

    @property
    def unknown(self) -> int:
        return self.audiences["unknown"]


def count_scan(findings: Sequence[Finding]) -> ScanTally:
    """Count `findings` by kind, platform and audience (each a `Counter` over the attribute,
    which counts in C: a loop in Python was three times slower at 100,000 findings)."""
    kinds = Counter(map(attrgetter("kind"), findings))
    platforms = Counter(map(attrgetter("platform"), findings))
    audiences = Counter(map(attrgetter("visibility"), findings))
    backwards = list(reversed(findings))  # so that the first finding of each pair is the one kept
    samples = dict(zip(map(attrgetter("kind", "platform"), backwards), backwards, strict=True))
    return ScanTally(len(findings), kinds, platforms, audiences, tuple(reversed(samples.values())))


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
