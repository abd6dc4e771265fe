"""Addresses abroad known by their tail: a street line followed by the country's own postal form.

Two named units, each a street line that the words after it make an address without any verb of living
(a card's envelope, a label, a contact card: "Birkenfeldweg 14\\n13089 Berlin"):

- `POSTAL_TOWN_RULE`: a street line (name first, number last, "Am Hollerbusch 7"; or number first,
  "8 bis allée des Mimosas") and then, on the next line or after a comma (a floor "2º izq." may come
  between), a five-digit postal code and its town ("79098 Freiburg", "33000 Bordeaux").  Germany,
  France, Spain and Italy all write five digits before the town; a year has four, so "Round 7, 2024
  Leeds" is no address.
- `STATE_TAIL_RULE`: a number-first street line, its town and then a state or territory the way the
  US and Australia write it ("7 Jacaranda Bend, Toowong QLD 4066", "118 Birchwood Trail, Round
  Rock TX") or an Indian six-digit PIN ("B-47 Amaltas Enclave, New Delhi 110048").  Street words
  there (Bend, Trail, Enclave, Nagar) are not Britain's, so the tail is the evidence.

The value is the whole line with its tail: a reader needs the town to see it is a home abroad.  The
detector runs its usual venue and business filters over each (a diner's "455 Main St, Millersburg OH").
Kept apart from `address_abroad` (name-first lines, which need a word of home before them) because the
evidence here is after the line, not before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

POSTAL_TOWN_RULE = "street abroad with its postal code and town (79098 Freiburg, 33000 Bordeaux)"
STATE_TAIL_RULE = "street abroad with its town and state or PIN (Toowong QLD 4066, Round Rock TX, New Delhi 110048)"

_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*['’.-]?[^\W\d_]*"
"""A capitalised word, letters only ("Hollerbusch", "Moreres", "St.")."""
_PARTICLE = r"(?:de|del|dels|des|du|de\s+la|de\s+les|de\s+los|de\s+las|la|las|los|les|le|el|am|an|im|y|di|della|do|da)"
_NAME_FIRST = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{0,3}}[ \t]+\d{{1,4}}[A-Za-z]?(?:[ \t]*/[ \t]*\d{{1,4}})?"
_NUMBER_FIRST = (
    rf"\d{{1,4}}[A-Za-z]?(?:[ \t]+(?:bis|ter))?,?[ \t]+[^\W\d_]+(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[^\W\d_]+){{1,4}}"
)
_LINE_START = r"(?:(?<=^)|(?<=\n)|(?<=[:,;—–(\"'‘“])[ \t]*|(?<=[—–-][ \t]))"
POSTAL_TOWN = re.compile(
    rf"{_LINE_START}(?P<street>{_NAME_FIRST}|{_NUMBER_FIRST})"
    r"(?:[ \t]*,[ \t]*[^,\n.]{1,10}\.?)?"  # a floor or door: "2º izq."
    r"[ \t]*(?:,|\n)[ \t]*(?P<tail>\d{5}[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
    r"(?![\w@])"
)
"""A street line, then a five-digit postal code and its town after a comma or on the next line."""
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
STATE_TAIL = re.compile(
    r"(?<![\w/-])(?P<street>(?:(?:Flat|Unit|Apt\.?|Apartment|House|No\.?)[ \t]+)?(?:[A-Z]-)?\d{1,5}[A-Za-z]?,?[ \t]+"
    + _CAP
    + r"(?:[ \t]+"
    + _CAP
    + r"){1,3})"
    r",[ \t]*(?P<tail>" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2}?"
    r"(?:,?[ \t]+(?:(?:" + "|".join(_AU_STATES) + r")[ \t]+\d{4}"
    r"|(?:" + "|".join(_US_STATES) + r")(?:[ \t]+\d{5}(?:-\d{4})?)?)"
    r"|[ \t]+\d{6}))(?![\w@'’])"
)
"""A number-first street, a comma, a town and an Australian state with its postcode, a US state (with its
ZIP code) or an Indian six-digit PIN."""
_POSTAL_GATE = re.compile(r"\d{5}[ \t]+[A-ZÀ-ÖØ-Þ]")
_STATE_GATE = re.compile(
    r",[ \t]*[A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*){0,2},?[ \t]+(?:(?:"
    + "|".join(_AU_STATES)
    + r")[ \t]+\d{4}|(?:"
    + "|".join(_US_STATES)
    + r")\b|\d{6}\b)"
)
"""What every line of the two patterns holds, for the detector's gate: a five-digit code before a capital, or a
comma, a town and a state or PIN.  Two patterns, not one alternation: each then starts with what the regex
engine scans for fastest (a digit, a comma)."""


def may_hold(text: str) -> bool:
    """The gate's pre-screen for `lines_by_tail`: a five-digit code before a capital, or a town and its state."""
    return _POSTAL_GATE.search(text) is not None or _STATE_GATE.search(text) is not None


_STAY = re.compile(
    r"(?i)\b(?:h[oô]tel|hostel|air\s*bnb|villa|campsite|resort|restaurant|diner|bar|caf[eé]|museum|gallery|shop|"
    r"holidays?|hols|vacation|trip|visit(?:ed|ing)?|booking|booked|check-?in)\b"
)
"""Words of a stay or an outing in the clause before the line: a hotel's, villa's or diner's address, not a home."""
STAY_WIDTH = 90
"""Characters before the line read for them."""


def lines_by_tail(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(line with its tail, start, end, rule) of each street line abroad its postal tail makes an address."""
    if not may_hold(text):
        return
    for pattern, rule in ((POSTAL_TOWN, POSTAL_TOWN_RULE), (STATE_TAIL, STATE_TAIL_RULE)):
        for found in pattern.finditer(text):
            if _STAY.search(text, max(0, found.start() - STAY_WIDTH), found.start("street")) is not None:
                continue
            street = " ".join(found.group("street").split())
            tail = " ".join(found.group("tail").split())
            yield f"{street}, {tail}", found.start("street"), found.end(), rule
