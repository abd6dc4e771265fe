"""House numbers written in words ("forty two Mill Lane", "number six kestrel rise").

People who dictate a message, or who spell numbers out because that is how they say them, write the house
number in words.  Every street pattern of the address detector wants digits, so instead of a second set of
patterns this module rewrites such a number as digits *in place*: the words are replaced by the digits
right-aligned in a run of spaces of the same length ("forty two" -> "       42"), so every offset of the
text stays true and every rule, filter and judge downstream reads the line as it reads "42 Mill Lane".

Only a number that stands where a house number stands is rewritten: right before one to three name words
and a street word ("thirty one tansy crescent"), or before "the" and a name ("fifteen the green": the
street-with-no-street-word rules judge it).  A number before a street word with no name ("two lane
road"), a year said aloud ("nineteen sixty two"), a number of a thing ("three bed house on ...") and a
number that a preposition separates from the street ("five on Elm Road") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from detectors.address_corrected import as_corrected
from detectors.base import Item, Match
from detectors.street import STREET_WORDS
from detectors.words import keywords, words

_UNITS = str.split("one two three four five six seven eight nine")
_TEENS = str.split("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = str.split("twenty thirty forty fifty sixty seventy eighty ninety")
_VALUE = {
    **{word: index + 1 for index, word in enumerate(_UNITS)},
    **{word: index + 10 for index, word in enumerate(_TEENS)},
    **{word: (index + 2) * 10 for index, word in enumerate(_TENS)},
}
_UNIT = "|".join(_UNITS)
_SMALL = rf"(?:{'|'.join(_TENS)})(?:[ \t-]+(?:{_UNIT}))?|{'|'.join(_TEENS)}|{_UNIT}"
NUMBER_WORDS = re.compile(
    rf"(?i)(?<![\w'’-])(?:(?:(?:{_UNIT}|a)[ \t]+hundred(?:[ \t]+and)?[ \t]+)?(?:{_SMALL})|(?:{_UNIT}|a)[ \t]+hundred)"
    r"(?![\w'’-])"
)
"""A number from 1 to 999, in words ("forty-one", "one hundred and four")."""
_YEAR_AFTER = re.compile(rf"(?i)[ \t]+(?:{'|'.join(_TENS)}|hundred|o|oh)\b")
"""More of a number after a teen or a unit: "nineteen sixty", "eleven hundred", "nineteen oh two" (a year)."""
_NOT_A_NAME = frozenset(
    str.split(
        "on in at to of off by from into onto for with and or but the a an up down near past round along "
        "bed beds bedroom bedrooms storey storeys floor floors door doors minute minutes min mins mile miles "
        "hour hours day days week weeks year years times time way lane lanes car cars bus buses houses homes "
        "flats doors kids people anything something nothing everything very so too really quite pretty is are was"
    )
    + _UNITS
    + _TEENS
    + _TENS
    + ["hundred"]
)
"""Words that never name a street: prepositions, a count's noun ("three bed", "five minute walk"), numbers."""
_INTRODUCED = re.compile(
    r"(?i)(?:^|[\n,:;(]|\b(?:at|to|is|number|no|its|it's|it’s|from|into|and|or|was|be|address|now|thats|that's))[ \t]*$"
)
"""What comes right before a house number: the start of a line or a clause, or a word that introduces an address
("at", "to", "is", "number"): "that one wasn't even close" and "212 Twelve Oaks Drive" are no house numbers."""
_WORDS_AFTER = re.compile(
    r"[ \t]+([A-Za-z'’]+)(?:[ \t]+([A-Za-z'’]+))?(?:[ \t]+([A-Za-z'’]+))?(?:[ \t]+([A-Za-z'’]+))?"
)


NUMBER_WORD_BYTES = keywords(*_UNITS, *_TEENS, *_TENS, "hundred")
"""The number words on the shared word split (`detectors.words`): a text with none is not read here."""
_WORD_BEFORE = re.compile(rf"(?i)(?:{_SMALL}|hundred|and)[ \t]+$")


def may_hold(text: str) -> bool:
    """Whether a text holds a number word at all (one set test on the shared, cached word split)."""
    return not NUMBER_WORD_BYTES.isdisjoint(words(text))


def _value(said: str) -> int:
    """The number the words say ("one hundred and four" -> 104)."""
    total, current = 0, 0
    for word in re.split(r"[ \t-]+", said.lower()):
        if word == "hundred":
            total += max(current, 1) * 100
            current = 0
        elif word in _VALUE:
            current += _VALUE[word]
        elif word == "a":
            current = 1
    return total + current


def _before_a_street(text: str, end: int) -> bool:
    """Whether the words after a number are one to three name words and a street word, or "the" and a name."""
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    found = [word.lower() for word in after.groups() if word]
    if found[0] == "the":
        return len(found) > 1 and found[1] not in _NOT_A_NAME
    for index, word in enumerate(found[1:], start=1):
        if found[index - 1] in _NOT_A_NAME or "'" in found[index - 1] or "’" in found[index - 1]:
            return False
        if word in STREET_WORDS:
            return True
    return False


def rewritten(text: str) -> tuple[str, dict[int, int]]:
    """The text with each house number written in words rewritten as digits of the same span (see the
    module's docstring), and where each number's digits now start -> where its words started (to give a
    finding back the span the writer wrote).  The text itself and {} when it has none."""
    if not may_hold(text):
        return text, {}
    parts: list[str] = []
    moved: dict[int, int] = {}
    done = 0
    for number in NUMBER_WORDS.finditer(text):
        said = number.group()
        if _YEAR_AFTER.match(text, number.end()) or not _before_a_street(text, number.end()):
            continue
        if not _INTRODUCED.search(text, max(0, number.start() - 12), number.start()):
            continue
        if _WORD_BEFORE.search(text, max(0, number.start() - 24), number.start()):
            continue  # the tail of a longer number ("nineteen eighty four ...")
        digits = str(_value(said))
        parts += [text[done : number.start()], digits.rjust(len(said))]
        moved[number.end() - len(digits)] = number.start()
        done = number.end()
    if not parts:
        return text, {}
    return "".join([*parts, text[done:]]), moved


_PADDING = re.compile(r"[ \t]{2,}")


def read_with_digits(item: Item, detect: Callable[[Item], Iterator[Match]]) -> Iterator[Match]:
    """`detect` run on the item with its worded house numbers as digits; each finding given back the span of
    the words the writer wrote, and its value without the padding ("number     12 ..." in a labelled line).
    A house number the writer corrects is reported as corrected (`address_corrected`)."""
    spelt, moved = rewritten(item.text or "")
    if not moved:
        yield from as_corrected(spelt, detect(item))
        return
    for found in as_corrected(spelt, detect(replace(item, text=spelt))):
        yield replace(found, value=_PADDING.sub(" ", found.value), start=moved.get(found.start, found.start))
