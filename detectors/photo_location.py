"""Where a photo was taken, from the GPS block of its EXIF or XMP data (clauses 2.3.3, 2.3.2).

Phones write the exact position into every photo; a picture of the garden posted years ago
can give away a home to a few metres.  Only the image header is read: Pillow's `open` is
lazy, and the EXIF and XMP blocks are taken from what it read of the header (never through
`getexif` on a PNG, which decodes the pixels first), so a huge or hostile image costs
nothing.  Pillow's decompression-bomb guard stays on: an image claiming more than twice
`Image.MAX_IMAGE_PIXELS` is refused at `open` and the scan names it.

Besides the position, the time the photo was taken and the camera are read: they are part
of the evidence shown to the person, and the taken time (not the upload time) is what tells
an evening at home from a school day (`audit.places`).  JPEG, PNG, WebP and TIFF are read by
Pillow itself; HEIC (iPhones) through pillow-heif, imported only when a HEIC file is met.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, BinaryIO

from PIL import Image, UnidentifiedImageError

from detectors.base import Detector, Explanation, Item, Match

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif")
HEIF_SUFFIXES = (".heic", ".heif")
TAKEN_CUE = "taken "
"""How the taken time is written among a finding's cues ("taken 2023-05-04 19:22"), local time."""
TAKEN_FORMAT = "%Y-%m-%d %H:%M"
MAX_WEBP_CHUNKS = 64
MAX_METADATA_BYTES = 1 << 20
MAX_JPEG_SEGMENTS = 256
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
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
        cues = tuple(
            cue
            for cue in (
                TAKEN_CUE + metadata.taken.strftime(TAKEN_FORMAT) if metadata.taken else "",
                f"camera: {metadata.camera}" if metadata.camera else "",
            )
            if cue
        )
        explanation = Explanation("rule", "GPS position written into the photo by the camera or phone", cues)
        yield self.match(f"{latitude:.5f}, {longitude:.5f}", 0, 0, 0.95, rule, explanation=explanation)


def read_metadata(stream: BinaryIO, *, heif: bool = False) -> PhotoMetadata:
    """Position, taken time and camera from an image's EXIF (or, failing that, XMP) header.

    Nothing is decoded; an unreadable or damaged image has no metadata.  An image past the
    decompression-bomb limit raises `Image.DecompressionBombError`, so the scan names it.
    """
    if heif and not _heif_ready():
        return PhotoMetadata()
    if not stream.seekable():  # a member streamed out of an archive: read only as far as needed
        stream = ReadAhead(_unbuffered(stream))  # type: ignore[assignment]
    # Warnings (a large but not refused image, odd EXIF) are not the person's concern, and the
    # EXIF block is parsed lazily, so every read of it stays inside this guard.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            blocks = _jpeg_blocks(stream) or _webp_blocks(stream)
            if blocks is not None:
                exif, xmp = _exif_from(blocks[0]), _text(blocks[1])
            else:
                with Image.open(stream) as image:
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


class ReadAhead(io.RawIOBase):
    """A seekable view of a forward-only stream that reads its source only as far as it is asked.

    A member of a zip cannot seek, and copying a whole 4 MB photo out of it to read a 20 kB
    header made the metadata pass decompress every byte of every photo (30 photos a second).
    A JPEG's EXIF and XMP sit in its first segments and a PNG's before its image data, so
    Pillow's header parse now reads a few kilobytes; a WebP's EXIF chunk, usually at the end,
    and a HEIC's are still read through.  What has been read is kept, so seeking back works.
    """

    CHUNK = 16 * 1024
    WHOLE = 1 << 20

    def __init__(self, source: BinaryIO) -> None:
        super().__init__()
        self._source = source
        self._data = bytearray()
        self._position = 0
        self._ended = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            self._fill(None)
            offset += len(self._data)
        elif whence == io.SEEK_CUR:
            offset += self._position
        self._position = max(0, offset)
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        end = None if size is None or size < 0 else self._position + size
        self._fill(end)
        data = bytes(self._data[self._position : end])
        self._position += len(data)
        return data

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _fill(self, end: int | None) -> None:
        """Read from the source until `end` bytes are held (or all of it, for None)."""
        while not self._ended and (end is None or len(self._data) < end):
            # never read(-1): a raw stream's readall would go 8 kB at a time, through every layer
            want = self.WHOLE if end is None else max(end - len(self._data), self.CHUNK)
            chunk = self._source.read(want)
            if not chunk:
                self._ended = True
            self._data += chunk


def _unbuffered(stream: BinaryIO) -> BinaryIO:
    """The raw stream under a fresh buffered reader (an archive member, not yet read from): its
    buffer would fill, and in a zip decompress, a quarter of a megabyte to read a 12-byte
    signature.  The raw layer is the one that counts and guards the reads, so nothing is lost."""
    raw = getattr(stream, "raw", None) if isinstance(stream, io.BufferedReader) else None
    return raw if raw is not None and raw.readable() else stream


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


def _degrees(dms: Any, ref: Any) -> float:
    """Degrees from (degrees, minutes, seconds); some phones store decimal degrees in the first
    rational and zeros after it, or a single rational, and both read the same."""
    parts = [float(part) for part in dms] if isinstance(dms, tuple | list) else [float(dms)]
    degrees, minutes, seconds = (parts + [0.0, 0.0])[:3]
    value = degrees + minutes / 60 + seconds / 3600
    return -value if _clean(ref).upper() in ("S", "W") else value


def _exif(image: Image.Image) -> Image.Exif:
    """The EXIF block from the header Pillow has read: `info["exif"]` for JPEG, PNG and HEIC;
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


def _jpeg_blocks(stream: BinaryIO) -> tuple[bytes, bytes] | None:
    """(EXIF, XMP) from a JPEG's APP1 segments; None if it is not a JPEG (the stream rewound).

    Pillow's JPEG reader parses every table of the header in Python; walking the segments
    to the start of the image data reads the same two blocks in a fifth of the time.  The
    frame size meets the same decompression-bomb limit as Pillow's own reader.
    """
    if stream.read(2) != b"\xff\xd8":
        stream.seek(0)
        return None
    exif = xmp = b""
    for _ in range(MAX_JPEG_SEGMENTS):
        marker = stream.read(2)
        while marker[:1] == b"\xff" and marker[1:] == b"\xff":  # fill bytes before a marker
            marker = marker[1:] + stream.read(1)
        if len(marker) < 2 or marker[0] != 0xFF or marker[1] in (0xD9, 0xDA):
            break  # the end, the image data, or not a marker at all: the header is over
        if 0xD0 <= marker[1] <= 0xD7 or marker[1] == 0x01:
            continue  # markers without a length
        size = int.from_bytes(stream.read(2), "big") - 2
        if size < 0:
            break
        if marker[1] == 0xE1:
            data = stream.read(size)
            if data.startswith(b"Exif\x00\x00") and not exif:
                exif = data
            elif data.startswith(_XMP_HEADER) and not xmp:
                xmp = data[len(_XMP_HEADER) :]
        elif marker[1] in _SOF_MARKERS:
            frame = stream.read(size)
            height, width = int.from_bytes(frame[1:3], "big"), int.from_bytes(frame[3:5], "big")
            limit = Image.MAX_IMAGE_PIXELS
            if limit is not None and width * height > 2 * limit:
                raise Image.DecompressionBombError(f"the image claims {width} x {height} pixels")
        else:
            stream.seek(size, 1)
    return exif, xmp


def _webp_blocks(stream: BinaryIO) -> tuple[bytes, bytes] | None:
    """(EXIF, XMP) from a WebP file's RIFF chunks; None if it is not a WebP file.

    Pillow's WebP reader sets up a decoder for the whole canvas even to read the header (about
    a hundred photos a second); walking the chunks is twenty times quicker.  The canvas size in
    the VP8X chunk meets the same decompression-bomb limit as Pillow's other formats.
    """
    header = stream.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WEBP":
        stream.seek(0)
        return None
    exif = xmp = b""
    for _ in range(MAX_WEBP_CHUNKS):
        chunk = stream.read(8)
        if len(chunk) < 8:
            break
        name, size = chunk[:4], int.from_bytes(chunk[4:], "little")
        if name == b"VP8X":
            canvas = stream.read(min(size, 10))
            width, height = (int.from_bytes(canvas[at : at + 3], "little") + 1 for at in (4, 7))
            limit = Image.MAX_IMAGE_PIXELS
            if limit is not None and width * height > 2 * limit:
                raise Image.DecompressionBombError(f"the image claims {width} x {height} pixels")
            stream.seek(size + (size & 1) - len(canvas), 1)
        elif name in (b"EXIF", b"XMP ") and size <= MAX_METADATA_BYTES:
            data = stream.read(size)
            exif, xmp = (data, xmp) if name == b"EXIF" else (exif, data)
            stream.seek(size & 1, 1)
        else:
            stream.seek(size + (size & 1), 1)
    return (b"Exif\x00\x00" + exif if exif and not exif.startswith(b"Exif") else exif), xmp


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


@lru_cache(maxsize=1)
def _heif_ready() -> bool:
    """Teach Pillow HEIC through pillow-heif, once; without it HEIC photos are not read."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True
