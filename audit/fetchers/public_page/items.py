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

import io
from collections.abc import Iterator
from typing import BinaryIO

from audit.fetchers.public_page.capture import Capture
from audit.fetchers.public_page.photos import Photo
from detectors.base import Item, MediaRef, Provenance

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
    for photo in captured.photos:
        yield photo_item(captured, photo)


def photo_item(captured: Capture, photo: Photo) -> Item:
    """One of the page's own images (`--photos`), for the photo detector to read its position.

    Its item id is the page's address, like the page's text: a photo taken off the page is then
    one of the page's findings that has gone, which `verify` can say."""
    where = Provenance(PLATFORM, captured.url, captured.url, f"image file ({photo.name})", "media", None, "public")

    def opener(body: bytes = photo.body) -> BinaryIO:
        return io.BytesIO(body)

    return Item(where, media=MediaRef(photo.name, opener, len(photo.body))).linked(photo.url)
