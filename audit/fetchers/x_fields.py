"""Field decoding shared by the X fetcher: dates in X's four spellings, geotags, parts, links.

X wrote `created_at` as "Sat Aug 12 16:10:37 +0000 2023" (GDPR), "2013-07-24 02:18:17 +0000"
(Grailbird) and ISO 8601 (note tweets, account files), except in the 2018-2020 root layout,
whose direct messages and account change records carry epoch counts in seconds or
milliseconds ("1351234567", "1541234567890").  All of X's dates are UTC.  Ids and coordinates
are strings in the GDPR files and numbers in Grailbird.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from audit.fetchers.timestamps import epoch_time, fixed_time, iso_time, plausible

TWITTER_BEGAN = datetime(2006, 1, 1, tzinfo=UTC)
"""No date in an X archive can be earlier: a date before this is a misread field."""
_COUNT = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")
_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,50}$")
_CONVERSATION = re.compile(r"^[0-9]{1,25}(?:-[0-9]{1,25})?$")
_ID = re.compile(r"^[0-9]{1,25}$")
_DATE_FORMATS = ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z")


def status_url(handle: str | None, tweet_id: str | None) -> str | None:
    """A post's address on X: `https://x.com/<handle>/status/<id>`, or `x.com/i/web/status/<id>`
    (which X redirects to the post) when the archive does not say whose account it is."""
    if not tweet_id or not _ID.match(tweet_id):
        return None
    return f"https://x.com/{handle}/status/{tweet_id}" if handle else f"https://x.com/i/web/status/{tweet_id}"


def profile_url(handle: str | None) -> str | None:
    """The account's profile page, where the bio, location and website are edited."""
    return f"https://x.com/{handle}" if handle else None


def conversation_url(conversation_id: Any) -> str | None:
    """A direct-message conversation (`<id>-<id>`, or a group's number), for its owner to open."""
    text = conversation_id if isinstance(conversation_id, str) else ""
    return f"https://x.com/messages/{text}" if _CONVERSATION.match(text) else None


def handle_of(value: Any) -> str | None:
    """An X user name as the archive writes it (letters, digits, `_`), else None."""
    name = value.strip().lstrip("@") if isinstance(value, str) else ""
    return name if _HANDLE.match(name) else None


def part_order(name: str) -> tuple[int, int, str]:
    """`tweets.js` before `tweets-part1.js` before `tweets-part10.js`."""
    part = re.search(r"-part(\d+)\.js$", name)
    return (1, int(part.group(1)), name) if part else (0, 0, name)


def parse_date(value: Any) -> datetime | None:
    """An aware UTC datetime from any of X's spellings, or None when it is not a real date.

    Epoch counts (strings or numbers) never reach the ISO reader, and a date before X began
    or in the future is dropped rather than shown.
    """
    return plausible(_read_date(value), TWITTER_BEGAN)


def _read_date(value: Any) -> datetime | None:
    if not isinstance(value, str) or _COUNT.match(value):
        return epoch_time(value)  # a number, or digits: never a compact ISO date
    if not value:
        return None
    fast = fixed_time(value)  # X's usual layouts by position; anything else as it always was read
    if fast is not None:
        return fast
    text = value.replace("Z", "+00:00") if value.endswith("Z") else value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    moment = iso_time(text)
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


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


def media_file_names(entry: dict[str, Any]) -> list[str]:
    """The file names a media entry may have in the archive, after `<tweet id>-`.

    A photo is the base name of `media_url`; for a video or GIF that names the `.jpg`
    thumbnail, and the `.mp4` is named after a `video_info.variants[].url` (query dropped).
    """
    urls = [entry.get("media_url_https"), entry.get("media_url")]
    video = entry.get("video_info")
    variants = video.get("variants") if isinstance(video, dict) else None
    for variant in variants if isinstance(variants, list) else ():
        if isinstance(variant, dict):
            urls.append(variant.get("url"))
    names: list[str] = []
    for url in urls:
        name = url.split("?", 1)[0].rsplit("/", 1)[-1] if isinstance(url, str) else ""
        if name and name not in names:
            names.append(name)
    return names
