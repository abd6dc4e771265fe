"""A page's own photos, fetched only with `--photos`, so their GPS position can be read.

A photo on a personal site often still carries the position the phone wrote into it: a
garden, a front door, to a few metres.  Reading that needs the image file itself, which is
a further request to the site, so it happens only when the person asks (`scan URL
--photos`), and under the same rules as the page: only images on the page's own site (a
picture served by another site is that site's, and is not fetched), robots.txt asked for
each one, the same body cap, at most `MAX_PHOTOS` of them and `MAX_TOTAL_BYTES` in all.  The
bytes are kept in memory only for the photo detector (`detectors.photo_location`), which
reads the header and never the pixels; nothing is written to disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from audit.fetchers.public_page import robots
from audit.fetchers.public_page.fetch import PageClient, PageFetchError, host_of
from detectors.photo_location import IMAGE_SUFFIXES

IMAGE_TYPES = ("image/jpeg", "image/pjpeg", "image/png", "image/webp", "image/tiff", "image/heic", "image/heif")
SUFFIX_FOR_TYPE = {"image/jpeg": ".jpg", "image/pjpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
                   "image/tiff": ".tif", "image/heic": ".heic", "image/heif": ".heif"}  # fmt: skip
IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/heic;q=0.9,image/*;q=0.5"
MAX_PHOTOS = 20
"""Images read from one page at most: a profile page shows a handful; a gallery is not a profile."""
MAX_TOTAL_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Photo:
    """One image file of the page, as fetched."""

    url: str
    name: str
    """A short file name ending in the image's kind (`garden.jpg`), for the finding's field."""
    body: bytes = field(repr=False)


@dataclass
class PhotoHaul:
    """The photos read from one page, and what stopped any of them being read."""

    photos: list[Photo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped_elsewhere: int = 0
    """Images served by another site: never fetched."""


def fetch_photos(
    client: PageClient, page_urls: Sequence[str], images: Sequence[str], robots_status: int | None, robots_text: str
) -> PhotoHaul:
    """The page's own images (on the host of one of `page_urls`), within every limit."""
    haul = PhotoHaul()
    own_sites = {_site(url) for url in page_urls}
    wanted: list[str] = []
    for address in dict.fromkeys(images):
        if not address or urlsplit(address).scheme not in ("http", "https"):
            continue
        if _site(address) not in own_sites:
            haul.skipped_elsewhere += 1
        else:
            wanted.append(address)
    if len(wanted) > MAX_PHOTOS:
        haul.notes.append(
            f"the page shows {len(wanted)} images; only the first {MAX_PHOTOS} were checked for a position"
        )
        wanted = wanted[:MAX_PHOTOS]
    total = 0
    for address in wanted:
        answer = robots.answer(address, robots_status, robots_text)
        if not answer.allowed:
            haul.notes.append(f"image {_name(address, '')}: not fetched: {answer.why}")
            continue
        try:
            document = client.get(address, IMAGE_ACCEPT, IMAGE_TYPES, raw=True)
        except PageFetchError as error:
            why = str(error).split(": ", 1)[-1]
            why = "the site did not send an image" if why.startswith("not a web page") else why
            haul.notes.append(f"image {_name(address, '')} could not be read: {why}")
            continue
        if document.status >= 300 or document.left_for:
            haul.notes.append(f"image {_name(address, '')} could not be read (HTTP {document.status})")
            continue
        total += len(document.body)
        if total > MAX_TOTAL_BYTES:
            haul.notes.append(
                f"the page's images come to more than {MAX_TOTAL_BYTES // 1024 // 1024} MB; the rest were not read"
            )
            break
        haul.photos.append(Photo(address, _name(address, document.content_type), document.body))
    return haul


def _site(address: str) -> tuple[str, int]:
    """The host and port an address is served from: another port is another site."""
    parts = urlsplit(address)
    return host_of(address), parts.port or (443 if parts.scheme == "https" else 80)


def _name(address: str, media: str) -> str:
    """The image's file name from its address, given the suffix of its kind when it has none."""
    name = unquote(urlsplit(address).path.rsplit("/", 1)[-1])[:60] or "image"
    if media and not name.lower().endswith(IMAGE_SUFFIXES):
        name += SUFFIX_FOR_TYPE.get(media, ".jpg")
    return name
