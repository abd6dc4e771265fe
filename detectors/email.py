"""Personal e-mail addresses (clauses 2.4.3, 2.1.5, 2.5.1).

Plain addresses and the obfuscated forms people use to dodge scrapers
("jo.bloggs at example dot com", "jo [at] example [dot] org", "jo.marsh @ example.com").
email-validator checks the syntax only: `check_deliverability=False`, so no DNS query ever
leaves the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from email_validator import EmailNotValidError, validate_email

from detectors.base import Detector, Item, Match

_PLAIN = re.compile(r"(?<![\w.@+-])[\w.+-]+(?:@| @ )[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_LABEL = r"[A-Za-z0-9][\w+-]*"
_OBFUSCATED = re.compile(
    rf"(?<![\w.])(?P<local>{_LABEL}(?:{_DOT}{_LABEL})*){_AT}(?P<domain>[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)+)",
    re.IGNORECASE,
)
_BRACKETED_AT = re.compile(r"[\[({<]\s*at\s*[\])}>]")
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)
_COMMON_TLDS = frozenset(
    "com org net uk co ac sch gov edu io me info biz eu ie de fr es it nl au ca us nz online email mail xyz dev app".split()
)
"""Top-level labels an obfuscated address must end in: without this, "at home dot dot" or
"meet at six dot" would look like addresses."""
_PLAIN_WORDS = frozenset(
    "i me you him her us them it we they this that here there home school work look see meet be is was the a an "
    "one all".split()
)
"""Words that end "see you at home dot com": spelt-out addresses whose local part or first
domain label is one of these are prose, not addresses."""
_ASKING_CONTEXT = re.compile(
    r"\b(?:e-?mail|mail|contact|reach|write|message|address|drop)\b[^.!?]{0,30}$", re.IGNORECASE
)
"""An address spelt out in words with a bare-word local part ("quinn at example dot com") is
only believed when the sentence asks to be written to; "Shopping at bargainshop dot example dot org" is a
shop's web address."""


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
        spelt_out = " dot " in lowered and " at " in lowered
        has_bracket = "[" in text or "(" in text or "{" in text or "<" in text
        bracketed = has_bracket and _BRACKETED_AT.search(lowered) is not None
        return (spelt_out or bracketed) and _OBFUSCATED.search(text) is not None

    def detect(self, item: Item) -> Iterator[Match]:
        text = item.text or ""
        seen: list[tuple[int, int]] = []
        if "@" in text:
            for found in _PLAIN.finditer(text):
                address = _validated(found.group().rstrip(".").replace(" @ ", "@"))
                if address and not self._is_school(address):
                    spaced = " @ " in found.group()
                    confidence = 0.97 if item.provenance.section in ("profile", "account") else 0.93
                    seen.append(found.span())
                    rule = "e-mail address written with spaces around the @" if spaced else "e-mail address"
                    yield self.match(address, found.start(), found.end(), confidence - 0.05 * spaced, rule)
        position = 0
        while found := _OBFUSCATED.search(text, position):
            # Overlapping search: "me at pat.k{at}example{dot}com" first tries "me at pat.k".
            position = found.start() + 1
            if any(s <= found.start() < e for s, e in seen):
                continue
            match = self._spelt_out(text, found)
            if match is not None:
                seen.append((found.start(), found.end()))
                position = found.end()
                yield match

    def _spelt_out(self, text: str, found: re.Match[str]) -> Match | None:
        labels = [label for label in _DOT_SPLIT.split(found.group("domain")) if label]
        if labels[-1].lower() not in _COMMON_TLDS:
            return None
        local_parts = [part for part in _DOT_SPLIT.split(found.group("local")) if part]
        bracketed = _BRACKETED_AT.search(found.group().lower()) is not None
        if not bracketed:
            if {local_parts[0].lower(), labels[0].lower()} & _PLAIN_WORDS:
                return None
            bare_word = len(local_parts) == 1 and local_parts[0].isalpha()
            if bare_word and not _ASKING_CONTEXT.search(text[max(0, found.start() - 40) : found.start()]):
                return None
        address = _validated(f"{'.'.join(local_parts)}@{'.'.join(labels)}")
        if not address or self._is_school(address):
            return None
        if bracketed:
            return self.match(address, found.start(), found.end(), 0.9, "e-mail address spelt out with [at]/[dot]")
        return self.match(address, found.start(), found.end(), 0.8, "e-mail address spelt out in words")

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
