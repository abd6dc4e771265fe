"""The words of the policy clauses that findings cite ("2.3.2" -> what 2.3.2 says).

A clause number alone tells a teacher nothing; the walk-through shows the clause's own words
next to each finding.  The school's policy ships verbatim as package data
(`audit/policies/cameley-social-media-policy.md`, the default rule set) and is parsed on first
use, so fixing a typo in the data needs no code change and every clause is available, not
only the ones detectors cite today.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

POLICY_FILE = "cameley-social-media-policy.md"
POLICY_NAME = "Cameley CEVC Primary School Social Media Policy (ratified 29 March 2023)"

_CLAUSE = re.compile(r"^(?:- )?(\d+\.\d+\.\d+)\s+(.+)$")
_HEADING = re.compile(r"^(?:Section \d+:|\d+\.\d+\s)")
_BULLET = re.compile(r"^- (.+)$")
_EMPHASIS = re.compile(r"\*+")


def clause_text(number: str) -> str:
    """The words of clause `number`, or "" if this policy has no such clause.

    Clauses that finish a lead-in sentence ("Adults working in schools should:" then
    "2.4.2 keep their personal phone numbers private;") are returned with it, so they read
    as a sentence on their own.
    """
    return clauses().get(number.strip(), "")


def clause_numbers() -> list[str]:
    """Every clause number in the policy, in document order."""
    return list(clauses())


@lru_cache(maxsize=1)
def clauses() -> dict[str, str]:
    """Clause number -> words, parsed from the packaged policy text."""
    text = (resources.files("audit") / "policies" / POLICY_FILE).read_text(encoding="utf-8")
    return parse_clauses(text)


def parse_clauses(text: str) -> dict[str, str]:
    """Parse numbered clauses out of the policy's Markdown.

    Three-level numbers start a clause; a line in lower case continues it (the source has a
    page break inside 2.7.2); bullets after a clause belong to it; a line ending in ":" that
    is not a clause is a lead-in for the clauses after it, until the next heading.
    """
    found: dict[str, str] = {}
    lead = ""
    current: str | None = None
    for raw in text.splitlines():
        line = _EMPHASIS.sub("", raw).strip()
        if not line:
            continue
        clause = _CLAUSE.match(line)
        if clause:
            number, words = clause.groups()
            current = number
            found[number] = f"{lead} {words}" if lead else words
            continue
        if _HEADING.match(line):
            lead, current = "", None
            continue
        bullet = _BULLET.match(line)
        if current and (bullet or line[0].islower()):
            joiner = " " if line[0].islower() else " - "
            found[current] += joiner + (bullet.group(1) if bullet else line)
            continue
        if line.endswith(":"):
            lead, current = line[:-1].strip(), None
        else:
            current = None
    return found
