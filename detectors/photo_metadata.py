"""What a photo's header says: where (GPS), when (the camera's clock) and with what it was taken.

Only the header is read, never the pixels, so a huge or hostile image costs nothing.  JPEG,
WebP and HEIC have their EXIF and XMP blocks found by walking the file's own structure
(`photo_headers`, `photo_heif`), which reads nothing a seek can skip; PNG and TIFF (and any
file those walkers give up on) go through Pillow's lazy `open`, taking the blocks from what
it read of the header (never `getexif` on a PNG, which decodes the pixels first).  HEIC files
the walker does not read fall back to Pillow through pillow-heif, imported only then.
Pillow's decompression-bomb guard stays on: an image claiming more than twice
`Image.MAX_IMAGE_PIXELS` raises `Image.DecompressionBombError`, and the scan names it.

The taken time (not the upload time) is what tells an evening at home from a school day
(`audit.places`); the camera is part of the evidence shown to the person.
"""

from __future__ import annotations

import re
import struct
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, BinaryIO

from PIL import Image, UnidentifiedImageError

from detectors.photo_headers import jpeg_blocks, webp_blocks
from detectors.photo_heif import heif_blocks
from detectors.photo_stream import seekable_view

_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_MAKE, _MODEL, _DATETIME = 0x010F, 0x0110, 0x0132
_DATETIME_ORIGINAL, _OFFSET_ORIGINAL = 0x9003, 0x9011
_READ_ERRORS = (UnidentifiedImageError, OSError, ValueError, SyntaxError, KeyError, TypeError, EOFError, struct.error)
_XMP_FIELD = r"{name}(?:=\"|>)\s*([^\"<]{{1,64}})"
_XMP_COORDINATE = re.compile(r"(\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])")
_XMP_DATES = ("exif:DateTimeOriginal", "xmp:CreateDate", "photoshop:DateCreated")


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    """What a photo's header says about where, when and with what it was taken."""

    position: tuple[float, float] | None = None
    taken: datetime | None = None
    """The camera's clock: local wall-clock time, with its offset where the camera wrote one."""
    camera: str = ""
    source: str = "EXIF"
    """Which block held the position: "EXIF" or "XMP"."""


def read_metadata(stream: BinaryIO, *, heif: bool = False) -> PhotoMetadata:
    """Position, taken time and camera from an image's EXIF (or, failing that, XMP) header.

    Nothing is decoded; an unreadable or damaged image has no metadata.  An image past the
    decompression-bomb limit raises `Image.DecompressionBombError`, so the scan names it.
    `heif` says the file is named as a HEIC: if the walker gives up on it, Pillow needs
    pillow-heif to read it, and without it the photo has no metadata.
    """
    # Warnings (a large but not refused image, odd EXIF) are not the person's concern, and the
    # EXIF block is parsed lazily, so every read of it stays inside this guard.
    with seekable_view(stream) as view, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            blocks = jpeg_blocks(view) or webp_blocks(view) or heif_blocks(view)
            if blocks is not None:
                exif, xmp = _exif_from(blocks[0]), _text(blocks[1])
            elif heif and not heif_ready():
                return PhotoMetadata()
            else:
                with Image.open(view) as image:
                    exif = _exif(image)
                    xmp = _text(image.info.get("xmp", b""))
            position, source = gps_position(_ifd(exif, _GPS_IFD)), "EXIF"
            if position is None:
                position, source = _xmp_position(xmp), "XMP"
            taken = _exif_taken(exif) or _xmp_taken(xmp)
            camera = " ".join(_clean(exif.get(tag, "")) for tag in (_MAKE, _MODEL)).strip()
        except _READ_ERRORS:
            return PhotoMetadata()
    return PhotoMetadata(position, taken, camera[:80], source)


def gps_position(gps: dict[int, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees from an EXIF GPS IFD, or None if it has none
    (a block holding only the altitude, a zero or impossible position)."""
    try:
        latitude = _degrees(gps[2], gps.get(1, "N"))
        longitude = _degrees(gps[4], gps.get(3, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude, longitude) == (0.0, 0.0):
        return None  # also NaN, from a rational with a zero denominator
    return latitude, longitude


def heif_ready() -> bool:
    """True once Pillow can open HEIC files, teaching it through pillow-heif if need be;
    False when pillow-heif is not installed.  Asked before any HEIC is opened with Pillow (a
    fallback here, or a preview): the walker reads HEIC metadata without it, so a scan no
    longer teaches Pillow HEIC by the way."""
    if "HEIF" in Image.OPEN:
        return True
    register = _heif_register()
    if register is None:
        return False
    register()
    return True


@lru_cache(maxsize=1)
def _heif_register() -> Callable[[], None] | None:
    """pillow-heif's `register_heif_opener`, imported once; None when it is not installed."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return None
    return register_heif_opener  # type: ignore[no-any-return]


def _degrees(dms: Any, ref: Any) -> float:
    """Degrees from (degrees, minutes, seconds); some phones store decimal degrees in the first
    rational and zeros after it, or a single rational, and both read the same."""
    parts = [float(part) for part in dms] if isinstance(dms, tuple | list) else [float(dms)]
    degrees, minutes, seconds = (parts + [0.0, 0.0])[:3]
    value = degrees + minutes / 60 + seconds / 3600
    return -value if _clean(ref).upper() in ("S", "W") else value


def _exif(image: Image.Image) -> Image.Exif:
    """The EXIF block from the header Pillow has read: `info["exif"]` for PNG and HEIC;
    TIFF keeps it in its tags, which `getexif` reads without decoding."""
    raw = image.info.get("exif")
    if isinstance(raw, bytes) and raw:
        return _exif_from(raw)
    if image.format in ("TIFF", "MPO"):
        return image.getexif()
    return Image.Exif()


def _exif_from(raw: bytes) -> Image.Exif:
    exif = Image.Exif()
    if raw:
        exif.load(raw)
    return exif


def _ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except _READ_ERRORS:
        return {}


def _exif_taken(exif: Image.Exif) -> datetime | None:
    details = _ifd(exif, _EXIF_IFD)
    for raw in (details.get(_DATETIME_ORIGINAL), exif.get(_DATETIME)):
        try:
            taken = datetime.strptime(_clean(raw)[:19], "%Y:%m:%d %H:%M:%S")
        except ValueError:
            continue
        offset = _offset(_clean(details.get(_OFFSET_ORIGINAL, "")))
        return taken.replace(tzinfo=offset) if offset else taken
    return None


def _offset(text: str) -> timezone | None:
    matched = re.fullmatch(r"([+-])(\d\d):(\d\d)", text)
    if not matched:
        return None
    minutes = int(matched[2]) * 60 + int(matched[3])
    return timezone(timedelta(minutes=-minutes if matched[1] == "-" else minutes)) if minutes <= 14 * 60 else None


def _xmp_position(xmp: str) -> tuple[float, float] | None:
    latitude, longitude = _xmp_field(xmp, "exif:GPSLatitude"), _xmp_field(xmp, "exif:GPSLongitude")
    if not (latitude and longitude):
        return None
    north, east = (_XMP_COORDINATE.fullmatch(value.strip()) for value in (latitude, longitude))
    if north is None or east is None:
        return None
    return gps_position({1: north[4], 2: _xmp_dms(north), 3: east[4], 4: _xmp_dms(east)})


def _xmp_dms(found: re.Match[str]) -> tuple[float, ...]:
    """XMP writes "53,48.0486N" or "53,48,2.916N": degrees, minutes and maybe seconds."""
    return tuple(float(part or 0) for part in found.groups()[:3])


def _xmp_taken(xmp: str) -> datetime | None:
    for name in _XMP_DATES:
        value = _xmp_field(xmp, name)
        if not value:
            continue
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            continue
    return None


def _xmp_field(xmp: str, name: str) -> str | None:
    """A property written either as an attribute or as an element."""
    found = re.search(_XMP_FIELD.format(name=re.escape(name)), xmp) if xmp else None
    return found[1] if found else None


def _text(raw: object) -> str:
    if isinstance(raw, bytes):
        return raw[:200_000].decode("utf-8", "replace")
    return raw[:200_000] if isinstance(raw, str) else ""


def _clean(value: object) -> str:
    return str(value).strip("\x00 ") if value is not None else ""
