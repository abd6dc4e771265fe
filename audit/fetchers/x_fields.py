"""Field decoding shared by the X fetcher: dates in X's three spellings, geotags, parts.

X wrote `created_at` as "Sat Aug 12 16:10:37 +0000 2023" (GDPR), "2013-07-24 02:18:17 +0000"
(Grailbird) and ISO 8601 (note tweets, account files); ids and coordinates are strings in the
GDPR files and numbers in Grailbird.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

_DATE_FORMATS = ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z")


def part_order(name: str) -> tuple[int, int, str]:
    """`tweets.js` before `tweets-part1.js` before `tweets-part10.js`."""
    part = re.search(r"-part(\d+)\.js$", name)
    return (1, int(part.group(1)), name) if part else (0, 0, name)


def parse_date(value: Any) -> datetime | None:
    """A datetime from any of X's spellings, or None."""
    if not isinstance(value, str) or not value:
        return None
    text = value.replace("Z", "+00:00") if value.endswith("Z") else value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def coordinates(tweet: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, long): `geo.coordinates` is [lat, long], `coordinates.coordinates` is [long, lat]."""
    for key, order in (("geo", (0, 1)), ("coordinates", (1, 0))):
        block = tweet.get(key)
        points = block.get("coordinates") if isinstance(block, dict) else None
        if isinstance(points, list) and len(points) == 2:
            try:
                return float(points[order[0]]), float(points[order[1]])
            except (TypeError, ValueError):
                continue
    return None


def place_name(tweet: dict[str, Any]) -> str | None:
    place = tweet.get("place")
    if isinstance(place, dict) and isinstance(place.get("full_name"), str):
        return str(place["full_name"])
    return None
