"""Photo location: the GPS block in a photo's EXIF (or XMP) data, read without decoding the image.

Photos are made here with Pillow, with invented positions and times."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image, ImageFile

from detectors.base import Item, MediaRef, Provenance
from detectors.photo_location import PhotoLocationDetector, gps_position, read_metadata
from fixtures.exportkit import jpeg

FERNSIDE = (53.80081, -1.54912)
"""An invented position (any UK point will do)."""


def media_item(data: bytes, path: str = "data/tweets_media/1-F5x.jpg") -> Item:
    return Item(Provenance("x", path, "1", "media", "media"), media=MediaRef(path, lambda: io.BytesIO(data)))


def photo(
    fmt: str = "JPEG",
    *,
    gps: dict[int, object] | None = None,
    taken: str | None = None,
    offset: str | None = None,
    camera: tuple[str, str] | None = None,
    xmp: bytes | None = None,
) -> bytes:
    """A small image in `fmt` with the EXIF (and XMP) blocks asked for."""
    exif = Image.Exif()
    if gps is not None:
        exif[0x8825] = gps
    if camera:
        exif[0x010F], exif[0x0110] = camera
    if taken:
        exif[0x8769] = {0x9003: taken, **({0x9011: offset} if offset else {})}
    buffer = io.BytesIO()
    extra: dict[str, object] = {"exif": exif.tobytes()} if len(exif) else {}
    if xmp is not None:
        extra["xmp"] = xmp
    Image.new("RGB", (40, 30), "#8a5").save(buffer, fmt, **extra)
    return buffer.getvalue()


def dms_block(lat: float, lon: float) -> dict[int, object]:
    def dms(value: float) -> tuple[float, float, float]:
        degrees, rest = divmod(abs(value) * 3600, 3600)
        minutes, seconds = divmod(rest, 60)
        return (degrees, minutes, round(seconds, 4))

    return {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}


def test_finds_the_gps_position_of_a_photo() -> None:
    [match] = PhotoLocationDetector().detect(media_item(jpeg(gps=FERNSIDE)))
    assert match.kind == "photo_location"
    lat, lon = (float(part) for part in match.value.split(","))
    assert lat == pytest.approx(53.80081, abs=1e-4) and lon == pytest.approx(-1.54912, abs=1e-4)
    assert "ExampleCam" in match.rule and match.clauses == ("2.3.3", "2.3.2")


@pytest.mark.parametrize("data", [jpeg(), b"not an image at all", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00broken", b""])
def test_photos_without_gps_and_broken_files_give_nothing(data: bytes) -> None:
    assert list(PhotoLocationDetector().detect(media_item(data))) == []


def test_only_images_are_opened() -> None:
    detector = PhotoLocationDetector()
    assert detector.wants(media_item(b"", "media/a.JPG"))
    assert detector.wants(media_item(b"", "media/IMG_0001.HEIC"))
    assert not detector.wants(media_item(b"", "media/clip.mp4"))
    assert not detector.wants(Item(Provenance("x", "f", None, "bio"), text="hello"))


@pytest.mark.parametrize(
    ("gps", "expected"),
    [
        ({1: "S", 2: (33.0, 52.0, 4.0), 3: "E", 4: (151.0, 12.0, 36.0)}, (-33.8678, 151.21)),
        ({1: "N", 2: (53.80081, 0.0, 0.0), 3: "W", 4: (1.54912, 0.0, 0.0)}, FERNSIDE),  # decimal degrees first
        ({1: "N", 2: 53.80081, 3: "W", 4: 1.54912}, FERNSIDE),  # one rational, no minutes or seconds
        ({2: (0.0, 0.0, 0.0), 4: (0.0, 0.0, 0.0)}, None),
        ({1: "N"}, None),
        ({5: 0, 6: 112.5}, None),  # a GPS block holding only the altitude
        ({2: (91.0, 0.0, 0.0), 4: (1.0, 0.0, 0.0)}, None),
        ({2: (float("nan"), 0.0, 0.0), 4: (1.0, 0.0, 0.0)}, None),  # a rational over zero
    ],
)
def test_gps_position(gps: dict, expected: tuple[float, float] | None) -> None:
    position = gps_position(gps)
    if expected is None:
        assert position is None
    else:
        assert position == pytest.approx(expected, abs=1e-3)


def test_position_kept_beside_the_photo_counts_without_opening_it() -> None:
    def refuse() -> io.BytesIO:
        raise AssertionError("opened the file although the platform gave the position")

    item = Item(
        Provenance("facebook", "posts/media/a.jpg", None, "media", "media"),
        media=MediaRef("posts/media/a.jpg", refuse),
        coordinates=(51.5007, -0.1246),
    )
    [match] = PhotoLocationDetector().detect(item)
    assert match.value == "51.50070, -0.12460" and "platform kept" in match.rule


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_position_taken_time_and_camera_from_every_format_without_decoding(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = photo(fmt, gps=dms_block(*FERNSIDE), taken="2024:03:09 19:42:05", camera=("ExamplePhone", "X2"))

    def no_pixels(self: ImageFile.ImageFile) -> None:
        raise AssertionError("decoded the pixels")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_pixels)
    metadata = read_metadata(io.BytesIO(data))
    assert metadata.position == pytest.approx(FERNSIDE, abs=1e-4)
    assert metadata.taken == datetime(2024, 3, 9, 19, 42, 5)
    assert metadata.camera == "ExamplePhone X2"
    [match] = PhotoLocationDetector().detect(media_item(data, f"media/a.{fmt.lower()}"))
    assert match.explanation is not None
    assert match.explanation.cues == ("taken 2024-03-09 19:42", "camera: ExamplePhone X2")


def test_the_offset_the_camera_wrote_is_kept() -> None:
    data = photo(gps=dms_block(*FERNSIDE), taken="2024:06:01 08:15:00", offset="+01:00")
    taken = read_metadata(io.BytesIO(data)).taken
    assert taken is not None and taken.utcoffset() is not None and taken.hour == 8


@pytest.mark.parametrize(
    "xmp",
    [
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="53,48.0486N" '
        b'exif:GPSLongitude="1,32.9472W" exif:DateTimeOriginal="2024-03-09T19:42:05"/></rdf:RDF></x:xmpmeta>',
        b"<rdf:Description><exif:GPSLatitude>53,48,2.916N</exif:GPSLatitude>"
        b"<exif:GPSLongitude>1,32,56.832W</exif:GPSLongitude>"
        b"<xmp:CreateDate>2024-03-09T19:42:05</xmp:CreateDate></rdf:Description>",
    ],
)
def test_position_from_xmp_when_exif_has_none(xmp: bytes) -> None:
    data = photo(xmp=xmp)
    metadata = read_metadata(io.BytesIO(data))
    assert metadata.position == pytest.approx(FERNSIDE, abs=1e-4) and metadata.source == "XMP"
    assert metadata.taken == datetime(2024, 3, 9, 19, 42, 5)
    [match] = PhotoLocationDetector().detect(media_item(data))
    assert "XMP" in match.rule


def test_heic_photos_are_read_through_pillow_heif() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    data = photo("HEIF", gps=dms_block(*FERNSIDE), taken="2024:03:09 19:42:05")
    [match] = PhotoLocationDetector().detect(media_item(data, "media/IMG_0001.HEIC"))
    assert match.value.startswith("53.8008") and match.explanation is not None
    assert "taken 2024-03-09 19:42" in match.explanation.cues


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_the_decompression_bomb_guard_stays_on(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = photo(fmt, gps=dms_block(*FERNSIDE), xmp=b"<x/>")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # 40 x 30 = 1,200 pixels: "a bomb"
    with pytest.raises(Image.DecompressionBombError):
        read_metadata(io.BytesIO(data))


def test_a_damaged_webp_gives_nothing() -> None:
    whole = photo("WEBP", gps=dms_block(*FERNSIDE), xmp=b"<x/>")
    for data in (whole[:40], whole[:12] + b"EXIF\xff\xff\xff\x7f", b"RIFF\x00\x00\x00\x00WEBP"):
        assert read_metadata(io.BytesIO(data)).position is None


class OneWay(io.RawIOBase):
    """A stream that cannot seek, like a member streamed out of an archive."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP"])
def test_a_stream_that_cannot_seek_is_read(fmt: str) -> None:
    data = photo(fmt, gps=dms_block(*FERNSIDE), xmp=b"<x/>")
    assert read_metadata(io.BufferedReader(OneWay(data))).position == pytest.approx(FERNSIDE, abs=1e-4)
