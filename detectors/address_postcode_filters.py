"""Named filters for a postcode found on its own: postcode-shaped text that is something else.

A lone postcode is reported only when nothing says it is another kind of code.  Each filter is a
`detectors.filters.Filter` over the candidate `text[start:end]` (the postcode as written), tested on
its own (tests/detectors/test_address_postcode_filters.py):

- `CODE_LABELLED`: a word before it names another kind of code ("flight", "order no.", "reg",
  "tracking", "model", "seat");
- `ORDINAL_INWARD`: its inward code reads as an ordinal ("B4 1ST", "S60 5th edition");
- `SIZE_OR_SPEC`: its inward code is a quantity and a unit ("M1 8GB", "M2 1TB", "L5 3XL") with no
  word of an address before it;
- `LANDMARK_NAMED`: a landmark or a public building is named right before it ("Wembley Stadium,
  HA9 ...", "the castle, EH1 ..."): the place's postcode, not a home.

Postcodes everyone knows as a landmark's are not geographic at all (`postcode.LANDMARKS`); these
filters catch what the postcode's shape and district cannot.
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, clause_before
from detectors.filters import Filter

POSTCODE_CONTEXT = re.compile(r"(?i)\b(?:post\s*code|address|live|home|house|flat|deliver(?:ed|y|ies)?\s+to)\b")
"""Words before a lone postcode that say it is given as an address."""
_CODE_WORD = re.compile(
    r"(?i)\b(?:flight|flights|order|ref|reference|code|serial|model|part|product|reg|registration|tracking|"
    r"booking|invoice|ticket|gate|seat|plate|number\s+plate|aircraft|tail|sku|batch|lot|pin|voucher|promo|"
    r"coupon|route|bus|train|platform|locker|room|cabin|terminal|version|firmware|"
    r"chassis|vin|item|catalogue|isbn|size)\b(?:\s*(?:no\.?|number|num|#|code))?\s*(?:is\s*)?[:#]?\s*$"
)
_ORDINAL = re.compile(r"(?i)\d(?:st|nd|rd|th)$")
_SPEC_UNIT = re.compile(r"(?i)\d\s*(?:gb|tb|xl|hp|hz|lb|pt|ft|bn)$")
_LANDMARK = re.compile(
    r"(?i)\b(?:stadium|arena|castle|palace|cathedral|abbey|museum|gallery|zoo|aquarium|airport|station|"
    r"hospital|university|parliament|observatory|tower|pier|racecourse|showground|theatre|cinema|"
    r"library|town\s+hall|city\s+hall|council|headquarters|hq|visitor\s+centre)\b[^.!?\n,]{0,24},?\s*$"
)


def _code_labelled(text: str, start: int, end: int) -> bool:
    """ "flight EZ1 2AB", "order no. SW1 4TD", "reg: LS12 4BZ": another kind of code, named so."""
    return _CODE_WORD.search(text, max(0, start - 40), start) is not None  # not cut at "no. "


def _ordinal_inward(text: str, start: int, end: int) -> bool:
    """ "B4 1ST", "S60 5th Edition": the inward code reads as an ordinal."""
    return _ORDINAL.search(text, start, end) is not None


def _size_or_spec(text: str, start: int, end: int) -> bool:
    """ "the M1 8GB model", "M2 1TB", "a L5 3XL hoodie": a chip, a capacity or a size, unless words
    of an address come first ("postcode M1 8GB")."""
    if _SPEC_UNIT.search(text, start, end) is None:
        return False
    return POSTCODE_CONTEXT.search(clause_before(text, start)) is None


def _landmark_named(text: str, start: int, end: int) -> bool:
    """ "Wembley Stadium, HA9 ...", "Edinburgh Castle EH1 ...": a landmark's postcode.  "We live by
    the castle, EH1 ..." is still a home: a first-person word keeps it."""
    before = clause_before(text, start)
    return _LANDMARK.search(before) is not None and FIRST_PERSON.search(before) is None


CODE_LABELLED = Filter(
    "another kind of code", "drop", "a flight, order, registration or product code shaped like a postcode",
    _code_labelled,
)  # fmt: skip
ORDINAL_INWARD = Filter("ordinal, not inward code", "drop", "'B4 1ST': the inward code reads as an ordinal",
                        _ordinal_inward)  # fmt: skip
SIZE_OR_SPEC = Filter(
    "size or specification", "drop", "a chip, a capacity or a size shaped like a postcode (M1 8GB)", _size_or_spec
)
LANDMARK_NAMED = Filter(
    "landmark's postcode", "drop", "a landmark or public building is named right before the postcode",
    _landmark_named,
)  # fmt: skip
POSTCODE_FILTERS: tuple[Filter, ...] = (CODE_LABELLED, ORDINAL_INWARD, SIZE_OR_SPEC, LANDMARK_NAMED)
