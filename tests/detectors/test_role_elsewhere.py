"""The named filter of a writer whose own trade is not a school's (`detectors.role_elsewhere`)."""

from __future__ import annotations

import pytest

from detectors.role_elsewhere import OWN_TRADE_ELSEWHERE
from detectors.role_filters import UNNAMED_ROLE_FILTERS

CASES: list[tuple[str, bool]] = [
    # a job opening the text at an employer that is no school
    ("Receptionist at a vets' practice in Dunmoor. Yes, the parrot bit me again", True),
    ("Hospital porter on nights. Twelve miles on my step counter and a wheelchair gone missing", True),
    ("Office manager at a roofing company. I keep the bookings straight, the lads do the roofs", True),
    ("Day centre kitchen: 40 dinners, three diets, one oven", True),
    # the employer speaking as "here", or the writer working there
    ("County Hall transport team here: bus passes for September go out next week", True),
    ("I work for the council in school transport and yes, the minibus is late again", True),
    ("My new job as a care assistant at the Elmsway care home starts Monday", True),
    # a trade the writer gives themselves, or tags
    ("I'm a youth worker and tonight eleven teenagers beat me at pool", True),
    ("Nine years a childminder today, and the little ones still call me Auntie Ros", True),
    ("Fourteen Year 8s on my bus this morning, every one of them singing #busdriver", True),
    # another trade's teaching: a clinical educator, an instructor, a coach, a trainer, L&D
    ("Practice educator | Radiography | Helping students through their first placement", True),
    ("Ski instructor life: twelve beginners, one chairlift, no tears (mine)", True),
    ("Leadership coach and mentor | I help new managers find their voice", True),
    ("Proud to be Head of Learning & Development at a logistics firm, new induction launches Monday", True),
    ("Driving instructor here! Another of my learners passed first time today", True),
    ("Private tutor here. Every parent in May wants one more session before the exam", True),
    ("Private tutor now, after ten years teaching English at Larchfield High", False),
    # a school's own staff, and a school job held before the trade
    ("Ex-driving instructor, now a Year 2 teacher and the parking is still terrible", False),
    ("Cook at Larchfield Primary. 210 dinners and not one pea left", False),
    ("Youth worker based at Tollgate Academy three days a week, mentoring Year 9", False),
    ("Relief caretaker covering at Birchwood Primary till Easter, boilers permitting", False),
    ("Hospital porter these days. Ex school librarian, I still miss the book fairs", False),
    ("Left teaching in 2019. Now I'm a plumber and I sleep at night", False),
    ("Kitchen at work smells of fish fingers again, Year 3 loved it", False),
    ("Church school TA and proud of our harvest assembly", False),
    # more trades, said in passing ("I'm just a ...", "Being an ...", "... here")
    ("Marking pens debate on my feed and I'm just a plumber, what is going on", True),
    ("Being an optometrist I look at pupils all day and some of them look very tired", True),
    ("Civil servant here. My line manager calls our team 'the staffroom'", True),
    ("To our postie: sorry about the letterbox the Year 6s made. Regards, the office", False),
    ("Two years as cabin crew, and as of today a PGCE place for September!", False),
    ("Handed in my resignation as headteacher today. Off to train as a joiner", False),
    ("Maths tutor covering Quillby & the villages. DM for rates", True),
    ("Started my tutoring business from the kitchen table, 40 tutors now", True),
    ("Chemistry tutor. 12 yrs teaching in secondaries, now self-employed", False),
    ("Form tutor to the best Year 9s in the building", False),
]


@pytest.mark.parametrize(("text", "fires"), CASES)
def test_own_trade_elsewhere(text: str, fires: bool) -> None:
    assert OWN_TRADE_ELSEWHERE(text, 0, len(text)) is fires


def test_it_is_one_of_the_filters_of_a_finding_with_no_role_named() -> None:
    assert OWN_TRADE_ELSEWHERE in UNNAMED_ROLE_FILTERS and OWN_TRADE_ELSEWHERE.effect == "drop"


def test_the_profession_detector_drops_another_trades_day_but_keeps_a_schools() -> None:
    from detectors.job_title import JobTitleDetector
    from tests.conftest import text_item

    detector = JobTitleDetector()
    assert (
        detector.detect(
            text_item(
                "County transport team here. Bus passes for Year 7 are posted in August, so there's no need to phone the school office"
            )
        )
        == []
    )
    (kept,) = detector.detect(text_item("I'm a TA at Larchfield Primary and before that I was a youth worker"))
    assert kept.value == "teaching assistant"


def test_the_school_detector_drops_a_bare_name_beside_a_trade_elsewhere() -> None:
    from detectors.school import SchoolDetector
    from tests.conftest import text_item

    found = SchoolDetector().detect(
        text_item("Caretaker at Wrenfold Court flats. Half term means football on the garages all day")
    )
    assert [m.value for m in found] == []
