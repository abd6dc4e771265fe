"""Where a photo was taken, from the GPS block of its EXIF or XMP data (clauses 2.3.3, 2.3.2).

Phones write the exact position into every photo; a picture of the garden posted years ago
can give away a home to a few metres.  The platforms also keep a copy of the position beside
the photo (Meta's `exif_data`), even where they stripped it from the file or the download
left the file out: that copy is what the download shows, so it counts first.

This module is the detector; reading a photo's header is `detectors.photo_metadata` (with the
format walkers in `photo_headers` and `photo_heif`, and `photo_stream` for archive members).
The names other modules import from here are re-exported so they keep working.
"""

from __future__ import annotations

from collections.abc import Iterator

from detectors.base import Detector, Explanation, Item, Match
from detectors.photo_files import HEIF_SUFFIXES, IMAGE_SUFFIXES
from detectors.photo_metadata import PhotoMetadata, gps_position, heif_ready, read_metadata
from detectors.photo_stream import ReadAhead

TAKEN_CUE = "taken "
"""How the taken time is written among a finding's cues ("taken 2023-05-04 19:22"), local time."""
TAKEN_FORMAT = "%Y-%m-%d %H:%M"


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
            with item.media.opener() as stream:
                metadata = read_metadata(stream, heif=item.media.path.lower().endswith(HEIF_SUFFIXES))
        except OSError:  # the member cannot be opened: nothing to read
            return
        if metadata.position is None:
            return
        latitude, longitude = metadata.position
        rule = f"GPS position in the photo's {metadata.source} data" + (
            f" (camera: {metadata.camera})" if metadata.camera else ""
        )
        explanation = Explanation("rule", "GPS position written into the photo by the camera or phone", _cues(metadata))
        yield self.match(f"{latitude:.5f}, {longitude:.5f}", 0, 0, 0.95, rule, explanation=explanation)


def _cues(metadata: PhotoMetadata) -> tuple[str, ...]:
    """The taken time and the camera, as the evidence shows them."""
    cues = (
        TAKEN_CUE + metadata.taken.strftime(TAKEN_FORMAT) if metadata.taken else "",
        f"camera: {metadata.camera}" if metadata.camera else "",
    )
    return tuple(cue for cue in cues if cue)


__all__ = [
    "HEIF_SUFFIXES",
    "IMAGE_SUFFIXES",
    "TAKEN_CUE",
    "TAKEN_FORMAT",
    "PhotoLocationDetector",
    "PhotoMetadata",
    "ReadAhead",
    "gps_position",
    "heif_ready",
    "read_metadata",
]
