"""A captured page as the project's `Item`s: what the detectors read, with where it was seen.

Every item is "public": the tool saw it as a logged-out stranger does.  The platform is
"web" for every page, whichever site it is on.  A page is not an export: its findings are
kept apart from the same platform's export findings, so that a re-check (`scan --state`) of a
public page never counts the posts only an export shows as "gone since" (nor the other way
round); the field says which platform and which part of it ("Mastodon profile (ActivityPub
actor): summary").  The `file` is the address the person gave, so a finding leads back to the
page, and the item id is that address too (or a post's own address): the same number on the
same page is one finding, however many places on the page repeat it.  Its link (`url`) opens
the post, or the page as it was finally served (after a redirect within the site).
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.fetchers.public_page.capture import Capture
from detectors.base import Item, Provenance

PLATFORM = "web"


def page_items(captured: Capture) -> Iterator[Item]:
    """One text item per piece the page (and its endpoints) showed."""
    for piece in captured.pieces:
        if not piece.text.strip():
            continue
        where = Provenance(
            PLATFORM,
            captured.url,
            piece.item_id or captured.url,
            piece.field,
            piece.section,
            piece.created_at,
            "public",
        )
        yield Item(where, text=piece.text).linked(piece.item_id or captured.final_url or captured.url)
