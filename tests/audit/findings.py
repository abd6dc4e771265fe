"""Findings built the way the pipeline builds them, for state and re-check tests."""

from __future__ import annotations

from audit.model import Finding, make_finding
from detectors.base import Item, Match, Provenance


def finding(
    value: str, *, kind: str = "phone", platform: str = "x", item_id: str = "1", text: str | None = None
) -> Finding:
    """A finding of `value` in a post; the fingerprint is real (keyed hash of kind, value, place)."""
    body = text if text is not None else f"call me on {value} any time"
    start = body.find(value) if value in body else 0
    item = Item(Provenance(platform, "data/tweets.js", item_id, "full_text", "post", None, "public"), text=body)
    match = Match(kind, value, start, start + len(value), 0.9, "test rule", ("2.3.2",))
    return make_finding(item, match)
