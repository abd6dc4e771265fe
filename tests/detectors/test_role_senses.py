"""Each named filter of one role word (`detectors.role_senses`): what it drops and what it leaves to the writer, on
invented sentences; and the profession detector's findings on whole texts where they decide."""

from __future__ import annotations

import pytest

from detectors.filters import Filter
from detectors.role_senses import (
    ACRONYM_SPELT_OTHERWISE,
    ADDRESSEES_ROLE,
    ECT_AS_A_THERAPY,
    NEGATED_ROLE,
    ROLE_ASKED_AND_DENIED,
    SELLING_TO_TEACHERS,
    TA_AS_THE_ARMY_RESERVE,
)
from tests.conftest import filter_applies

CASES: list[tuple[Filter, str, str, bool]] = [
    (ECT_AS_A_THERAPY, "Third round of ECT next week, the psychiatrist is hopeful", "ECT", True),
    (ECT_AS_A_THERAPY, "Had ECT in the spring. The fog is lifting", "ECT", True),
    (ECT_AS_A_THERAPY, "ECT year done! My mentor was a legend and my Year 8s survived me", "ECT", False),
    (ECT_AS_A_THERAPY, "ECT life: observations, induction meetings and no sleep", "ECT", False),
    (ECT_AS_A_THERAPY, "ECT year wrecked my mental health, but my class got me through", "ECT", False),
    (SELLING_TO_TEACHERS, "Hand-stamped teacher gifts, £8, order by 10 July for end of term", "teacher", True),
    (SELLING_TO_TEACHERS, "Perfect for any Reception teacher! Set of 26 laminated letters", "Reception teacher", True),
    (SELLING_TO_TEACHERS, "I'm a Reception teacher and these letters saved my sanity", "Reception teacher", False),
    (NEGATED_ROLE, "Tutor for 11+ maths. Not a qualified teacher, an engineer who loves numbers", "teacher", True),
    (NEGATED_ROLE, "Coach of the U9s. Not a teacher, they just call me sir", "teacher", True),
    (NEGATED_ROLE, "Not a teacher any more, but the Sunday dread hasn't gone", "teacher", False),
    (NEGATED_ROLE, "Proud to be a teacher, not a social worker, whatever the paperwork says", "teacher", False),
    (ADDRESSEES_ROLE, "Mr Hale! You were my Year 6 teacher, I still have the book you gave me", "Year 6 teacher", True),
    (ADDRESSEES_ROLE, "I was your Year 6 teacher, I still have the card you gave me", "Year 6 teacher", False),
    (NEGATED_ROLE, "TA in the Army Reserve, not teaching assistant, twenty years", "teaching assistant", True),
    (ACRONYM_SPELT_OTHERWISE, "Ten years as a TA! (Tax Advisor) Thanks to everyone at Quill & Co", "TA", True),
    (ACRONYM_SPELT_OTHERWISE, "TA — Territorial Army, twenty years, three tours", "TA", True),
    (ACRONYM_SPELT_OTHERWISE, "TA main (Team Assault), ranked, PC only", "TA", True),
    (ACRONYM_SPELT_OTHERWISE, "TA (Teaching Assistant) at Quillby Primary", "TA", False),
    (ACRONYM_SPELT_OTHERWISE, "TA at Tansy Academy, Year 2 this year", "TA", False),
    (ACRONYM_SPELT_OTHERWISE, "ECT (Early Career Teacher), second year", "ECT", False),
    (TA_AS_THE_ARMY_RESERVE, "TA weekend done, two days on the ranges, back to the office Monday", "TA", True),
    (TA_AS_THE_ARMY_RESERVE, "Sixteen years in the TA, proud of the regiment", "TA", True),
    (TA_AS_THE_ARMY_RESERVE, "TA in Year 2 by day, Army Reserve at weekends", "TA", False),
    (TA_AS_THE_ARMY_RESERVE, "TA shift done, 30 reading books heard, the class hamster fed", "TA", False),
    (ROLE_ASKED_AND_DENIED, "Former PE teacher? No. Former rugby player, now a coach", "PE teacher", True),
    (ROLE_ASKED_AND_DENIED, "Retired head here - no, not of a school, of a bakery's accounts", "head", True),
    (ROLE_ASKED_AND_DENIED, "Teacher, no question, the best job going", "Teacher", False),
    (ROLE_ASKED_AND_DENIED, "Teacher. No regrets after twenty years", "Teacher", False),
]


@pytest.mark.parametrize(("rule", "text", "word", "applies"), CASES)
def test_role_sense_filter(rule: Filter, text: str, word: str, applies: bool) -> None:
    assert filter_applies(rule, text, word) is applies, text
