"""The time-zone names Facebook's legacy archive (2010-2018) writes after its dates.

The legacy archive prints every date in the account's zone and names it:
"Thursday, November 30, 2017 at 3:39pm PST", "Monday, 4 September 2017 at 19:53 BST",
"Wednesday, November 12, 2008 at 8:53pm UTC+01".  The names are the short US and European
ones (the account's language decides which), so a fixed table maps each to its offset from
UTC; an offset written out ("UTC+01", "UTC-07", "UTC+05:30") is read as written.  A name
not in the table is not guessed at: the date then stays without a zone.

Names that mean two different zones around the world ("IST": Irish or India, "AST":
Atlantic or Arabia) are left out on purpose, for the same reason.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone

ZONE_HOURS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "BST": 1,
    "WET": 0,
    "WEST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "AEST": 10,
    "AEDT": 11,
}
"""Zone name -> hours from UTC (US zones: Eastern, Central, Mountain, Pacific, Alaska, Hawaii)."""

ZONE_PATTERN = (
    r"(?:(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|"
    + "|".join(sorted(ZONE_HOURS, key=len, reverse=True))
    + r"|(?-i:[A-Z]{3,5}))"
)
"""A regular-expression fragment matching one zone token as the archive writes it: an offset,
a known name, or any other upper-case abbreviation (a date all the same, its zone unknown)."""

_OFFSET = re.compile(r"^(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$", re.IGNORECASE)


def zone_of(token: str | None) -> timezone | None:
    """The fixed-offset zone a token names ("PST", "BST", "UTC+01"), or None if unknown."""
    if not token:
        return None
    token = token.strip()
    found = _OFFSET.match(token)
    if found:
        minutes = int(found["hours"]) * 60 + int(found["minutes"] or 0)
        if minutes > 14 * 60:
            return None
        return timezone(timedelta(minutes=-minutes if found["sign"] == "-" else minutes))
    hours = ZONE_HOURS.get(token.upper())
    return None if hours is None else timezone(timedelta(hours=hours))
