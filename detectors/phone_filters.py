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

from detectors.filters import Filter
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT

_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:ref|reference|tracking|invoice|isbn|acct|sort\s*code|serial|vat(?:\s+reg)?|co\.?\s*no|"
    r"company\s+no|charity\s+no|pin|passcode|meeting\s+id|conference\s+id|fc)\b(?:\s*(?:no\.?|number|#))?"
    r"|\b(?:order|parcel|account|ticket|booking|policy|id|case|claim)\s*(?:no\.?|number|ref|#|id))"
    r"\s*(?:is\s*)?[:#]?\s*$|[£$€#]\s*$",
    re.IGNORECASE,
)
"""Words that make the digits after them a reference: "tracking", "order no.", "case number" (but
"booking:" alone is how people offer a number for bookings)."""
_CODE_GLUED_BEFORE = re.compile(r"(?<![#\w])[A-Z\d]*(?:[A-Z]\d|\d[A-Z])[A-Z\d]*\s?$")
"""An alphanumeric code right before the digits: "1Z 999 AA1 01 2345 …" is one tracking number."""
_CODE_AFTER = re.compile(r"\s*(?:,,|#|\d{5,})")
"""A dial-in's pause and PIN after the number (",,123456#")."""

_ORGANISATION = re.compile(
    r"\b(?:council|dentists?|dental|vets?|veterinary|surgery|gp|doctors?|practice|medical|hospital|clinic|nhs|"
    r"pharmacy|chemist|helpline|hotline|reception|box\s+office|takeaway|restaurant|pizza|pub|inn|hotel|hôtel|cafe|"
    r"café|airbnb|rentals?|holiday\s+lets?|deli|"
    r"garage|taxis?|cabs?|salon|hair|barbers?|plumb(?:er|ing)|heating|electricians?|builders?|agency|staffing|"
    r"kennels|cattery|charity|rescue|food\s*bank|hall|branch|showroom|yard|office|venue|barn|butchers?|bakery|"
    r"shop|store|estate\s+agents?|letting|lettings|ltd|limited|plc|cic|centre|center|nursery|library|"
    r"church|parish|club|society|association|trust|bank|insurers?|embassy|consulate|airline|police|"
    r"dial-?in|teams|zoom|conference|admissions|firm|company|opening\s+hours|open\s+(?:mon|daily)|"
    r"head\s+office|est\.?\s*\d{4}|since\s+\d{4})\b",
    re.IGNORECASE,
)
"""Words that name an organisation or a service: its number is not anyone's personal phone."""
_OWN_NUMBER = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’]+\s+){0,2}?(?:mobile|mob|number|phone|landline|cell|digits|whats\s?app|home|house)\b|"
    r"\b(?:call|text|ring|phone|whats\s?app|message|msg|contact|reach|bell|buzz|book|hire|ping|dm)\s+(?:me|us)\b|"
    r"\bjust\s+me\b|\bthat'?s\s+me\b|"
    r"\bme\s+on\b|\b(?:i'?m|i\s+am)\s+on\b|\bme\s*[:,-]?\s*$|\bmine\b",
    re.IGNORECASE,
)
"""Words by which the writer gives a number as their own (or their household's)."""
_CLAUSE = re.compile(r"[.!?]\s|\n|[|•·]")
_WINDOW = 64


_EARLIER_NUMBER = re.compile(r"\d{3,}[\s,;)]*")
"""Words before an earlier number belong to that number ("office 0113 …, me 07700 …")."""
_NEGATED = re.compile(r"(?i)\b(?:not|no|never|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|my\s+|an\s+)?$")
"""An organisation named only to be set aside: "not the agency", "rather than the salon"."""
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause before the number, and what a bracket right after it says ("0113 … (the kennels)")."""
    before = text[max(0, start - _WINDOW) : start]
    ends = list(_CLAUSE.finditer(before)) + list(_EARLIER_NUMBER.finditer(before))
    before = before[max(e.end() for e in ends) :] if ends else before
    bracket = _BRACKET_AFTER.match(text, end)
    return before, bracket.group(1) if bracket else ""


def _reference_or_amount(text: str, start: int, end: int) -> bool:
    """ "order no. 0113 496 0000", "£0700", "tracking 1Z 999 AA1 01 2345 6784", a dial-in PIN."""
    before = text[max(0, start - 30) : start]
    return bool(_REFERENCE_BEFORE.search(before) or _CODE_GLUED_BEFORE.search(before) or _CODE_AFTER.match(text, end))


_UK_LANDLINE = re.compile(r"\(?(?:0|\+\s?44\s?(?:\(0\)\s?)?)[12]")


def _landline_in_an_organisations_post(text: str, start: int, end: int) -> bool:
    """A UK landline in a post about a surgery, a shop or the council, not claimed as the writer's.

    Mobiles reach people; landlines in such posts were an organisation's nine times in ten on the
    contacts corpus, wherever in the post the organisation is named.
    """
    if not _UK_LANDLINE.match(text, start) or _OWN_NUMBER.search(text):
        return False
    return _ORGANISATION.search(text) is not None


def _organisations_number(text: str, start: int, end: int) -> bool:
    """ "the dentist on Queen Street, 0151 …", "Book on 01632 … (Sal's Salon)": not the writer's.

    Whichever comes nearer the number decides: "call me, not the surgery, on 07700 …" is the
    writer's, "book me through the agency (0113 …)" the agency's."""
    before, after = _clause_around(text, start, end)
    own = max((m.end() for m in _OWN_NUMBER.finditer(before)), default=-1)
    organisation = max(
        (m.end() for m in _ORGANISATION.finditer(before) if not _NEGATED.search(before, 0, m.start())), default=-1
    )
    if organisation > own:  # "book me through the agency (Teachwell, 0113 …)": the nearer words win
        return True
    if own >= 0 or _OWN_NUMBER.search(text, end, end + 30):
        return False
    return _ORGANISATION.search(after) is not None


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
_PERSON = re.compile(r"(?i)\b(?:i|i'm|i've|me|my|mine|we|we're|our|us)\b")


def _business_listing(text: str, start: int, end: int) -> bool:
    """ "229 9th Street, Miami Beach, FL 33139 786.621.3511": a place's listing, in nobody's voice."""
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
    REFERENCE_OR_AMOUNT, ORGANISATIONS_NUMBER, LANDLINE_IN_AN_ORGANISATIONS_POST, ORGANISATIONS_OWN_ACCOUNT,
    BUSINESS_LISTING,
)  # fmt: skip
