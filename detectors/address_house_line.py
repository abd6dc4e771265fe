"""A house number and a street with no street word, made an address by the line it stands on rather than by a
statement of residence (clause 2.3.2).  Two named, separately tested units
(tests/detectors/test_address_house_line.py):

- `HOUSE_LINE_POSTCODE`: "Gran: 15 The Laurels, LS99 9ZZ", "12 Ashworth, Oakley LS99 9ZZ" -- a line that opens
  with a house number and a capitalised name and ends in a postcode is an address line, however the street is
  named.  Without this the name reads as a venue's ("The Hollies, " looks like "The Red Lion, ") and the
  postcode is dropped with it; but a pub or a shop is never written with a house number before its name, and a
  line that starts at the number (after a line break, a dash, a colon or a comma) is no time ("at 8 The Crown");
- `HOUSE_NUMBER_WORD`: "No. 5 The Sidings, Oakley", "Number 14 Larchmere" -- a number the writer calls a house
  number ("No.", "Number") before a capitalised name that ends its line.  Limited to names shaped like a
  street's ("The ..." or one word ending like a street's name, `street_unmarked.STREET_ENDINGS`): "No. 1 Fan,
  Leeds" and "Number 9 Dream" are a rank and a song.

Both are read for `street_unmarked.UnmarkedStreet` lines the detector would otherwise drop for want of a cue.
The gate (`address_gate`) needs only a postcode shape for the first; the second has its own screen,
`HOUSE_NUMBER_WORD_SHAPE`, asked only of texts with a digit.
"""

from __future__ import annotations

import re

from detectors.street_unmarked import STREET_ENDINGS

HOUSE_LINE_POSTCODE = "house number and a name with no street word, on a line ending in a postcode"
HOUSE_NUMBER_WORD = "house number written 'No.' before a street's name with no street word (No. 5 The Sidings)"

_LINE_START = re.compile(r"(?:^|\n|[–—:,-]|\b(?:[Nn]o\.?|[Nn]umber))[ \t]*$")
"""What comes right before the number where it opens an address line (a line break, a dash after a person's name,
a label's colon, a comma after a name) or is called a house number."""
_NUMBER_WORD = re.compile(r"(?:(?<![\w'’])|(?<=\n))(?:[Nn]o\.?|[Nn]umber)[ \t]*$")
""""No. ", "No ", "Number " right before the number."""
HOUSE_NUMBER_WORD_SHAPE = re.compile(
    r"(?<![\w'’])(?:[Nn]o\.?|[Nn]umber)[ \t]*\d{1,3}[a-zA-Z]?,?[ \t]+(?:The[ \t]+)?[A-Z][a-z]"
)
"""The gate's look for `HOUSE_NUMBER_WORD` in a text with no other sign of an address."""
HOUSE_NUMBER_WORD_SPELT = re.compile(rb"n(?<![a-z0-9_]n)(?:o\.?|umber)[ \t]*0{1,3}[a-z]?,?[ \t]+[a-z]")
"""`HOUSE_NUMBER_WORD_SHAPE` as the batch's buffer spells it (lower case, every digit a 0): a necessary condition.
It opens with the literal "n" and looks behind it for the word character that may not come before ("no",
"number"), not the other way round: `re` then skips to each "n" in C (7.7 -> 2.8 ms over the numbered texts of
20,000 tweets, the same texts found)."""
_THE_NAME = re.compile(r"The[ \t]+[A-Z][a-z]{2,}$")


def house_line_rule(text: str, start: int, name: str, town_or_end: bool, postcode: bool) -> str | None:
    """The rule that makes the unmarked line at `start` (the house number) with street `name` an address, or None.

    `postcode`: a postcode ends the line (`address_parts.postcode_after`); `town_or_end`: a town or the end of
    the text follows the name."""
    before = text[max(0, start - 12) : start]
    if postcode and _LINE_START.search(before):
        return HOUSE_LINE_POSTCODE
    if not (town_or_end and _NUMBER_WORD.search(before)):
        return None
    if _THE_NAME.match(name) or (" " not in name and STREET_ENDINGS.match(name)):
        return HOUSE_NUMBER_WORD
    return None
