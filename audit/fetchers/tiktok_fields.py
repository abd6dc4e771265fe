"""Reading TikTok's values: key-name variants, dates, audiences, the private flag, GPS.

Shared by the JSON and TXT readers.  TikTok writes numbers as strings, changes the case of
keys inside lists (`Date`/`date`) and leaves fields empty or null, so every reader here
accepts anything and returns None rather than guess (shared/formats/tiktok.md, "Quirks").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from audit.model import web_address
from detectors.base import Visibility

WHO_CAN_VIEW: dict[str, Visibility] = {
    "everyone": "public",
    "public": "public",
    "friends": "friends",
    "mutual friends": "friends",
    "followers": "followers",
    "only me": "only_me",
    "only you": "only_me",
    "private": "only_me",
    "self": "only_me",
}
"""`WhoCanView` values: UNVERIFIED beyond "Everyone"; anything else is "unknown"."""
_YES = {"yes", "on", "true", "1", "enabled", "private"}
_NO = {"no", "off", "false", "0", "disabled", "public", "everyone"}
_DOMAINS = ("tiktok.com", "tiktokv.com")
_USERNAME = re.compile(r"^[A-Za-z0-9._]{1,64}$")
PROFILE_FIELDS = ("userName", "displayName", "nickName", "bioDescription", "bio", "signature")
ACCOUNT_FIELDS = ("emailAddress", "email", "telephoneNumber", "phoneNumber", "mobile")


def field(record: dict[str, Any], *names: str) -> Any:
    """A record's value under any of `names`, ignoring case (`Date`/`date`, `Link`/`link`)."""
    for name in names:
        if name in record:
            return record[name]
    folded = {n.casefold() for n in names}
    return next((v for k, v in record.items() if isinstance(k, str) and k.casefold() in folded), None)


def tiktok_url(link: Any) -> str | None:
    """A video's link as the export gives it (`https://www.tiktokv.com/share/video/<id>/`), if it
    is TikTok's own: the person's way straight to the post.  Anything else is not offered."""
    return web_address(link.strip() if isinstance(link, str) else None, _DOMAINS)


def profile_url(username: str) -> str | None:
    """The profile page of a user name (`@name` or `name`), where the bio is edited."""
    name = username.strip().lstrip("@")
    return f"https://www.tiktok.com/@{name}" if _USERNAME.match(name) else None


def parse_date(value: Any) -> datetime | None:
    """`2024-06-01 17:02:44`, taken as UTC (TikTok's time zone is UNVERIFIED), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).replace(tzinfo=UTC)
    except ValueError:
        return None


def who_can_view(value: Any) -> Visibility | None:
    """A post's own audience, None when the post does not say."""
    if not isinstance(value, str) or not value.strip():
        return None
    return WHO_CAN_VIEW.get(value.strip().casefold(), "unknown")


def private_flag(settings: dict[str, Any]) -> bool | None:
    """Whether `SettingsMap` says the account is private; the key's name is UNVERIFIED, so
    any key containing "private" is read, and a value we cannot read is None (not a guess)."""
    for key, value in settings.items():
        if isinstance(key, str) and "private" in key.casefold():
            word = str(value).strip().casefold()
            if word in _YES:
                return True
            if word in _NO:
                return False
    return None


def gps(value: Any) -> tuple[float, float] | None:
    """`GpsData` as (lat, lon); its format is UNVERIFIED, so two numbers in range or nothing."""
    numbers = re.findall(r"-?\d+(?:\.\d+)?", value) if isinstance(value, str) else []
    if isinstance(value, dict):
        numbers = [str(field(value, "Latitude", "lat")), str(field(value, "Longitude", "lon", "lng"))]
    try:
        lat, lon = (float(n) for n in numbers)
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0) else None
