"""Named e-mail filter for a venue's or a holiday let's booking mailbox.

"Sea View Cottage … sleeps 4, booking via our site or hello@…", "Website: … | Bookings: bookings@… |
Food served 12-9": a role mailbox (`email_roles.is_role_mailbox`: hello@, bookings@, info@) in a text
that describes a place people book a bed, a table or a pitch in.  The "our" of such a text is the
business's ("our site", "our rooms"), and a bio that lists its food times speaks as the pub, so the
leniency the detector gives a first-person word or a profile field's own bookings mailbox does not
make the address a private person's (clause 2.4.3 is about personal mailboxes).

A one-person business that says so ("just me", "from my kitchen") is left alone: the detector's
`one_person_business_near` hands such a mailbox back to its owner before this filter is asked, and the
filter itself declines when such words are near.  A named person's mailbox ("jo.bloggs@…") is never a
role mailbox, so a landlady's own address is not touched either.
"""

from __future__ import annotations

import re

from detectors.email_roles import is_role_mailbox
from detectors.filters import Filter

_VENUE = re.compile(
    r"(?i)\b(?:sleeps\s+\d{1,2}|food\s+(?:served|from)|kitchen\s+open|serving\s+(?:food|breakfast|lunch|dinner)|"
    r"(?:book(?:ing)?s?|reserv(?:e|ations?))\s+(?:via|through|on|at)\s+our\s+(?:web)?site|"
    r"(?:via|through|on)\s+our\s+(?:web)?site|"
    r"(?:en[\s-]?suite|double|twin|family)\s+rooms?|rooms\s+from\s+£|per\s+night|a\s+night|nightly|"
    r"b\s*&\s*b|bed\s+(?:and|&)\s+breakfast|holiday\s+(?:let|cottage|home)|self[\s-]catering|"
    r"glamping|campsite|caravan\s+park|pitches|free\s+house|real\s+ales?|sunday\s+roasts?|beer\s+garden|"
    r"table\s+bookings?|private\s+hire|function\s+room)\b"
)
"""What a place people book a bed, a table or a pitch in says of itself: "sleeps 4", "food served 12-9", "book
via our site", "en-suite rooms", "B&B", "beer garden"."""
_ONE_PERSON = re.compile(r"(?i)\b(?:just\s+me|on\s+my\s+own|one[\s-](?:man|woman|person)[\s-]band)\b")
"""The writer says the business is theirs alone: then the mailbox reaches them."""
_WITHIN = 240
"""Characters around the address read for the venue's words: its own bio or listing, not a post's other paragraphs."""


def _venue_booking_mailbox(text: str, start: int, end: int) -> bool:
    """ "hello@seaview…" after "sleeps 4, booking via our site": a let's or a pub's role mailbox."""
    if not is_role_mailbox(text[start:end]):
        return False
    window = text[max(0, start - _WITHIN) : end + _WITHIN]
    return _VENUE.search(window) is not None and _ONE_PERSON.search(window) is None


VENUE_BOOKING_MAILBOX = Filter(
    "venue's or holiday let's booking mailbox",
    "drop",
    "a role mailbox (hello@, bookings@) of a pub, a B&B or a holiday let that the text describes, not a person's",
    _venue_booking_mailbox,
)
