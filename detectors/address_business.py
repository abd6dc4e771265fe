"""Business or home: the address filters that tell a venue's, a shop's or the school's premises
from somebody's home (clause 2.3.2).

- `VENUE_OR_BUSINESS`: a venue named right before the address ("The Red Lion, 5 High Street"), words
  of premises anywhere ("Unit 4", "Retail Park", opening hours), other words of trade before it;
- `SHOP_NAMED_BEFORE`: a shop named right before "at" ("the new Bapworth at 45 ...");
- `school_or_venue_before`: the school's or a venue's name in the clause before an address (the
  detector's oldest filter, kept as a function because it needs the school profile's names).

A word of home ("we live by The Swan", "our house, not the shop") hands the address back to the
writer in each of them.
"""

from __future__ import annotations

import re

from detectors.address_context import HOME, clause_before
from detectors.address_premises import owned_home_before
from detectors.address_residents import household_before
from detectors.filters import Filter

_OWN_HOME = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving|home|address|mine|ours|i'?m|we'?re|(?:our|my|his|her|their)\s+(?:new\s+)?place|"
    r"write\s+to|cards?\s+to|post\s+to|addressed\s+to|belongs\s+to)\b"
)
"""Words that say the address is somebody's home even right after a venue's name ("we live by The Swan, ...");
a house's own name reads like a venue's ("write to Nan at The Laurels, 8 Fell View", "cards to our new place:
The Hendersons, Little Acre, ..."); a relative's day out ("Nana's party is at the Legion hall, ...") is not one."""
_HOUSE_NAME = (
    r"(?<!Cottage)(?<!Cottages)(?<!House)(?<!Farm)(?<!Lodge)(?<!Vicarage)(?<!Rectory)(?<!Manse)(?<!Barn)(?<!Bungalow)"
    r"(?<!Granary)(?<!Stables)(?<!Forge)(?<!Farmhouse)(?<!Barns)(?<!Court)(?<!Mansions)"
)
"""A house's own name ends in a word of a house (the words of `street_shapes.NAMED`): "The Granary, Mill Farm, ...";
a block of flats' in Court or Mansions ("Flat 5, Tanner's Court, 9 ...")."""
_VENUE_NAME = re.compile(
    r"(?:\b[Tt]he|@)\s+[A-Z][\w'’&.-]*(?:\s+(?:&|and|of|[A-Z][\w'’&.-]*)){0,4}"
    + _HOUSE_NAME
    + r"(?:,?\s+(?:at\s+|on\s+)?|\s*\(\s*)$"
    r"|\b(?!(?:It|That|He|She|Let|What|There|Here|Where|Who)['’]s)[A-Z][\w'’.-]+['’]s(?:\s+[A-Z][\w'’&.-]*){1,3}"
    + _HOUSE_NAME
    + r"(?:,?\s+(?:at\s+|on\s+)?|\s*\(\s*)$"
)
"""A place named right before the address: "The Red Lion, ", "@ The Fox & Hounds, ", "Ashgrove Vets, ", or with the
address in brackets after it ("The Plough (4 Pell Lane, ...)").
("Kyle's, 14 Sycamore Rise" is left alone: a lone name with 's is a person's house more often than a shop;
"Nora's Kitchen, " with a second word is a business.)"""
_TRADE_HOURS = (
    r"unit\s+\d+(?!\s*/)|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|showroom|"
    r"opening\s+hours|open[ \t]+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|"
    r"mon(?:day)?\s*[-–]\s*(?:fri|sat|sun)|po\s+box|p\.o\.\s+box|rightmove|zoopla|asking\s+price|guide\s+price|"
    r"offers\s+over|national\s+trust|(?:drop[\s-]?off|collection)\s+points?|(?:for|by)\s+appointments?|appointments?\s+(?:only|available)|walk-?ins?\s+welcome"
)
_TRADE = re.compile(
    r"(?i)\b(?:" + _TRADE_HOURS + r"|workshop|soft\s+play|deli|greengrocer|takeaway|chippy|bistro|brasserie|"
    r"theatre|cinema|museum|gallery|h[oô]tel|salon|barbers?|dentist|dental|surgery|pharmacy|opticians?|physio|appts|"
    r"estate\s+agents?|branch(?!\s+of\s+the\s+family)|ltd|"
    r"est\.?\s*\d{4}|\d\s+beds?)\b|£\s?\d+k\b"
)
"""Words of trade before an address ("the salon at", "Unit 4,"): a business's premises."""
_PREMISES = re.compile(
    r"(?i)\b(?:unit\s+\d+(?!\s*/)|retail\s+park|industrial\s+estate|trading\s+estate|business\s+park|warehouse|showroom|"
    r"opening\s+hours|po\s+box|p\.o\.\s+box|(?:new|our|business|the\s+same)\s+premises)\b"
)
"""Words of premises that no home has, wherever the writer's own words are ("at our new premises, 5 ...")."""
_INSTITUTION = re.compile(
    r"(?i)(?<!not\sa\s)(?<!n't\sa\s)(?<!never\sa\s)\b(?:infirmary|hospital|hospice|care\s+home|nursing\s+home)\b"
)
"""An institution where a relative stays ("Grandad's moved into Ashfield Lodge care home on ..."): its address,
unless a home is named after it ("Nana's care home won't take post, so send cards to my mum's: ...")."""
_HOME_AFTER = re.compile(r"(?i)\b(?:my|our|mine|ours|(?-i:house)|home(?!\s+on)|address|send|cards?|post)\b")
_TRADE_AFTER = re.compile(r"(?i)\b(?:" + _TRADE_HOURS + r")\b|£\s?\d+k\b")
"""After an address only the plainest signs of trade count (hours, units, listings): "the blue door, not
the shop" is still a home."""
TRADE_AFTER_WITHIN = 100
"""Characters after the address read for them: the next sentence too ("Cross Farm, Mill Road. £4/kg. Open 9-5")."""


_SOLD_BY_OWNER = re.compile(
    r"(?i)\bselling\s+(?:our|my)\s+(?:own\s+)?(?:house|home|bungalow|flat|cottage|place|semi|terrace|maisonette)\b"
    r"|\bno\s+(?:estate\s+)?agents\b|\b(?:selling|sold|for\s+sale)\s+privately\b|\bprivate\s+sale\b"
)
"""A home sold by its owner ("Selling our house privately, no agents! 3 bed ..."): the beds and the price are the
writer's own home's."""
SOLD_BY_OWNER_WITHIN = 160


def _venue_or_business(text: str, start: int, end: int) -> bool:
    """ "The Crown and Anchor, 1 Quay Street", "Unit 4, Riverside Industrial Estate": a place of business.

    Premises words (a unit, an estate, opening hours), before or inside the candidate, are never a
    home; a venue named right before it is one unless the writer says they live there; other words of
    trade yield to any word of home ("a kitchen bakery at ..."), and its beds, price and viewings to an owner selling
    their own home ("no agents!")."""
    before = clause_before(text, start)
    if _PREMISES.search(before + text[start:end]):
        return True
    if _SOLD_BY_OWNER.search(text, max(0, start - SOLD_BY_OWNER_WITHIN), end + SOLD_BY_OWNER_WITHIN):
        return False
    if owned_home_before(text, start):  # a grandad's bungalow at ... on a listing site
        return False
    if _TRADE_AFTER.search(text, end, end + TRADE_AFTER_WITHIN):
        return True
    institution = list(_INSTITUTION.finditer(before))
    if institution and _HOME_AFTER.search(before, institution[-1].end()) is None:
        return True
    if _VENUE_NAME.search(before):
        return _OWN_HOME.search(before) is None and not household_before(
            before, text[end : end + 40]
        )  # "the Hendersons at ..."
    return HOME.search(before) is None and _TRADE.search(before) is not None


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


_SHOP_OPENS = re.compile(r"(?i)(?:^|[.!?\n]\s*)(?:" + _SHOP_NOUN + r")\s+(?:at|on)\s+$")
"""A shop noun opening the sentence, with no "the": "Hairdressers at 210 ... are doing kids' cuts"."""
_LIVES_BY_THE_SHOP = re.compile(
    r"(?i)\b(?:above|over|behind|next\s+to|opposite|beside)\s+(?:the\s+)?\S+\s+(?:at|on)\s+$"
)
"""The shop is a landmark for a home: "the flat above the barbers at 210 ..."."""


def _shop_named_before(text: str, start: int, end: int) -> bool:
    """ "the new Bapworth at 45 ...", "the butcher at 14 ...", "Hairdressers at 9 ...": a shop's address
    (but "the flat above the barbers at 210 ..." is a home found by its shop)."""
    window = text[max(0, start - 48) : start]
    if _LIVES_BY_THE_SHOP.search(window):
        return False
    return _SHOP_BEFORE.search(window) is not None or _SHOP_OPENS.search(text, max(0, start - 48), start) is not None


_SCHOOLISH = re.compile(r"(?i)\b(?:school|academy|college|nursery|primary|infants|juniors|pta|office)\b")
"""Words of a school, before an address: the school's own address is not anyone's home."""
_VENUE = re.compile(
    r"(?i)\b(?:cafe|café|coffee(?!\s+morning)|shop|restaurant|pub|bar|salon|church|chapel|hall|surgery|library|vets?|"
    r"centre|center|venue|gallery|gym|museum|club|store|h[oô]tel|bakery|studio|market|opened|"
    r"opening|branch(?!\s+of\s+the\s+family)|clinic|dentist|practice|pharmacy|station|takeaway|hq|offices|event|"
    r"fair|festival|parkrun|exhibition|bookshop|charity|foodbank|meeting|rehearsal|gig|roadworks|"
    r"accident|crash|diversion|traffic|closed)\b"
    r"|\bopen\s+(?:\d|daily|every|from|till|until|mon|tue|wed|thu|fri|sat|sun)|^\W*live\s+(?:at|from)\b"
)
"""Words of a venue or an event place before an address ("the new cafe at 14 ...")."""
_SET_ASIDE = re.compile(r"(?i)\b(?:not|no|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?$")
"""A venue set aside: "at ours, not the café", "not the church hall"."""
_SPEAKER = re.compile(r"(?i)\b(?:i|we|my|our|me|us|i'm|we're|i've|we've|mine|ours|home\s+address)\b")
"""The writer, or a home said as such ("the school office needs a home address: 6 ..."), after the venue word."""


_NOT_THE_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:home|garage|garden|kitchen|front\s+room|spare\s+room|back\s+room|living\s+room|converted)\s+"
    r"|\b(?:nr|near|opposite|opp|next\s+to|next\s+door\s+to|after|before|behind|beside|by|across\s+from|facing|past|above|below|over|"
    r"round\s+the\s+corner\s+from|\d+\s*(?:mins?|minutes?|secs?|seconds?)(?:['’]?\s+walk)?\s+from|"
    r"walking\s+distance\s+(?:from|of|to)|close\s+to|down\s+the\s+road\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?)$"
)
"""Before a venue word: a business run from home ("a kitchen bakery"), a landmark to find a house by ("2 mins
from school") or a time ("come round mine after school, 5 ...")."""
_SCHOOL_THING = re.compile(
    r"(?i)\s+(?:run|jumpers?|cardigans?|uniforms?|shoes|bags?|coats?|clothes|kit|trips?|holidays?|photos?|"
    r"dinners?|lunch(?:es)?|books?|things|stuff|gates?\s+chat)\b"
)
"""A thing of school after "school" (the school run, school shoes): the school is not the place."""
_VENUE_THING = re.compile(
    r"(?i)[ \t]+(?:tables?|stools?|chairs?|equipment|machines?|makers?|benches|bench|cabinets?|mirrors?|lamps?|"
    r"signs?|flat|apartment|mats?|weights|bike|pews?|unit|shelves|shelving|sets?|cups?|mugs?)\b"
)
"""A thing named after a venue ("coffee table", "bar stools", "gym equipment", "studio flat"): what is sold or where
someone lives, not the venue the address belongs to."""
_PERSONS_HOUSE = re.compile(
    r"\b(?:at|to|from)\s+(?:[A-Z][a-z]+|my\s+[a-z]+|our\s+[a-z]+)['’]s\b(?!\s+[A-Z])"
    r"|(?<!\bnot\s)\b(?:his|her|their)\s+(?:own\s+|new\s+|old\s+)?(?:house|home|flat|bungalow|cottage|place)\b"
)
"""A person's house named after the venue word: "the rehearsal is at Dane's, 12 ...", "between the post office and her
house on ..." (not "the venue, not their house: ...")."""
_PERSONS_HOUSE_AFTER = re.compile(r"[ \t]*\([ \t]*(?:[A-Z][a-z]+|my\s+[a-z]+|our\s+[a-z]+)['’]s[ \t]*\)")
"""A person's house named in brackets after the address: "the meeting is at 17 Mill Avenue (Pam's)"."""


_ROOM_IN_HALLS = re.compile(r"(?i)\broom\s+\d+[a-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,2}$")
"""A room in a hall of residence ("Room 4C, Wren Hall, Quillby ..."): a student's home, not a venue's hall."""
_PERSON_NAMED_AT = re.compile(
    r"\b(?:with|to|c/o)\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|The|Our|My)[a-z]*\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:,|\bat)\s*$"
)
"""A person named right before the address: "or with Bryony at 4 ...", "donations to Wren, 4 ...": her house
("open Mon to Fri at 14 ..." names days)."""


def school_or_venue_before(context: str, school_names: re.Pattern[str] | None, after: str = "") -> bool:
    """True when the words before an address say it is the school's or a venue's.

    "I teach at St Aidan's and we live on Mill Lane" is still a home: a first-person word, or
    a person's house ("at Dane's"), after the last school or venue word hands the address back
    to the person.  A venue word that is not the place itself does not count: a business run
    from home ("a kitchen bakery"), a landmark in directions ("opposite the chapel"), "school"
    before a thing ("the school bags").  So does a person's house in brackets right `after` it ("(Pam's)"), or a
    person named right before it ("leave donations in the church porch or with Bryony at 4 ..."); a room in a hall of
    residence is a student's home.
    """
    if _PERSONS_HOUSE_AFTER.match(after):
        return False
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
                if _VENUE_THING.match(context, found.end()):
                    continue  # "coffee table for sale, collect from 2 ...": a thing sold, not a venue
                if found.group().lower() == "hall" and _ROOM_IN_HALLS.search(context, 0, found.start()):
                    continue
                last = max(last, found.end())
    if last < 0 or _SPEAKER.search(context, last) is not None or _PERSONS_HOUSE.search(context, last) is not None:
        return False
    return _PERSON_NAMED_AT.search(context, last) is None


VENUE_OR_BUSINESS = Filter(
    "venue or business",
    "drop",
    "a pub, shop, venue or business premises named at or around the address",
    _venue_or_business,
)
SHOP_NAMED_BEFORE = Filter("shop named before it", "drop", "a shop or cafe is named right before the address",
                           _shop_named_before)  # fmt: skip
