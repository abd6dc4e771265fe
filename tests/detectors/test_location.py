"""Positions attached to posts and check-ins (`location`), and photos' kept positions (`photo_location`)."""

from __future__ import annotations

from detectors.base import Item, Provenance
from detectors.location import LocationDetector
from detectors.photo_location import PhotoLocationDetector


def _item(section: str, where: tuple[float, float] | None, place: str | None = None) -> Item:
    return Item(Provenance("facebook", "f.json", None, "place", section), coordinates=where, place=place)  # type: ignore[arg-type]


def test_a_geotagged_post_and_a_check_in_are_locations() -> None:
    detector = LocationDetector()
    post = _item("post", (53.927101, -1.386204))
    assert detector.wants(post)
    [match] = detector.detect(post)
    assert (match.kind, match.value, match.tier) == ("location", "53.927, -1.386", "likely")
    [check_in] = detector.detect(_item("checkin", (51.5, -0.12), "Corner Café"))
    assert check_in.tier == "worth a look" and check_in.explanation and check_in.explanation.cues == ("Corner Café",)


def test_null_island_and_photos_are_not_post_locations() -> None:
    assert list(LocationDetector().detect(_item("post", (0.0, 0.0)))) == []
    assert not LocationDetector().wants(_item("media", (53.9, -1.3)))


def test_a_photo_left_out_of_the_download_keeps_its_position_as_a_photo_location() -> None:
    kept = _item("media", (53.92710, -1.38620))
    assert PhotoLocationDetector().wants(kept)
    [match] = PhotoLocationDetector().detect(kept)
    assert (match.kind, match.value) == ("photo_location", "53.92710, -1.38620")
