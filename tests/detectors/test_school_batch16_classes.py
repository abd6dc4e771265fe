"""Classes of the sixteenth profession batch (`nations`, `hobbies`), on invented sentences: a training course
named with a school word (`COURSE_NAME`), teachers' community hashtags with a nation or an office in them
(`COMMUNITY_HASHTAG`), a relation's school when the next clause turns to the writer (`SOMEONE_ELSES_SCHOOL`), and
an Irish school's name read whole past its particles (`school_extra`)."""

from __future__ import annotations

import pytest

from detectors.base import SchoolProfile
from detectors.school import SchoolDetector
from detectors.school_extra import extra_candidates
from detectors.school_filters import SOMEONE_ELSES_SCHOOL
from detectors.school_name_filters import COMMUNITY_HASHTAG, COURSE_NAME
from tests.conftest import filter_applies, text_item


@pytest.mark.parametrize(
    ("text", "name", "applies"),
    [
        ("Trainee teacher (PGCE Primary) | runner | baker", "PGCE Primary", True),
        ("SCITT Secondary trainee, English, loving it so far", "SCITT Secondary", True),
        ("Year 3 teacher at Pennyfield Primary", "Pennyfield Primary", False),
    ],
)
def test_a_training_course_is_not_a_school(text: str, name: str, applies: bool) -> None:
    assert filter_applies(COURSE_NAME, text, name) is applies


@pytest.mark.parametrize(
    ("tag", "applies"), [("#schoolofficelife", True), ("#primaryteacherNI", True), ("#TeamPennyfieldPrimary", False)]
)
def test_teachers_community_hashtags_name_no_school(tag: str, applies: bool) -> None:
    assert filter_applies(COMMUNITY_HASHTAG, f"another Monday {tag}", tag) is applies


@pytest.mark.parametrize(
    ("text", "applies"),
    [
        ("my nan was the dinner lady at Hollin Primary and I still say 'eat your crusts' to my kids", True),
        ("my dad was the caretaker at Hollin Primary for 30 years", True),
        ("my son's first lesson at Hollin Primary is with me, no pressure", False),
    ],
)
def test_a_relations_school_whatever_the_next_clause_says(text: str, applies: bool) -> None:
    assert filter_applies(SOMEONE_ELSES_SCHOOL, text, "Hollin Primary") is applies


def test_an_irish_schools_name_is_read_past_its_particles() -> None:
    text = "Gaelscoil an Locha Bhig table quiz on Friday, all welcome"
    assert [c.value.lower() for c in extra_candidates(text_item(text), [])] == ["gaelscoil an locha bhig"]


def test_the_course_in_a_trainees_bio_is_no_finding() -> None:
    found = SchoolDetector(SchoolProfile()).detect(text_item("Trainee teacher (PGCE Primary) | runner | baker"))
    assert found == []
