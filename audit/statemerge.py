"""Merging two copies of the progress file: the app and `scan --state` saving at the same time.

`StateStore.save` notices that the file changed on disk since it was read (another writer) and
merges before writing, so neither writer's decisions are dropped: a decision changed on one side
only is kept; changed on both, the later `updated` date wins (the saving side on a tie); scans of
both sides are kept in date order and every sighting renumbered to match.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from audit.state_model import AuditState, Decision, Seen


def merge(mine: AuditState, theirs: AuditState, base: AuditState | None) -> None:
    """Fold what another writer saved (`theirs`) into `mine`, in place; no decision is lost.

    `base` is what this writer last read or wrote (None if unknown).  Decisions: a side that
    left one as it was in `base` takes the other's; if both changed it the newer `updated`
    wins, this writer's on a tie.  Scans: both sides' new ones, by date, renumbered, with
    the sightings and platforms that point at them.  A key one side moved away
    (`recheck.carry_over`: the same decision now under a new key) stays moved unless the
    other side changed it since.
    """
    before = base or AuditState()
    shared = _shared_scans(mine.scans, theirs.scans, base)
    extra = sorted(
        [(day, 0, number) for number, day in enumerate(theirs.scans[shared:], shared + 1)]
        + [(day, 1, number) for number, day in enumerate(mine.scans[shared:], shared + 1)]
    )
    renumber: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for new, (_, side, old) in enumerate(extra, shared + 1):
        renumber[side][old] = new
    sides = (theirs, mine)
    seen: dict[str, Seen] = {}
    for key in _keys(mine.seen, theirs.seen):
        their_sighting, our_sighting = (
            _renumbered(side.seen.get(key), table) for side, table in zip(sides, renumber, strict=True)
        )
        if their_sighting is not None and our_sighting is not None:
            seen[key] = _later(their_sighting, our_sighting)
        elif (sighting := their_sighting or our_sighting) is not None and not (
            key in before.seen and sighting.last_scan <= shared
        ):
            seen[key] = sighting  # else one side moved it away and the other has not seen it again
    moved_in = [{_signature(d) for k, d in s.decisions.items() if k not in before.decisions} for s in sides]
    decisions: dict[str, Decision] = {}
    for key in _keys(mine.decisions, theirs.decisions):
        other, ours, was = theirs.decisions.get(key), mine.decisions.get(key), before.decisions.get(key)
        if other is not None and ours is not None:
            newer = other != was and (ours == was or other.updated > ours.updated)
            decisions[key] = other if newer else ours
        elif (kept := other or ours) is not None:
            lacking = 1 if ours is None else 0
            if not (kept == was and _signature(kept) in moved_in[lacking]):
                decisions[key] = kept
    sources = {platform: renumber[0].get(number, number) for platform, number in theirs.sources.items()}
    for platform, number in mine.sources.items():
        sources[platform] = max(sources.get(platform, 0), renumber[1].get(number, number))
    mine.scans = theirs.scans[:shared] + [day for day, _, _ in extra]
    mine.seen, mine.decisions, mine.sources = seen, decisions, sources


def _renumbered(sighting: Seen | None, table: dict[int, int]) -> Seen | None:
    """The sighting with its scan's new number; itself when the number stays (most do, and a
    copy of each of 100,000 sightings made the merge take seconds)."""
    if sighting is None:
        return None
    number = table.get(sighting.last_scan, sighting.last_scan)
    return sighting if number == sighting.last_scan else replace(sighting, last_scan=number)


def _keys(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    return [*mine, *(key for key in theirs if key not in mine)]


def _signature(decision: Decision) -> tuple[str, str, str, str | None]:
    return decision.status, decision.reason, decision.updated, decision.snooze_until


def _shared_scans(mine: list[str], theirs: list[str], base: AuditState | None) -> int:
    """How many scans both sides still share: the base's, where they have not diverged."""
    shared = 0
    for ours, other in zip(mine, theirs, strict=False):
        if ours != other:
            break
        shared += 1
    return min(shared, len(base.scans)) if base is not None else shared


def _later(theirs: Seen, mine: Seen) -> Seen:
    """One sighting from two: the one seen by the later scan, over both sides' dates."""
    latest = mine if mine.last_scan >= theirs.last_scan else theirs
    first = min((day for day in (theirs.first_seen, mine.first_seen) if day), default="")
    return replace(latest, first_seen=first, last_seen=max(theirs.last_seen, mine.last_seen))
