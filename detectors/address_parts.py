"""How one address given in parts is put back together.

A street line is the core of an address; people give the rest around it, and each helper here reads
one such part:

- `postcode_after`: the postcode that ends it, after town and county lines ("7 tansy street\n
  brackenford\nls99 9zz");
- `house_number_apart`: a house number given in its own words a sentence later ("Hawthorn Road …
  we're at number 42");
- `building_before_street`: a building's name before the street line it stands on ("Flat 6, Marlowe
  Court, 22 Quay Wynd") is part of that address;
- `rest_is_town`: nothing but a town follows a street to the end of a profile field;
- `joined`: a street line and the postcode given a sentence later are one finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.address_context import FIRST_PERSON
from detectors.address_filters import ROAD_NEWS_WORDS, SHOP_NAMED_BEFORE
from detectors.base import Match
from detectors.postcode import Postcode
from detectors.street import BARE, NUMBERED, Street

_AFTER_STREET = re.compile(
    r"[ \t]*,?[ \t\n]*(?:[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}[ \t]*,?[ \t\n]*"
    r"|[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?[ \t]*(?:,|\n)[ \t\n]*){0,2}"
)
"""Town and county lines between a street line and its postcode (typed in lower case, each ends
with a comma or a line break: "7 tansy street\nbrackenford\nls99 9zz")."""


_NUMBER_APART = re.compile(
    r"(?i)(?:\b(?:i'?m|we'?re|i\s+am|we\s+are|she'?s|he'?s|they'?re)\s+(?:at\s+(?:number\s+|no\.?\s*)?|number\s+|no\.\s*)"
    r"|\b(?:knock\s+at|come\s+to)\s+(?:number\s+|no\.?\s*)?|\b(?:number|no\.)\s*|(?:\(|\b(?:at|from)\s+)no\s*)"
    r"(\d{1,4}[a-z]?)\b(?!\s*(?:am|pm|mins?|minutes|hours?|years?|%|:|\.\d))"
)
"""A house number given in its own words after the street: "Hawthorn Road … we're at number 42".
"I'm" and "we're" need "at" or "number" before it: "I'm #1" and "we're 2 down" are no address."""


def house_number_apart(text: str, end: int) -> str | None:
    """The house number a post gives after naming the street (within about two sentences), unless
    it is the number of another street line ("... Quill Street and Tansy Street, number 4 Tansy Street"),
    a count ("attempt number 14"), one end of a stretch of the street ("from no. 2 to no. 48") or a shop's
    ("the new bakery at number 42")."""
    found = next((f for f in _NUMBER_APART.finditer(text, end, end + 120) if not _not_a_house(text, f)), None)
    if found is None or NUMBERED.match(text, found.start(1)) is not None:
        return None
    if _news_sentence(text, found.start(1)):
        return None  # "Burst water main outside number 212": a landmark of the news, nobody's house
    if BARE.search(text, end, found.start()) is not None:
        return None  # "park on Brierley Road not ours (Brierley Close). Number 4": the nearer street's
    return found.group(1)


_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:attempt|try|tries|take|round|lap|day|week|page|episode|bus|route|reason|point|question|item|goal|"
    r"wish|song|track|shirt|pick|game|match|time|baby|kid|child|player|ticket|order|case|seat|platform|gate)\s+$"
)
"""A noun before "number": the number counts or names that thing ("attempt number 14", "the number 14 bus")."""
_STRETCH = re.compile(r"(?i)[ \t]*(?:to|-|–)[ \t]*(?:no\.?|number)[ \t]*\d")
_STRETCH_BEFORE = re.compile(r"(?i)\bfrom[ \t]+(?:no\.?|number)[ \t]*\d{1,4}[a-z]?[ \t]*(?:to|-|–)[ \t]*$")


def _not_a_house(text: str, found: re.Match[str]) -> bool:
    """A number in `_NUMBER_APART`'s words that is no house's: one written with a leading 0, a count, a stretch's
    end, a shop's."""
    at = found.start()
    if found.group(1).startswith("0"):
        return True  # "ticket no. 00 4417": no house is numbered 0 or written with a leading 0
    if _COUNTED_BEFORE.search(text, max(0, at - 16), at) or SHOP_NAMED_BEFORE(text, at, found.end()):
        return True
    return (
        _STRETCH.match(text, found.end()) is not None or _STRETCH_BEFORE.search(text, max(0, at - 24), at) is not None
    )


def _news_sentence(text: str, at: int) -> bool:
    """Whether the sentence holding `at` is road news told without a first-person word."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 160), at)]
    start = starts[-1] if starts else max(0, at - 160)
    stop = _SENTENCE_END.search(text, at, at + 160)
    sentence = text[start : stop.start() if stop else at + 160]
    return ROAD_NEWS_WORDS.search(sentence) is not None and FIRST_PERSON.search(sentence) is None


_SENTENCE_END = re.compile(r"[.!?\n]+\s*")
_FLAT_NUMBER = re.compile(r"(?i)\b(?:flat|apartment|apt|unit|room|suite)\.?[ \t]*$")
_BUILDING_GAP = re.compile(r"[ \t]*(?:,|\n)[ \t\n]*")
_BLOCK = re.compile(r"(?i)\b(?:court|house|mansions|lodge|buildings|apartments|tower|towers|heights)$")
"""Words of a block of flats: "9 Abbeyfield Court, 22 Parsonage Road" is flat 9 in a block on that road."""


def building_before_street(text: str, street: Street, streets: list[Street]) -> bool:
    """ "Flat 6, Marlowe Court, 22 Quay Wynd": a building's name (after a flat number, or with no
    number) right before the street line it stands on is part of that address, not one of its own."""
    flat = _FLAT_NUMBER.search(text, max(0, street.start - 12), street.start) or _BLOCK.search(street.line)
    if street.numbered and not flat:
        return False
    gap = _BUILDING_GAP.match(text, street.end)
    return gap is not None and any(other.start == gap.end() and other.numbered for other in streets)


def postcode_after(text: str, end: int, postcodes: list[tuple[Postcode, int, int]]) -> tuple[Postcode, int, int] | None:
    """The postcode that ends this street's address, if the next lines hold one."""
    if not postcodes:
        return None
    gap = _AFTER_STREET.match(text, end)
    reach = gap.end() if gap else end
    for postcode in postcodes:
        if end <= postcode[1] <= reach + 1 and postcode[1] - end <= 60:
            return postcode
    return None


def rest_is_town(text: str, end: int) -> bool:
    """True when nothing but a town or county follows a street to the end of the field."""
    rest = _AFTER_STREET.match(text, end)
    return rest is not None and not text[rest.end() :].strip()


_NUMBER_FIRST = re.compile(
    r"(?i)\b(?:(?:we'?re|we\s+are|i'?m|i\s+am|he'?s|she'?s|they'?re)\s+(?:at\s+(?:number\s+|no\.?\s*)?|number\s+|no\.\s*)"
    r"|(?:ours|mine)\s+is\s+(?:number\s+|no\.?\s*)?|(?:ours|mine)['’]s\s+(?:number\s+|no\.?\s*)?"
    r"|(?:my|our)\s+(?:house|flat|door|home|place)\s+is\s+(?:number\s+|no\.?\s*)?"
    r"|\bat\s+(?:number|no\.?)\s*|\b(?:house|door|brass)\s+(?:number|no\.?)\s*)"
    r"(\d{1,4}[a-z]?)\b(?!\s*(?:am|pm|mins?|minutes|hours?|years?|%|:|\.\d|[-–]\d|/))"
)
"""A house number given in the writer's words before the street is named: "We're at 9, by the
bus shelter. Holly Mount ...", "ours is number 12 — Wren Court".  "I'm 40" is an age: "at" or "number" is
needed after "I'm" and "we're"."""
NUMBER_BEFORE_WITHIN = 120
"""Characters between such a number and the street it belongs to (about two sentences)."""


def house_number_before(text: str, start: int) -> tuple[str, int] | None:
    """The house number (and where it is) that the writer gives before naming the street at `start`,
    unless it is the number of another street line ("we're at 4 Tansy Street, not Quill Street")."""
    found = list(_NUMBER_FIRST.finditer(text, max(0, start - NUMBER_BEFORE_WITHIN), start))
    if not found:
        return None
    last = found[-1]
    if NUMBERED.match(text, last.start(1)) is not None:
        return None
    return last.group(1), last.start(1)


POSTCODE_RULES = frozenset({"UK postcode", "UK postcode given as an address"})
PARTS_RULE = "street line and its postcode, given apart"
PARTS_WITHIN = 100
"""Characters between a street line and a postcode given later in the same post, as one address."""


def joined(found: list[Match], make: Callable[[str, int, int, float, str], Match]) -> list[Match]:
    """One address given in parts is one finding: "we're at 8 Quillon Road now, second floor. postcode
    LS99 9ZZ" is a street line and, a sentence on, its postcode (the value, as everywhere); `make` builds
    the joined match (value, start, end, confidence, rule)."""
    out: list[Match] = []
    for match in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.rule not in POSTCODE_RULES
            and match.rule in POSTCODE_RULES
            and 0 <= match.start - last.end <= PARTS_WITHIN
        ):
            confidence = max(last.confidence, match.confidence, 0.92)
            out[-1] = make(match.value, last.start, match.end, confidence, PARTS_RULE)
            continue
        out.append(match)
    return out
