"""Photo location: the GPS block in a photo's EXIF data, read without decoding the image."""

from __future__ import annotations

import io

import pytest

from detectors.base import Item, MediaRef, Provenance
from detectors.photo_location import PhotoLocationDetector, gps_position
from fixtures.exportkit import jpeg


def media_item(data: bytes, path: str = "data/tweets_media/1-F5x.jpg") -> Item:
    return Item(Provenance("x", path, "1", "media", "media"), media=MediaRef(path, lambda: io.BytesIO(data)))


def test_finds_the_gps_position_of_a_photo() -> None:
    [match] = PhotoLocationDetector().detect(media_item(jpeg(gps=(53.80081, -1.54912))))
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
    assert not detector.wants(media_item(b"", "media/clip.mp4"))
    assert not detector.wants(Item(Provenance("x", "f", None, "bio"), text="hello"))


@pytest.mark.parametrize(
    ("gps", "expected"),
    [
        ({1: "S", 2: (33.0, 52.0, 4.0), 3: "E", 4: (151.0, 12.0, 36.0)}, (-33.8678, 151.21)),
        ({2: (0.0, 0.0, 0.0), 4: (0.0, 0.0, 0.0)}, None),
        ({1: "N"}, None),
        ({2: (91.0, 0.0, 0.0), 4: (1.0, 0.0, 0.0)}, None),
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
