"""Re-check: merge a new scan with the saved progress and say what changed.

Next year the person scans again.  They should see first what they said they had fixed but
is still there, then what is new, then what is still waiting, and be told what has gone since
last time.  Findings keep their decisions across scans because both are keyed by the same
fingerprint (`Finding.id`), the way detect-secrets merges a new baseline with the audited one.

`recheck` first carries decisions over to findings whose key changed (`carry_over`: a key made
under an older identity, or a value the rules now word differently at the same place), then
sorts without changing anything else; `apply` records the scan (call it once the person has
seen the result, and never for a cancelled scan: a half scan would make everything it did not
reach look fixed).  Only platforms this scan read are compared: scanning just the X archive
says nothing about the Facebook findings, which are neither "gone" nor "still there".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from audit.identity import IDENTITY_VERSION
from audit.model import Finding
from audit.state import AuditState, Seen
from detectors import RULES_VERSION


@dataclass(slots=True)
class Recheck:
    """One scan compared with the progress file; every current finding is in exactly one list."""

    marked_fixed_but_found: list[Finding] = field(default_factory=list)
    """Marked fixed, yet found again: show these first."""
    new: list[Finding] = field(default_factory=list)
    """Never seen by an earlier scan."""
    still_there: list[Finding] = field(default_factory=list)
    """Seen before and not marked fixed (to do, accepted, dismissed or snoozed)."""
    fixed_since: dict[str, Seen] = field(default_factory=dict)
    """Found by the previous scan, gone now: fingerprint -> what it was (kind, platform)."""
    previous_scan: str | None = None
    """ISO date of the scan compared against, None on the first scan."""

    @property
    def found(self) -> list[Finding]:
        """Every current finding, in the order to show them."""
        return [*self.marked_fixed_but_found, *self.new, *self.still_there]


def carry_over(state: AuditState, findings: list[Finding]) -> int:
    """Move decisions and sightings saved under an older key to each finding's current key.

    A key changes when the identity scheme changes (file and field names left it in version 2:
    the old key is `Finding.legacy_id`) or when the rules re-word a value at the same place (the
    one sighting of that kind and place that this scan did not find again).  Returns how many
    moved; nothing is ever dropped.
    """
    current = {finding.id for finding in findings}
    by_place: dict[str, list[str]] = {}
    for key, seen in state.seen.items():
        if seen.place and key not in current:
            by_place.setdefault(seen.place, []).append(key)
    moved = 0
    for finding in findings:
        if finding.id in state.seen or finding.id in state.decisions:
            continue
        old = finding.legacy_id if finding.legacy_id in state.seen or finding.legacy_id in state.decisions else None
        if old is None and len(by_place.get(finding.place_id, ())) == 1:
            old = by_place[finding.place_id][0]
        if old is None or old in current:
            continue
        if old in state.decisions:
            state.decisions[finding.id] = state.decisions.pop(old)
        if old in state.seen:
            state.seen[finding.id] = state.seen.pop(old)
            state.seen[finding.id].identity = IDENTITY_VERSION
        moved += 1
    return moved


DEEP_PHOTO_KINDS = frozenset({"photo_text", "photo_content"})
"""Kinds only the deep photo scan (`--photos deep`, the app's "Look inside photos") looks for: a scan
without it has not looked, so it cannot say they are gone."""


def recheck(
    state: AuditState,
    findings: list[Finding],
    today: date | None = None,
    scanned: set[str] | None = None,
    looked_inside_photos: bool = False,
) -> Recheck:
    """Sort this scan's findings against what the state remembers.

    `scanned` holds the platforms this scan read (None: every platform, as if all were read); the
    state's findings on other platforms are left out of "gone since", and so are the deep photo
    scan's unless this scan looked inside the photos too.
    """
    carry_over(state, findings)
    result = Recheck(previous_scan=state.scans[-1] if state.scans else None)
    current = {finding.id for finding in findings}
    for finding in findings:
        if state.status_of(finding.id, today) == "fixed":
            result.marked_fixed_but_found.append(finding)
        elif finding.id in state.seen:
            result.still_there.append(finding)
        else:
            result.new.append(finding)
    for finding_id, seen in state.seen.items():
        read_again = (scanned is None or seen.platform in scanned) and (
            looked_inside_photos or seen.kind not in DEEP_PHOTO_KINDS
        )
        if read_again and finding_id not in current and _seen_in_last_scan_of(state, seen):
            result.fixed_since[finding_id] = seen
    return result


def _seen_in_last_scan_of(state: AuditState, seen: Seen) -> bool:
    """Whether the most recent scan that read this sighting's platform found it."""
    return seen.last_scan == state.sources.get(seen.platform, len(state.scans))


def apply(
    state: AuditState, findings: list[Finding], today: date | None = None, scanned: set[str] | None = None
) -> None:
    """Record this scan: every finding's sighting, the platforms read, and the scan's date."""
    when = (today or date.today()).isoformat()
    number = len(state.scans) + 1
    for finding in findings:
        seen = state.seen.get(finding.id)
        if seen is None:
            seen = state.seen[finding.id] = Seen(finding.kind, finding.platform, when, when, number)
        seen.last_seen = when
        seen.last_scan = number
        seen.verified = ""  # found again: a check that it was gone no longer holds
        seen.place = finding.place_id
        seen.rules = RULES_VERSION
    for platform in scanned if scanned is not None else {finding.platform for finding in findings}:
        state.sources[platform] = number
    state.scans.append(when)


def describe(result: Recheck) -> str:
    """For the headless CLI: what changed since the previous scan, the same counts the app shows,
    then which findings are marked fixed but still found and what has gone, by platform and kind
    (values masked: this goes to a terminal others may see)."""
    from audit.scrub import mask  # here: it loads the address, e-mail and phone detectors

    if result.previous_scan is None:
        return f"Re-check: first scan recorded, {len(result.new)} findings to work through."
    lines = [
        f"Re-check against the scan of {result.previous_scan}: "
        f"{len(result.marked_fixed_but_found)} marked fixed but still found, {len(result.new)} new, "
        f"{len(result.still_there)} still there, {len(result.fixed_since)} gone since."
    ]
    for finding in result.marked_fixed_but_found:
        lines.append(f"  still there, though marked fixed: {finding.platform} {finding.kind} "
                     f"{mask(finding.kind, finding.value)} in {finding.file}")  # fmt: skip
    gone = Counter((seen.platform, seen.kind) for seen in result.fixed_since.values())
    for (platform, kind), count in sorted(gone.items()):
        lines.append(f"  gone since: {count} {kind} on {platform}")
    return "\n".join(lines)
