"""Named false-positive filters of the home-address detector (clause 2.3.2).

Each is a `detectors.filters.Filter` over a candidate address, `text[start:end]` (a street line,
a postcode, or a street line with its postcode), tested on its own
(tests/detectors/test_address_filters.py).  Most of what looks like an address in a post is
not anyone's home:

- the title of a film, book or show ("10 Cloverfield Lane", "84 Charing Cross Road");
- a venue, shop or business named right before it ("The Red Lion, 5 High Street"), or words of
  trade around it (opening hours, "Unit 4", "Retail Park", "collection from our warehouse");
- premises given as a range of numbers ("34-36 Bruton Street");
- a town whose name holds "St." for Saint ("Port St. Lucie");
- a measure or a fraction before a street-like word ("500 gb external drive", "1/2 Mulberry");
- a PO box, which takes post but is nobody's home.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT

_WORK = re.compile(
    r"(?i)\b(?:film|films|movie|movies|watch(?:ed|ing)?|re-?watch(?:ed|ing)?|read(?:ing)?|book(?!\s+club)|novel|series|show|"
    r"episode|season|album|song|track|tv|netflix|cinema|top\s+\d+|fave|favourite|favorite|playlist|sequel|"
    r"trailer|horror|thriller|radio|lyrics?|band|gig|character|fictional|fiction|story|mystery)\b"
)
_WORK_AFTER = re.compile(r"(?i)\b(?:radio|film|movie|song|album|episode|novel|sequel|soundtrack)\b")
_HOME = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|house|home|flat|address|mine|ours|my|our|i'?m|we'?re|nan'?s|"
    r"gran'?s|grandma'?s|grandad'?s|mum'?s|dad'?s)\b"
)
_HOUSE_NAME = r"(?<!Cottage)(?<!Cottages)(?<!House)(?<!Farm)(?<!Lodge)(?<!Vicarage)(?<!Rectory)(?<!Manse)(?<!Barn)"
_VENUE_NAME = re.compile(
    r"(?:\b[Tt]he|@)\s+[A-Z][\w'’&.-]*(?:\s+(?:&|and|of|[A-Z][\w'’&.-]*)){0,4}"
    + _HOUSE_NAME
    + r",?\s+(?:at\s+|on\s+)?$"
    r"|\b(?!(?:It|That|He|She|Let|What|There|Here|Where|Who)['’]s)[A-Z][\w'’.-]+['’]s(?:\s+[A-Z][\w'’&.-]*){0,3}"
    + _HOUSE_NAME
    + r",?\s+(?:at\s+|on\s+)?$"
)
"""A place named right before the address: "The Red Lion, ", "@ The Fox & Hounds, ", "Ashgrove Vets, ".
("Kyle's, 14 Sycamore Rise" is left alone: a person's name with 's is their house more often than a shop.)"""
_TRADE_HOURS = (
    r"unit\s+\d+|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|showroom|"
    r"opening\s+hours|open\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|"
    r"mon(?:day)?\s*[-–]\s*(?:fri|sat|sun)|po\s+box|p\.o\.\s+box|rightmove|zoopla|asking\s+price|guide\s+price|"
    r"offers\s+over|national\s+trust"
)
_TRADE = re.compile(
    r"(?i)\b(?:" + _TRADE_HOURS + r"|workshop|soft\s+play|deli|greengrocer|takeaway|chippy|bistro|brasserie|"
    r"theatre|cinema|museum|gallery|hotel|salon|barbers?|dentist|surgery|pharmacy|estate\s+agents?|branch|ltd|"
    r"est\.?\s*\d{4}|\d\s+beds?)\b|£\s?\d+k\b"
)
"""Words of trade before an address ("the salon at", "Unit 4,"): a business's premises."""
_TRADE_AFTER = re.compile(r"(?i)\b(?:" + _TRADE_HOURS + r")\b|£\s?\d+k\b")
"""After an address only the plainest signs of trade count (hours, units, listings): "the blue door, not
the shop" is still a home."""
_RANGE = re.compile(r"\d+[a-z]?\s*[-–]\s*$")
_MEASURE_OR_FRACTION = re.compile(
    r"(?i)^\d+(?:\.\d+)?\s*(?:gb|mb|tb|kb|kg|g|lb|lbs|mph|kph|km|mi|cm|mm|m|ft|inch|inches|in|%|x)\b|^\d+\s*/|/\s*$"
)


def _clause_before(text: str, start: int, width: int = 64) -> str:
    window = text[max(0, start - width) : start]
    cut = max((m.end() for m in re.finditer(r"[.!?\n]\s", window)), default=0)
    return window[cut:]


def _title_of_a_work(text: str, start: int, end: int) -> bool:
    """ "Rewatched 10 Cloverfield Lane", "22 Acacia Avenue came on the radio": a title, not a home."""
    before = _clause_before(text, start)
    if _HOME.search(before):
        return False
    sentence_after = re.split(r"[.!?\n]", text[end : end + 60], maxsplit=1)[0]
    return _WORK.search(before) is not None or _WORK_AFTER.search(sentence_after) is not None


def _venue_or_business(text: str, start: int, end: int) -> bool:
    """ "The Crown and Anchor, 1 Quay Street", "Unit 4, Riverside Industrial Estate": a place of business."""
    before = _clause_before(text, start)
    if _HOME.search(before):
        return False
    sentence_after = re.split(r"[.!?\n]", text[end : end + 80], maxsplit=1)[0]
    return bool(_VENUE_NAME.search(before) or _TRADE.search(before) or _TRADE_AFTER.search(sentence_after))


def _premises_range(text: str, start: int, end: int) -> bool:
    """ "34-36 Bruton Street": a run of numbers is a shop or an office block, not a house."""
    return _RANGE.search(text[max(0, start - 6) : start]) is not None or bool(
        re.match(r"\d+[a-z]?\s*[-–]\s*\d", text[start:end])
    )


def _saint(text: str, start: int, end: int) -> bool:
    """ "Port St. Lucie": "St." before a name is Saint, so the 'street' is part of a town's name."""
    if not re.search(r"\bSt\.?$", text[start:end]):
        return False
    return re.match(r"\.?\s+[A-Z]", text[end : end + 4]) is not None


def _measure_or_fraction(text: str, start: int, end: int) -> bool:
    """ "500 gb external drive", "59 and 1/2 Mulberry Street": a quantity, not a house number."""
    return _MEASURE_OR_FRACTION.search(text[start:end]) is not None or text[max(0, start - 1) : start] == "/"


TITLE_OF_A_WORK = Filter("title of a work", "drop", "a film, book or show named like an address", _title_of_a_work)
VENUE_OR_BUSINESS = Filter(
    "venue or business",
    "drop",
    "a pub, shop, venue or business premises named at or around the address",
    _venue_or_business,
)
PREMISES_RANGE = Filter(
    "range of numbers", "drop", "a run of house numbers (34-36) is business premises", _premises_range
)
SAINT_NOT_STREET = Filter("Saint, not Street", "drop", "'St.' before a name is Saint (Port St. Lucie)", _saint)
MEASURE_OR_FRACTION = Filter(
    "measure or fraction", "drop", "a quantity before a street-like word (500 gb drive)", _measure_or_fraction
)
ORGANISATIONS_PREMISES = Filter(
    "organisation's premises",
    "drop",
    "the text speaks as a business, club or school: the address is its premises, not a home",
    ORGANISATIONS_OWN_ACCOUNT.applies,
)
ADDRESS_FILTERS: tuple[Filter, ...] = (
    TITLE_OF_A_WORK, VENUE_OR_BUSINESS, PREMISES_RANGE, SAINT_NOT_STREET, MEASURE_OR_FRACTION, ORGANISATIONS_PREMISES,
)  # fmt: skip
