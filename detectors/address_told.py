"""Cues that a street is a home, as people say it in a chat rather than write it: three named, separately
tested units (tests/detectors/test_address_told.py), each a `address_residents.Cue`.

- `ADDRESS_GIVEN_AS_ANSWER`: "its 19 saltings way", "it's 3 belvedere court": a house number and street
  given as the answer to "where is it?".  Typed in lower case with a street-like word (way, court, rise) such a
  line is otherwise too weak to report; "it's" right before a house number is an address being told.  Only for
  a numbered street: "it's Abbey Road" is as often an album;
- `AT_SOMEONES_HOUSE`: "the tea is at our kath's after, 5 meadow rise": a gathering at a relative's or friend's
  house, named by a possessive ("our Kath's", "my nan's"), and the address after it.  Only with "our", "my",
  "me", "his", "her" or "their" before the name: "at Nando's, 5 High Street" is a restaurant;
- `LIVED_THERE_FOR_YEARS`: "she's been on Alderbrook Drive 40 year", "we've been on Elm Road since 1998": a
  stay on a street counted after it, which only a home has.

They read the clause before the street and the words after it, as the other resident cues do
(`address_residents.resident_cue`); the detector asks them only when no stronger cue has spoken.
"""

from __future__ import annotations

import re

from detectors.address_residents import Cue

_ANSWER_BEFORE = re.compile(r"(?i)(?:^|[\s,;:(-])(?:it['’]?s|it\s+is|its\s+at|it['’]?s\s+at|it\s+is\s+at)\s+$")
""""its ", "it's ", "it is at " right before the house number."""


def _address_given_as_answer(clause: str, after: str) -> bool:
    """ "its 19 saltings way": "it's" right before the street (the detector asks only for numbered streets)."""
    return _ANSWER_BEFORE.search(clause) is not None


_POSSESSIVE_HOUSE = re.compile(
    r"(?i)\b(?:at|to|round|back\s+to)\s+(?:our|my|me|his|her|their)\s+[a-z]+['’]s\b[^.!?\n]{0,24}?[,:(–-]\s*$"
)
""""at our kath's after, ", "round my nan's – ": a relative's or a friend's house, then its address."""


def _at_someones_house(clause: str, after: str) -> bool:
    """A possessive house ("at our Kath's") and a separator right before the street."""
    return _POSSESSIVE_HOUSE.search(clause) is not None


_BEEN_ON = re.compile(
    r"(?i)\b(?:i['’]?ve|we['’]?ve|they['’]?ve|you['’]?ve|he['’]?s|she['’]?s|(?:i|we|they)\s+have|(?:he|she)\s+has)"
    r"\s+(?:lived|been|stayed)\s+(?:on|in|at)\s+$"
)
"""“she's been on ”, “we've lived on ” right before the street."""
_FOR_YEARS_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:for\s+)?(?:(?:over|nearly|almost|about|going\s+on)\s+)?"
    r"(?:\d{1,2}|a\s+few|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty)"
    r"\s+(?:years?|yrs|decades?)\b|\s*,?\s*since\s+(?:19|20)\d\d\b"
)
"""A time counted right after the street: "40 year", "for over 20 years", "since 1998"."""


def _lived_there_for_years(clause: str, after: str) -> bool:
    """ "she's been on Alderbrook Drive 40 year": a stay on the street, counted after it."""
    return _BEEN_ON.search(clause) is not None and _FOR_YEARS_AFTER.match(after) is not None


ADDRESS_GIVEN_AS_ANSWER = Cue(
    "house number and street given as the answer to where it is (it's 19 Saltings Way)", 0.8, _address_given_as_answer
)
AT_SOMEONES_HOUSE = Cue(
    "address of a gathering at a relative's or friend's house (at our Kath's, 5 ...)", 0.8, _at_someones_house
)
LIVED_THERE_FOR_YEARS = Cue(
    "street someone has been on for years (she's been on ... 40 years)", 0.85, _lived_there_for_years
)


def told_cue(clause: str, after: str, numbered: bool) -> Cue | None:
    """The first chat cue the clause before a street and the words `after` it say, or None (the answer cue
    only for a numbered street)."""
    if numbered and ADDRESS_GIVEN_AS_ANSWER.said(clause, after):
        return ADDRESS_GIVEN_AS_ANSWER
    return next((cue for cue in (AT_SOMEONES_HOUSE, LIVED_THERE_FOR_YEARS) if cue.said(clause, after)), None)
