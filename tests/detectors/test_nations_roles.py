"""School roles and places as Scotland, Wales, Northern Ireland and Ireland name them (`roles._NATIONS_ROLES`,
`role_work`'s S and P year groups, `school._worked_at_by_staff`), on invented sentences."""

from __future__ import annotations

import pytest

from detectors.base import SchoolProfile
from detectors.job_title import JobTitleDetector
from detectors.school import SchoolDetector
from detectors.school_extra import extra_candidates
from tests.conftest import text_item


def _roles(text: str) -> list[str]:
    return [m.value for m in JobTitleDetector().detect(text_item(text))]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Depute head here. Phones stay in bags all day, no exceptions", "depute head"),
        ("Speaking as a janny, the gritting at our school is me with a shovel at 6am", "school janitor"),
        ("Ten years as an SNA in Scoil Naomh Éanna and still learning every day", "special needs assistant"),
        ("I'm a principal teacher at a big academy in Fife, the timetable is my nemesis", "principal teacher"),
        ("I'm the ALNCo at a primary in Swansea, IDP reviews all week", "senco"),  # Wales's SENCo
    ],
)
def test_a_role_in_the_nations_own_words(text: str, role: str) -> None:
    assert role in _roles(text), text


def test_an_irish_teachers_bio() -> None:
    """A bio in Irish ("teacher in Scoil an Chnoic, third class this year"): the role is the writer's.  As a post the
    models rebuilt on every batch no longer find it (a score of 0.35)."""
    found = JobTitleDetector().detect(text_item("Múinteoir i Scoil an Chnoic, Rang a Trí i mbliana", section="profile"))
    assert [m.value for m in found] == ["teacher"]


@pytest.mark.parametrize(
    "text",
    [
        "my S3s were brilliant on the field trip today, not one lost welly",
        "Telling my P7s the transfer test results come out Saturday was the hardest bit",
        "Can someone tell my S5 Higher Chemistry class that a diagram is not an answer",
    ],
)
def test_the_year_groups_a_teacher_in_scotland_or_ulster_teaches(text: str) -> None:
    assert _roles(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the janny shouted at us for playing football on the roof again",  # a pupil's janitor
        "my S6 daughter has her prelims next week, send biscuits",  # a parent's child
    ],
)
def test_someone_elses_janny_or_child_is_not_the_writers_job(text: str) -> None:
    assert _roles(text) == [], text


def test_accented_capitals_stay_in_an_irish_schools_name() -> None:
    text = "Ten years as an SNA in Scoil Naomh Éanna and I've just been moved"
    assert [c.value for c in extra_candidates(text_item(text), [])] == ["Scoil Naomh Éanna"]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Ten years as an SNA in Scoil Naomh Éanna and I've loved every one of them", "Scoil Naomh Éanna"),
        ("Athrawes yn Ysgol Bryn Teg ers deng mlynedd. My Year 2 class are brilliant this year", "Ysgol Bryn Teg"),
    ],
)
def test_a_school_said_after_the_writers_role_is_found(text: str, school: str) -> None:
    found = SchoolDetector(SchoolProfile()).detect(text_item(text))
    assert [m.value for m in found] == [school]
    assert all(m.tier in ("likely", "worth a look") for m in found)


def test_parents_night_is_scotlands_parents_evening_from_the_staff_side() -> None:
    found = JobTitleDetector().detect(
        text_item("Parents' night the morra. 31 appointments, 5 minutes each, pray for my voice")
    )
    assert found and "parents' evening" in (found[0].explanation.reason if found[0].explanation else ""), found


def test_a_parent_at_parents_night_is_not_staff() -> None:
    assert _roles("Wean's parents night the morra, she says her teacher is pure nice") == []
