"""Bring an old progress file up to the current shape, one version step at a time.

A person's progress (which findings they fixed, accepted or dismissed) outlives any one
release, so the state file carries a `version` and every change of shape ships a function
here that turns version N into N+1.  `audit.state` runs the chain on load; nothing is
written back until the person next saves, so a failed migration never costs them the file.

Version history:

- 0: the walk-through prototype's file (no `version` key): `{"statuses": {id: status},
  "reasons": {id: reason}, "kinds": {id: "kind/platform"}, "last_scan": "YYYY-MM-DD"}`.
  Snoozing did not exist and "ignored" meant what is now "dismissed".
- 1: `{"version": 1, "decisions": {...}, "seen": {...}, "scans": [...]}` (see audit.state).
- 2: each sighting also keeps `place` (a fingerprint of kind and item without the value, "" when
  unknown), `rules` (the detectors' rules version that found it, "" when unknown) and
  `identity` (the finding identity version its key was made with, `audit.identity`); the file
  keeps `sources` (platform -> the last scan that read it, so a re-check compares only what it
  scanned again; upgraded files take each platform's latest sighting).
  Keys made under identity 1 stay as they are: the next scan carries each decision over to its
  finding's new key (`audit.recheck.carry_over`), because only a scan can compute both.
- 3: each sighting also keeps `verified`, the ISO date a re-fetch of its public page found it
  gone (`profile-audit verify`), "" when never checked; upgraded files have checked nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 3

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(ValueError):
    """The file's shape does not match the version it claims; the message is one line."""


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Split the prototype's flat maps into decisions and sightings; rename "ignored"."""
    statuses = _mapping(data, "statuses")
    reasons = _mapping(data, "reasons")
    kinds = _mapping(data, "kinds")
    last_scan = data.get("last_scan")
    if last_scan is not None and not isinstance(last_scan, str):
        raise MigrationError("'last_scan' is not a date")
    renamed = {"ignored": "dismissed", "done": "fixed"}
    decisions: dict[str, Any] = {}
    for finding_id, status in statuses.items():
        if not isinstance(status, str):
            raise MigrationError("a status is not text")
        reason = reasons.get(finding_id, "")
        decisions[finding_id] = {
            "status": renamed.get(status, status),
            "reason": reason if isinstance(reason, str) else "",
            "updated": last_scan or "",
            "snooze_until": None,
        }
    seen: dict[str, Any] = {}
    for finding_id, label in kinds.items():
        if not isinstance(label, str) or "/" not in label:
            raise MigrationError("a kind entry is not 'kind/platform'")
        kind, platform = label.split("/", 1)
        when = last_scan or ""
        seen[finding_id] = {"kind": kind, "platform": platform, "first_seen": when, "last_seen": when, "last_scan": 1}
    return {"version": 1, "decisions": decisions, "seen": seen, "scans": [last_scan] if last_scan else []}


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Mark every sighting as made under identity 1, with no place or rules version known."""
    seen = _mapping(data, "seen")
    upgraded: dict[str, Any] = {}
    for finding_id, sighting in seen.items():
        if not isinstance(sighting, dict):
            raise MigrationError("a sighting is not a mapping")
        upgraded[finding_id] = {**sighting, "place": "", "rules": "", "identity": 1}
    sources: dict[str, int] = {}
    for sighting in upgraded.values():
        platform, number = sighting.get("platform"), sighting.get("last_scan", 0)
        if isinstance(platform, str) and platform and isinstance(number, int):
            sources[platform] = max(number, sources.get(platform, 0))
    return {**data, "version": 2, "seen": upgraded, "sources": sources}


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """No fix has been checked on a public page yet."""
    seen = _mapping(data, "seen")
    upgraded: dict[str, Any] = {}
    for finding_id, sighting in seen.items():
        if not isinstance(sighting, dict):
            raise MigrationError("a sighting is not a mapping")
        upgraded[finding_id] = {**sighting, "verified": ""}
    return {**data, "version": 3, "seen": upgraded}


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}
"""From-version -> the function producing the next version."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Return `data` in the current shape; raise MigrationError when that is impossible."""
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise MigrationError("'version' is not a whole number")
    if version > CURRENT_VERSION:
        raise MigrationError(f"written by a newer profile-audit (version {version}, this one reads {CURRENT_VERSION})")
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise MigrationError(f"'{key}' is not a mapping")
    return value
