"""Re-check: merge a new scan with the saved progress and say what changed.

Next year the person scans again.  They should see first what they said they had fixed but
is still there, then what is new, then what is still waiting, and be told what has gone since
last time.  Findings keep their decisions across scans because both are keyed by the same
fingerprint (`Finding.id`), the way detect-secrets merges a new baseline with the audited one.

`recheck` only reads the state; `apply` records the scan (call it once the person has seen
the result, and never for a cancelled scan: a half scan would make everything it did not
reach look fixed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from audit.model import Finding
from audit.state import AuditState, Seen


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


def recheck(state: AuditState, findings: list[Finding], today: date | None = None) -> Recheck:
    """Sort this scan's findings against what the state remembers."""
    result = Recheck(previous_scan=state.scans[-1] if state.scans else None)
    current = {finding.id for finding in findings}
    for finding in findings:
        if state.status_of(finding.id, today) == "fixed":
            result.marked_fixed_but_found.append(finding)
        elif finding.id in state.seen:
            result.still_there.append(finding)
        else:
            result.new.append(finding)
    last = len(state.scans)
    for finding_id, seen in state.seen.items():
        if seen.last_scan == last and finding_id not in current:
            result.fixed_since[finding_id] = seen
    return result


def apply(state: AuditState, findings: list[Finding], today: date | None = None) -> None:
    """Record this scan: every finding's sighting, and the scan's date."""
    when = (today or date.today()).isoformat()
    number = len(state.scans) + 1
    for finding in findings:
        seen = state.seen.get(finding.id)
        if seen is None:
            state.seen[finding.id] = Seen(finding.kind, finding.platform, when, when, number)
        else:
            seen.last_seen = when
            seen.last_scan = number
    state.scans.append(when)


def describe(result: Recheck) -> str:
    """One line for the headless CLI: what changed since the previous scan."""
    if result.previous_scan is None:
        return f"Re-check: first scan recorded, {len(result.new)} findings to work through."
    return (
        f"Re-check against the scan of {result.previous_scan}: "
        f"{len(result.marked_fixed_but_found)} marked fixed but still found, {len(result.new)} new, "
        f"{len(result.still_there)} still there, {len(result.fixed_since)} gone since."
    )
