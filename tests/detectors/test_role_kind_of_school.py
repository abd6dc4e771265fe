"""A job at a kind of school said of oneself (`role_kind_of_school`), and the year groups a teacher teaches
(`role_work`), on invented sentences; and both through the job detector, where the judgement found nothing."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.gate_batch import TextBatch
from detectors.job_title import JobTitleDetector
from detectors.role_kind_of_school import roles_at_a_kind_of_school
from detectors.role_work import teachers_work


@pytest.mark.parametrize(
    "text",
    [
        "Site lead at a big comprehensive. Is a 6am start normal for the boilers?",
        "Chaplain in a Catholic secondary, and the retreat coach has broken down",
        "Director of Music at a boarding school. Organ scholar once, tired now.",
        "Head of a 120-pupil village primary, and the roof leaks again",
        "Exams officer in a special school here, any tips for access arrangements?",
        "I work as a librarian at an 11-16 school and they want to close the library",
        "Chair of governors at a one-form entry primary. Budget question for you all",
        "Cook at the PRU, 12 lunches a day and every one of them says thanks",
        "As the school's nurse I run the asthma clinic every Monday",
    ],
)
def test_the_writers_own_job_at_a_kind_of_school(text: str) -> None:
    assert roles_at_a_kind_of_school(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife's a TA at a primary and she's shattered",
        "A geography teacher at a Wrenfield secondary has been suspended, the paper says",
        "Teachers at a Wrenfield academy have voted to strike",
        "Instructor at a driving school, twenty years this spring",
        "Met Mrs Adeyemi today. She was a head of department at a grammar school for 30 years",
        "Head of Sales at a school supplies firm, twelve years",
        "Sales lead for a school supplies firm, September is our Christmas",
        "The caretaker at the primary dressed as Santa again, my son loved it",
        "Dropped the kids at the primary and went for a run",
    ],
)
def test_someone_elses_job_or_another_trade_is_not(text: str) -> None:
    assert roles_at_a_kind_of_school(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ordered glue sticks for my P3s, enough for one term", True),
        ("My Year 11s sat their last mock today, so proud", True),
        ("Took my GCSE historians to the castle, they loved the dungeon", True),
        ("Laminated name cards for my Level 1 learners at college", True),
        ("Still dream about my GCSEs, I'm 50", False),
        ("My Year 3's reading book came home with jam on it", False),
    ],
)
def test_the_year_groups_a_teacher_teaches(text: str, found: bool) -> None:
    assert bool(teachers_work(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thinking of opting out of TPS for a year to save for a deposit, mad?", True),
        ("Is my supply pay meant to drop over half term or is the agency having me on?", True),
        ("My ECT mentor has been off sick since October, who signs off my induction?", True),
        ("Our supply chain team is hiring again, DM me for the link", False),
        ("Does anyone know how the teachers' pension is taxed? Asking for my brother", False),
    ],
)
def test_a_teachers_own_pay_pension_or_induction(text: str, found: bool) -> None:
    assert bool(teachers_work(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Right, it's time for marking. Wish me luck", True),
        ("That's it, back to grading papers until midnight", True),
        ("My sister's marking mocks all weekend, poor thing", False),
    ],
)
def test_a_contraction_is_not_someone_elses_possessive(text: str, found: bool) -> None:
    """ "it's", "that's" before the work are the writer's own words; "my sister's" is someone else's
    (`role_events.someone_else_before`)."""
    assert bool(teachers_work(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "Lay chaplain at a Catholic high, and the retreat coach is late again",
        "Head of Girls' Games at an independent prep. Hockey mad.",
    ],
)
def test_a_job_at_a_kind_of_school_opens_the_job_detectors_gate(text: str) -> None:
    """With no word of the gate's own ("chaplain", "games", "prep"), the cue alone lets the text in, item by item and
    in a batch, and the finding it makes is the writer's job at a school."""
    item = Item(Provenance("x", "tweets.js", "1", "full_text", "post"), text=text)
    detector = JobTitleDetector()
    assert detector.wants(item)
    assert 0 in (detector.screen(TextBatch([item], detector.screen_words())) or {0})
    [found] = detector.detect(item)
    assert found.tier == "worth a look" and "at a kind of school" in found.rule


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Day 3 of supply at Hollybank and the photocopier already hates me", True),
        ("Doing day-to-day supply this term while I look for something permanent", True),
        ("I'm on supply at a lovely little primary this week", True),
        ("Two years of supply taught me to carry my own whiteboard pens", True),
        ("The agency put me on supply at the depot tomorrow, 6am start", False),
        ("The county spent £14m on supply cover last year, says the council", False),
        ("Supply chain problems again, nothing in stock till March", False),
    ],
)
def test_the_writers_own_supply_teaching(text: str, found: bool) -> None:
    assert bool(teachers_work(text)) is found
