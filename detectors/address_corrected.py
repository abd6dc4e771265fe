"""A house number the writer corrects after giving it ("14 Elm Road ... sorry, 41 not 14").

Chat is typed fast and fixed in the next breath: a digit pair swapped, then "sorry thats 41 not 14", "edit: 41
not 14", "oops 41!!" or the whole line again with the right number.  The home is at the corrected number,
so a finding that kept the first one reports a house that is not theirs and misses the one that is.  This
unit reads the few lines after a numbered street line for such a correction and says what the house number
should be; `AddressDetector` then reports the corrected line instead.

Only a correction of *this* number counts: "N not M" where M is the number given, or a word of correcting
("sorry", "oops", "edit", "typo", "I mean", "meant", "correction") followed closely by a new number of a
house number's size that is not a time, price or count ("sorry, 2pm", "oops 3 of them" are other slips).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from detectors.base import Explanation, Match

CORRECTION_WITHIN = 90
"""Characters after the street line a correction is read in: the rest of its line and a short next one."""
_HOUSE_NUMBER = re.compile(r"\s*(?:[Nn]o\.?\s*|[Nn]umber\s+)?(\d{1,4}[A-Za-z]?)\b")
_NOT_OLD = r"(?P<new>\d{1,4}[a-zA-Z]?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:number\s+|no\.?\s*)?(?P<old>\d{1,4}[a-zA-Z]?)\b"
_NOT_THEN_NEW = r"\bnot\s+(?:number\s+|no\.?\s*)?(?P<old2>\d{1,4}[a-zA-Z]?)\b\s*[,!;:.-]*\s*(?:(?:it'?s|its|but)\s+)?(?P<new2>\d{1,4}[a-zA-Z]?)\b"
_SLIP_THEN_NEW = (
    r"\b(?:sorry|soz|oops|whoops|edit|typo|correction|i\s+mean|i\s+meant|meant|should\s+be|should\s+have\s+said)\b"
    r"[\s:!,.\-*]*(?:(?:it'?s|its|thats|that'?s|it\s+is|number|no\.?)\s+)*(?P<new3>\d{1,4}[a-zA-Z]?)\b"
    r"(?!\s*(?:am|pm|p\b|mins?|minutes?|hours?|hrs?|[:.]\d|%|x\b|of\b|people|kids|days?|weeks?))"
)
_CORRECTION = re.compile(rf"(?i){_NOT_OLD}|{_NOT_THEN_NEW}|{_SLIP_THEN_NEW}")


@dataclass(frozen=True, slots=True)
class Correction:
    """The house number given (`old`), the one the writer put right (`new`), and where the correction ends."""

    old: str
    new: str
    end: int


def correction_after(text: str, start: int, end: int) -> Correction | None:
    """The correction of the house number that opens the street line `text[start:end]`, if the writer makes
    one in the next `CORRECTION_WITHIN` characters (see the module's docstring)."""
    number = _HOUSE_NUMBER.match(text, start, end)
    if number is None:
        return None
    old = number.group(1).lower()
    for found in _CORRECTION.finditer(text, end, min(len(text), end + CORRECTION_WITHIN)):
        said_old = (found.group("old") or found.group("old2") or "").lower()
        new = (found.group("new") or found.group("new2") or found.group("new3") or "").lower()
        if said_old and said_old != old:
            continue  # "5 not 6" about something else
        if new and new != old:
            return Correction(old, new, found.end())
    return None


def corrected_line(line: str, correction: Correction) -> str:
    """The street line with its house number put right ("14 Elm Road" -> "41 Elm Road")."""
    return re.sub(rf"(?i)\b{re.escape(correction.old)}\b", correction.new, line, count=1)


def as_corrected(text: str, matches: Iterable[Match]) -> Iterator[Match]:
    """The matches, each street line whose house number the writer corrects reported at the corrected number
    (its rule says so)."""
    for match in matches:
        correction = correction_after(text, match.start, match.end) if match.value[:1].isdigit() else None
        if correction is None:
            yield match
            continue
        rule = f"{match.rule}, its house number as the writer corrected it"
        value = corrected_line(match.value, correction)
        yield replace(match, value=value, rule=rule, explanation=Explanation("rule", rule))
