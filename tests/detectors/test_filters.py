"""Each named false-positive filter on its own: what it catches and what it must leave alone."""

from __future__ import annotations

import pytest

from detectors.filters import (
    BUSINESS_SHARES_NAME,
    CHECK_IN_SUFFIX,
    CLUB_OR_PARENTS_GROUP,
    JOB_FILTERS,
    NOT_A_SCHOOL,
    OTHER_KIND_OF_TEACHER,
    RETWEET,
    ROLE_FILTERS,
    SCHOOL_FILTERS,
    SOMEONE_NAMED,
    SOMEONE_NAMEDS_SCHOOL,
    WISHED_FOR,
    Filter,
    verdict,
)


def _fires(f: Filter, text: str, words: str) -> bool:
    start = text.index(words)
    return f(text, start, start + len(words))


CASES: list[tuple[Filter, str, str, bool]] = [
    (BUSINESS_SHARES_NAME, "Booked Wrenfield Taxis for the airport", "Wrenfield", True),
    (BUSINESS_SHARES_NAME, "Wrenfield Flower Show is on Saturday", "Wrenfield", True),
    (BUSINESS_SHARES_NAME, "Wrenfield's dentist is the best", "Wrenfield", True),
    (BUSINESS_SHARES_NAME, "Back to Wrenfield tomorrow, Year 2 ready", "Wrenfield", False),
    (NOT_A_SCHOOL, "Showcase at Pirouette Dance Academy tonight", "Pirouette Dance Academy", True),
    (NOT_A_SCHOOL, "Sunday School picnic after church", "Sunday School", True),
    (NOT_A_SCHOOL, "Watching the Academy Awards in bed", "Academy", True),
    (NOT_A_SCHOOL, "Twelve years at Lindenholt Academy", "Lindenholt Academy", False),
    (CLUB_OR_PARENTS_GROUP, "Lindenholt Academy FC won 3-0", "Lindenholt Academy", True),
    (CLUB_OR_PARENTS_GROUP, "Lindenholt Primary PTA quiz night", "Lindenholt Primary", True),
    (CLUB_OR_PARENTS_GROUP, "Lindenholt Primary staff are the best", "Lindenholt Primary", False),
    (CHECK_IN_SUFFIX, "golden hour 🌅 @ Lindenholt High School", "Lindenholt High School", True),
    (CHECK_IN_SUFFIX, "Car boot (at Lindenholt High School)", "Lindenholt High School", True),
    (
        CHECK_IN_SUFFIX,
        "I'm at Lindenholt High School in Lindenholt https://example.com/c/1",
        "Lindenholt High School",
        True,
    ),
    (CHECK_IN_SUFFIX, "I teach at Lindenholt High School and love it", "Lindenholt High School", False),
    (CHECK_IN_SUFFIX, "Head of maths at Lindenholt High School | runner", "Lindenholt High School", False),
    (RETWEET, "RT @someone: proud of our Year 6 today", "Year 6", True),
    (RETWEET, "Proud of our Year 6 today", "Year 6", False),
    (OTHER_KIND_OF_TEACHER, "Qualified yoga teacher, classes on Mondays", "teacher", True),
    (OTHER_KIND_OF_TEACHER, "Qualified primary teacher, classes of 30", "teacher", False),
    (OTHER_KIND_OF_TEACHER, "Asthma nurse and patient educator, Quillby", "educator", True),
    (OTHER_KIND_OF_TEACHER, "Wine educator | sommelier | dog mum", "educator", True),
    (OTHER_KIND_OF_TEACHER, "Passionate educator, Year 5 this year", "educator", False),
    (OTHER_KIND_OF_TEACHER, "Gran, Lightworker, Teacher, Dreamer", "Teacher", True),
    (OTHER_KIND_OF_TEACHER, "Teacher • mystic • tea drinker", "Teacher", True),
    (OTHER_KIND_OF_TEACHER, "Music teacher, part-time tarot reader", "Music teacher", False),
    (OTHER_KIND_OF_TEACHER, "Teacher, runner, mum of three", "Teacher", False),
    (WISHED_FOR, "Stuck in traffic again, honestly wish I was a lollipop lady", "lollipop lady", True),
    (WISHED_FOR, "Always dreamed of becoming a primary teacher 🍎", "primary teacher", True),
    (WISHED_FOR, "My nephew wants to be a PE teacher when he grows up", "PE teacher", True),
    (WISHED_FOR, "Twelve years as a primary teacher and I still love it", "primary teacher", False),
    (WISHED_FOR, "I was a teaching assistant before the kids came along", "teaching assistant", False),
    (WISHED_FOR, "Aspiring teacher? Maybe. Currently a barista with opinions about phonics", "teacher", True),
    (WISHED_FOR, "Thinking of retraining as a primary teacher, talk me out of it", "primary teacher", True),
    (WISHED_FOR, "In 2009 I nearly became a teacher, took the bank job instead", "teacher", True),
    (WISHED_FOR, "Sent off my application to be a parent governor at Quillby Primary!", "parent governor", True),
    (WISHED_FOR, "Mum of two, parent governor hopeful, coffee addict", "parent governor", True),
    (WISHED_FOR, "Retraining as a teacher this year: PGCE starts Monday!", "teacher", False),
    (SOMEONE_NAMED, "Well done Kit Marlow, a TA at Wrenfield Primary, on the fun run", "TA", True),
    (SOMEONE_NAMED, "Mr Abara, who is the deputy head at Lindenholt, retires", "deputy head", True),
    (SOMEONE_NAMED, "Happy Friday, a TA's work is never done", "TA", False),
    (SOMEONE_NAMED, "Proud Mum, a TA at heart", "TA", False),
    (SOMEONE_NAMED, "Director of Primary Education, teacher at heart", "teacher", False),
    (SOMEONE_NAMEDS_SCHOOL, "Well done Kit Marlow, a TA at Wrenfield Primary, on the run", "Wrenfield Primary", True),
    (SOMEONE_NAMEDS_SCHOOL, "Dana Frost, head of science at Lindenholt Academy, spoke", "Lindenholt Academy", True),
    (SOMEONE_NAMEDS_SCHOOL, "In January, a new TA role at Wrenfield Primary for me", "Wrenfield Primary", False),
    (SOMEONE_NAMEDS_SCHOOL, "Year 4 teacher at Wrenfield Primary | fell runner", "Wrenfield Primary", False),
    (SOMEONE_NAMEDS_SCHOOL, "Director of Primary Education, Lindenholt Trust", "Lindenholt Trust", False),
]


@pytest.mark.parametrize(("f", "text", "words", "fires"), CASES, ids=[f"{c[0].name}:{c[1][:24]}" for c in CASES])
def test_filter(f: Filter, text: str, words: str, fires: bool) -> None:
    assert _fires(f, text, words) is fires


def test_every_filter_has_a_case_that_fires_and_one_that_does_not() -> None:
    for f in {*SCHOOL_FILTERS, BUSINESS_SHARES_NAME, *ROLE_FILTERS, *JOB_FILTERS}:
        outcomes = {fires for g, *_, fires in CASES if g is f}
        assert outcomes == {True, False}, f.name


def test_filters_have_readable_names_and_reasons() -> None:
    for f in {*SCHOOL_FILTERS, BUSINESS_SHARES_NAME, *ROLE_FILTERS, *JOB_FILTERS}:
        assert f.name and f.name == f.name.lower() and f.why
        assert f.effect in ("drop", "demote")


def test_verdict_drop_beats_demote_and_names_the_filters() -> None:
    text = "RT @x: Lindenholt Academy FC won"
    start = text.index("Lindenholt")
    assert verdict(SCHOOL_FILTERS, text, start, start + len("Lindenholt Academy")) == (
        "drop",
        ("club or parents' group",),
    )
    text = "RT @x: great day at Lindenholt Academy"
    start = text.index("Lindenholt")
    assert verdict(SCHOOL_FILTERS, text, start, start + len("Lindenholt Academy")) == ("demote", ("retweet",))
    assert verdict(SCHOOL_FILTERS, "Lindenholt Academy", 0, 18) == (None, ())
