"""Where a photo was taken, from the GPS block of its EXIF data (clauses 2.3.3, 2.3.2).

Phones write the exact position into every photo; a picture of the garden posted years ago
can give away a home to a few metres.  Only the image header is read (Pillow's `open` is
lazy and `getexif` stops at the EXIF segment): no pixels are decoded, so a huge or hostile
image costs nothing.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

from PIL import Image, UnidentifiedImageError

from detectors.base import Detector, Item, Match

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic")
_GPS_IFD = 0x8825
_MAKE, _MODEL = 0x010F, 0x0110


class PhotoLocationDetector(Detector):
    """Finds photos that carry the GPS position they were taken at."""

    kind = "photo_location"
    title = "Location inside a photo"
    clauses = ("2.3.3", "2.3.2")
    handles_media = True

    def wants(self, item: Item) -> bool:
        if item.media is None:  # a photo the download left out, whose position the platform kept
            return item.coordinates is not None and item.provenance.section == "media"
        return item.coordinates is not None or item.media.path.lower().endswith(IMAGE_SUFFIXES)

    def detect(self, item: Item) -> Iterator[Match]:
        if item.coordinates is not None:
            # The platform kept the position beside the photo (Meta's `exif_data`) even where
            # it stripped it from the file itself: that copy is what a download shows.
            latitude, longitude = item.coordinates
            if (latitude, longitude) != (0.0, 0.0):
                yield self.match(
                    f"{latitude:.5f}, {longitude:.5f}", 0, 0, 0.9, "GPS position the platform kept with the photo"
                )
                return
        if item.media is None or not item.media.path.lower().endswith(IMAGE_SUFFIXES):
            return
        try:
            with item.media.opener() as stream, warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with Image.open(stream) as image:
                    exif = image.getexif()
                    gps = exif.get_ifd(_GPS_IFD)
                    camera = " ".join(str(exif.get(tag, "")).strip("\x00 ") for tag in (_MAKE, _MODEL)).strip()
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, KeyError):
            return
        position = gps_position(gps)
        if position is None:
            return
        latitude, longitude = position
        rule = "GPS position in the photo's EXIF data" + (f" (camera: {camera})" if camera else "")
        yield self.match(f"{latitude:.5f}, {longitude:.5f}", 0, 0, 0.95, rule)


def gps_position(gps: dict[int, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees from an EXIF GPS IFD, or None if it has none."""
    try:
        latitude = _degrees(gps[2], gps.get(1, "N"))
        longitude = _degrees(gps[4], gps.get(3, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude, longitude) == (0.0, 0.0):
        return None
    return latitude, longitude


def _degrees(dms: Any, ref: Any) -> float:
    degrees, minutes, seconds = (float(part) for part in dms)
    value = degrees + minutes / 60 + seconds / 3600
    return -value if str(ref).strip("\x00 ").upper() in ("S", "W") else value
