"""Named filters for addresses that are a place people visit or pass, not anyone's home now (clause 2.3.2).

Each is a `detectors.filters.Filter` over a candidate address `text[start:end]`, tested on its own
(tests/detectors/test_address_round4.py), and part of `address_filters.ADDRESS_FILTERS`:

- `HISTORIC_HOUSE`: a house with a blue plaque, or where someone lived centuries ago ("Blue plaque on 48 ...",
  "a famous engineer lived there in the 1800s"): a landmark, its residents long gone;
- `EATING_OUT`: a meal or drinks at a named place, then its address ("Birthday meal at Zizzi, 15 ..."): a
  restaurant's address (but "dinner at Gran's, 15 ..." is a person's house);
- `SOME_HOUSE`: "there's a house on Larch Avenue that ...": a house come across, told of with "a", whose it is
  not said ("we've bought a house on ..." and "it's a mews house on ..." stay).
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, clause_before, sentence_after
from detectors.filters import Filter

_PLAQUE = re.compile(r"(?i)\b(?:blue|heritage|commemorative)\s+plaques?\b|\bbirthplace\s+of\b")
_LONG_AGO = re.compile(
    r"(?i)\b(?:lived|was\s+born|died|stayed|wrote)\s+(?:here|there)\b[^.!?\n]{0,24}?\b(?:in|from|during)\s+"
    r"(?:the\s+)?(?:1[0-8]\d\d|1[0-8]\d0s|(?:sixteenth|seventeenth|eighteenth|nineteenth)\s+century)"
)
PLAQUE_WITHIN = 60
"""Characters either side of the address read for the plaque (its sentence: "There's a blue plaque at 7 ...")."""


def _historic_house(text: str, start: int, end: int) -> bool:
    """A house shown for who lived there long ago: a plaque on it, or a resident of an earlier century."""
    if FIRST_PERSON.search(clause_before(text, start)):
        return False  # "we live next to the blue plaque, 8 ...": the writer's own
    near = text[max(0, start - PLAQUE_WITHIN) : end + PLAQUE_WITHIN]
    return _PLAQUE.search(near) is not None or _LONG_AGO.search(text, end, end + 120) is not None


_EATING_OUT = re.compile(
    r"(?i:\b(?:meal|dinner|lunch|brunch|breakfast|tea|drinks|cocktails|coffee|curry|pizza|tapas|food))"
    r"\s+(?:out\s+)?(?:at|@)\s+(?!(?i:my|our|his|her|their|mum|mam|dad|nan|gran)\b)"
    r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}(?<!['’]s)\s*,\s*$"
)
"""A meal at a named place and a comma before the address: "Birthday meal at Zizzi, "; a name with 's is a
person's house ("tea at Gran's, ")."""


def _eating_out(text: str, start: int, end: int) -> bool:
    """ "Birthday meal at Zizzi, 15 Park Street": the address of the place where people ate out."""
    return _EATING_OUT.search(clause_before(text, start)) is not None


_SOME_HOUSE = re.compile(
    r"(?i)\b(?:there['’]?s|there\s+is|there\s+was|(?:saw|passed|spotted|found)(?:\s+\w+)?)\s+a\s+(?:[a-z]+\s+)?"
    r"(?:house|bungalow|cottage|flat)\s+(?:on|in|along)\s+$"
)
"""A house come across: "there's a house on ...", "saw a bungalow on ..." ("it's a mews house on ..." and "a room in
a quiet house on ..." describe the writer's own)."""
_WHOSE_AFTER = re.compile(r"(?i)\b(?:we|i|my|our|mine|ours|for\s+sale|to\s+let)\b")


def _some_house(text: str, start: int, end: int) -> bool:
    """ "There's a house on Larch Avenue that goes all out for Christmas": a house whose owner is not said."""
    before = clause_before(text, start)
    if _SOME_HOUSE.search(before) is None or FIRST_PERSON.search(before):
        return False
    return _WHOSE_AFTER.search(sentence_after(text, end)) is None


HISTORIC_HOUSE = Filter(
    "historic house",
    "drop",
    "a house shown for a plaque or a resident of centuries ago, not a home now",
    _historic_house,
)
EATING_OUT = Filter("eating out", "drop", "the address of a restaurant or cafe named where people ate", _eating_out)
SOME_HOUSE = Filter("a house, not whose", "drop", "a house told of with 'a', its owner not said", _some_house)
PLACE_FILTERS: tuple[Filter, ...] = (HISTORIC_HOUSE, EATING_OUT, SOME_HOUSE)
