"""The deep scan with its real models (the `photos` extra): text drawn with Pillow is read and
found, and a plain picture gives no finding.  Skipped, in one line, where the extra is missing.

The pictures are generated (`bench.photos_deep.text_cards`): the invented school of the demo
personas on a lanyard, drama-range numbers on cards, tilted, sideways (an EXIF orientation
tag), in low contrast.  No real or explicit image is ever used."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from audit.school import load_school
from bench.photos_deep import TextCard, text_cards
from detectors.base import Item, Provenance
from tests.photos.conftest import ST_AIDANS

pytest.importorskip("rapidocr", reason="the photos extra is not installed")
pytest.importorskip("nudenet", reason="the photos extra is not installed")

from audit.photos_deep import deep_scan, engines  # noqa: E402
from audit.photos_deep.cache import ReadingCache  # noqa: E402
from audit.photos_deep.findings import PhotoJudge  # noqa: E402

CARDS = {card.name: card for card in text_cards(25)}
CASES = ["00-plain", "01-plain", "06-low contrast", "12-tilted", "16-sideways"]
"""Lanyard with the school's name; a drama number; the same in low contrast, tilted, sideways."""


@pytest.fixture(scope="module")
def judge() -> PhotoJudge:
    engines.warm_up()
    return PhotoJudge(load_school(ST_AIDANS))


@pytest.mark.parametrize("name", CASES)
def test_text_in_a_generated_photo_is_read_and_found(judge: PhotoJudge, name: str) -> None:
    card: TextCard = CARDS[name]
    reading = engines.read_photo(card.data)
    item = Item(Provenance("instagram", f"media/posts/202405/{name}.jpg", None, "media", "media"))
    values = {finding.value for finding in judge.findings(item, reading) if finding.kind == "photo_text"}
    assert set(card.values) <= values, reading.lines


def test_a_plain_picture_gives_no_finding(judge: PhotoJudge) -> None:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), "#7fa7c9").save(out, "JPEG")
    reading = engines.read_photo(out.getvalue())
    assert reading.failed == "" and reading.lines == ()
    item = Item(Provenance("x", "data/tweets_media/1-a.jpg", "1", "media", "media"))
    assert judge.findings(item, reading) == []


def test_two_workers_read_an_export_and_the_cache_is_used(photo_export: Path, tmp_path: Path) -> None:
    cache = ReadingCache(tmp_path / "cache")
    first = deep_scan([photo_export], jobs=2, cache=cache)
    assert first.photos == 3 and first.from_cache == 0 and first.findings == [] and not first.skipped
    assert deep_scan([photo_export], jobs=2, cache=cache).from_cache == 3
