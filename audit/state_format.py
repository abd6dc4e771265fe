"""The progress file's bytes: one compact line of JSON, and every earlier shape read back.

`to_bytes` writes the current version as one line, findings in key order and each one's
fields in a fixed order, so the same progress always gives the same bytes.  `parse` reads
any version: the earlier indented layout reads the same way, and versions 0-2 are brought up
to date by `audit.migrations` first.  Both check the no-values rule (a closed vocabulary, a
checked pattern, an ISO date or a scrubbed reason in every field), so a state built by hand
cannot smuggle a value onto disk, nor an edited file one into the app.  Kept apart from the
file's handling (`audit.state`): what is written, not how it is written safely.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from audit.identity import IDENTITY_VERSION
from audit.migrations import CURRENT_VERSION, MigrationError, migrate
from audit.state_model import STATUSES, AuditState, Decision, Seen, Status, scrub_reason

_ID = re.compile(r"[0-9a-f]{8,64}")
_NAME = re.compile(r"[a-z][a-z_]{0,39}")
"""Kinds and platforms: stable identifiers such as "phone", "job_title", "x"; no digits, so
not even a number can hide in one."""
_RULES = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}")


def parse(raw: bytes) -> AuditState:
    """The state a file's bytes hold, in any version.  ValueError (a `MigrationError` with a
    one-line reason for a shape that does not match its version), KeyError, TypeError or
    AttributeError if it is not a progress file: `StateStore` words them."""
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
            "reason": scrub_reason(decision.reason),
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
            scrub_reason(str(d.get("reason", ""))),
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
