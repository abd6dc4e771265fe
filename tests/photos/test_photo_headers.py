"""The metadata pass reads a photo streamed out of an archive only as far as its header."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from detectors.photo_location import read_metadata

FERNSIDE = (53.80081, -1.54912)
"""An invented position."""


class Counted(io.RawIOBase):
    """A stream that cannot seek (a zip member) and counts what is read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.read_bytes += len(chunk)
        return len(chunk)


def big_photo(fmt: str) -> bytes:
    """A 1200 x 900 picture of noise (it does not compress away) with a GPS block."""
    rng = random.Random(3)
    image = Image.frombytes("RGB", (1200, 900), rng.randbytes(1200 * 900 * 3))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (53.0, 48.0, 2.916), 3: "W", 4: (1.0, 32.0, 56.832)}
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes(), quality=90)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_only_the_header_is_read(fmt: str) -> None:
    data = big_photo(fmt)
    stream = Counted(data)
    metadata = read_metadata(io.BufferedReader(stream, buffer_size=256 * 1024))
    assert metadata.position == pytest.approx(FERNSIDE, abs=1e-4)
    assert len(data) > 500_000 and stream.read_bytes < 64 * 1024


def test_a_jpeg_with_fill_bytes_before_a_marker_is_read() -> None:
    data = big_photo("JPEG")
    padded = data[:2] + b"\xff\xff" + data[2:]  # fill bytes are allowed before any marker
    assert read_metadata(io.BytesIO(padded)).position == pytest.approx(FERNSIDE, abs=1e-4)


def test_a_jpeg_cut_short_keeps_what_came_before_the_cut() -> None:
    data = big_photo("JPEG")
    for cut in (3, 7, 40):  # inside the EXIF block: nothing, and no error
        assert read_metadata(io.BufferedReader(Counted(data[:cut]))).position is None
    assert read_metadata(io.BufferedReader(Counted(data[:400]))).position == pytest.approx(FERNSIDE, abs=1e-4)
