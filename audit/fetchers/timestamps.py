"""Timestamps as exports write them, shared by every fetcher that meets them.

Platforms write ISO 8601: `2024-03-01T10:00:00Z` (Mastodon, Bluesky), `2024-03-01T10:00:00.000Z`,
or no zone at all (Instagram's 2018 `taken_at`); Python 3.11's `fromisoformat` reads them all
once the trailing "Z" is spelled as an offset.  Some write a Unix epoch count instead, in
seconds ("1351234567") or milliseconds ("1541234567890"), as a string or a number (X's
2018-2020 archives).  A run of digits must never reach `fromisoformat`: it reads eight of them
as a compact date and shows a message dated centuries ago.  A date the person is shown must be
a real one, so `plausible` drops anything before a platform existed or after today.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

_EPOCH = re.compile(r"^\d+(?:\.\d+)?$")
_MILLISECONDS_FROM = 100_000_000_000
"""Counts from here on are milliseconds: as seconds they would be after the year 5000, as
milliseconds they are after 1973, so no real date in either unit is mistaken for the other."""
_CLOCK_SLACK = timedelta(days=1)
"""How far past now a date may be: a device clock a little ahead, a zone-less local time."""


def iso_time(value: Any) -> datetime | None:
    """A datetime from an ISO 8601 string (naive when the export gave no zone), or None.

    An all-digit string is an epoch count, not a date: it gives None here (see `epoch_time`).
    """
    if not isinstance(value, str) or not value or value.isdigit():
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def epoch_time(value: Any) -> datetime | None:
    """An aware UTC datetime from a Unix epoch count in seconds or milliseconds, or None.

    Accepts numbers (the `Decimal`s a streaming JSON reader gives too) and strings of digits
    with an optional fraction; the unit is told by size.  Anything else, including booleans
    and negative counts, gives None.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        return None
    if isinstance(value, str) and not _EPOCH.match(value.strip()):
        return None
    try:
        count = float(value)
        if not count >= 0:  # also refuses NaN
            return None
        return datetime.fromtimestamp(count / 1000 if count >= _MILLISECONDS_FROM else count, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def plausible(moment: datetime | None, earliest: datetime) -> datetime | None:
    """`moment` if it could be real (not before `earliest`, not in the future), else None.

    A naive moment is compared as if it were UTC and returned unchanged.
    """
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if aware < earliest or aware > datetime.now(UTC) + _CLOCK_SLACK:
        return None
    return moment
