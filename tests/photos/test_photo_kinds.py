"""The deep scan's two kinds and its plumbing, with the image models replaced by fixed readings.

These run without the `photos` extra: what the models would have seen is given directly, so
the tests are about what becomes a finding, the cache, and the paths without the extra."""

from __future__ import annotations

import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import audit.photos_deep as deep
from audit.photos_deep import engines
from audit.photos_deep.cache import ReadingCache
from audit.photos_deep.engines import DeepScanUnavailable, Reading
from audit.school import load_school
from detectors.base import Item, Provenance
from detectors.photo_content import PhotoContentDetector
from detectors.photo_text import PhotoTextDetector
from tests.photos.conftest import ST_AIDANS

HEAVY = ("rapidocr", "nudenet", "onnxruntime", "cv2", "audit.photos_deep")


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> Callable[[Reading], list[int]]:
    """Replace the models: every photo reads as `reading`; returns the list counting reads."""

    def use(reading: Reading) -> list[int]:
        calls: list[int] = []
        monkeypatch.setattr(deep, "check_available", lambda: None)

        def read(data: bytes) -> Reading:
            calls.append(len(data))
            return reading

        monkeypatch.setattr(deep, "read_photo", read)
        return calls

    return use


def test_text_read_in_a_photo_goes_through_the_text_detectors(
    photo_export: Path, reader: Callable[[Reading], list[int]]
) -> None:
    reader(Reading(("Drama club", "Call 07700 900123", "Office 0113 496 0000")))
    result = deep.deep_scan([photo_export], load_school(ST_AIDANS))
    assert result.photos == 3 and not result.skipped
    assert [f.value for f in result.findings] == ["+447700900123"] * 3, "the school's own number stays allowed"
    finding = result.findings[0]
    assert finding.kind == "photo_text" and finding.field == "text in the photo"
    assert finding.clauses[0] == "2.3.3" and "2.3.2" in finding.clauses
    assert finding.file.startswith("data/tweets_media/") and finding.platform == "x"
    assert "07700 900123" in finding.excerpt and finding.rule.startswith("Personal phone number in the text of a photo")


def test_content_finding_only_for_parts_usually_covered(
    photo_export: Path, reader: Callable[[Reading], list[int]], tmp_path: Path
) -> None:
    reader(Reading(labels=(("FACE_FEMALE", 0.93), ("FEET_EXPOSED", 0.88), ("BELLY_EXPOSED", 0.7))))
    assert deep.deep_scan([photo_export], cache=ReadingCache(tmp_path / "one")).findings == []
    reader(Reading(labels=(("FACE_FEMALE", 0.93), ("BUTTOCKS_EXPOSED", 0.81))))
    findings = deep.deep_scan([photo_export], cache=ReadingCache(tmp_path / "two")).findings
    assert {f.kind for f in findings} == {"photo_content"} and len(findings) == 3
    words = findings[0].explanation.describe() if findings[0].explanation else ""
    assert findings[0].tier == "likely" and "may show" in words and "bottom (81% sure)" in words
    for unkind in ("inappropriate", "explicit", "nude", "porn", "indecent"):
        assert unkind not in (words + findings[0].value + findings[0].rule).lower()


def test_a_weak_guess_is_only_worth_a_look() -> None:
    match = PhotoContentDetector().from_labels([("FEMALE_BREAST_EXPOSED", 0.5)])
    assert match is not None and match.tier == "worth a look"
    assert PhotoContentDetector().from_labels([("FEMALE_BREAST_EXPOSED", 0.3)]) is None


def test_the_kinds_find_nothing_in_a_scan_of_their_own() -> None:
    item = Item(Provenance("x", "data/tweets.js", "1", "full_text"), text="Call 07700 900123")
    for detector in (PhotoTextDetector(), PhotoContentDetector()):
        assert not detector.wants(item) and list(detector.detect(item)) == []
        assert detector.title and detector.clauses[0] == "2.3.3"


def test_a_repeated_deep_scan_reads_only_new_photos(photo_export: Path, reader: Callable[[Reading], list[int]]) -> None:
    calls = reader(Reading(("Call 07700 900123",)))
    progress: list[tuple[int, int]] = []
    first = deep.deep_scan([photo_export], on_progress=lambda done, total: progress.append((done, total)))
    assert len(calls) == 3 and first.from_cache == 0 and progress == [(1, 3), (2, 3), (3, 3)]
    second = deep.deep_scan([photo_export])
    assert len(calls) == 3 and second.from_cache == 3
    assert [f.id for f in second.findings] == [f.id for f in first.findings]
    folder = ReadingCache().folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.glob("*.json"))
    assert len(files) == 3 and all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)


def test_a_cache_from_another_engine_or_damaged_is_read_again(tmp_path: Path) -> None:
    cache = ReadingCache(tmp_path / "cache")
    cache.put("a" * 64, Reading(("hello",)))
    assert cache.get("a" * 64) == Reading(("hello",))
    (tmp_path / "cache" / f"{'a' * 64}.json").write_text('{"engine": "old", "lines": [], "labels": []}')
    assert cache.get("a" * 64) is None
    (tmp_path / "cache" / f"{'a' * 64}.json").write_text("{broken")
    assert cache.get("a" * 64) is None
    cache.put("b" * 64, Reading(failed="damaged"))
    assert cache.get("b" * 64) is None, "a failure is tried again next time"


def test_a_photo_that_cannot_be_decoded_is_named(photo_export: Path, reader: Callable[[Reading], list[int]]) -> None:
    reader(Reading(failed="the picture could not be decoded (UnidentifiedImageError)"))
    result = deep.deep_scan([photo_export])
    assert result.findings == [] and len(result.skipped) == 3
    assert result.skipped[0][0].startswith("data/tweets_media/") and "could not be decoded" in result.skipped[0][1]


def test_without_the_extra_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, photo_export: Path) -> None:
    monkeypatch.setattr(engines, "find_spec", lambda name: None)
    engines._model_paths.cache_clear()
    try:
        with pytest.raises(DeepScanUnavailable) as raised:
            deep.deep_scan([photo_export])
    finally:
        engines._model_paths.cache_clear()
    message = str(raised.value)
    assert "\n" not in message and "pip install 'profile-audit[photos]'" in message


def test_the_default_scan_never_imports_the_image_models(photo_export: Path) -> None:
    code = (
        "import sys; from audit.pipeline import scan; "
        f"result = scan([{str(photo_export)!r}]); "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"
