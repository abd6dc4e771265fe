"""The report's pictures and links: flagged photos as small thumbnails, posts' addresses.

Kept apart from the page itself (`audit.report_html`) because both touch the person's data in
ways the page must not: a thumbnail is re-encoded without its EXIF (the photo's position stays
behind) and blurred in the copy to share; a link is only ever plain http(s).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps

from audit.archive import Archive
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


@dataclass(frozen=True, slots=True)
class PhotoFile:
    """A flagged photo as its export holds it: where, how big, and its bytes (None when it is
    bigger than `PHOTO_MAX_BYTES` or cannot be read, so the caller says it is not shown)."""

    name: str
    size: int
    data: bytes | None


def read_photos(wanted: set[tuple[str, str]], sources: Sequence[Source]) -> Iterator[tuple[tuple[str, str], PhotoFile]]:
    """Each wanted (platform, file) found in the sources, read once, at most `PHOTO_MAX_BYTES`
    of it (the size a zip declares is not trusted).  Shared by the report and the app's preview."""
    files = [source for source in sources if not is_address(source)]  # a public page is never fetched again
    if not wanted or not files:
        return
    done: set[tuple[str, str]] = set()
    opened = open_sources(files)
    try:
        for archive, fetcher in opened:
            for platform, name in sorted(wanted - done):
                if platform != fetcher.platform or not archive.has(name):
                    continue
                done.add((platform, name))
                yield (platform, name), PhotoFile(name, archive.size(name), _capped(archive, name))
    finally:
        for archive, _ in opened:
            archive.close()


def _capped(archive: Archive, name: str) -> bytes | None:
    """The member's bytes, None past the cap or when it cannot be read (the scan has named it)."""
    if archive.size(name) > PHOTO_MAX_BYTES:
        return None
    try:
        with archive.open(name) as stream:
            data = stream.read(PHOTO_MAX_BYTES + 1)
    except (UnreadableMember, OSError):
        return None
    return data if len(data) <= PHOTO_MAX_BYTES else None


def photo_of(finding: Finding, sources: Sequence[Source]) -> PhotoFile | None:
    """The finding's own photo file, None when its export (or the finding) names none."""
    found = dict(read_photos({(finding.platform, finding.file)}, sources))
    return found.get((finding.platform, finding.file))


def thumbnails(findings: Iterable[Finding], sources: Sequence[Source], blur: bool) -> dict[tuple[str, str], str]:
    """(platform, file) -> a `data:` URI of each flagged photo, small, without its EXIF data."""
    wanted = {(f.platform, f.file) for f in findings if f.section == "media"}
    found: dict[tuple[str, str], str] = {}
    for key, photo in read_photos(wanted, sources):
        uri = thumbnail(photo.data, blur) if photo.data else ""
        if uri:
            found[key] = uri
    return found


def small_picture(data: bytes, box: tuple[int, int]) -> Image.Image | None:
    """The picture upright, in RGB, fitting in `box` pixels, with none of its metadata (its
    position stays behind); None if the file is not a picture Pillow can read.  Pillow's
    decompression-bomb guard stays on; JPEG is decoded at a reduced size (`draft`)."""
    from detectors.photo_location import heif_ready

    heif_ready()  # HEIC (iPhones) through pillow-heif: the metadata pass no longer registers it
    try:
        with Image.open(BytesIO(data)) as image:
            image.draft("RGB", (box[0] * 2, box[1] * 2))
            picture = ImageOps.exif_transpose(image).convert("RGB")
        picture.thumbnail(box)
    except Exception:  # a damaged or odd file: the caller says the photo is not shown, nothing more
        return None
    return picture


def thumbnail(data: bytes, blur: bool) -> str:
    """A JPEG thumbnail as a `data:` URI, or "" if the file is not a picture Pillow can read."""
    picture = small_picture(data, (PHOTO_SIDE, PHOTO_SIDE))
    if picture is None:
        return ""
    try:
        if blur:
            picture = blurred(picture)
        out = BytesIO()
        picture.save(out, "JPEG", quality=70)  # no `exif=`: the position stays behind
    except Exception:  # a damaged or odd file: the page says the photo is not shown, nothing more
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")
