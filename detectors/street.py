"""Street lines: "12 Larkspur Close", "Flat 3, 7 Mill Lane", "Mill Lane".

A UK street line is a house number, one to three name words and a street type.  The
regular expressions here find the shape; `judge_street` rejects the many things of the
same shape that are not addresses: dates ("12 May Street party"), counts ("3 Way
Street", "a 2 Hour Drive"), list titles ("Top 10 Christmas Road Trips") and compounds
("Road Trip", "Street Food").

The street words and patterns live in `detectors.street_shapes` and are importable from here
too; this module holds the cheap gates (which texts and which windows of them are read) and the
judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.postcode import CANDIDATE
from detectors.street_ends import END_TYPES, END_WORD_BYTES, capital_end_in, not_a_street_end
from detectors.street_shapes import (
    ABROAD,
    BARE,
    CAPITALISED_TYPES,
    NAMED,
    NUMBERED,
    PREFIX_ALTERNATION,
    PREFIX_TYPES,
    STREET_WORDS,
    STRONG_TYPES,
    TYPE_ALTERNATION,
    WEAK_TYPES,
)
from detectors.words import words

__all__ = [
    "ABROAD",
    "BARE",
    "FAMOUS",
    "NAMED",
    "NUMBERED",
    "PREFIX_TYPES",
    "STREET_WORDS",
    "STREET_WORD_BYTES",
    "STRONG_TYPES",
    "WEAK_TYPES",
    "Street",
    "has_street_word_in",
    "judge_abroad",
    "judge_street",
    "numbered_street_word_in",
    "street_windows",
]
_TYPE_WORD = re.compile(rf"\b(?:{TYPE_ALTERNATION}|{PREFIX_ALTERNATION})\b")
_TYPE_WORD_ANY_CASE = re.compile(rf"\b(?i:{TYPE_ALTERNATION}|{PREFIX_ALTERNATION})\b")
_WINDOW_BEFORE = 72
"""Characters before a street word that can hold "Flat 12, 140 Upper Mill" (flat, number, name)."""
_WINDOW_AFTER = 40
"""Characters after it: a town after "Close" or a name after "rue" ("rue des Capucines")."""


STREET_WORD_BYTES = frozenset(word.encode() for word in STREET_WORDS | PREFIX_TYPES) - END_WORD_BYTES
"""Street words as `detectors.words` spells them, for set tests on the shared word split."""


def numbered_street_word_in(text: str) -> bool:
    """Whether a street-type word follows a number within five words ("12 Larkspur Close",
    "Flat 3, 7 Mill Lane"): the shape every numbered address has, checked on the shared
    word split so chatter with a walk and a score ("lovely walk, 3-1") is not read further."""
    found = words(text)
    return any(
        (word in STREET_WORD_BYTES or word in END_WORD_BYTES and capital_end_in(text))
        and any(previous[:1].isdigit() for previous in found[max(0, index - 5) : index])
        for index, word in enumerate(found)
    )


def has_street_word_in(text: str) -> bool:
    """Whether a text holds a street-type word, through the shared cached word split
    (`detectors.words`) that the job-title and school gates use on the same text."""
    return not STREET_WORD_BYTES.isdisjoint(words(text))


def street_windows(text: str) -> list[tuple[int, int]]:
    """Spans around each street word where a street line could be: the only places the
    (slow) street patterns are run, so a long post costs what its street words cost."""
    lowered = text.lower()
    if len(lowered) == len(text):
        spans = [m.span() for m in _TYPE_WORD.finditer(lowered) if text[m.start()].isupper() or m[0] not in END_TYPES]
    else:  # a few characters change length when lower-cased ("İ"): offsets would drift
        spans = [m.span() for m in _TYPE_WORD_ANY_CASE.finditer(text)]
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(0, start - _WINDOW_BEFORE), min(len(text), end + _WINDOW_AFTER)
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1  # never cut a word: "40 food st|alls" is no street
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


_LIVED_ON = re.compile(r"(?i)\b(?:house|home|flat|bungalow|live|lives|lived|living)\s+on\s+$")
"""A park is not lived on: "Mam's house on Knockroe Park", "they live on Ashgrove Park" (an estate's street)."""
_MONTHS = frozenset(
    str.split(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_STOP_BEFORE = re.compile(
    r"(?i:\b(?:top|best|worst|page|pages|chapter|episode|ep|series|season|vol|volume|part|level|track|"
    r"aged|age|route|bus|platform|gate|junction|exit|seat|size|over|under|around|nearly|"
    r"almost|about|than|only|every|all|last|first|next|those|these)\s*)$"
)
"""Words before the number that make it a count or a rank ("top 10 ...", "route 5 ...")."""
_STOP_AFTER = re.compile(
    r"(?i:[ \t]+(?:trip|trips|bike|bikes|race|races|racing|food|works|worker|workers|map|maps|"
    r"sign|signs|safety|test|tests|closure|closures|art|lights|kid|kids|cred|rage|user|users|"
    r"tax|markings|sweeper|runner|runners|running|show|dance|fighter|thru|through|block|"
    r"blocks|hat|hats|surface|layout|atlas|team|club|league|match|game|games|shoes|record|"
    r"records|cycling|cycle|tour|parking|furniture|project|market|trick|tricks|smart|hotel|hotels|"
    r"bus|buses|ticket|tickets|book|books|novel|novels|mystery|mysteries|series|film|films|"
    r"movie|movies|episode|episodes|album|albums|song|songs|cigarette|cigarettes|tin|tins|"
    r"station|stop|branch|store|shop|cafe|restaurant|pub|surgery|bakery|studio|gym|office|"
    r"offices|campus|stadium|ground|arena|theatre|cinema|hospital|clinic|church|library|junction|"
    r"roundabout|crossing|zoo|aquarium|party|parties)\b)"
)
"""Words after the type that make a compound rather than a street ("Road Trip", "Street
Food", "Drive Thru", "Park Run"), checked on the words right after the match."""
_ORGANISATION_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][A-Za-z'’]+){0,2}[ \t]+(?:Club|FC|AFC|RFC|School|Academy|Primary|Surgery|Church|Chapel|Hall|"
    r"Centre|Center|Library|Station|Hospital|Practice|Hotel|Inn|Arms|Tavern|Stadium|Methodist|Baptist)\b"
)
"""An organisation named after the street ("Quill Lane Bowls Club", "Mill Road Primary"): its name."""
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:is|was|has|does|goes|says|gets|looks|seems|lives|this|his|its|us|as|yes|less|across|plus|"
    r"towards|unless|always|sometimes|perhaps|thanks|cos|whereas|besides|afterwards|nowadays)\b)[a-z]+s\b"
)
"""A plural noun running on from one of the `CAPITALISED_TYPES`: the street word was part of a thing's name ("2
Strawberry Fields covers", "2 Wensley Dale cheeses"), not a street ("7 Rookery Nook has died" is one)."""
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)\b")
_CAPITALISED_FOLLOWERS = frozenset(
    str.split(
        "i i'm i've is was has had and but or so if for from to at in on by with after before till "
        "until please thanks monday tuesday wednesday thursday friday saturday sunday mon tue wed thu "
        "fri sat sun january february march april may june july august september october november "
        "december tonight today tomorrow yesterday asap x xx lol ok okay "
        "this that these we our my it its it's there where which who now then near next"
    )
)
"""Capitalised words that may follow a street without making a compound (sentence starts
without punctuation, days, sign-offs)."""
_COMMA_AFTER_NUMBER = re.compile(r"(?<=\d)([A-Za-z]?),\s*(?=[A-Za-z])")
FAMOUS = frozenset(
    {
        "10 downing street",
        "84 charing cross road",
        "29 acacia road",
        "11 downing street",
        "221b baker street",
        "4 privet drive",
        "12 grimmauld place",
        "742 evergreen terrace",
        "62 west wallaby street",
        "32 windsor gardens",
        "1600 pennsylvania avenue",
        "10 rillington place",
        "3 abbey road",
        "50 berkeley square",
        "1 tree hill",
    }
)
"""Addresses of famous buildings and fiction ("1 Tree Hill" is a TV show as people write
it): correct street lines, but never the owner's
home, so reporting them would be noise.  Decided: not reported."""


@dataclass(frozen=True, slots=True)
class Street:
    """A street line found in text, with what the judge learnt about it."""

    line: str
    """The line as written, spaces collapsed: "Flat 3, 7 Mill Lane"."""
    start: int
    end: int
    numbered: bool
    strong: bool
    """The street type is one that is rarely anything but a street."""
    lower_case: bool
    """The name was written in lower case (weaker evidence)."""
    named: bool = False
    """A named house before the street ("The Old Forge, Mill Lane"): as good as a number."""
    abroad: bool = False
    """The street word comes before the name ("12 rue des Lilas"): Welsh, Irish or abroad."""


_FUNCTION_WORDS = frozenset(
    "per between each every a an to in on at for by with from and or is was are were be vs "
    "i we you he she they it me us him them my our your their should could would will shall must might can "
    "do does did have has had not".split()
)
"""Words of a sentence that no street name typed in lower case holds ("6 per lane", "30 works between rd ...", "we
should walk to choir"):
a capitalised name may ("Lane Between the Fields" is a house's), so only lower-case names are judged by them."""


def judge_street(text: str, found: re.Match[str]) -> Street | None:
    """A `Street` for a NUMBERED, BARE or NAMED match, or None if the shape is no address.

    A lower-case name before a weak type ("colliery row") is returned as weak evidence:
    the detector keeps it only inside a statement of residence.
    """
    groups = found.groupdict()
    name_words = found.group("name").split()
    type_key = found.group("type").lower()
    number = groups.get("number")
    lower_case = name_words[0][0].islower()
    if type_key == "st" and name_words[-1].lower().rstrip(".") in {"st", "saint"}:
        return None
    if type_key == "cottages" and groups.get("house") is None and NAMED.match(text, found.start()):
        return None  # "3 Heron Cottages, Long Lane": the row's name before its street, read whole by NAMED
    if lower_case and type_key in CAPITALISED_TYPES and (found.group("type2") or "").lower() not in STRONG_TYPES:
        return None  # "the school gate", "out of reach": only "Minster Gate" is a street
    if type_key in END_TYPES and not_a_street_end(name_words, found.group("type")):
        return None  # "the West End", "Student Loan": a place or a thing (`street_ends`)
    if type_key in CAPITALISED_TYPES and _NOUN_AFTER.match(text, found.end()):
        return None  # "2 Strawberry Fields covers", "3 Boundary Ridge runs": a thing named after a place
    if type_key == "av" and found.group("type") != "Av":
        return None  # "12 Sony AV receiver": only "Lime Tree Av" is an avenue
    if lower_case and not _FUNCTION_WORDS.isdisjoint(word.lower() for word in name_words):
        return None  # "max 6 per lane", "Hwy 30 construction between Rd 15": words of a sentence, not a name
    if lower_case and text[found.end() : found.end() + 1] in ("'", "’"):
        return None  # "'delivered to safe place'": only a capitalised street is quoted from a label
    first = name_words[0].lower().rstrip(".")
    if number and first in _MONTHS:
        return None
    if number and _STOP_BEFORE.search(text, max(0, found.start() - 16), found.start()):
        return None
    if number and not groups.get("flat") and _house_number(number) is None:
        return None
    if _STOP_AFTER.match(text, found.end()) or _ORGANISATION_AFTER.match(text, found.end()):
        return None
    if (
        not number
        and not groups.get("house")
        and type_key == "park"
        and not found.group("type2")
        and not _LIVED_ON.search(text, max(0, found.start() - 24), found.start())
    ):
        return None  # "Fernley Park", "near Victoria Park": a park; a street called Park has a number, or is lived on
    if number and _compound_after(text, found.end()):
        return None
    line = _COMMA_AFTER_NUMBER.sub(r"\1 ", " ".join(found.group().split())).rstrip(".")
    if famous(line):
        return None
    strong = type_key in STRONG_TYPES or (found.group("type2") or "").lower() in STRONG_TYPES
    named = groups.get("house") is not None
    return Street(line, found.start(), found.end(), bool(number), strong, lower_case, named)


def judge_abroad(text: str, found: re.Match[str]) -> Street | None:
    """A `Street` for an ABROAD match, its name cut after the last capitalised word ("7 impasse des
    Mûriers à Vence" is "7 impasse des Mûriers"), or None when no word of the name is capitalised or the
    number is a year or a count."""
    name = found.group("name").split()
    while name and not name[-1][0].isupper():
        name.pop()
    if not name or _house_number(found.group("number")) is None:
        return None
    if _STOP_BEFORE.search(text, max(0, found.start() - 16), found.start()):
        return None
    end = found.start("name") + len(" ".join(name))
    if " ".join(text[found.start("name") : end].split()) != " ".join(name):
        return None  # tabs or double spaces inside the name: leave it to the plain patterns
    line = f"{found.group('number')} {found.group('type')} {' '.join(name)}"
    return Street(line, found.start(), end, True, False, False, abroad=True)


def famous(line: str) -> bool:
    """Whether a street line is one of `FAMOUS`, however its street word is shortened ("10 Downing St")."""
    words = line.lower().rstrip(".").split()
    if words:
        full = STRONG_TYPES.get(words[-1]) or WEAK_TYPES.get(words[-1])
        words[-1] = full.lower() if full else words[-1]
    return " ".join(words) in FAMOUS


def _compound_after(text: str, end: int) -> bool:
    """True when a capitalised word runs straight on from the street type, making a title
    or a brand ("2 Park Lane Tickets", "12 Park Street Blend") rather than an address.

    A town written without a comma ("12 Larkspur Close Brackenford LS99 9ZZ") is the price:
    the postcode rule still reports it, and towns usually come after a comma.
    """
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1).lower() in _CAPITALISED_FOLLOWERS:
        return False
    if following.group(1).isupper() and any(c.islower() for c in text):
        return False  # "from the front of 5 Lavender Close AGAIN": a shouted word, not a title's next word
    return CANDIDATE.search(text, following.end(), following.end() + 40) is None


def _house_number(number: str) -> int | None:
    """The house number if it is a plausible one: 1-9999 but never a year of 1800-2099, so
    "2024 Road Trip" is a year while an American "2207 Pecan Hollow Lane" is a house."""
    digits = re.match(r"\d+", number)
    value = int(digits.group()) if digits else 0
    return value if 0 < value < 10000 and not 1800 <= value < 2100 else None
