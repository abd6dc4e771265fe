"""Personal e-mail addresses (clauses 2.4.3, 2.1.5, 2.5.1).

Plain addresses and the obfuscated forms people use to dodge scrapers
("jo.bloggs at example dot com", "jo [at] example [dot] org").  email-validator checks
the syntax only: `check_deliverability=False`, so no DNS query ever leaves the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from email_validator import EmailNotValidError, validate_email

from detectors.base import Detector, Item, Match

_PLAIN = re.compile(r"(?<![\w.@+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_OBFUSCATED = re.compile(
    rf"(?<![\w.])(?P<local>[A-Za-z0-9][\w.+-]*){_AT}(?P<domain>[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)+)",
    re.IGNORECASE,
)
_BRACKETED_AT = re.compile(r"[\[({<]\s*at\s*[\])}>]")
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)
_COMMON_TLDS = frozenset(
    [
        "com",
        "org",
        "net",
        "uk",
        "co",
        "ac",
        "sch",
        "gov",
        "edu",
        "io",
        "me",
        "info",
        "biz",
        "eu",
        "ie",
        "de",
        "fr",
        "es",
        "it",
        "nl",
        "au",
        "ca",
        "us",
        "nz",
        "online",
        "email",
        "mail",
        "xyz",
        "dev",
        "app",
    ]
)
"""Top-level labels an obfuscated address must end in: without this, "at home dot dot" or
"meet at six dot" would look like addresses."""
_PLAIN_WORDS = frozenset(
    [
        "i",
        "me",
        "you",
        "him",
        "her",
        "us",
        "them",
        "it",
        "we",
        "they",
        "this",
        "that",
        "here",
        "there",
        "home",
        "school",
        "work",
        "look",
        "me",
        "see",
        "meet",
        "be",
        "is",
        "was",
        "the",
        "a",
        "an",
        "one",
        "all",
    ]
)
"""Words that end "see you at home dot com": spelt-out addresses whose local part or first
domain label is one of these are prose, not addresses."""


class EmailDetector(Detector):
    """Finds e-mail addresses, plain or spelt out, that are not the school's own."""

    kind = "email"
    title = "Personal e-mail address"
    clauses = ("2.4.3", "2.1.5", "2.5.1")

    def wants(self, item: Item) -> bool:
        text = item.text
        if text is None:
            return False
        if "@" in text:
            return True
        lowered = text.lower()
        spelt_out = " at " in lowered and " dot " in lowered
        return (spelt_out or _BRACKETED_AT.search(lowered) is not None) and _OBFUSCATED.search(text) is not None

    def detect(self, item: Item) -> Iterator[Match]:
        text = item.text or ""
        seen: list[tuple[int, int]] = []
        if "@" in text:
            for found in _PLAIN.finditer(text):
                address = _validated(found.group().rstrip("."))
                if address and not self._is_school(address):
                    confidence = 0.97 if item.provenance.section in ("profile", "account") else 0.93
                    seen.append(found.span())
                    yield self.match(address, found.start(), found.end(), confidence, "e-mail address")
        for found in _OBFUSCATED.finditer(text):
            if any(s <= found.start() < e for s, e in seen):
                continue
            labels = [label for label in _DOT_SPLIT.split(found.group("domain")) if label]
            if labels[-1].lower() not in _COMMON_TLDS:
                continue
            spelt_out = " at " in found.group().lower()
            if spelt_out and {found.group("local").lower(), labels[0].lower()} & _PLAIN_WORDS:
                continue
            address = _validated(f"{found.group('local')}@{'.'.join(labels)}")
            if address and not self._is_school(address):
                bracketed = _BRACKETED_AT.search(found.group().lower()) is not None
                rule = "e-mail address spelt out with [at]/[dot]" if bracketed else "e-mail address spelt out in words"
                yield self.match(address, found.start(), found.end(), 0.9 if bracketed else 0.8, rule)

    def _is_school(self, address: str) -> bool:
        domain = address.rsplit("@", 1)[1]
        return any(domain == d or domain.endswith("." + d) for d in self.school.domains)


def _validated(candidate: str) -> str | None:
    """The address lower-cased if it is syntactically valid, else None (no DNS, ever)."""
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()
