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
- a PO box, which takes post but is nobody's home;
- a shop named right before "at" ("the new Bapworth at 45 ...", "the butcher at 14 ...");
- a property or a holiday let advertised ("2 bed flat, ... £950 pcm", "the holiday cottage was ...");
- road news ("... shut by number 90 after a collision");
- an address the writer denies or says does not exist ("that is not my postcode", "isn't on ...");
- a building said to be something public ("... is now a gallery", "now it's a Bapworth");
- where a driver or a parcel went by mistake ("went to 5 Ash Close instead of ...");
- a question about who lives there ("which of you lives on Regent Street?");
- a street of fiction, a saying or a count in a name ("21 Jump Street", "Memory Lane", "3 Peaks
  Walk": `detectors.address_name_filters`);
- a historic house, a restaurant's address, a house whose owner is not said (`detectors.address_place_filters`);
- a planning site, an organisation's letterhead, a care home, a class's venue, an empty house
  (`detectors.address_site_filters`).

The business-or-home filters (venues, shops, premises, the school's name before the address) are in
`detectors.address_business` and importable from here.
"""

from __future__ import annotations

import re

from detectors.address_business import SHOP_NAMED_BEFORE, VENUE_OR_BUSINESS
from detectors.address_contact_block import PREMISES_IN_A_CONTACT_BLOCK
from detectors.address_context import FIRST_PERSON, HOME, clause_before, sentence_after
from detectors.address_name_filters import NAME_FILTERS
from detectors.address_place_filters import PLACE_FILTERS
from detectors.address_premises import NON_RESIDENTIAL_PREMISES
from detectors.address_rescheduled import RESCHEDULED
from detectors.address_site_filters import SITE_FILTERS
from detectors.address_stays import STAY_REVIEWED, relatives_key_safe
from detectors.address_trade_card import TRADE_CARD
from detectors.address_workplace import WORKPLACE
from detectors.filters import Filter
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT

_WORK = re.compile(
    r"(?i)\b(?:film|films|movie|movies|(?<!neighbourhood\s)(?<!neighborhood\s)watch(?:ed|ing)?|re-?watch(?:ed|ing)?|(?<!can't\s)(?<!can’t\s)(?<!cannot\s)read(?:ing)?(?!\s+(?:glasses|specs|light|lamp|age|chair|nook|corner))|(?<!address\s)book(?!\s+(?:club|swap|belongs|plate))|novel|series|show|"
    r"episode|season|album|song|track|tv|netflix|cinema|top\s+\d+|fave|favourite|favorite|playlist|sequel|"
    r"trailer|horror|thriller|radio|lyrics?|band|gig|character|fictional|fiction|story|mystery)\b"
)
_WORK_AFTER = re.compile(
    r"(?i)\b(?:radio|film|movie|song|album|episode|novel|sequel|soundtrack|reading\s+list|set\s+texts?|book\s+club)\b"
)
_RANGE = re.compile(r"\d+[a-z]?\s*[-–]\s*$")
_DWELLING = re.compile(r"(?i)\b(?:flat|maisonette|apartment|apt|bedsit)\s*\d{0,4}[a-z]?\s*,?\s*$")
"""A dwelling's number right before a run of house numbers ("Flat 4, 11-13 Quill Row"): a home in the block."""
_MEASURE_OR_FRACTION = re.compile(
    r"(?i)^\d+(?:\.\d+)?\s*(?:gb|mb|tb|kb|kg|g|lb|lbs|mph|kph|km|mi|cm|mm|m|ft|inch|inches|in|%|x)\b|^\d+\s*/|/\s*$"
)


def _title_of_a_work(text: str, start: int, end: int) -> bool:
    """ "Rewatched 10 Cloverfield Lane", "22 Acacia Avenue came on the radio", "the heroine lives
    at 3 Quill Row": a title or a story's setting, not a home.  A first-person word hands it back
    ("we watched it at ours, 12 Wren Road"); a third-person "lives" only when no work is named first."""
    before = clause_before(text, start)
    if FIRST_PERSON.search(before):
        return False
    after = sentence_after(text, end, 60)
    work, home = _WORK.search(before), HOME.search(before)
    if home is not None and (work is None or work.start() > home.start()):
        return False
    return work is not None or _WORK_AFTER.search(after) is not None


def _premises_range(text: str, start: int, end: int) -> bool:
    """ "34-36 Bruton Street": a run of numbers is a shop or an office block, not a house.  Two houses knocked into
    one are a home too: a first-person word around it hands it back ("we're at 14-16 ...", "..., we've knocked through")."""
    ranged = text[start : start + 1].isdigit() and _RANGE.search(text[max(0, start - 6) : start]) is not None
    if not (ranged or re.match(r"\d+[a-z]?\s*[-–]\s*\d", text[start:end])):
        return False
    before = clause_before(text, max(0, start - 6) if ranged else start)  # "we're 8-10 Pell Row": "we're" is before
    return FIRST_PERSON.search(before + sentence_after(text, end)) is None and _DWELLING.search(before) is None


def _saint(text: str, start: int, end: int) -> bool:
    """ "Port St. Lucie": "St." before a name is Saint, so the 'street' is part of a town's name."""
    if not re.search(r"\bSt\.?$", text[start:end]):
        return False
    return re.match(r"\.?\s+[A-Z]", text[end : end + 4]) is not None


def _measure_or_fraction(text: str, start: int, end: int) -> bool:
    """ "500 gb external drive", "59 and 1/2 Mulberry Street": a quantity, not a house number.  A flat's number
    before a slash ("3/17 Karri Street", Glasgow's "2/1") is no fraction: only halves, thirds, quarters and
    eighths are."""
    if _MEASURE_OR_FRACTION.search(text[start:end]) is not None:
        return True
    if text[max(0, start - 1) : start] != "/":
        return False
    over = re.search(r"(\d{1,4})[A-Za-z]?/$", text[max(0, start - 6) : start])
    denominator = re.match(r"\d+", text[start:end])
    return over is None or denominator is None or _vulgar(int(over.group(1)), int(denominator.group()))


def _vulgar(numerator: int, denominator: int) -> bool:
    """1/2, 3/4, 5/8: a fraction people write before a word; "3/17" and "5/22" are a flat and its house."""
    return numerator < denominator and denominator in (2, 3, 4, 8)


_LETTING = re.compile(
    r"(?i)\b(?:to\s+rent|to\s+let(?![ \t]+(?:everyone|everybody|anyone|you|people|them|us|me|him|her|all|the\s+\w+)\b)|"
    r"for\s+rent|show\s+(?:home|house)|first[\s-]time\s+buyers?|pcm|p/m|per\s+calendar\s+month|lettings|letting\s+agents?|(?:first|second|third|another)\s+viewing)\b"
)
"""Words of a property on the market ("to let" as a verb is not one: "to let everyone know"); a developer's show
home and a house "ideal for a first time buyer" are too."""
_BOUGHT = re.compile(r"(?i)\b(?:we|i)(?:['’]ve|\s+have)?\s+(?:just\s+|finally\s+)?(?:bought|moved\s+in)\b")
"""The writer has bought it: "our Airbnb days are over, we've bought the cottage" is a home now."""
_HOLIDAY = re.compile(
    r"(?i)\b(?:holiday\s+(?:cottage|let|home|rental|flat|house)|air\s*bnb|b\s*&\s*b|guest\s*house|hostel|"
    r"would\s+stay\s+again|stayed\s+at(?!\s+(?:(?:my|our|his|her|their)\s+[a-z-]+|[A-Z][a-z]+)['’]s?\b)(?!\s+(?:mine|ours|theirs|hers|his)\b)|check[\s-]?in\s+(?:details|instructions|info)|key\s*(?:box|safe)|sleeps\s+\d+)\b"
)
"""A holiday stay: a let, a host's check-in details and key box, "sleeps 4" ("stayed at my aunt's", "at Nan's", "at
ours" is a stay in a relative's or a friend's home, which is no holiday let)."""


def _property_listing(text: str, start: int, end: int) -> bool:
    """ "2 bed flat, ... £950 pcm", "Flat to let on ...", "the holiday cottage was ...": a property on
    the market or a holiday let, nobody's home.  A rent the writer pays ("our flat on ..., £900 pcm")
    is their home, so a first-person word keeps the lettings words from applying."""
    window = text[max(0, start - 100) : end + 100]
    if _HOLIDAY.search(window):
        return _BOUGHT.search(window) is None and not relatives_key_safe(window)  # "Nan's carers ... key safe"
    return _LETTING.search(window) is not None and FIRST_PERSON.search(window) is None


ROAD_NEWS_WORDS = re.compile(
    r"(?i)\b(?:crash|collision|accident|police|ambulances?|fire\s+engines?|avoid|diversions?|diverted|"
    r"road\s*works|burst\s+(?:water\s+)?main|closed\s+both\s+ways|tailbacks?|sinkhole|gas\s+leak|traffic|"
    r"queues?|queuing|gridlock(?:ed)?|standstill)\b"
)
"""Words of news about a road (also read by `address_parts.house_number_apart`: "burst main outside number 212")."""


_US = re.compile(r"(?i)\b(?:to|with|at|for)\s+us\b")
"""The writer's household as the object: "same happened to us at 9 ..., police said ..." is a burglary at home."""


def _road_news(text: str, start: int, end: int) -> bool:
    """ "... Road shut by number 90 after a collision, avoid": news of a road, no one's home.
    "Police outside our house on ..." is still the writer's home: a first-person word keeps it."""
    sentence = clause_before(text, start, 100) + re.split(r"[.!?\n]", text[start : end + 100], maxsplit=1)[0]
    if ROAD_NEWS_WORDS.search(sentence) is None:
        return False
    return FIRST_PERSON.search(sentence) is None and _US.search(sentence) is None


_DENIED_BEFORE = re.compile(r"(?i)\b(?:not|isn'?t|aren'?t|never)\s+(?:(?:on|at|in)\s+)?$")
_DENIED_AFTER = re.compile(
    r"(?i)^[\W]{0,4}(?:which|that|it)?\s*(?:doesn'?t|does\s+not|didn'?t)\s+exist"
    r"|\b(?:is|'s)\s+not\s+(?:my|our)\s+(?:post\s*code|address|house|street)"
    r"|\bisn'?t\s+(?:my|our)\s+(?:post\s*code|address|house|street)"
    r"|\b(?:i|we)\s+(?:live|lived)\s+nowhere\s+near\b"
)


def _denied(text: str, start: int, end: int) -> bool:
    """ "the party isn't on Quill Street", "Wren Court not Wren Close", "LS99 9ZZ is not my postcode", "... which
    doesn't exist", "... I live nowhere near a Quill Street": an address the writer says is not theirs, or not real."""
    if _DENIED_BEFORE.search(text, max(0, start - 16), start):
        return True
    return _DENIED_AFTER.search(sentence_after(text, end)) is not None


_PUBLIC_NOW = re.compile(
    r"(?i)\b(?:is|was|are)\s+(?:now\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:museum|gallery|shop|cafe|café|restaurant|pub|"
    r"hotel|library|bank|offices?|charity\s+shop|tourist\s+attraction|heritage\s+centre)\b"
    r"|\bnow\s+(?:it'?s|it\s+is)\s+(?:a|an)\s+[A-Z]"
    r"|\b(?:that['’]?s|thats|it['’]s|it\s+is)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dentist|dental\s+surgery|surgery|shop|cafe|café|"
    r"restaurant|pub|hotel|office|offices|bank|church|school|warehouse|garage|car\s+park|gym)\b"
)


def _public_building(text: str, start: int, end: int) -> bool:
    """ "3 Marlowe Crescent is now a gallery", "... in 1890. Now it's a Bapworth", "... but the map says that's a
    dentist": a building said to be public."""
    if FIRST_PERSON.search(clause_before(text, start)):
        return False
    return _PUBLIC_NOW.search(text, end, end + 120) is not None


_WENT_TO = re.compile(
    r"(?i)\b(?:went|goes|go|delivered|dropped\s+(?:it|them|me|us)?\s*(?:off\s+)?|took\s+(?:it|them|me|us)|sent\s+(?:it|them)?"
    r"\s*|drove|turned\s+up|knocked)\s*(?:to|at)\s+$"
)
_INSTEAD_AFTER = re.compile(
    r"(?i)^[\s,]*(?:(?:instead\s+of|rather\s+than)(?!\s+(?:number\s+|no\.?\s*)?\d)|by\s+mistake)\b"
)
"""The wrong place, unless the right one is a house number on the same street ("to 26 Elm Street instead of 62")."""


def _wrong_place(text: str, start: int, end: int) -> bool:
    """ "the uber went to 5 Ash Close instead of Ash Court", "delivered to 12 Mill Lane by mistake": where a driver or a
    parcel went wrongly, not the writer's home (which the sentence names next).  "Delivered to 26 Elm Street instead
    of 62" names the writer's street: it stays."""
    if _WENT_TO.search(text, max(0, start - 40), start) is None:
        return False
    return _INSTEAD_AFTER.match(text[end : end + 24]) is not None


TITLE_OF_A_WORK = Filter("title of a work", "drop", "a film, book or show named like an address", _title_of_a_work)
PREMISES_RANGE = Filter(
    "range of numbers", "drop", "a run of house numbers (34-36) is business premises", _premises_range
)
SAINT_NOT_STREET = Filter("Saint, not Street", "drop", "'St.' before a name is Saint (Port St. Lucie)", _saint)
MEASURE_OR_FRACTION = Filter(
    "measure or fraction", "drop", "a quantity before a street-like word (500 gb drive)", _measure_or_fraction
)
_PERSONS_HOME_BEFORE = re.compile(
    r"(?i)\b(?:lives?|living)\s+(?:\w+\s+)?(?:at|on|in)\s+$|\bat\s+(?:his|her|their)\s+(?:own\s+)?(?:home|house)\s*,?\s*$"
)


def _organisations_premises(text: str, start: int, end: int) -> bool:
    """The organisation's own text, unless it says a person lives at the address: a parish magazine's "our treasurer,
    who lives at 7 ...", a small ad's "lives on Quill Close" or "cards to Wren at their home, 8 ..." is a member's
    home, not the parish's premises."""
    if _PERSONS_HOME_BEFORE.search(clause_before(text, start)):
        return False
    return ORGANISATIONS_OWN_ACCOUNT.applies(text, start, end)


ORGANISATIONS_PREMISES = Filter(
    "organisation's premises",
    "drop",
    "the text speaks as a business, club or school: the address is its premises, not a home",
    _organisations_premises,
)
PROPERTY_LISTING = Filter(
    "property or holiday listing", "drop", "a flat to let, a property for sale or a holiday let", _property_listing
)
ROAD_NEWS = Filter("road news", "drop", "news of a road (a crash, a closure, traffic), not anyone's home", _road_news)
DENIED_ADDRESS = Filter(
    "denied or unreal address", "drop", "the writer says it is not their address, or that it does not exist", _denied
)
PUBLIC_BUILDING = Filter(
    "public building", "drop", "the building is said to be a museum, a shop or another public place", _public_building
)
_WHO_LIVES = re.compile(
    r"(?i)\b(?:which\s+(?:of\s+)?(?:you|u|ya)(?:\s+lot)?|who(?:\s+else)?|does\s+any(?:one|body))\s+(?:still\s+)?"
    r"li(?:ves?|ving)\s+(?:on|in|at|along)\s+$"
)


def _who_lives_question(text: str, start: int, end: int) -> bool:
    """ "which of you lot lives on Regent Street?": a question about who lives on a street, nobody's home in
    particular.  A house asked about ("who lives at 9 Hazel Grove?? your hedge is on fire") is still somebody's."""
    if text[start : start + 1].isdigit() or _WHO_LIVES.search(clause_before(text, start)) is None:
        return False
    stop = _SENTENCE_STOP.search(text, end)
    if stop is not None and stop.group() == "?":
        return True
    return _WHO_LIVES_OPENS.search(clause_before(text, start)) is not None


_SENTENCE_STOP = re.compile(r"[.!?\n]")
_WHO_LIVES_OPENS = re.compile(r"(?i)^\W*(?:so\s+|ok\s+|hi\s+all\W*|random\s+but\W*)?(?:who|does\s+any(?:one|body))\b")
"""The question opens the clause, typed without its question mark: "who lives on Quill Lane near the park"."""


WRONG_PLACE = Filter(
    "wrong place",
    "drop",
    "where a driver or a parcel went by mistake ('instead of'), not the writer's home",
    _wrong_place,
)
WHO_LIVES_QUESTION = Filter(
    "who lives there?", "drop", "a question about who lives on a street, not the writer's home", _who_lives_question
)
ADDRESS_FILTERS: tuple[Filter, ...] = (
    TITLE_OF_A_WORK, VENUE_OR_BUSINESS, PREMISES_RANGE, SAINT_NOT_STREET, MEASURE_OR_FRACTION, ORGANISATIONS_PREMISES,
    SHOP_NAMED_BEFORE, PROPERTY_LISTING, ROAD_NEWS, DENIED_ADDRESS, PUBLIC_BUILDING, WRONG_PLACE, WHO_LIVES_QUESTION,
    *NAME_FILTERS, *PLACE_FILTERS, *SITE_FILTERS, TRADE_CARD, RESCHEDULED, STAY_REVIEWED, WORKPLACE,
    NON_RESIDENTIAL_PREMISES, PREMISES_IN_A_CONTACT_BLOCK,
)  # fmt: skip
