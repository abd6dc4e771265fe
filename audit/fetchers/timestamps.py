"""ISO 8601 timestamps as exports write them, shared by every fetcher that meets them.

Platforms write `2024-03-01T10:00:00Z` (Mastodon, Bluesky), `2024-03-01T10:00:00.000Z`, or
no zone at all (Instagram's 2018 `taken_at`); Python 3.11's `fromisoformat` reads them all
once the trailing "Z" is spelled as an offset.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def iso_time(value: Any) -> datetime | None:
    """A datetime from an ISO 8601 string (naive when the export gave no zone), or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
