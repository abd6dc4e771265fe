"""The report's pictures and links: flagged photos as small thumbnails, posts' addresses.

Kept apart from the page itself (`audit.report_html`) because both touch the person's data in
ways the page must not: a thumbnail is re-encoded without its EXIF (the photo's position stays
behind) and blurred in the copy to share; a link is only ever plain http(s).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from io import BytesIO

from PIL import Image, ImageOps

from audit.errors import UnreadableMember
from audit.fetchers.public_page import is_address
from audit.model import Finding
from audit.redact import blurred
from audit.sources import Source, open_sources

PHOTO_SIDE = 160
"""Thumbnails fit in a square this many pixels across: enough to recognise the photo."""
PHOTO_MAX_BYTES = 30_000_000
"""A bigger file is not opened for a thumbnail (a photo is a few MB; this is something else)."""


def post_link(finding: Finding) -> str:
    """Where to see it on the platform: the fetcher's address for it (`Finding.url`, checked to be
    plain http(s)), else one built from the platform's id for a post; "" for the rest."""
    if finding.url:
        return finding.url
    item = finding.item_id or ""
    if finding.section == "message" or "deleted" in finding.file or any(c.isspace() or c in "\"'<>" for c in item):
        return ""
    if item.startswith("https://"):
        return item
    if finding.platform == "x" and item.isdigit():
        return f"https://x.com/i/status/{item}"
    parts = item.removeprefix("at://").split("/")
    if finding.platform == "bluesky" and len(parts) == 3 and parts[1] == "app.bsky.feed.post":
        return f"https://bsky.app/profile/{parts[0]}/post/{parts[2]}"
    if finding.platform == "linkedin" and item.startswith("urn:li:"):
        return f"https://www.linkedin.com/feed/update/{item}/"
    return ""


def thumbnails(findings: Iterable[Finding], sources: Sequence[Source], blur: bool) -> dict[tuple[str, str], str]:
    """(platform, file) -> a `data:` URI of each flagged photo, small, without its EXIF data."""
    wanted = {(f.platform, f.file) for f in findings if f.section == "media"}
    found: dict[tuple[str, str], str] = {}
    if not wanted or not sources:
        return found
    files = [source for source in sources if not is_address(source)]  # a public page is never fetched again
    for archive, fetcher in open_sources(files):
        with archive:
            for platform, name in sorted(wanted - found.keys()):
                if platform != fetcher.platform or not archive.has(name) or archive.size(name) > PHOTO_MAX_BYTES:
                    continue
                try:
                    uri = thumbnail(archive.read_bytes(name), blur)
                except (UnreadableMember, OSError):  # the scan has named it already
                    continue
                if uri:
                    found[(platform, name)] = uri
    return found


def thumbnail(data: bytes, blur: bool) -> str:
    """A JPEG thumbnail as a `data:` URI, or "" if the file is not a picture Pillow can read."""
    try:
        with Image.open(BytesIO(data)) as image:
            image.draft("RGB", (PHOTO_SIDE * 2, PHOTO_SIDE * 2))
            picture = ImageOps.exif_transpose(image).convert("RGB")
        picture.thumbnail((PHOTO_SIDE, PHOTO_SIDE))
        if blur:
            picture = blurred(picture)
        out = BytesIO()
        picture.save(out, "JPEG", quality=70)  # no `exif=`: the position stays behind
    except Exception:  # a damaged or odd file: the page says the photo is not shown, nothing more
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")
