"""The person's progress: what they decided about each finding, and what each scan saw.

Kept in one versioned JSON file (`{"version": 1, ...}`, older shapes upgraded by
`audit.migrations`), written atomically with mode 0600 under the data folder.  It is keyed
by finding fingerprints (`Finding.id`, a keyed hash) and holds no phone number, address or
e-mail *by construction*: every field is either a closed vocabulary (status), a checked
pattern (fingerprint, kind, platform, ISO date) or a reason that `audit.scrub` has cleaned
of anything contact-shaped.  Encoding validates again, so a state built by hand cannot smuggle
a value onto disk either.

A corrupt file is never overwritten silently: `load` raises a one-line `StateError`, and
`save` refuses to replace a file it cannot read until `quarantine` has moved it aside.  Two
writers (the app open while `scan --state` runs) never lose each other's work: a save that
finds the file changed since it was read merges it in first (`merge`), under a lock on the
folder.  Temp files of killed saves are swept up on the next load or save.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from audit.errors import AuditError
from audit.identity import IDENTITY_VERSION
from audit.migrations import CURRENT_VERSION, MigrationError, migrate
from audit.model import Finding
from audit.paths import data_home, folder_lock, remove_stale_temporaries, write_private

Status = Literal["todo", "fixed", "accepted", "dismissed", "snoozed"]
STATUSES: tuple[Status, ...] = get_args(Status)
STATE_FILE = "state.json"

_ID = re.compile(r"[0-9a-f]{8,64}")
_NAME = re.compile(r"[a-z][a-z_]{0,39}")
_RULES = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}")
"""Kinds and platforms: stable identifiers such as "phone", "job_title", "x"; no digits, so
not even a number can hide in one."""


class StateError(AuditError):
    """The progress file cannot be read or used; one line, naming the file, never a value."""


class StateWriteError(StateError, OSError):
    """The progress file cannot be written (a read-only folder, a full disk).  Still an
    `OSError` for callers that handle those, and a one-line `AuditError` for the CLI and app."""


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
        cleaned = _scrub(reason, [finding.value])
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


class StateStore:
    """Reads and writes the progress file; the path is injectable (tests, demo mode)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_home() / STATE_FILE
        self._known: tuple[int, int, int] | None = None
        """(inode, mtime_ns, size) of the file as this store last read or wrote it."""
        self._base: bytes | None = None
        """What the file held then, as its bytes (decoded only for a merge, which is rare: a copy
        of 100,000 sightings after every save took longer than writing them): tells a merge what
        this writer changed and what the other did."""
        self._looked = False
        """Whether this store has read or written the file (found or not) at all."""

    def load(self) -> AuditState:
        """The saved state; an empty one if there is no file yet."""
        if self.path.parent.is_dir():
            with folder_lock(self.path.parent) as locked:
                remove_stale_temporaries(self.path, locked)
        return self._read()

    def _read(self) -> AuditState:
        self._looked = True
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._known, self._base = None, None
            return AuditState()
        except OSError as error:
            raise StateError(f"{self.path}: cannot read the progress file ({error.strerror})") from None
        try:
            state = _parse(raw)
            self._known, self._base = self._stamp(), raw
            return state
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            reason = _one_line(error) if isinstance(error, MigrationError) else "not a profile-audit progress file"
            raise StateError(f"{self.path}: {reason}; move it aside to start afresh") from None

    def save(self, state: AuditState) -> None:
        """Write `state` atomically, 0600; refuse to replace a file that `load` cannot read.

        The file is read back first only when it changed since this store last read or
        wrote it (so the app's save after every decision does not re-read the whole file);
        then another writer saved in between, and its work is merged into `state` (in
        place: afterwards `state` is what the file holds).  A store that never looked at the
        file only checks it can be read: `state` came from elsewhere and already holds it.
        The folder is locked meanwhile.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with folder_lock(self.path.parent) as locked:
                remove_stale_temporaries(self.path, locked)
                stamp = self._stamp()
                if stamp is not None and stamp != self._known:
                    looked, base = self._looked, self._base  # before `_read` moves them on
                    theirs = self._read()
                    if looked:
                        from audit.statemerge import merge  # the merge reads this module's types

                        merge(state, theirs, _parse(base) if base is not None else None)
                written = to_bytes(state)
                write_private(self.path, written)
        except OSError as error:
            if isinstance(error, StateWriteError):
                raise
            why = error.strerror or type(error).__name__
            raise StateWriteError(f"{self.path}: cannot save the progress file ({why})") from None
        self._known, self._base, self._looked = self._stamp(), written, True

    def _stamp(self) -> tuple[int, int, int] | None:
        """Changes with every save: `write_private` replaces the file, so even a rewrite of
        the same size within the file system's clock tick gets a new inode."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return info.st_ino, info.st_mtime_ns, info.st_size

    def quarantine(self) -> Path | None:
        """Move an unreadable file aside (the person asked to start afresh); return where."""
        if not self.path.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        self.path.replace(target)
        return target


def _parse(raw: bytes) -> AuditState:
    """The state a file's bytes hold, in any version; the errors `StateStore._read` words."""
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise MigrationError("not a JSON object")
    return decode(migrate(data))


def to_bytes(state: AuditState) -> bytes:
    """The file's bytes: `encode` as compact JSON, one line.

    Compact and stable: no indentation, findings in key order and each one's fields in a fixed
    order (`encode`), so the same state always gives the same bytes.  Earlier releases wrote the
    same document indented, with every mapping's keys sorted (`json.dumps(indent=1,
    sort_keys=True)`): 2.5 times the bytes and 4 times the time at 100,000 sightings.  Both
    read the same way, so nothing needs migrating.
    """
    return (json.dumps(encode(state), separators=(",", ":")) + "\n").encode()


class _Checks:
    """The no-values rule, checked once per distinct text: 100,000 sightings share a handful of
    kinds, platforms, dates and rules versions, so checking each again is wasted time."""

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._rules: set[str] = set()
        self._dates: dict[str, str] = {"": ""}

    def name(self, value: str) -> str:
        if not isinstance(value, str) or value not in self._names:
            self._names.add(_check(_NAME, value))
        return value

    def rules(self, value: str) -> str:
        if not isinstance(value, str) or (value and value not in self._rules):
            self._rules.add(_check(_RULES, value))
        return value

    def date(self, value: str | None) -> str:
        if not isinstance(value, str):
            raise ValueError("a date is not text")
        spelt = self._dates.get(value)
        if spelt is None:
            spelt = self._dates[value] = _date(value)
        return spelt


def encode(state: AuditState) -> dict[str, Any]:
    """The JSON document, findings in key order; raises ValueError if a field breaks the
    no-values rule."""
    checks = _Checks()
    id_ok = _ID.fullmatch
    decisions: dict[str, Any] = {}
    for key in sorted(state.decisions):
        decision = state.decisions[key]
        decisions[_check(_ID, key)] = {
            "status": _status(decision.status),
            "reason": _scrub(decision.reason),
            "updated": checks.date(decision.updated),
            "snooze_until": checks.date(decision.snooze_until) if decision.snooze_until else None,
        }
    seen: dict[str, Any] = {}
    for key in sorted(state.seen):
        sighting = state.seen[key]
        place = sighting.place
        if not (isinstance(key, str) and id_ok(key)) or not isinstance(place, str) or (place and not id_ok(place)):
            raise ValueError("a key or name is not in the expected form")
        seen[key] = {
            "kind": checks.name(sighting.kind),
            "platform": checks.name(sighting.platform),
            "first_seen": checks.date(sighting.first_seen),
            "last_seen": checks.date(sighting.last_seen),
            "last_scan": int(sighting.last_scan),
            "place": place,
            "rules": checks.rules(sighting.rules),
            "identity": int(sighting.identity),
            "verified": checks.date(sighting.verified),
        }
    return {
        "version": CURRENT_VERSION,
        "decisions": decisions,
        "seen": seen,
        "scans": [checks.date(day) for day in state.scans],
        "sources": {checks.name(platform): int(state.sources[platform]) for platform in sorted(state.sources)},
    }


def decode(data: dict[str, Any]) -> AuditState:
    """An `AuditState` from a current-version document, checked as `encode` checks it (in one
    pass: at 100,000 sightings each pass is seconds); ValueError, KeyError, TypeError or
    AttributeError if it is malformed (`StateStore.load` turns them into one StateError)."""
    checks = _Checks()
    id_ok = _ID.fullmatch
    decisions: dict[str, Decision] = {}
    for key, d in data.get("decisions", {}).items():
        until = d.get("snooze_until")
        decisions[_check(_ID, key)] = Decision(
            _status(str(d["status"])),
            _scrub(str(d.get("reason", ""))),
            checks.date(str(d.get("updated", ""))),
            checks.date(until) if until else None,
        )
    seen: dict[str, Seen] = {}
    for key, s in data.get("seen", {}).items():
        place = str(s.get("place", ""))
        if not (isinstance(key, str) and id_ok(key)) or (place and not id_ok(place)):
            raise ValueError("a key or name is not in the expected form")
        seen[key] = Seen(
            checks.name(s["kind"]),
            checks.name(s["platform"]),
            checks.date(s["first_seen"]),
            checks.date(s["last_seen"]),
            int(s.get("last_scan", 0)),
            place,
            checks.rules(str(s.get("rules", ""))),
            int(s.get("identity", IDENTITY_VERSION)),
            checks.date(str(s.get("verified", ""))),
        )
    return AuditState(
        version=CURRENT_VERSION,
        decisions=decisions,
        seen=seen,
        scans=[checks.date(day) for day in data.get("scans", [])],
        sources={checks.name(platform): int(number) for platform, number in dict(data.get("sources", {})).items()},
    )


def _check(pattern: re.Pattern[str], value: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError("a key or name is not in the expected form")
    return value


def _status(value: str) -> Status:
    if value not in STATUSES:
        raise ValueError("unknown status")
    return value  # type: ignore[return-value]


def _date(value: str | None) -> str:
    """An ISO date ("" allowed for "unknown"), re-spelt so nothing else can ride along."""
    if value == "":
        return ""
    if not isinstance(value, str):
        raise ValueError("a date is not text")
    return date.fromisoformat(value).isoformat()


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _scrub(text: str, values: list[str] | None = None) -> str:
    """`audit.scrub.scrub`, imported on first use: it loads the address, e-mail and phone
    detectors (a few tenths of a second), which opening the app does not need."""
    from audit.scrub import scrub

    return scrub(text, values or ())


def _scrub_tokens(text: str, value: str) -> str:
    """`audit.scrub.scrub_tokens`, imported on first use (see `_scrub`)."""
    from audit.scrub import scrub_tokens

    return scrub_tokens(text, value)
