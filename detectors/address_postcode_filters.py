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
  HA9 ...", "the castle, EH1 ..."): the place's postcode, not a home;
- `PLACE_TO_DRIVE_TO`: the postcode is said to be a place's ("LS.. is the big Asdale", "... for the
  stadium car park", "... — the bakery on ...") or given to a sat nav for parking, or its sentence names a car
  park, a terminal, an airport or a port ("Airport parking at ..., postcode ...", "Port postcode ..."): where to
  drive or travel to, not where anyone lives ("park at ..." too);
- `PUBLIC_EVENT`: its sentence names an event open to everyone (a fireworks display, a fete, a match, a service,
  gates or doors opening) and no home: the event's ground, not anyone's house.

Postcodes everyone knows as a landmark's are not geographic at all (`postcode.LANDMARKS`); these
filters catch what the postcode's shape and district cannot.
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, clause_before, sentence_after
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


_POSTCODE_OF = re.compile(r"(?i)\bpost\s*code\s+(?:for|of)\s+(?:the\s+)?$")
"""The code word is the place the postcode is for: "the postcode for the gate is ..." (a farm's gate)."""


def _code_labelled(text: str, start: int, end: int) -> bool:
    """ "flight EZ1 2AB", "order no. SW1 4TD", "reg: LS12 4BZ": another kind of code, named so."""
    found = _CODE_WORD.search(text, max(0, start - 40), start)  # not cut at "no. "
    return found is not None and _POSTCODE_OF.search(text, max(0, start - 40), found.start()) is None


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


_PLACE_NOUN = (
    r"car\s*park|parking|stadium|ground|hotel|pub|shop|supermarket|bakery|cafe|café|restaurant|office|mart|market|"
    r"venue|hall|club|clubhouse|station|centre|center|church|chapel|gym|pool|lido|hospital|surgery|garage|entrance|"
    r"gate|reception|showground|arena|pitch|pitches|track|course|marina|harbour|beach|park|depot|warehouse|"
    r"ticket\s+office|box\s+office|auction|farm\s+shop"
)
_IS_THE_PLACE = re.compile(
    r"(?i)[ \t]*(?:(?:or|and|/)[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}[ \t]*)?"  # "OX4 4ZE or OX4 4ZF"
    r"(?:is|'s|’s|=|:|—|–|-|for)?[ \t]*(?:for[ \t]+)?the[ \t]+"
    r"(?:(?:(?:big|new|old|main|little|local|nearest|away|top|bottom|back|front|overflow)[ \t]+)?"
    r"(?-i:[A-Z])[\w'’&-]*\b|(?:[\w'’-]+[ \t]+){0,2}(?:" + _PLACE_NOUN + r")\b)"
)
"""After the postcode, the place it is: "is the big Asdale", "for the football ground car park", "— the bakery on ..."."""
_A_HOUSE_OR_FAMILY = re.compile(
    r"\b(?:Cottages?|House|Farm(?:house)?|Forge|Barns?|Lodge|Bungalow|Granary|Stables|Rectory|Vicarage|Manse|Mill|"
    r"Grange|Villa)\b|\b(?-i:[A-Z])[a-z]+s\b(?!['’])"
)
"""A house's own name or a family after "the" ("LS.. is the Old Rectory", "LS.. – the Hendersons"): a home."""
_SAT_NAV = re.compile(r"(?i)\bsat[ \t-]*navs?\b")
SAT_NAV_WITHIN = 120
"""Characters around the postcode read for a sat nav (the next sentence too: "... LA.. by 11am. Don't trust the sat
nav")."""
_PLACE_BEFORE = re.compile(r"(?i)\bthe\s+(?:[\w'’-]+\s+)?(?:" + _PLACE_NOUN + r")\b")
"""A place named in the clause before the postcode: "arrive at the main gate (Heron Lane, ...", "the club car park,"."""
_PARKING = re.compile(r"(?i)\b(?:car\s*park|parking|park\s+and\s+ride)\b")
_PARK_AT = re.compile(r"(?i)\bpark\s+(?:up\s+)?(?:at|in)\s+$")
"""\"park at LS.. in Marazion\": told where to leave the car."""
_TRAVEL_HUB = re.compile(
    r"(?i)\b(?:car\s*parks?|parking|park\s+and\s+ride|(?:ferry|cruise|bus|coach)\s+(?:terminal|port)|"
    r"terminal|airport|(?:international\s+)?port\s+post\s*code|sea\s*port)\b"
)
"""A place people drive or travel to, named in the postcode's sentence: a car park, a terminal, an airport, a port."""
_HOME_WORDS = re.compile(
    r"(?i)\b(?:ours|mine|(?:our|my)\s+(?:house|home|place|flat|drive|gate|door|garden|street|road|back)|we\s+live|"
    r"i\s+live)\b"
)
"""A home said around a postcode ("LS.. is the postcode for ours", "fireworks in our garden"): it stays an address."""


def _place_to_drive_to(text: str, start: int, end: int) -> bool:
    """ "LS.. is the big Asdale if you're using the sat nav", "LS.. or LS.. for the football ground car park?",
    "sat nav LS.. if anyone needs parking", "arrive at the main gate (..., LA..). Don't use the sat nav": a place's
    postcode, given for directions.  A home said around it keeps
    it ("sat nav LS.., ours is the house with the blue door"; "LS.. is the postcode for ours")."""
    sentence = clause_before(text, start, 120) + text[start:end] + sentence_after(text, end, 120)
    if _HOME_WORDS.search(sentence):
        return False
    place = _IS_THE_PLACE.match(text, end)
    if place is not None:
        return _A_HOUSE_OR_FAMILY.search(text, place.start(), place.end() + 24) is None
    if _TRAVEL_HUB.search(sentence) is not None or _PARK_AT.search(text, max(0, start - 24), start) is not None:
        return True  # "Stonehenge car park, ...", "Port postcode ...", "Airport parking at ..., postcode ..."
    if _SAT_NAV.search(text, max(0, start - SAT_NAV_WITHIN), end + SAT_NAV_WITHIN) is None:
        return False
    return _PARKING.search(sentence) is not None or _PLACE_BEFORE.search(clause_before(text, start)) is not None


_PUBLIC_EVENT = re.compile(
    r"(?i)\b(?:fireworks?|bonfire|display|fete|fête|gala|festival|concert|gig|fixture|match|kick[ \t-]?off|tournament|"
    r"parade|vigil|parkrun|fun[ \t-]?run|car[ \t-]?boot|langar|blitz|taster|open[ \t]+day|(?:all|everyone)[ \t]+welcome|"
    r"away[ \t]+(?:at|to|fixture|game|match|ground|day)|(?-i:KO))\b"
    r"|\b(?:service|gates|doors)[ \t]+(?:(?:open|opens|starts|begins)[ \t]+)?(?:at[ \t]+|from[ \t]+)?\d"
)
"""Words of an event open to the public: the display, the fete, the match (its kick-off, "KO", an away fixture, a blitz),
a taster or open day, "all welcome", the service, when the gates or doors open."""


def _public_event(text: str, start: int, end: int) -> bool:
    """ "Postcode for the fireworks display is B.. (the park)", "the bonfire is at the playing fields (..., BT..),
    gates 6pm": where an event open to everyone is held.  A home said around it keeps it ("bonfire at ours,
    LS..", "fireworks in our garden")."""
    sentence = clause_before(text, start, 160) + text[start:end] + sentence_after(text, end, 120)
    return _PUBLIC_EVENT.search(sentence) is not None and _HOME_WORDS.search(sentence) is None


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
PLACE_TO_DRIVE_TO = Filter(
    "place to drive to", "drop", "a place's postcode given for directions or a sat nav, not a home",
    _place_to_drive_to,
)  # fmt: skip
PUBLIC_EVENT = Filter(
    "public event's place", "drop", "the postcode of where an event open to everyone is held (a display, a fete, a match)",
    _public_event,
)  # fmt: skip
POSTCODE_FILTERS: tuple[Filter, ...] = (
    CODE_LABELLED, ORDINAL_INWARD, SIZE_OR_SPEC, LANDMARK_NAMED, PLACE_TO_DRIVE_TO, PUBLIC_EVENT,
)  # fmt: skip
