"""Street lines with no street word: "12 Fernside, Oakley", "15 Queensway, Rhyl", "7 Bóthar na Trá, Dingle".

Many British streets have no Road or Close: one word that is the street's whole name (Queensway,
Kirkgate, Fernside, Highfield, Parkside), an estate's name ("The Paddocks"), or an Irish or Welsh
name.  Written as an address they still have its shape: a house number, a capitalised name of one
to three words, then a comma or a line break (and often a capitalised town) or the end of the text;
a one-word street name may run on ("moved into 6 Westgate last week").

That shape alone is also a date ("12 May, London"), a score ("3 Rovers, 1 Town") or a count ("5
Guys, Leeds"), so `UNMARKED` is judged in one of two ways:

- the name is one word ending the way street names end (-way, -gate, -side, -field, -croft, ...)
  and a town follows: a street on its own, "worth a look" unless a statement of residence comes
  before it;
- any other name needs that statement ("we're at 12 Meadowbank, Oakley", "post for Da at 7 Bóthar na
  Trá, Dingle"): the detector asks for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.address_lettered import lettered_house, school_group

_LETTERS = r"[^\W\d_]"
_CAP = rf"(?:[A-Z]{_LETTERS}+(?:['’-]{_LETTERS}+)?)"
_PARTICLE = r"(?:na|an|y|yr|de|du|la|le|of|on|the|upon)"
UNMARKED = re.compile(
    rf"(?P<number>\d(?<![\w£$€#@/.:'’+-]\d)\d{{0,3}}[A-Za-z]?),?[ \t]+"
    rf"(?P<name>(?:The[ \t]+)?{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,2}})"
    rf"(?![\w'’-])"
)
"""A house number and a capitalised name (`UnmarkedStreet.line_end` says whether the line ends there).
The look-behind sits after the first digit so that the regex engine can skip to digits (twice as fast
on chatter as a leading look-behind)."""
_LINE_END = re.compile(r"[ \t]*(?:[,\n!)]|$|[^\w\s'’.?(-])")
"""A comma, a line break, the end, or an emoji or symbol closing the line ("the keys to 1 Sunningdale 🥂")."""
_HOME_AFTER = re.compile(
    r"(?i)[ \t]*(?:[,(][ \t]*)?(?:(?:is|was)[ \t]+(?:now[ \t]+|officially[ \t]+|finally[ \t]+|all[ \t]+)?(?:ours|mine|home)\b"
    r"|where[ \t]+(?:i|we)[ \t]+(?:live[sd]?|grew[ \t]+up|spent)\b)"
)
"""The home said right after the line: "24 Brookside is officially ours", "1 Mill Cottages, where I spent ..."."""
_HOME_BEFORE = re.compile(
    r"(?i)(?:\bkeys[ \t]+(?:to|for)|\bold[ \t]+(?:homestead|house|home)|"
    r"\b(?:[a-z]+|mum|mam|dad|nan|gran|grandma|grandad)['’]s[ \t]+(?:back[ \t]+|front[ \t]+)?(?:garden|house|place|bungalow),)"
    r"[^\w\n]{0,8}$"
)
"""A home named right before the line: "picked up the keys to 1 ...", "The old homestead 😂 1 ...", "Grandma's back
garden, 5 ...", as good as a statement of residence."""
_LEFT_BEFORE = re.compile(r"(?i)\b(?:leaving|left|leave|sold|selling)[ \t]+$")
_YEARS_AFTER = re.compile(r"(?i)[ \t]+after[ \t]+(?:\d{1,2}|[a-z]+)[ \t]+(?:years|yrs)\b")
"""A home left after years in it: "Leaving 10 Coldharbour after 27 years"."""
_TOWN_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*|\n[ \t]*)[A-Z]{_LETTERS}+|[ \t]*$")
STREET_ENDINGS = re.compile(
    r"(?i)[a-z]{3,}(?:way|gate|side|field|fields|lands|croft|crofts|mead|meade|dene|garth|holme|hurst|"
    r"bank|banks|brae|wynd|haugh|leas|ridings|paddocks|meadows|gardens|ings|moor|moorside|fold|nook|"
    r"lea|view|ridge|rise|grove|walk|court|close|row)$"
)
"""How one-word street names end: Queensway, Kirkgate, Fernside, Highfield, Westcroft, Millbank."""
_NOT_A_NAME = frozenset(
    str.split(
        """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun years months weeks days hours minutes mins
    points goals wins kids children people guys things stars pounds quid miles likes followers
    """
    )
)
"""First words of the shape that make it a date, a count or a score, never a street."""
_NOT_A_PLACE = frozenset(str.split("nhs bbc itv uk usa eu fc afc rfc ltd plc"))


_BLOCK_WORD = re.compile(r"(?i)\b(?:court|house|mansions|lodge|buildings|apartments|towers?|heights)$")
_BLOCK_BEFORE_STREET = re.compile(r"[ \t]*(?:,|\n)[ \t\n]*\d{1,4}[a-zA-Z]?,?[ \t]+[A-Z]")
"""A block of flats' name followed by a numbered line: the block stands on that street."""


@dataclass(frozen=True, slots=True)
class UnmarkedStreet:
    """A street line with no street word."""

    line: str
    start: int
    end: int
    one_word_street: bool
    """The name is one word shaped like a street's whole name (Queensway)."""
    town_after: bool
    """A capitalised word (a town) or the end of the text follows: "15 Queensway, Rhyl"."""
    line_end: bool
    """A comma, a line break or the end of the text follows the name, as after a street line."""
    home: bool = False
    """The words right around it say it is somebody's home (`_HOME_AFTER`, `_HOME_BEFORE`, a home left after years)."""

    @property
    def name(self) -> str:
        """The street's name, without its house number."""
        return self.line.split(" ", 1)[1]


def unmarked_streets(text: str) -> list[UnmarkedStreet]:
    """Every house number and unmarked street name in `text` (see the module's docstring)."""
    found = []
    for match in UNMARKED.finditer(text):
        name = match.group("name")
        words = name.split()
        if words[0].lower() in _NOT_A_NAME or words[-1].lower() in _NOT_A_PLACE:
            continue
        if (
            not _house_number(match.group("number"))
            or _shouted(text, name)
            or school_group(match.group("number"), words)
        ):
            continue
        one_word = len(words) == 1 and STREET_ENDINGS.match(name) is not None
        line = f"{match.group('number')} {' '.join(words)}"
        town = _TOWN_AFTER.match(text, match.end()) is not None
        line_end = _LINE_END.match(text, match.end()) is not None
        home = _home_around(text, match.start(), match.end())
        if not (line_end or one_word or home or lettered_house(match.group("number"), words)):
            continue  # "we're at 5 Rovers Return tonight": a name that runs on is no street line
        if _BLOCK_BEFORE_STREET.match(text, match.end()) and _BLOCK_WORD.search(name):
            continue  # "9 Abbeyfield Court, 22 Parsonage Road": a flat in a block, on the street line after it
        found.append(UnmarkedStreet(line, match.start(), match.end(), one_word, town, line_end, home))
    return found


def _home_around(text: str, start: int, end: int) -> bool:
    """Whether the words right before or after a line say it is somebody's home."""
    if _HOME_AFTER.match(text, end) or _HOME_BEFORE.search(text, max(0, start - 48), start):
        return True
    return (
        _LEFT_BEFORE.search(text, max(0, start - 10), start) is not None and _YEARS_AFTER.match(text, end) is not None
    )


def _shouted(text: str, name: str) -> bool:
    """ "We're 33 SO HAPPY!!!", "we're 12 TODAY": a name in capitals in a text that has lower case is
    shouting, not a street; a street with no street word is written in capitals only where the whole
    text is (an address in capitals on a label)."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and any(c.islower() for c in text)


def _house_number(number: str) -> bool:
    """1-9999, never a year of 1800-2099 ("2019, Leeds" is a date line)."""
    digits = re.match(r"\d+", number)
    value = int(digits.group()) if digits else 0
    return 0 < value < 10000 and not 1800 <= value < 2100
