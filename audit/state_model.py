"""What the progress file holds: the person's decisions and what each scan saw, as data.

The types of `audit.state`, apart from reading and writing them: a `Decision` per finding the
person decided about, a `Seen` per finding a scan found (its fingerprint, kind, platform and
dates, never its value), and the `AuditState` holding both.  The file's bytes are
`audit.state_format`'s; the file itself (atomic, 0600, two writers) is `audit.state`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from audit.identity import IDENTITY_VERSION
from audit.migrations import CURRENT_VERSION
from audit.model import Finding

Status = Literal["todo", "fixed", "accepted", "dismissed", "snoozed"]
STATUSES: tuple[Status, ...] = get_args(Status)


@dataclass(slots=True)
class Decision:
    """What the person decided about one finding."""

    status: Status
    reason: str = ""
    """Why it was accepted or dismissed, scrubbed of contact details."""
    updated: str = ""
    """ISO date of the decision."""
    snooze_until: str | None = None
    """ISO date a snoozed finding comes back as "todo"; None snoozes until changed."""


@dataclass(slots=True)
class Seen:
    """When a finding was found, and what it was, without its value."""

    kind: str
    platform: str
    first_seen: str
    last_seen: str
    last_scan: int = 0
    """1-based number of the scan in `AuditState.scans` that last found it (0: none yet).
    Dates alone cannot tell two scans on one day apart."""
    place: str = ""
    """Fingerprint of the kind and the item without the value (`Finding.place_id`), "" if unknown."""
    rules: str = ""
    """The detectors' rules version that last found it (`detectors.RULES_VERSION`), "" if unknown."""
    identity: int = IDENTITY_VERSION
    """The finding identity version its key was made with (`audit.identity`)."""
    verified: str = ""
    """ISO date a re-fetch of its public page last found it gone (`audit.verify`): a fix the
    person has seen proved; "" when never checked, or found still there when last checked."""


@dataclass(slots=True)
class AuditState:
    """Everything the progress file holds."""

    version: int = CURRENT_VERSION
    decisions: dict[str, Decision] = field(default_factory=dict)
    seen: dict[str, Seen] = field(default_factory=dict)
    scans: list[str] = field(default_factory=list)
    """ISO dates of the scans recorded with `audit.recheck.apply`, oldest first."""
    sources: dict[str, int] = field(default_factory=dict)
    """Platform -> number of the last scan that read it: a re-check compares a platform only
    with the last scan of that same platform, and only when it read it again."""

    def status_of(self, finding_id: str, today: date | None = None) -> Status:
        """The finding's status; a snooze that has run out reads as "todo"."""
        decision = self.decisions.get(finding_id)
        if decision is None:
            return "todo"
        expired = decision.snooze_until and date.fromisoformat(decision.snooze_until) <= (today or date.today())
        if decision.status == "snoozed" and expired:
            return "todo"
        return decision.status

    def decide(
        self,
        finding: Finding,
        status: Status,
        reason: str = "",
        snooze_until: date | None = None,
        today: date | None = None,
    ) -> None:
        """Record a decision; the reason is scrubbed of the value and anything contact-shaped."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        if status == "accepted" and not reason.strip():
            raise ValueError("accepting a finding needs a reason (why it is fine to leave)")
        when = (today or date.today()).isoformat()
        cleaned = scrub_reason(reason, [finding.value])
        if finding.kind == "address":
            cleaned = _scrub_tokens(cleaned, finding.value)
        self.decisions[finding.id] = Decision(
            status=status,
            reason=cleaned,
            updated=when,
            snooze_until=snooze_until.isoformat() if status == "snoozed" and snooze_until else None,
        )
        if finding.id not in self.seen:
            self.seen[finding.id] = Seen(finding.kind, finding.platform, when, when, len(self.scans), finding.place_id)


def scrub_reason(text: str, values: list[str] | None = None) -> str:
    """`audit.scrub.scrub`, imported on first use: it loads the address, e-mail and phone
    detectors (a few tenths of a second), which opening the app does not need."""
    from audit.scrub import scrub

    return scrub(text, values or ())


def _scrub_tokens(text: str, value: str) -> str:
    """`audit.scrub.scrub_tokens`, imported on first use (see `scrub_reason`)."""
    from audit.scrub import scrub_tokens

    return scrub_tokens(text, value)
