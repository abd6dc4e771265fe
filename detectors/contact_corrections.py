"""A detail the writer corrects right after giving it, by saying only the part that was wrong.

People who dictate or type badly fix a number or a mailbox the way they would aloud: "07700 900 124,
oops 142", "... four two, I mean four two SEVEN", "jo at example dot org - correction: dot net",
"jo@example.org, I mean @example.net".  The first value was never anyone's; the one the writer
meant is the first with its wrong part swapped for the correction, and that is what the policy protects
(clauses 2.4.2, 2.4.3).  A correction that repeats the whole number ("sorry, 07700 900 142") is found as a
number of its own and the first one dropped (`phone_service_filters.NUMBER_TAKEN_BACK`); this module reads
only the partial ones, which name no number or address on their own.

- `corrected_numbers`: the digits a partial correction after a number makes of it, best guess first: the
  correction replaces as many digits at the end as it has (a slip), or one fewer (a digit missed) or one
  more (a digit too many); the caller keeps the first its validator accepts.
- `corrected_address`: the mailbox a correction of its domain, or of the domain's ending, makes of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from detectors.phone_words import NUMBER_WORD, digits_said

_CUE = (
    r"[\s,.;:!?\u2014\u2013-]*(?:\.{2,3}\s*)?(?:\W{1,3}\s*)?"
    r"(?:no\s+wait|wait,?\s+no|no\s+sorry|no,?\s+sorry|sorry|oops|i\s+mean|correction|edit\s*:|actually|typo|my\s+bad)\b"
)
"""How a correction opens: "no wait", "sorry", "oops", "I mean", "edit:" (an emoji or "..." may come first)."""

_ENDS_IT = (
    r"(?![/:.,]\d)(?=[ \t]*(?:$|[\n.!?,;:)(\]]|[^\x00-\x7f]|(?:sorry|not|i|at\s+the\s+end|thanks|lol|x+|typo|oops|"
    r"haha|my\s+bad|fat\s+fingers?|autocorrect)\b))"
)
"""The correction ends its clause: the end of the text or line, a stop, a bracket, an emoji, or more words of the
apology ("… 381 sorry", "… 42 at the end").  Digits followed by a noun count something ("sorry 12 missed calls",
"actually 45 people came"), and digits followed by ":30" or "/7" are a time or a fraction, not a number's end."""
_TAIL_DIGITS = re.compile(
    _CUE + r"[^\d\n@]{0,20}?(?<![\d\w])(?P<digits>\d(?:[ -]?\d){1,6})(?![\d\w])(?![ -]?\d)" + _ENDS_IT,
    re.IGNORECASE,
)
"""A correction of a number's last digits, in digits: "... oops 900 517", "typo, 42 at the end"."""
_TAIL_WORDS = re.compile(
    _CUE
    + rf"[^\d\n@]{{0,20}}?(?<![\w'-])(?P<words>{NUMBER_WORD}(?:[\s,-]{{1,2}}{NUMBER_WORD}){{0,6}})(?![\w'-])"
    + _ENDS_IT,
    re.IGNORECASE,
)
"""The same in number words: "I mean five five SIX"."""
MAX_TAIL = 7
"""A correction of eight digits or more is a whole number, found on its own."""


def corrected_numbers(text: str, end: int, digits: str) -> tuple[list[str], int]:
    """The numbers a partial correction right after `text[:end]` (a number whose digits are `digits`) makes
    of it, most likely first, and where the correction ends; ([], end) when nothing corrects it."""
    found = _TAIL_DIGITS.match(text, end)
    tail = re.sub(r"\D", "", found.group("digits")) if found else ""
    if found is None:
        found = _TAIL_WORDS.match(text, end)
        tail = (digits_said(found.group("words")) or "") if found else ""
    if found is None or len(tail) < 2 or len(tail) > MAX_TAIL or len(tail) >= len(digits):
        return [], end
    sizes = [len(tail), len(tail) - 1, len(tail) + 1]
    fixes = [digits[: len(digits) - k] + tail for k in sizes if 0 < k <= len(digits) - 4]
    return [fix for fix in fixes if fix != digits], found.end()


_SUFFIX_2 = re.compile(r"\.(?:co|org|ac|gov|net|com|ltd|me|nhs|sch)\.[a-z]{2}$")
"""A two-label ending ("co.uk", "com.au", "org.uk"): corrected as one piece (".org.uk, correction: .net")."""
_LABEL = r"[A-Za-z0-9-]+"
_DOMAIN_FIX = re.compile(
    _CUE
    + r"[^@\n]{0,24}?(?:(?<=\s)|(?<=,)|(?<=^))(?:it['’]?s\s+|its\s+)?"
    + rf"(?:(?P<at>@\s?{_LABEL}(?:\s?\.\s?{_LABEL})+)"
    + rf"|(?P<domain>{_LABEL}\.{_LABEL}(?:\.{_LABEL})*)"
    + rf"|(?P<ending>(?:(?:\s*\.\s*|\bdot\s+){_LABEL})(?:(?:\s*\.\s*|\s+dot\s+){_LABEL})?))\b"
    + _ENDS_IT,
    re.IGNORECASE,
)
"""A correction of a mailbox's domain: a new "@domain", a whole new domain ("example.com"), or a new
ending ("dot net", ".org")."""


@dataclass(frozen=True, slots=True)
class Corrected:
    """A mailbox as the writer corrected it, and where the correction ends in the text."""

    address: str
    end: int


def corrected_address(
    text: str, end: int, address: str, refused: Callable[[str], bool] = lambda _: False
) -> Corrected | None:
    """`address` (lower case, found ending at `end`) with the domain or ending the writer corrects it to
    right after; None when nothing after it corrects it, or the corrected address is one the caller `refused`
    (the e-mail detector refuses the school's own)."""
    found = _DOMAIN_FIX.match(text, end)
    if found is None or "@" not in address:
        return None
    local, _, domain = address.rpartition("@")
    if found.group("at"):
        new_domain = re.sub(r"\s", "", found.group("at"))[1:]
    elif found.group("domain"):
        new_domain = found.group("domain")
        if new_domain.count(".") == 0:
            return None
    else:
        labels = [label for label in re.split(r"(?i)\s*\.\s*|\s*\bdot\s+", found.group("ending")) if label]
        if not labels or not all(label.isalpha() and len(label) <= 6 for label in labels):
            return None
        stem = _SUFFIX_2.sub("", domain) if _SUFFIX_2.search(domain) else domain.rpartition(".")[0]
        if not stem:
            return None
        new_domain = ".".join([stem, *labels])
    new_domain = new_domain.lower().rstrip(".")
    if new_domain == domain or "." not in new_domain:
        return None
    fixed = f"{local}@{new_domain}"
    return None if refused(fixed) else Corrected(fixed, found.end())
