"""A house number with a letter ("9a Hillcrest", "14b Sorrel Bank"): a house split into flats, or one built in a
garden between two others, which only a home has (clause 2.3.2).  One named, separately tested unit
(tests/detectors/test_address_lettered.py), `LETTERED_HOUSE`, read in two places:

- the gate (`address_gate`): a street with no street word needs one of the gate's cue words ("we're", "mine",
  "house"), and "she lives at 9a Hillcrest" has none; a lettered number before a capitalised name lets the text in
  (`LETTERED_SHAPE`, asked only of texts with a digit; `LETTERED_SPELT`, its necessary condition on the batch's
  buffer);
- `street_unmarked.unmarked_streets`: a line with no street word must end at its name ("we're at 5 Rovers Return
  tonight" runs on into a pub); a lettered number before a one-word name may run on ("she's at 9a Hillcrest, the
  side door"), as a one-word name shaped like a street's already may.  The detector still asks for a statement of where
  someone is before it reports such a line.

A school's form groups are lettered too ("9a Maths", "7b French"): a lettered number before a school subject, or
before a name that is no more than a letter or two, is a class, never a house.
"""

from __future__ import annotations

import re

LETTERED_SHAPE = re.compile(r"\d(?<![\w£$€#@/.:'’+-]\d)\d{0,2}[a-dA-D][ \t]+(?:The[ \t]+)?[A-Z][a-z]")
"""A house number with a unit letter before a capitalised name, anywhere in a text (the gate's look)."""
LETTERED_SPELT = re.compile(rb"0(?<![a-z0-9_.]0)0{0,2}[a-d][ \t]+[a-z]")
"""`LETTERED_SHAPE` as the batch's buffer spells it (lower case, every digit a 0): a necessary condition."""
_SUBJECTS = frozenset(
    str.split(
        "maths math english science sciences history geography french german spanish latin art music drama dance "
        "pe re rs pshe citizenship computing ict biology chemistry physics technology dt design food textiles "
        "business economics psychology sociology media reading phonics literacy numeracy tutor form set group class "
        "registration assembly"
    )
)
"""School subjects and the words of a class's timetable: "9a Maths" is a teaching group."""
_NUMBER = re.compile(r"\d{1,3}[a-dA-D]")


def lettered_house(number: str, words: list[str]) -> bool:
    """`LETTERED_HOUSE`: `number` has a unit letter and the name after it (`words`) is one word that is no school
    subject ("9a Hillcrest"; not "9a Maths")."""
    if _NUMBER.fullmatch(number) is None or len(words) != 1:
        return False
    word = words[0]
    return len(word) > 3 and word.lower() not in _SUBJECTS


def school_group(number: str, words: list[str]) -> bool:
    """A lettered number before a school subject ("9a Maths", "7b Science"): a teaching group, never a house."""
    return _NUMBER.fullmatch(number) is not None and bool(words) and words[0].lower() in _SUBJECTS


LETTERED_HOUSE = "house number with a letter (9a Hillcrest), a house split in two or built between two others"
