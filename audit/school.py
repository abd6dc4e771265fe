"""The school profile: a small TOML file that sharpens the detectors.

    [school]
    name = "St Aidan's C of E Primary School"
    aliases = ["St Aidan's Primary", "St Aidans Brackenford"]
    domains = ["staidans.example.org"]      # official e-mail domains: not personal
    phones = ["0113 496 0000"]              # the school's own numbers: not personal
    town = "Brackenford"
    handles = ["StAidansBrackenford", "brackenford_pri"]

With no file the tool still runs on an empty profile: nothing is allowed, and school
names are found only where someone writes that they work at one.
"""

from __future__ import annotations

import tomllib
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from audit.errors import SchoolProfileError
from detectors.base import SchoolProfile
from detectors.phone import normalise_phone

_STRING_KEYS = ("name", "town")
_LIST_KEYS = ("aliases", "domains", "phones", "handles")


def load_school(path: Path | None) -> SchoolProfile:
    """Read and validate a school profile; None gives the empty default profile."""
    if path is None:
        return SchoolProfile()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchoolProfileError(f"{path}: no such school profile") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SchoolProfileError(f"{path}: cannot read ({type(error).__name__})") from None
    except tomllib.TOMLDecodeError as error:
        raise SchoolProfileError(f"{path}: not valid TOML ({error})") from None
    return parse_school(document, str(path))


def parse_school(document: dict[str, Any], label: str = "school profile") -> SchoolProfile:
    """Validate a parsed TOML document, naming the first bad key."""
    unknown_tables = sorted(set(document) - {"school"})
    if unknown_tables:
        raise SchoolProfileError(f"{label}: unknown table '{unknown_tables[0]}' (expected [school])")
    table = document.get("school")
    if not isinstance(table, dict):
        raise SchoolProfileError(f"{label}: missing the [school] table")
    for key in table:
        if key not in _STRING_KEYS + _LIST_KEYS:
            hint = get_close_matches(key, _STRING_KEYS + _LIST_KEYS, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise SchoolProfileError(f"{label}: unknown key 'school.{key}'{suggestion}")
    values: dict[str, Any] = {}
    for key in _STRING_KEYS:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise SchoolProfileError(f"{label}: 'school.{key}' must be a string")
        values[key] = value.strip()
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SchoolProfileError(f"{label}: 'school.{key}' must be a list of strings")
        values[key] = tuple(v.strip() for v in value if v.strip())
    phones = []
    for index, raw in enumerate(values["phones"]):
        e164 = normalise_phone(raw)
        if e164 is None:
            raise SchoolProfileError(f"{label}: 'school.phones[{index}]' is not a UK or international phone number")
        phones.append(e164)
    return SchoolProfile(
        name=values["name"],
        aliases=values["aliases"],
        domains=tuple(d.lower().lstrip("@") for d in values["domains"]),
        phones=tuple(phones),
        town=values["town"],
        handles=tuple(h.lstrip("@#") for h in values["handles"]),
    )
