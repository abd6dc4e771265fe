"""The school profile: a small TOML file that sharpens the detectors.

    [school]
    name = "St Aidan's C of E Primary School"
    aliases = ["St Aidan's Primary", "St Aidans Brackenford"]
    domains = ["staidans.example.org"]      # official e-mail domains: not personal
    phones = ["0113 496 0000"]              # the school's own numbers: not personal
    town = "Brackenford"
    handles = ["StAidansBrackenford", "brackenford_pri"]

With no file the tool still runs on an empty profile: nothing is allowed, and school
names are found only where someone writes that they work at one.  The checks live in
`audit.school_check` (shared with `profile-audit school check` and `school init`), so a bad
key is named the same way when scanning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audit.errors import SchoolProfileError
from audit.school_check import LIST_KEYS, STRING_KEYS, TABLE, problems, read_document
from detectors.base import SchoolProfile


def load_school(path: Path | None) -> SchoolProfile:
    """Read and validate a school profile; None gives the empty default profile."""
    if path is None:
        return SchoolProfile()
    return parse_school(read_document(path), str(path))


def parse_school(document: dict[str, Any], label: str = "school profile") -> SchoolProfile:
    """Validate a parsed TOML document with `audit.school_check`, naming the first problem
    (and how to see the rest), then build the profile the detectors use.  The phone detector
    (and phonenumbers) is imported here, when a profile is read, not for the app's first screen."""
    from detectors.phone import normalise_phone

    found = problems(document)
    if found:
        more = len(found) - 1
        rest = f" (and {more} more: `profile-audit school check {label}` lists them all)" if more else ""
        raise SchoolProfileError(f"{label}: {found[0]}{rest}")
    table: dict[str, Any] = document[TABLE]
    values: dict[str, Any] = {key: str(table.get(key, "")).strip() for key in STRING_KEYS}
    for key in LIST_KEYS:
        entries = table.get(key, [])
        entries = [entries] if isinstance(entries, str) else entries
        values[key] = tuple(entry.strip() for entry in entries if entry.strip())
    phones = tuple(e164 for raw in values["phones"] if (e164 := normalise_phone(raw)) is not None)
    return SchoolProfile(
        name=values["name"],
        aliases=values["aliases"],
        domains=tuple(d.lower().lstrip("@") for d in values["domains"]),
        phones=phones,
        town=values["town"],
        handles=tuple(h.lstrip("@#") for h in values["handles"]),
    )


def describe(profile: SchoolProfile) -> str:
    """The profile in one line, to confirm the right one was chosen: "St Aidan's C of E
    Primary School, 1 e-mail domain, 2 phone numbers" (counts only, no values)."""
    parts = [profile.name or "no name"]
    for values, one, many in (
        (profile.aliases, "other name", "other names"),
        (profile.domains, "e-mail domain", "e-mail domains"),
        (profile.phones, "phone number", "phone numbers"),
        (profile.handles, "account or hashtag", "accounts or hashtags"),
    ):
        if values:
            parts.append(f"{len(values)} {one if len(values) == 1 else many}")
    return ", ".join(parts)
