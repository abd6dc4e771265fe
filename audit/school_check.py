"""Checking a school profile: every problem named, in one plain line each.

An IT lead writes the profile once and hands it to every member of staff, so a typo
(`domians = [...]`) must not pass quietly: the key would be ignored and the school's own
addresses reported as personal in every scan.  `problems` lists everything wrong with a
parsed document; `audit.school.load_school` refuses a profile with the first of them, and
`profile-audit school check FILE` prints them all.  The field checks (`domain_problem`,
`phone_problem`, `handle_problem`) are shared with `school init`, which asks again when an
answer would not pass.

Messages name the key and its position ("'school.phones[1]'"), never the value: a profile
holds nothing personal, but the rule that errors never echo a value stays simple that way.
"""

from __future__ import annotations

import re
import tomllib
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from audit.errors import SchoolProfileError

TABLE = "school"
STRING_KEYS = ("name", "town")
LIST_KEYS = ("aliases", "domains", "phones", "handles")
KEYS = STRING_KEYS + LIST_KEYS
MAX_BYTES = 1_000_000
"""A profile is a few hundred bytes; anything this big is the wrong file."""

_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_DOMAIN = re.compile(rf"(?=.{{1,253}}$)(?:{_LABEL}\.)+(?:[a-z]{{2,63}}|xn--[a-z0-9-]{{1,59}})")
_HANDLE = re.compile(r"[\w.\-]{1,100}")
_WEB = re.compile(r"^[a-z][a-z0-9+.\-]*://|/", re.IGNORECASE)


def read_document(path: Path) -> dict[str, Any]:
    """The parsed TOML of a profile file, or a one-line `SchoolProfileError` naming the file."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SchoolProfileError(f"{path}: too big for a school profile (is it the right file?)")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchoolProfileError(f"{path}: no such school profile") from None
    except IsADirectoryError:
        raise SchoolProfileError(f"{path}: is a folder, not a school profile") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SchoolProfileError(f"{path}: cannot read ({type(error).__name__})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SchoolProfileError(f"{path}: not valid TOML ({error})") from None


def check_file(path: Path) -> list[str]:
    """Every problem of the profile at `path`, one line each, each starting with the path."""
    try:
        document = read_document(path)
    except SchoolProfileError as error:
        return [str(error)]
    return [f"{path}: {problem}" for problem in problems(document)]


def problems(document: dict[str, Any]) -> list[str]:
    """Everything wrong with a parsed profile, in file order; empty when it can be used."""
    found: list[str] = []
    for key, value in document.items():
        if key == TABLE:
            continue
        if key in KEYS and not isinstance(value, dict):
            found.append(f"'{key}' is outside the [school] table: move it below the [school] line")
        else:
            hint = get_close_matches(key.lower(), (TABLE,), n=1, cutoff=0.6)
            found.append(
                f"unknown table '[{key}]': " + ("did you mean '[school]'?" if hint else "the only table is [school]")
            )
    table = document.get(TABLE)
    if table is None:
        if not found:
            found.append("no [school] table: the file must have a line [school] above its keys")
        return found
    if not isinstance(table, dict):
        return [*found, "'school' must be a table: write [school] on a line of its own"]
    for key, value in table.items():
        if key not in KEYS:
            found.append(f"unknown key '{key}' in [school]{_suggest(key)}")
        elif key in STRING_KEYS and not isinstance(value, str):
            found.append(f"'school.{key}' must be a string: text in quotes, like {key} = \"...\"")
        elif key in LIST_KEYS:
            found.extend(_list_problems(key, value))
    return found


def _list_problems(key: str, value: Any) -> list[str]:
    entries = [value] if isinstance(value, str) else value
    if not isinstance(entries, list) or not all(isinstance(entry, str) for entry in entries):
        return [f'\'school.{key}\' must be a list of strings, like {key} = ["...", "..."]']
    field_check = _FIELD_CHECKS.get(key)
    if field_check is None:
        return []
    found = []
    for index, entry in enumerate(entries):
        problem = field_check(entry) if entry.strip() else None
        if problem:
            found.append(f"'school.{key}[{index}]' {problem}")
    return found


def _suggest(key: str) -> str:
    hint = get_close_matches(key.lower(), KEYS, n=1, cutoff=0.6)
    return f": did you mean '{hint[0]}'?" if hint else f" (the keys are {', '.join(KEYS)})"


def domain_problem(raw: str) -> str | None:
    """What is wrong with one e-mail domain ("staidans.example.org", "@staidans..."), or None."""
    domain = raw.strip().lower().removeprefix("@")
    if not domain:
        return "is empty: give the part after @ in staff e-mail addresses"
    if _WEB.search(domain):
        return "is a web address: give only the part after @ in staff e-mail addresses"
    if "@" in domain:
        return "is a whole e-mail address: give only the part after @"
    if any(character.isspace() for character in domain):
        return "has a space in it: a domain is one word with dots, like yourschool.example.org"
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = ""
    if not _DOMAIN.fullmatch(ascii_domain.rstrip(".")):
        return "is not a domain name: give the part after @ in staff e-mail addresses, like yourschool.example.org"
    return None


def phone_problem(raw: str) -> str | None:
    """What is wrong with one of the school's numbers, or None (Ofcom's drama ranges pass).

    phonenumbers is imported here, not with the module: the app's first screen imports
    `audit.school` (through the demo personas) and has no number to check."""
    import phonenumbers

    from detectors.phone import normalise_phone

    if normalise_phone(raw) is not None:
        return None
    try:
        number = phonenumbers.parse(raw.strip(), "GB")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        return "is a freephone or service number, which is never reported anyway: leave it out"
    return "is not a UK or international phone number"


def handle_problem(raw: str) -> str | None:
    """What is wrong with one account name or hashtag ("@StAidansBrackenford"), or None."""
    handle = raw.strip().lstrip("@#")
    if _WEB.search(handle):
        return "is a web address: give only the account name or hashtag, without @ or #"
    if any(character.isspace() for character in handle):
        return "has a space in it: give the account name or hashtag as one word"
    if not _HANDLE.fullmatch(handle):
        return "is not an account name or hashtag: letters, digits, _ . and - only"
    return None


_FIELD_CHECKS = {"domains": domain_problem, "phones": phone_problem, "handles": handle_problem}
