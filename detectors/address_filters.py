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

_WORK = re.compile(
    r"(?i)\b(?:film|films|movie|movies|watch(?:ed|ing)?|re-?watch(?:ed|ing)?|read(?:ing)?|book|novel|series|show|"
    r"episode|season|album|song|track|tv|netflix|cinema|top\s+\d+|fave|favourite|favorite|playlist|sequel|"
    r"trailer|horror|thriller|radio|lyrics?|band|gig)\b"
)
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
"""A place named right before the address: "The Red Lion, ", "@ The Fox & Hounds, ", "Mama Tee's, "."""
_TRADE = re.compile(
    r"(?i)\b(?:unit\s+\d+|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|workshop|"
    r"showroom|opening\s+hours|open\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|"
    r"mon(?:day)?\s*[-–]\s*(?:fri|sat|sun)|\d{1,2}(?:am|pm)?\s*[-–]\s*\d{1,2}(?:am|pm)|po\s+box|p\.o\.\s+box|"
    r"soft\s+play|deli|greengrocer|takeaway|chippy|bistro|brasserie|theatre|cinema|museum|gallery|hotel|"
    r"salon|barbers?|dentist|surgery|pharmacy|estate\s+agents?|for\s+sale|viewing|branch|ltd|est\.?\s*\d{4})\b"
)
_RANGE = re.compile(r"\d+[a-z]?\s*[-–]\s*$")
_MEASURE_OR_FRACTION = re.compile(
    r"(?i)^\d+(?:\.\d+)?\s*(?:gb|mb|tb|kb|kg|g|lb|lbs|mph|kph|km|mi|cm|mm|m|ft|inch|inches|in|%|x)\b|^\d+\s*/|/\s*$"
)


def _clause_before(text: str, start: int, width: int = 64) -> str:
    window = text[max(0, start - width) : start]
    cut = max((m.end() for m in re.finditer(r"[.!?\n]\s", window)), default=0)
    return window[cut:]


def _title_of_a_work(text: str, start: int, end: int) -> bool:
    """ "Rewatched 10 Cloverfield Lane", "current read: 84 Charing Cross Road": a title, not a home."""
    before = _clause_before(text, start)
    return _WORK.search(before) is not None and _HOME.search(before) is None


def _venue_or_business(text: str, start: int, end: int) -> bool:
    """ "The Crown and Anchor, 1 Quay Street", "Unit 4, Riverside Industrial Estate": a place of business."""
    before = _clause_before(text, start)
    if _HOME.search(before):
        return False
    sentence_after = re.split(r"[.!?\n]", text[end : end + 80], maxsplit=1)[0]
    return bool(_VENUE_NAME.search(before) or _TRADE.search(before) or _TRADE.search(sentence_after))


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
ADDRESS_FILTERS: tuple[Filter, ...] = (
    TITLE_OF_A_WORK, VENUE_OR_BUSINESS, PREMISES_RANGE, SAINT_NOT_STREET, MEASURE_OR_FRACTION,
)  # fmt: skip
