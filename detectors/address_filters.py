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
- a building said to be something public ("... is now a gallery", "now it's a Bapworth").

`school_or_venue_before` reads the clause before an address for the school's or a venue's name (the
detector's oldest filter, kept as a function because it needs the school profile's names).
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
_WORK_AFTER = re.compile(
    r"(?i)\b(?:radio|film|movie|song|album|episode|novel|sequel|soundtrack|reading\s+list|set\s+texts?|book\s+club)\b"
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|we|my|our|mine|ours|i'?m|we'?re|i'?ve|we'?ve)\b")
_HOME = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|house|home|flat|address|mine|ours|my|our|i'?m|we'?re|nan'?s|"
    r"gran'?s|grandma'?s|grandad'?s|mum'?s|dad'?s)\b"
)
_OWN_HOME = re.compile(r"(?i)\b(?:live[sd]?|living|moved|moving|home|address|mine|ours|i'?m|we'?re)\b")
"""Words that say the address is somebody's home even right after a venue's name ("we live by The Swan, ...");
a relative's day out ("Grandad's 90th is at the Royal British Legion, ...") is not one of them."""
_HOUSE_NAME = r"(?<!Cottage)(?<!Cottages)(?<!House)(?<!Farm)(?<!Lodge)(?<!Vicarage)(?<!Rectory)(?<!Manse)(?<!Barn)"
_VENUE_NAME = re.compile(
    r"(?:\b[Tt]he|@)\s+[A-Z][\w'’&.-]*(?:\s+(?:&|and|of|[A-Z][\w'’&.-]*)){0,4}"
    + _HOUSE_NAME
    + r",?\s+(?:at\s+|on\s+)?$"
    r"|\b(?!(?:It|That|He|She|Let|What|There|Here|Where|Who)['’]s)[A-Z][\w'’.-]+['’]s(?:\s+[A-Z][\w'’&.-]*){1,3}"
    + _HOUSE_NAME
    + r",?\s+(?:at\s+|on\s+)?$"
)
"""A place named right before the address: "The Red Lion, ", "@ The Fox & Hounds, ", "Ashgrove Vets, ".
("Kyle's, 14 Sycamore Rise" is left alone: a lone name with 's is a person's house more often than a shop;
"Nora's Kitchen, " with a second word is a business.)"""
_TRADE_HOURS = (
    r"unit\s+\d+|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|showroom|"
    r"opening\s+hours|open\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|"
    r"mon(?:day)?\s*[-–]\s*(?:fri|sat|sun)|po\s+box|p\.o\.\s+box|rightmove|zoopla|asking\s+price|guide\s+price|"
    r"offers\s+over|national\s+trust"
)
_TRADE = re.compile(
    r"(?i)\b(?:" + _TRADE_HOURS + r"|workshop|soft\s+play|deli|greengrocer|takeaway|chippy|bistro|brasserie|"
    r"theatre|cinema|museum|gallery|h[oô]tel|salon|barbers?|dentist|dental|surgery|pharmacy|opticians?|physio|appts|"
    r"estate\s+agents?|branch|ltd|"
    r"est\.?\s*\d{4}|\d\s+beds?)\b|£\s?\d+k\b"
)
"""Words of trade before an address ("the salon at", "Unit 4,"): a business's premises."""
_PREMISES = re.compile(
    r"(?i)\b(?:unit\s+\d+|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|showroom|"
    r"opening\s+hours|po\s+box|p\.o\.\s+box)\b"
)
"""Words of premises that no home has, wherever the writer's own words are."""
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
    """ "Rewatched 10 Cloverfield Lane", "22 Acacia Avenue came on the radio", "the heroine lives
    at 3 Quill Row": a title or a story's setting, not a home.  A first-person word hands it back
    ("we watched it at ours, 12 Wren Road"); a third-person "lives" only when no work is named first."""
    before = _clause_before(text, start)
    if _FIRST_PERSON.search(before):
        return False
    sentence_after = re.split(r"[.!?\n]", text[end : end + 60], maxsplit=1)[0]
    work, home = _WORK.search(before), _HOME.search(before)
    if home is not None and (work is None or work.start() > home.start()):
        return False
    return work is not None or _WORK_AFTER.search(sentence_after) is not None


def _venue_or_business(text: str, start: int, end: int) -> bool:
    """ "The Crown and Anchor, 1 Quay Street", "Unit 4, Riverside Industrial Estate": a place of business.

    Premises words (a unit, an estate, opening hours), before or inside the candidate, are never a
    home; a venue named right before it is one unless the writer says they live there; other words of
    trade yield to any word of home ("a kitchen bakery at ...")."""
    before = _clause_before(text, start)
    sentence_after = re.split(r"[.!?\n]", text[end : end + 80], maxsplit=1)[0]
    if _PREMISES.search(before + text[start:end]) or _TRADE_AFTER.search(sentence_after):
        return True
    if _VENUE_NAME.search(before):
        return _OWN_HOME.search(before) is None
    return _HOME.search(before) is None and _TRADE.search(before) is not None


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


_SHOP_NOUN = (
    r"shop|butchers?|bakers?|bakery|chemists?|newsagents?|bookies|florists?|barbers?|hairdressers?|takeaway|"
    r"chippy|supermarket|deli|cafe|café|pub|restaurant|bistro|launderette|vets?|dentists?|opticians?"
)
_SHOP_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:new|old|local|little|big|posh)\s+)?"
    r"(?:[A-Z][\w&-]*['’]s(?:\s+[A-Z][\w'’&-]*){0,2}"  # the Sainsbury's Local
    r"|(?<=new\s)[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}"  # the new Bapworth
    r"|(?:[A-Za-z]+\s+)?(?:" + _SHOP_NOUN + r")"  # the butcher, the fish shop
    r"|(?!(?:new|old|own|nice|lovely|same|other)\s)[A-Za-z]+\s+place)"  # the Thai place (not "the new place")
    r"\s+(?:at|on)\s+$"
)


def _shop_named_before(text: str, start: int, end: int) -> bool:
    """ "the new Bapworth at 45 ...", "the butcher at 14 ...", "the noodle place at 9 ...": a shop's address."""
    return _SHOP_BEFORE.search(text, max(0, start - 48), start) is not None


_LETTING = re.compile(
    r"(?i)\b(?:to\s+rent|to\s+let|for\s+rent|pcm|p/m|per\s+calendar\s+month|lettings|letting\s+agents?)\b"
)
_HOLIDAY = re.compile(
    r"(?i)\b(?:holiday\s+(?:cottage|let|home|rental|flat|house)|air\s*bnb|b\s*&\s*b|guest\s*house|hostel|"
    r"would\s+stay\s+again|stayed\s+at)\b"
)


def _property_listing(text: str, start: int, end: int) -> bool:
    """ "2 bed flat, ... £950 pcm", "Flat to let on ...", "the holiday cottage was ...": a property on
    the market or a holiday let, nobody's home.  A rent the writer pays ("our flat on ..., £900 pcm")
    is their home, so a first-person word keeps the lettings words from applying."""
    window = text[max(0, start - 100) : end + 100]
    if _HOLIDAY.search(window):
        return True
    return _LETTING.search(window) is not None and _FIRST_PERSON.search(window) is None


_ROAD_NEWS = re.compile(
    r"(?i)\b(?:crash|collision|accident|police|ambulances?|fire\s+engines?|avoid|diversions?|diverted|"
    r"road\s*works|burst\s+(?:water\s+)?main|closed\s+both\s+ways|tailbacks?|sinkhole|gas\s+leak|traffic)\b"
)


def _road_news(text: str, start: int, end: int) -> bool:
    """ "... Road shut by number 90 after a collision, avoid": news of a road, no one's home.
    "Police outside our house on ..." is still the writer's home: a first-person word keeps it."""
    sentence = _clause_before(text, start, 100) + re.split(r"[.!?\n]", text[start : end + 100], maxsplit=1)[0]
    return _ROAD_NEWS.search(sentence) is not None and _FIRST_PERSON.search(sentence) is None


_DENIED_BEFORE = re.compile(r"(?i)\b(?:not|isn'?t|aren'?t|never)\s+(?:on|at|in)\s+$")
_DENIED_AFTER = re.compile(
    r"(?i)^[\W]{0,4}(?:which|that|it)?\s*(?:doesn'?t|does\s+not|didn'?t)\s+exist"
    r"|\b(?:is|'s)\s+not\s+(?:my|our)\s+(?:post\s*code|address|house|street)"
    r"|\bisn'?t\s+(?:my|our)\s+(?:post\s*code|address|house|street)"
)


def _denied(text: str, start: int, end: int) -> bool:
    """ "the party isn't on Quill Street", "LS99 9ZZ is not my postcode", "... which
    doesn't exist": an address the writer says is not theirs, or not real."""
    if _DENIED_BEFORE.search(text, max(0, start - 16), start):
        return True
    sentence_after = re.split(r"[.!?\n]", text[end : end + 80], maxsplit=1)[0]
    return _DENIED_AFTER.search(sentence_after) is not None


_PUBLIC_NOW = re.compile(
    r"(?i)\b(?:is|was|are)\s+(?:now\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:museum|gallery|shop|cafe|café|restaurant|pub|"
    r"hotel|library|bank|offices?|charity\s+shop|tourist\s+attraction|heritage\s+centre)\b"
    r"|\bnow\s+(?:it'?s|it\s+is)\s+(?:a|an)\s+[A-Z]"
)


def _public_building(text: str, start: int, end: int) -> bool:
    """ "3 Marlowe Crescent is now a gallery", "... in 1890. Now it's a Bapworth": a building said to be public."""
    if _FIRST_PERSON.search(_clause_before(text, start)):
        return False
    return _PUBLIC_NOW.search(text, end, end + 120) is not None


_SCHOOLISH = re.compile(r"(?i)\b(?:school|academy|college|nursery|primary|infants|juniors|pta|office)\b")
"""Words of a school, before an address: the school's own address is not anyone's home."""
_VENUE = re.compile(
    r"(?i)\b(?:cafe|café|coffee(?!\s+morning)|shop|restaurant|pub|bar|salon|church|chapel|hall|surgery|library|vets?|"
    r"centre|center|venue|gallery|gym|museum|club|store|h[oô]tel|bakery|studio|market|opened|"
    r"opening|branch|clinic|dentist|practice|pharmacy|station|takeaway|hq|offices|event|"
    r"fair|festival|parkrun|exhibition|bookshop|charity|foodbank|meeting|rehearsal|gig|roadworks|"
    r"accident|crash|diversion|traffic|closed)\b"
    r"|\bopen\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|^\W*live\s+(?:at|from)\b"
)
"""Words of a venue or an event place before an address ("the new cafe at 14 ...")."""
_SET_ASIDE = re.compile(r"(?i)\b(?:not|no|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?$")
_SPEAKER = re.compile(r"(?i)\b(?:i|we|my|our|me|us|i'm|we're|i've|we've|mine|ours)\b")


_NOT_THE_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:home|garage|garden|kitchen|front\s+room|spare\s+room|back\s+room|living\s+room|converted)\s+"
    r"|\b(?:nr|near|opposite|opp|next\s+to|behind|beside|by|across\s+from|facing|past|above|below|over|"
    r"round\s+the\s+corner\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?)$"
)
"""Before a venue word: a business run from home ("a kitchen bakery") or a landmark to find a house by."""
_SCHOOL_THING = re.compile(
    r"(?i)\s+(?:run|jumpers?|cardigans?|uniforms?|shoes|bags?|coats?|clothes|kit|trips?|holidays?|photos?|"
    r"dinners?|lunch(?:es)?|books?|things|stuff|gates?\s+chat)\b"
)
"""A thing of school after "school" (the school run, school shoes): the school is not the place."""
_PERSONS_HOUSE = re.compile(r"\b(?:at|to|from)\s+(?:[A-Z][a-z]+|my\s+[a-z]+|our\s+[a-z]+)['’]s\b(?!\s+[A-Z])")
"""A person's house named after the venue word: "the rehearsal is at Dane's, 12 ..."."""


def school_or_venue_before(context: str, school_names: re.Pattern[str] | None) -> bool:
    """True when the words before an address say it is the school's or a venue's.

    "I teach at St Aidan's and we live on Mill Lane" is still a home: a first-person word, or
    a person's house ("at Dane's"), after the last school or venue word hands the address back
    to the person.  A venue word that is not the place itself does not count: a business run
    from home ("a kitchen bakery"), a landmark in directions ("opposite the chapel"), "school"
    before a thing ("the school bags").
    """
    last = -1
    for pattern in (_SCHOOLISH, _VENUE, school_names):
        if pattern is not None:
            for found in pattern.finditer(context):
                if _SET_ASIDE.search(context, 0, found.start()):  # "at ours, not the café"
                    continue
                if _NOT_THE_PLACE_BEFORE.search(context, 0, found.start()):
                    continue
                if found.group().lower() == "school" and _SCHOOL_THING.match(context, found.end()):
                    continue
                last = max(last, found.end())
    return last >= 0 and _SPEAKER.search(context, last) is None and _PERSONS_HOUSE.search(context, last) is None


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
SHOP_NAMED_BEFORE = Filter("shop named before it", "drop", "a shop or cafe is named right before the address",
                           _shop_named_before)  # fmt: skip
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
ADDRESS_FILTERS: tuple[Filter, ...] = (
    TITLE_OF_A_WORK, VENUE_OR_BUSINESS, PREMISES_RANGE, SAINT_NOT_STREET, MEASURE_OR_FRACTION, ORGANISATIONS_PREMISES,
    SHOP_NAMED_BEFORE, PROPERTY_LISTING, ROAD_NEWS, DENIED_ADDRESS, PUBLIC_BUILDING,
)  # fmt: skip
