"""`role_faith_class.FAITH_CLASS` on invented texts, alone and through the job-title detector."""

from __future__ import annotations

import pytest

from detectors.job_title import JobTitleDetector
from detectors.role_faith_class import faith_class_only
from tests.conftest import text_item


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Taught Sunday school for 15 years and the kids still ask if Noah had a cat", True),
        ("Madrasa tonight: my class of 12 finished their first surah!", True),
        ("Bible college exams next week, pray for me", True),
        ("Sunday school this morning, back to my Year 3 class tomorrow", False),
        ("Cheder in the morning, then marking 30 books for Monday", False),
        ("My class made Christmas cards today", False),
    ],
)
def test_a_faith_class_with_nothing_of_a_day_school(text: str, only: bool) -> None:
    assert faith_class_only(text) is only, text


def test_a_sunday_school_teachers_bio_gets_no_profession_finding() -> None:
    item = text_item("Sunday school teacher at St Wilfrid's, choir on Thursdays", section="profile")
    detector = JobTitleDetector()
    assert not detector.wants(item) or detector.detect_batch([item])[0] == []
