"""Each named whole-text filter of the profession detector: what it catches and what it leaves alone."""

from __future__ import annotations

import pytest

from detectors.filters import Filter
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import (
    ARMY_RESERVE,
    DENIES_SCHOOL_JOB,
    OWN_SCHOOL_DAYS,
    PARENT_HELPER,
    PUPILS_VOICE,
    STUDENTS_VOICE,
    UNNAMED_ROLE_FILTERS,
    VISITOR,
)

CASES: list[tuple[Filter, str, bool]] = [
    (PUPILS_VOICE, "supply teacher let us watch a film in maths, best lesson ever", True),
    (PUPILS_VOICE, "honestly my new science teacher explains it so much better", True),
    (PUPILS_VOICE, "Sixth former here, our head of year is lovely", True),
    (PUPILS_VOICE, "I GOT INTO SIXTH FORM!!! chemistry here I come", True),
    (PUPILS_VOICE, "Told my maths class the test is on Friday", False),
    (PUPILS_VOICE, "I'm in Year 2 this year and the classroom is tiny", False),
    (PUPILS_VOICE, "My maths teacher in 1994 would be amazed I now teach it", False),
    (OWN_SCHOOL_DAYS, "When I was in Year 9 we had a science teacher who set fire to the bench", True),
    (OWN_SCHOOL_DAYS, "Drove past Elmcroft today, twenty years since I left as a Year 11", True),
    (OWN_SCHOOL_DAYS, "Still have nightmares about sitting my GCSE French oral", True),
    (OWN_SCHOOL_DAYS, "Results day 1999 and I still remember the brown envelope", True),
    (OWN_SCHOOL_DAYS, "Graduated from Northfield College in 2015 and never looked back", True),
    (OWN_SCHOOL_DAYS, "As a Year 6 teacher I have marked a lot of SATs papers", False),
    (OWN_SCHOOL_DAYS, "As a Year 5/6 class we went to the castle", False),
    (OWN_SCHOOL_DAYS, "My Year 11s sat the maths exam today, so proud of them", False),
    (OWN_SCHOOL_DAYS, "Graduated from my PGCE at last!", False),
    (STUDENTS_VOICE, "Hi all, I'm a Year 13 student looking for work experience", True),
    (STUDENTS_VOICE, "first year at uni done and dusted", True),
    (STUDENTS_VOICE, "Sixth former. Debating club. Standing with my teachers tomorrow.", True),
    (STUDENTS_VOICE, "yr 11 | gcse survivor | netball", True),
    (STUDENTS_VOICE, "Year 11 teacher | Larchfield High", False),
    (STUDENTS_VOICE, "sixth former AND lunchtime supervisor at the infants down the road", False),
    (STUDENTS_VOICE, "rewriting my personal statement for the fifth time", True),
    (STUDENTS_VOICE, "I'm a PGCE student on my second placement", False),
    (STUDENTS_VOICE, "I'm a student teacher in a Year 2 class", False),
    (STUDENTS_VOICE, "the Year 9s think I'm a sixth former", False),
    (EVERYDAY_SENSE, "send me the pics from last night!!", True),
    (EVERYDAY_SENSE, "ta x see you Saturday", True),
    (EVERYDAY_SENSE, "trust me, the new Thai place is worth it", True),
    (EVERYDAY_SENSE, "bought heavy duty gloves for the allotment", True),
    (EVERYDAY_SENSE, "head office want the figures by Friday", True),
    (EVERYDAY_SENSE, "SEND review meeting ran over again", False),
    (EVERYDAY_SENSE, "Our TA ran the reading group today", False),
    (EVERYDAY_SENSE, "30 reports left to write. Send help.", False),
    (EVERYDAY_SENSE, "Lovely walk by the river this morning", False),
    (EVERYDAY_SENSE, "I'm teaching myself the ukulele from videos, neighbours thrilled", True),
    (EVERYDAY_SENSE, "Supply chain problems again, no oat milk anywhere", True),
    (EVERYDAY_SENSE, "Taught myself to tile the bathroom. Marking out is the hard bit, Year 6 were my critics", False),
    (EVERYDAY_SENSE, "Supply teaching this week, new school every day", False),
    (DENIES_SCHOOL_JOB, "kids call me miss at the bus stop and I'm not even a teacher", True),
    (DENIES_SCHOOL_JOB, "Youth worker, not school staff, but I see a lot of Year 9s", True),
    (DENIES_SCHOOL_JOB, "doing education studies (the non-QTS one)", True),
    (DENIES_SCHOOL_JOB, "Friends of Ashgrove treasurer, not staff, so please don't ask me about lunch money", True),
    (DENIES_SCHOOL_JOB, "Not a teacher, but I run the school kitchen", False),
    (PARENT_HELPER, "Did my first morning as a parent helper in Year 1", True),
    (PARENT_HELPER, "Setting up a rota of parent readers for Fridays", True),
    (PARENT_HELPER, "Volunteering in my daughter's classroom on Mondays", True),
    (PARENT_HELPER, "Thank you to our parent helpers on the trip today", False),
    (ARMY_RESERVE, "Fifteen years in the TA after leaving the regulars", True),
    (ARMY_RESERVE, "TA reunion with the lads from the old battalion", True),
    (ARMY_RESERVE, "Our TA ran the phonics group today", False),
    (VISITOR, "School visit today, read my book to 90 children", True),
    (VISITOR, "Thanks to the library team for hosting me today", True),
    (VISITOR, "Trip to the museum with Year 4 today", False),
]


@pytest.mark.parametrize(("f", "text", "fires"), CASES)
def test_filter(f: Filter, text: str, fires: bool) -> None:
    assert f(text, 0, len(text)) is fires


def test_every_filter_has_a_name_a_reason_and_drops() -> None:
    for f in UNNAMED_ROLE_FILTERS:
        assert f.name and f.why and f.effect == "drop"
    assert len({f.name for f in UNNAMED_ROLE_FILTERS}) == len(UNNAMED_ROLE_FILTERS)


def test_the_profession_detector_drops_a_pupils_school_words_but_keeps_a_named_role() -> None:
    from detectors.job_title import JobTitleDetector
    from tests.conftest import text_item

    detector = JobTitleDetector()
    assert (
        detector.detect(text_item("the supply teacher gave us a free period in geography, best lesson this year")) == []
    )
    assert (
        detector.detect(text_item("Did my first hour as a parent reader in Year 1, the phonics books are tough")) == []
    )
    (kept,) = detector.detect(text_item("I'm a TA and today the supply teacher let us all leave early for the disco"))
    assert kept.value == "teaching assistant"


def test_an_everyday_send_makes_no_profession_finding_but_a_staff_post_keeps_its_own() -> None:
    from detectors.job_title import JobTitleDetector
    from tests.conftest import text_item

    detector = JobTitleDetector()
    assert detector.detect(text_item("can you send me the photos from the party x")) == []
    kept = detector.detect(text_item("SEND review meetings all afternoon, then 30 reports to write"))
    assert all(EVERYDAY_SENSE.name not in (m.explanation.filters if m.explanation else ()) for m in kept)
