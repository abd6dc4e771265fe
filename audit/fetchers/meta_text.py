"""Text, time and place values as Meta writes them, made readable for detectors.

Meta's JSON exports escape every UTF-8 *byte* as its own code point ("Café" arrives as
"Caf\\u00c3\\u00a9", an emoji as four `\\u00XX` escapes), in values and in localised keys
alike.  A detector that reads the raw string sees "CafÃ©" and misses words; so every string
goes through `fix_text`, which re-encodes to latin-1 and decodes as UTF-8.  Text that is
already correct fails one of the two steps and is returned unchanged: a lone "é" is not
valid UTF-8 on its own, and anything above U+00FF cannot be latin-1 at all.

Times: JSON carries epoch seconds (UTC); 0 and Facebook's year-0 `-62169958800` mean
"unknown".  HTML pages carry display strings with no zone ("Jun 04, 2025 6:46:10 pm"),
rendered in the account's zone, so they are read as naive datetimes: nothing is made up.
The legacy archive (2010-2018) does name the zone ("... at 3:39pm PST", "... UTC+01"):
`zoned_time` turns those into aware datetimes (`meta_zones` holds the names), while
`display_time` keeps giving the wall-clock time alone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from audit.fetchers.meta_zones import ZONE_PATTERN, zone_of
from detectors.base import Visibility

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DISPLAY_TIME = re.compile(
    r"""^(?:[^\W\d]+,?\s+)?                                  # weekday (G0: "Wednesday,")
    (?:(?P<mon>[^\W\d]{3,10})\.?\s+(?P<day>\d{1,2})         # "Jun 04" ...
      |(?P<day2>\d{1,2})\.?\s+(?P<mon2>[^\W\d]{3,10})\.?)   # ... or "4 mrt" (localised)
    ,?\s+(?P<year>\d{4}),?\s+(?:at\s+)?
    (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?
    (?:\s*(?P<zone>"""
    + ZONE_PATTERN
    + r"""))?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_COORDS = re.compile(r"\(?\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?")
_AUDIENCE_WORDS: tuple[tuple[str, Visibility], ...] = (
    ("only me", "only_me"),
    ("friends of friends", "custom"),
    ("friends except", "custom"),
    ("specific friends", "custom"),
    ("custom", "custom"),
    ("close friends", "custom"),
    ("public", "public"),
    ("everyone", "public"),
    ("friends", "friends"),
    ("followers", "followers"),
)


def fix_text(value: str) -> str:
    """Undo Meta's byte-per-code-point escaping; leave correct text alone."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


FIX_DEPTH = 100
"""Levels of a value `fix_deep` repairs; deeper ones are left as they are.  No export nests
past 11 (and `jsonstream` refuses files past 64), no reader looks that deep, and recursion
must not be able to raise RecursionError and lose the scan."""


def fix_deep(value: Any, depth: int = 0) -> Any:
    """`fix_text` over every string of a parsed JSON value, keys included, `FIX_DEPTH` deep."""
    if isinstance(value, str):
        return fix_text(value)
    if depth >= FIX_DEPTH:
        return value
    if isinstance(value, dict):
        return {fix_text(k) if isinstance(k, str) else k: fix_deep(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [fix_deep(v, depth + 1) for v in value]
    return value


def epoch(value: Any) -> datetime | None:
    """Epoch seconds (int, float or digits) as an aware UTC datetime; 0 and year<=0 are unknown."""
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    if value > 10**11:  # milliseconds (messages' timestamp_ms)
        value = value / 1000
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def is_display_time(text: str) -> bool:
    """Whether a short text is one of Meta's HTML timestamps (any language's month names)."""
    return len(text) < 60 and _DISPLAY_TIME.match(text.strip()) is not None


def display_time(text: str) -> datetime | None:
    """A Meta HTML timestamp as a naive datetime (the wall-clock time shown); None if unknown."""
    found = _DISPLAY_TIME.match(text.strip())
    return _wall_time(found) if found else None


def zoned_time(text: str) -> datetime | None:
    """A Meta HTML timestamp, aware when it names a known zone (the legacy archive's "PST",
    "BST", "UTC+01"), naive when it names none (the HTML flavour); None if unreadable."""
    found = _DISPLAY_TIME.match(text.strip())
    wall = _wall_time(found) if found else None
    zone = zone_of(found["zone"]) if found and wall else None
    return wall.replace(tzinfo=zone) if wall and zone else wall


def _wall_time(found: re.Match[str]) -> datetime | None:
    month = _MONTHS.get((found["mon"] or found["mon2"] or "").lower())
    if month is None:
        return None  # a localised month we do not know: the structure still counts, the date does not
    hour = int(found["hour"])
    ampm = (found["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(
            int(found["year"]),
            month,
            int(found["day"] or found["day2"]),
            hour,
            int(found["minute"]),
            int(found["second"] or 0),
        )
    except ValueError:
        return None


def coordinates(lat: Any, lon: Any) -> tuple[float, float] | None:
    """(lat, long) when both are real numbers in range; Meta's 0,0 means "none"."""
    try:
        latitude, longitude = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if latitude == 0 and longitude == 0:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def coordinates_text(text: Any) -> tuple[float, float] | None:
    """Facebook's check-in string "(51.5001 , -0.1201)" (latitude first)."""
    found = _COORDS.search(text) if isinstance(text, str) else None
    return coordinates(found.group(1), found.group(2)) if found else None


def audience(text: Any) -> Visibility | None:
    """An audience setting's display value ("Friends", "Only me") in our vocabulary, or None."""
    if not isinstance(text, str):
        return None
    lowered = text.strip().lower()
    for words, visibility in _AUDIENCE_WORDS:
        if lowered.startswith(words):
            return visibility
    return None


def truthy(value: Any) -> bool | None:
    """Instagram writes booleans as "True"/"False" strings; None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
        return value.strip().lower() in ("true", "yes")
    return None
