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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from audit.errors import AuditError
from audit.identity import IDENTITY_VERSION
from audit.migrations import CURRENT_VERSION, MigrationError, migrate
from audit.model import Finding
from audit.paths import data_home, folder_lock, remove_stale_temporaries, write_private
from audit.scrub import scrub, scrub_tokens

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
        cleaned = scrub(reason, [finding.value])
        if finding.kind == "address":
            cleaned = scrub_tokens(cleaned, finding.value)
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
        self._base: AuditState | None = None
        """What the file held then: tells a merge what this writer changed and what the other did."""
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
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise MigrationError("not a JSON object")
            state = decode(migrate(data))
            self._known, self._base = self._stamp(), _copy(state)
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

                        merge(state, theirs, base)
                write_private(self.path, (json.dumps(encode(state), indent=1, sort_keys=True) + "\n").encode())
        except OSError as error:
            if isinstance(error, StateWriteError):
                raise
            why = error.strerror or type(error).__name__
            raise StateWriteError(f"{self.path}: cannot save the progress file ({why})") from None
        self._known, self._base, self._looked = self._stamp(), _copy(state), True

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


def _copy(state: AuditState) -> AuditState:
    """A snapshot that later changes to `state` (made in place) cannot reach."""
    return AuditState(
        state.version,
        {key: replace(decision) for key, decision in state.decisions.items()},
        {key: replace(sighting) for key, sighting in state.seen.items()},
        list(state.scans),
        dict(state.sources),
    )


def encode(state: AuditState) -> dict[str, Any]:
    """The JSON document; raises ValueError if a field breaks the no-values rule."""
    return {
        "version": CURRENT_VERSION,
        "decisions": {
            _check(_ID, key): {
                "status": _status(decision.status),
                "reason": scrub(decision.reason),
                "updated": _date(decision.updated),
                "snooze_until": _date(decision.snooze_until) if decision.snooze_until else None,
            }
            for key, decision in state.decisions.items()
        },
        "seen": {
            _check(_ID, key): {
                "kind": _check(_NAME, seen.kind),
                "platform": _check(_NAME, seen.platform),
                "first_seen": _date(seen.first_seen),
                "last_seen": _date(seen.last_seen),
                "last_scan": int(seen.last_scan),
                "place": _check(_ID, seen.place) if seen.place else "",
                "rules": _check(_RULES, seen.rules) if seen.rules else "",
                "identity": int(seen.identity),
                "verified": _date(seen.verified),
            }
            for key, seen in state.seen.items()
        },
        "scans": [_date(day) for day in state.scans],
        "sources": {_check(_NAME, platform): int(number) for platform, number in state.sources.items()},
    }


def decode(data: dict[str, Any]) -> AuditState:
    """An `AuditState` from a current-version document; ValueError, KeyError, TypeError or
    AttributeError if it is malformed (`StateStore.load` turns them into one StateError)."""
    encoded = encode(
        AuditState(
            version=data["version"],
            decisions={
                key: Decision(
                    str(d["status"]),  # type: ignore[arg-type]
                    str(d.get("reason", "")),
                    str(d.get("updated", "")),
                    d.get("snooze_until"),
                )
                for key, d in data.get("decisions", {}).items()
            },
            seen={
                key: Seen(
                    s["kind"],
                    s["platform"],
                    s["first_seen"],
                    s["last_seen"],
                    int(s.get("last_scan", 0)),
                    str(s.get("place", "")),
                    str(s.get("rules", "")),
                    int(s.get("identity", IDENTITY_VERSION)),
                    str(s.get("verified", "")),
                )
                for key, s in data.get("seen", {}).items()
            },  # fmt: skip
            scans=list(data.get("scans", [])),
            sources=dict(data.get("sources", {})),
        )
    )
    return AuditState(
        version=CURRENT_VERSION,
        decisions={key: Decision(**value) for key, value in encoded["decisions"].items()},
        seen={key: Seen(**value) for key, value in encoded["seen"].items()},
        scans=encoded["scans"],
        sources=encoded["sources"],
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
