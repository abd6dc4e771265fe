"""Named phone filters for numbers that are not a contact a person gives: a line for a service,
and a number the writer takes back.

- A landline given for a service ("booking on 0115 …", "call 0131 … to reschedule", "… and
  quote your reference") is a venue's, a shop's or an office's: people give their own number to be
  reached, not to "amend a booking" or "quote a reference".  Mobiles are left alone: a sole
  trader's "text 07700 … to book" is a person's phone.
- A number corrected straight away ("it's 07700 900 480, sorry, 07700 900 408") was never
  the writer's: the corrected one is.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.phone_cues import OWN_NUMBER, PRIVATE_PERSON, is_landline

_BOOKING_BEFORE = re.compile(
    r"(?i)(?<!\bthe\s)(?<!\ba\s)\b(?:book(?:ings?)?|reservations?|to\s+(?:book|reserve|order)|viewings?\s+(?:via|through|with))"
    r"\b[^.!?\n\d]{0,24}$"
)
"""Words that offer a line for booking ("Booking on", "Bookings:", "to book ring", "Viewings with …")."""
_SERVICE_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,24}?\b(?:to\s+(?:book|rebook|amend|cancel|check|renew|report|reschedule|confirm|arrange|"
    r"collect|order|opt\s+out)\b|(?:and\s+)?quot(?:e|ing)\s+(?:your\b|the\b|ref|[A-Z\d]+\d)|reply\s+stop\b)"
)
"""What the line is for, said after it: "to reschedule", "to cancel", "and quote your reference"."""
_CLAUSE_START = re.compile(r"[.!?]\s|\n|[|•·]")


def _landline_for_a_service(text: str, start: int, end: int) -> bool:
    """ "Booking on 0115 …", "Call 0131 … to reschedule", "phone 0161 … and quote …": a service's line."""
    if not is_landline(text[start:end]):
        return False
    window = text[max(0, start - 60) : start]
    clause = window[max((m.end() for m in _CLAUSE_START.finditer(window)), default=0) :]
    if OWN_NUMBER.search(clause) or OWN_NUMBER.search(text, end, end + 30) or PRIVATE_PERSON.search(clause):
        return False  # "his wife's number is 0114 … if you want to check first": a relative's line, not a service's
    return _BOOKING_BEFORE.search(clause) is not None or _SERVICE_AFTER.match(text, end) is not None


LANDLINE_FOR_A_SERVICE = Filter(
    "landline for a service",
    "drop",
    "a landline given for booking, amending or quoting a reference: a venue's or an office's line",
    _landline_for_a_service,
)

_TAKEN_BACK = re.compile(
    r"(?i)[\s,.;:—–-]*(?:\W{0,3}\s*)?(?:wait,?\s+no|no\s+wait|sorry|oops|i\s+mean|correction|scratch\s+that|"
    r"typo|not\s+that)\b[^\d\n]{0,16}\+?\d[\d\s().-]{6,}\d"
)


def _taken_back(text: str, start: int, end: int) -> bool:
    """ "it's 07700 900 480, sorry, 07700 900 408": the first number is corrected at once."""
    return _TAKEN_BACK.match(text, end) is not None


NUMBER_TAKEN_BACK = Filter(
    "number taken back",
    "drop",
    "a number the writer corrects straight away: the corrected one is theirs",
    _taken_back,
)
