"""HEIC and WebP metadata read by walking the file's own structure, not by decoding it.

HEIC photos are made here with pillow-heif (the walker itself needs no libheif: the tests
check it reads them with pillow-heif out of the way).  Positions and times are invented."""

from __future__ import annotations

import io
import random
import struct
from datetime import datetime

import pytest
from PIL import Image

from detectors import photo_heif, photo_metadata
from detectors.photo_heif import heif_blocks
from detectors.photo_location import read_metadata
from tests.detectors.test_photo_location import FERNSIDE, OneWay, dms_block, photo

pillow_heif = pytest.importorskip("pillow_heif")
pillow_heif.register_heif_opener()
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="53,48.0486N" '
    b'exif:GPSLongitude="1,32.9472W" exif:DateTimeOriginal="2024-03-09T19:42:05"/></rdf:RDF></x:xmpmeta>'
)


class Counted(io.BytesIO):
    """A seekable file that counts the bytes read from it."""

    read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data


@pytest.fixture
def no_pillow_heif(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow cannot open HEIC, and pillow-heif cannot be asked to teach it."""
    monkeypatch.setattr(photo_metadata, "heif_ready", lambda: False)

    def refuse(*args: object, **kwargs: object) -> Image.Image:
        raise AssertionError("opened with Pillow")

    monkeypatch.setattr(photo_metadata.Image, "open", refuse)


def noisy(fmt: str, size: tuple[int, int] = (400, 300), **extra: object) -> bytes:
    """A picture of noise (it does not compress away), EXIF or XMP as asked."""
    rng = random.Random(5)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, fmt, quality=80, **extra)  # type: ignore[arg-type]
    return out.getvalue()


def test_a_heic_photo_is_read_without_pillow_heif(no_pillow_heif: None) -> None:
    data = photo("HEIF", gps=dms_block(*FERNSIDE), taken="2024:03:09 19:42:05", camera=("ExamplePhone", "X2"))
    metadata = read_metadata(io.BytesIO(data), heif=True)
    assert metadata.position == pytest.approx(FERNSIDE, abs=1e-4) and metadata.source == "EXIF"
    assert metadata.taken == datetime(2024, 3, 9, 19, 42, 5) and metadata.camera == "ExamplePhone X2"


def test_a_heic_position_from_xmp_and_a_heic_without_either(no_pillow_heif: None) -> None:
    metadata = read_metadata(io.BytesIO(photo("HEIF", xmp=XMP)), heif=True)
    assert metadata.position == pytest.approx(FERNSIDE, abs=1e-4) and metadata.source == "XMP"
    assert read_metadata(io.BytesIO(photo("HEIF")), heif=True).position is None


def test_only_the_boxes_and_the_exif_item_are_read() -> None:
    exif = Image.Exif()
    exif[0x8825] = dms_block(*FERNSIDE)
    data = noisy("HEIF", exif=exif.tobytes())
    stream = Counted(data)
    assert read_metadata(stream, heif=True).position == pytest.approx(FERNSIDE, abs=1e-4)
    assert len(data) > 50_000 and stream.read_bytes < 4096
    streamed = read_metadata(io.BufferedReader(OneWay(data)), heif=True)  # a zip member: read through
    assert streamed.position == pytest.approx(FERNSIDE, abs=1e-4)


def test_a_webp_photos_image_data_is_skipped_not_read() -> None:
    exif = Image.Exif()
    exif[0x8825] = dms_block(*FERNSIDE)
    data = noisy("WEBP", exif=exif.tobytes())
    stream = Counted(data)
    assert read_metadata(stream).position == pytest.approx(FERNSIDE, abs=1e-4)
    assert len(data) > 50_000 and stream.read_bytes < 4096


def test_the_decompression_bomb_guard_stays_on_for_heic(monkeypatch: pytest.MonkeyPatch) -> None:
    data = photo("HEIF", gps=dms_block(*FERNSIDE))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # 40 x 30 = 1,200 pixels: "a bomb"
    with pytest.raises(Image.DecompressionBombError):
        read_metadata(io.BytesIO(data), heif=True)


def test_a_damaged_heic_gives_nothing_and_no_error() -> None:
    whole = photo("HEIF", gps=dms_block(*FERNSIDE))
    meta = whole.index(b"meta") - 4
    for data in (whole[:20], whole[: meta + 60], whole[:-40], b"\x00\x00\x00\x0cftypheic", whole[:meta] + b"\xff" * 64):
        assert read_metadata(io.BytesIO(data), heif=True).position is None


def test_an_odd_heic_falls_back_to_pillow_heif(monkeypatch: pytest.MonkeyPatch) -> None:
    """A layout the walker does not read (here an old item-info version) is left to pillow-heif."""
    whole = photo("HEIF", gps=dms_block(*FERNSIDE))
    data = bytearray(whole)
    data[data.index(b"infe") + 4] = 1
    stream = io.BytesIO(bytes(data))
    assert heif_blocks(stream) is None and stream.tell() == 0
    assert heif_blocks(io.BytesIO(whole)) is not None

    def odd(meta: bytes) -> None:
        raise photo_heif.OddFile("as if the walker met something new")

    monkeypatch.setattr(photo_heif, "_contents", odd)
    assert read_metadata(io.BytesIO(whole), heif=True).position == pytest.approx(FERNSIDE, abs=1e-4)


def test_exif_item_with_a_wrong_offset_is_still_found() -> None:
    """Some writers start the Exif item at "Exif\\0\\0" without the offset before it right."""
    data = bytearray(photo("HEIF", gps=dms_block(*FERNSIDE)))
    item = data.index(b"Exif\x00\x00MM") if b"Exif\x00\x00MM" in data else data.index(b"Exif\x00\x00II")
    struct.pack_into(">I", data, item - 4, 0)  # the distance to the TIFF header, now wrong
    assert read_metadata(io.BytesIO(bytes(data)), heif=True).position == pytest.approx(FERNSIDE, abs=1e-4)
