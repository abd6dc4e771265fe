"""Training for another profession (`role_other_training.TRAINING_FOR_ANOTHER_PROFESSION`), on invented sentences: a
student nurse's mentor, an apprentice's assessor, a PhD's supervisor are not a school's; a teacher of apprentices, a
pupil's destination and a nurse who became a teacher are."""

from __future__ import annotations

import pytest

from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.role_other_training import TRAINING_FOR_ANOTHER_PROFESSION, training_for_another_profession


@pytest.mark.parametrize(
    "text",
    [
        "third-year student nurse, my mentor signed off my competencies today 🎉",
        "Joinery apprentice, assessor watching me hang a door on Thursday",
        "Paramedic placement week 3 and my mentor let me lead a call",
        "PhD year 1, my supervisor wants a lit review by Friday",
        "placement year at a consultancy firm starts Monday, my mentor already emailed",
        "observed by my practice educator today #socialworkstudent",
    ],
)
def test_training_for_another_profession(text: str) -> None:
    assert training_for_another_profession(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Level 2 plumbing apprentices are in the workshop all week, then out on site",  # the writer teaches them
        "So proud of Amira, off to medical school in September after her A levels with us",  # a pupil's destination
        "Left nursing after ten years and I'm now teaching in a primary, best move I made",  # a school job too
        "My mentor observed my phonics lesson and said my pace was spot on",
    ],
)
def test_a_school_job_or_someone_elses_training_is_not(text: str) -> None:
    assert not training_for_another_profession(text)


def test_it_is_one_of_the_filters_of_a_finding_that_names_no_role() -> None:
    assert TRAINING_FOR_ANOTHER_PROFESSION in UNNAMED_ROLE_FILTERS
