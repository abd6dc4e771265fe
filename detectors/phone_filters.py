"""Named false-positive filters of the phone detector (clauses 2.3.2, 2.4.2).

Each is a `detectors.filters.Filter` that looks at a candidate number, `text[start:end]`, in
its text, and is tested on its own (tests/detectors/test_phone_filters.py):

- a reference or an amount ("order no. 0113…", "tracking 1Z 999 AA1 01 2345 6784", "£0113"):
  not a phone at all;
- an organisation's number (the dentist's, the council's, a shop's, a venue's, a dial-in), in
  words that do not claim it as the writer's own ("call me on", "my mobile"): not personal.
"""

from __future__ import annotations

import re

from detectors.contact_sender import A_SENDERS_DETAIL
from detectors.filters import Filter
from detectors.phone_beside_mailbox import LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX
from detectors.phone_contact_block import persons_contact_block
from detectors.phone_cues import (
    ASKED_FOR,
    FAMILY,
    OWN_NUMBER,
    PRIVATE_PERSON,
    is_landline,
    organisation_ends,
    private_person_end,
)
from detectors.phone_desk_hours import LANDLINE_OF_A_DESK
from detectors.phone_listed_line import LANDLINE_LISTED_WITH_TEL
from detectors.phone_out_of_use import NUMBER_CALLED_OLD, NUMBER_OUT_OF_USE
from detectors.phone_service_filters import LANDLINE_FOR_A_SERVICE, NUMBER_TAKEN_BACK
from detectors.phone_trade_filters import (
    LANDLINE_FOR_ENQUIRIES,
    LANDLINE_IN_AN_ORGANISATIONS_ADVERT,
    LANDLINE_OF_A_RECOMMENDED_TRADER,
)
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT

_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:ref|reference|tracking|invoice|isbn|acct|sort\s*code|serial|vat(?:\s+reg)?|co\.?\s*no|"
    r"company\s+no|charity\s+no|pin|passcode|meeting\s+id|conference\s+id|fc|pnr|awb|imei|iban|utr|upi|"
    r"confirmation|reg(?:istration)?\s+no)\b(?:\s*(?:no\.?|number|#))?"
    r"|\b(?:order|parcel|account|ticket|booking|policy|id|case|claim)\s*(?:no\.?|number|ref|#|id))"
    r"\s*(?:is\s*)?[:#]?\s*$|[£$€#]\s*$",
    re.IGNORECASE,
)
"""Words that make the digits after them a reference: "tracking", "order no.", "case number" (but
"booking:" alone is how people offer a number for bookings)."""
_CODE_GLUED_BEFORE = re.compile(r"(?<![#\w])[A-Z\d]*(?:[A-Z]\d|\d[A-Z])[A-Z\d]*\s?$")
"""An alphanumeric code right before the digits: "1Z 999 AA1 01 2345 …" is one tracking number."""
_POSTCODE_BEFORE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}[\s,.;|·]*$")
"""A UK postcode ending the address before the number ("Grimsby DN32 0ZB\n07700 …"): a contact block, not a code."""
_CODE_AFTER = re.compile(r"\s*(?:,,|#|\d{5,})")
"""A dial-in's pause and PIN after the number (",,123456#")."""

_CLAUSE = re.compile(r"[.!?]\s|\n|[|•·]|\s/\s")
"""Where a clause ends: a sentence's end, a line break, a separator of a list's items ("|", "•", " / ")."""
_WINDOW = 64


_EARLIER_NUMBER = re.compile(r"\d[\d ]{5,}\d[\s,;)]*")
"""Words before an earlier number belong to that number ("office 0113 …, me 07700 …"); a house
number or a postcode's "75011" is part of an address, not another number."""
_SPEAKING = re.compile(r"(?i)\b(?:i['’]m|i\s+am|i['’]ll|we['’]re|we['’]ll)\b")
"""The writer speaking of what they do ("I'm collecting"): a mobile given after it is theirs."""
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")
_FOR_THE = re.compile(r"(?i)\s*[,?]?\s*(?:is\s+)?(?:for|at)\s+the\s+((?:\w+\s+)?\w+)")
"""Said right after the number to name whose it is: "0113 … for the nursery?", "… at the surgery"."""
_SCHOOL = re.compile(r"(?i)\b(?:school|nursery|college|academy)\b")


_ADDRESS_OR_LINK = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
"""An e-mail address or a link: "…@lettings.example.net or text 07700 …" names no lettings agency."""


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause before the number (e-mail addresses and links blanked), and what a bracket right
    after it says ("0113 … (the kennels)")."""
    before = _ADDRESS_OR_LINK.sub(lambda m: " " * len(m.group()), text[max(0, start - _WINDOW) : start])
    ends = list(_CLAUSE.finditer(before)) + list(_EARLIER_NUMBER.finditer(before))
    before = before[max(e.end() for e in ends) :] if ends else before
    bracket = _BRACKET_AFTER.match(text, end)
    named = bracket.group(1) if bracket and len(bracket.group(1).split()) <= 4 else ""
    return before, named  # "(the kennels)" names whose it is; "(typed it with a 0, oops)" does not


def _reference_or_amount(text: str, start: int, end: int) -> bool:
    """ "order no. 0113 496 0000", "£0700", "tracking 1Z 999 AA1 01 2345 6784", a dial-in PIN."""
    before = text[max(0, start - 30) : start]
    glued = _CODE_GLUED_BEFORE.search(before) is not None and _POSTCODE_BEFORE.search(before) is None
    return bool(_REFERENCE_BEFORE.search(before) or glued or _CODE_AFTER.match(text, end))


def _landline_in_an_organisations_post(text: str, start: int, end: int) -> bool:
    """A landline in a post about a surgery, a shop or the council, not claimed as the writer's.

    Mobiles reach people; landlines in such posts were an organisation's nine times in ten on the
    contacts corpus, wherever in the post the organisation is named.
    """
    if not is_landline(text[start:end]) or OWN_NUMBER.search(text) or not organisation_ends(text, set_aside_too=True):
        return False
    before, named = _clause_around(text, start, end)
    if OWN_NUMBER.search(before) or _HOME_BRACKET.match(named) or persons_contact_block(text, start):
        return False  # "queries to me: 0116 …", "0115 … (home)", "Mrs H. Hale, 3 Elm Row. Tel 0116 …"
    if _HOME_LABEL.search(before) or _AT_HOME.search(before):
        return False  # "our numbers: home 0113 …", "ring him at home, 01632 …": a household's line
    if _writer_offers(before):
        return False  # "don't worry, I'll fetch her – just ring 0121 …": the writer's own line
    # "ring Liz (she keeps the book) on 0116 …" is Liz's, but not "call Gaz on 0113 … (it's a garage)"
    after = _CLAUSE.split(text[end : end + _WINDOW], 1)[0]
    if _NEXT_NUMBER.search(after):
        after = ""  # what is named before the next number is that number's
    return not _persons_number(before) or bool(organisation_ends(after))


_NEXT_NUMBER = re.compile(r"\d[\d ]{4,}")
"""Another number later in the clause: what is named between the two belongs to the nearer, later one
("Raj on 0113 … or the clubhouse 0113 …": the clubhouse is the second number's)."""
_PERSONS_OWN_AFTER = re.compile(
    r"(?i)\s*[(,–-]?\s*(?:his|her|their)\s+(?:own\s+|personal\s+)?(?:mobile|mob|number|phone|cell)"
)
"""Said of the number right after it: "… on 07700 … (his own mobile)": a person's, whatever was named before."""
_EXTENSION_AFTER = re.compile(r"(?i)\s*,?\s*(?:ext\.?|extn\.?|extension|x)\s*\d{1,5}\b")
"""An extension after the number: an organisation's switchboard ("… ext 214", "… x42")."""
_HOME_BRACKET = re.compile(r"(?i)(?:home|house|landline|evenings?|mine)\b")
_AT_HOME = re.compile(
    r"(?i)\b(?:get|reach|ring|call|phone|contact|find|try)\s+(?:me|him|her|them|us|mum|mam|dad|(?:my|our|your)\s+"
    rf"(?:{FAMILY}))\s+(?:[\w']+\s+){{0,2}}?at\s+home\b"
)
"""Someone reached at home ("you can get me at home after 6, 0161 …", "ring her at home when she's out"): their own
line, whatever organisation the post names (the food bank the writer was at, the ward their mum is on)."""
_HOME_LABEL = re.compile(r"(?i)(?:^|[\s,;:(])(?:home|house)(?:\s+(?:phone|number|landline|tel\.?))?\s*[:=-]?\s*$")
"""A label right before a landline that makes it a household's: "home 0113 …", "house phone: 0161 …"."""
"""A bracket after a landline that makes it a household's: "(home)", "(evenings)"."""


_I_SPEAKING = re.compile(r"(?i)\bi(?:['’]ll|['’]m|\s+am|\s+will|\s+can)\b")
"""The writer alone speaking of what they will do ("I'll fetch her"): not a firm's "we"."""
_THEY_BETWEEN = re.compile(r"(?i)\b(?:them|they|their|it)\b")
"""Someone else spoken of after the writer ("I'm at the vets, ring them on ..."): the number is theirs."""


def _writer_offers(before: str) -> bool:
    """The writer speaking in the first person singular in the clause before the number, after the last organisation
    named there and with no "them" or "they" between: the number that follows is theirs ("I'll fetch her – just ring
    0121 …"), not a firm's ("I'm at the vets, ring them on 0121 …")."""
    spoke = max((m.end() for m in _I_SPEAKING.finditer(before)), default=-1)
    if spoke < 0 or spoke <= max(organisation_ends(before), default=-1):
        return False
    return _THEY_BETWEEN.search(before, spoke) is None


def _persons_number(before: str) -> bool:
    """A relative, or a person asked for by name ("ring Liz"), in the clause after the last
    organisation named there (a lone capitalised word is not enough: "Marsh & Pike 0121 …")."""
    person = max((m.end() for m in (*PRIVATE_PERSON.finditer(before), *ASKED_FOR.finditer(before))), default=-1)
    return person >= 0 and person > max(organisation_ends(before), default=-1)


def _organisations_number(text: str, start: int, end: int) -> bool:
    """ "the dentist on Queen Street, 0151 …", "Book on 01632 … (Sal's Salon)": not the writer's.

    Whichever comes nearer the number decides: "call me, not the surgery, on 07700 …" is the
    writer's, "book me through the agency (0113 …)" the agency's, and "my aunt's running the
    venue: Rosa, 07700 …" Rosa's."""
    if _PERSONS_OWN_AFTER.match(text, end):
        return False  # "… or Deacon Michael on 07700 … (his own mobile)"
    if _EXTENSION_AFTER.match(text, end):
        return True  # "0113 496 0555 ext 214": a switchboard's line, whoever's extension it is
    before, after = _clause_around(text, start, end)
    if is_landline(text[start:end]) and _HOME_LABEL.search(before):
        return False  # "the clinic's is below, ours: home 0113 …": a household's line
    if _WHOSE_NUMBER.search(before):
        return False  # "add my husband's number to the quiz team chat, 07700 …": said whose it is
    own = max((m.end() for m in OWN_NUMBER.finditer(before)), default=-1)
    own = max(own, private_person_end(before))
    if not is_landline(text[start:end]):  # "the hedgehog rescue, I'm collecting – 07700 …": the speaker's mobile
        own = max(own, max((m.end() for m in _SPEAKING.finditer(before)), default=-1))
    organisation = max(organisation_ends(before), default=-1)
    if organisation >= 0 and organisation >= own:  # "book me through the agency (Teachwell, 0113 …)"
        return True
    if own >= 0 or OWN_NUMBER.search(text, end, end + 30):
        return False
    for_the = _FOR_THE.match(text, end)
    named_after = for_the.group(1) if for_the else ""
    return bool(organisation_ends(after) or organisation_ends(named_after) or _SCHOOL.search(named_after))


_WHOSE_NUMBER = re.compile(
    rf"(?i)(?<!\bnot\sgiving\syou\s)(?<!\bnot\sgiving\s)\b(?:my|our|his|her)\s+(?:(?:{FAMILY})['’]s\s+)?"
    r"(?:own\s+|personal\s+|home\s+)?(?:number|mobile|mob|landline|cell)\b(?!\s+(?:plate|of|for\s+the))"
)
"""A number said to be a person's before it, whatever organisation the clause names after that ("his landline is",
"my husband's number to the team chat"); not "their number" (a rescue's, a shop's as often as a family's) nor "I'm
not giving you my number"."""


REFERENCE_OR_AMOUNT = Filter(
    "reference or amount",
    "drop",
    "digits that are an order, tracking, account or dial-in number, or a price",
    _reference_or_amount,
)
ORGANISATIONS_NUMBER = Filter(
    "organisation's number",
    "drop",
    "the number of a business, surgery, council or venue the writer mentions, not their own",
    _organisations_number,
)
_STREET_ADDRESS = re.compile(
    r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|"
    r"Way|Place|Square|Parade)\b|\b[A-Z]{2}\s+\d{5}\b"
)
_PERSON = re.compile(rf"(?i)\b(?:i|i'm|i've|me|my|mine|we|we're|our|us|she|she's|he|he's|her|his|him|flat|{FAMILY})\b")
"""A person speaking or spoken of ("Grandpa's new number", "he's at 4 …", "Flat 2"): not a listing."""


def _business_listing(text: str, start: int, end: int) -> bool:
    """ "40 Harbour Row, Springfield, IL 62701 (555) 010-0188": a place's listing, in nobody's voice."""
    return _STREET_ADDRESS.search(text) is not None and _PERSON.search(text) is None


BUSINESS_LISTING = Filter(
    "business listing",
    "demote",
    "a number beside a street address in a text where no person speaks: a place's listing",
    _business_listing,
)
LANDLINE_IN_AN_ORGANISATIONS_POST = Filter(
    "landline in an organisation's post",
    "drop",
    "a UK landline in a post that names a business or body and does not claim the number as the writer's",
    _landline_in_an_organisations_post,
)
PHONE_FILTERS: tuple[Filter, ...] = (
    REFERENCE_OR_AMOUNT, ORGANISATIONS_NUMBER, LANDLINE_IN_AN_ORGANISATIONS_POST, LANDLINE_FOR_A_SERVICE,
    LANDLINE_FOR_ENQUIRIES, LANDLINE_OF_A_RECOMMENDED_TRADER, LANDLINE_IN_AN_ORGANISATIONS_ADVERT, NUMBER_TAKEN_BACK, NUMBER_OUT_OF_USE,
    NUMBER_CALLED_OLD, ORGANISATIONS_OWN_ACCOUNT, BUSINESS_LISTING, LANDLINE_OF_A_DESK,
    LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX, LANDLINE_LISTED_WITH_TEL, A_SENDERS_DETAIL,
)  # fmt: skip
ORGANISATION_LINE_FILTERS: tuple[Filter, ...] = (
    ORGANISATIONS_NUMBER, LANDLINE_IN_AN_ORGANISATIONS_POST, LANDLINE_FOR_A_SERVICE, LANDLINE_FOR_ENQUIRIES,
    LANDLINE_OF_A_RECOMMENDED_TRADER, LANDLINE_IN_AN_ORGANISATIONS_ADVERT, LANDLINE_OF_A_DESK,
    LANDLINE_BESIDE_AN_ORGANISATIONS_MAILBOX, LANDLINE_LISTED_WITH_TEL,
)  # fmt: skip
"""The drop filters of `PHONE_FILTERS` that give a number to an organisation (not those that find no number at all,
nor a number taken back): the address filter `address_contact_block` asks them of a line given beside an address."""
