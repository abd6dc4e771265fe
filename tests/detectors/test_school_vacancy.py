"""`school_vacancy.VACANCY_LISTED` on invented adverts, listings and staff's own news."""

from __future__ import annotations

import pytest

from detectors.school_vacancy import VACANCY_LISTED


def _fires(text: str, school: str) -> bool:
    start = text.index(school)
    return VACANCY_LISTED(text, start, start + len(school))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Now advertised on SchoolPost: Teacher of Music, Wrenfield Academy. Closing date 3 March.",
            "Wrenfield Academy",
        ),
        (
            "Exams officer vacancies at Ashcombe High and two other schools. Immediate start, agency rates.",
            "Ashcombe High",
        ),
        ("Apply now: Head of Science, Larchfield School. Salary on the leadership pay scale.", "Larchfield School"),
        ("Long-term supply needed at Pennock Primary, £150 per day, call the agency", "Pennock Primary"),
    ],
)
def test_a_school_in_a_listing_nobody_speaks_in_is_dropped(text: str, school: str) -> None:
    assert _fires(text, school), text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "We're hiring at Wrenfield Academy! Teacher of Music from September, come and join our team",
            "Wrenfield Academy",
        ),
        ("Got the cover supervisor job at Ashcombe High!!! starting in January", "Ashcombe High"),
        ("#TeamLarchfield are hiring! Lunchtime supervisors, 5 days a week", "#TeamLarchfield"),
        ("Vacancy at Pennock Primary for a TA, DM me if you want to know what it's like", "Pennock Primary"),
        ("Lovely end of term at Pennock Primary, thank you all", "Pennock Primary"),
    ],
)
def test_staff_sharing_their_own_school_or_their_news_is_kept(text: str, school: str) -> None:
    assert not _fires(text, school), text
