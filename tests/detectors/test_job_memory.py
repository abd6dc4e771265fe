"""What the job detector remembers for the school detector (`job_memory`): a school named right after the writer's
own role is where they work, whether the rules or the judgement found the role; never after someone else's."""

from __future__ import annotations

from detectors import job_memory
from detectors.base import Item, Provenance, SchoolProfile
from detectors.job_title import JobTitleDetector
from detectors.school import SchoolDetector


def _judged(text: str, number: str) -> Item:
    """The item, judged by the job detector first, as a scan's batch is."""
    item = Item(Provenance("x", "tweets.js", number, "full_text", "post"), text=text)
    JobTitleDetector().detect(item)
    return item


def test_a_school_right_after_a_role_the_judgement_reads_as_the_writers() -> None:
    text = "I'm a governor at St Cuthbert's and the budget papers this term made me cry"
    item = _judged(text, "1")
    assert job_memory.own_job_just_before(item, text.index("St Cuthbert's"))
    found = SchoolDetector(SchoolProfile()).detect_batch([item])[0]
    assert [(m.value, m.tier) for m in found] == [("St Cuthbert's", "worth a look")]


def test_the_words_between_are_at_in_or_across_and_never_for() -> None:
    """ "for" is as often a month's or a course's ("a Geography teacher for Sept", "TA for Psych 101")."""
    for text, name, expected in (
        ("Head of Geography at Larchmont, fifteen years and counting, still love it", "Larchmont", True),
        ("Proud to be the new Head of Science across Larchmont and Pellow Vale", "Larchmont", True),
        ("We need a Geography teacher for Sept, please share, our department is lovely", "Sept", False),
    ):
        item = _judged(text, "2")
        assert job_memory.own_job_just_before(item, text.index(name)) is expected, text


def test_not_after_someone_elses_role() -> None:
    text = "My husband is Head of Geography at Larchmont and he never stops marking"
    item = _judged(text, "3")
    assert not job_memory.own_job_just_before(item, text.index("Larchmont"))


def test_forget_empties_what_is_remembered() -> None:
    text = "I'm a governor at St Cuthbert's and the budget papers this term made me cry"
    item = _judged(text, "4")
    job_memory.forget()
    assert not job_memory.own_job_just_before(item, text.index("St Cuthbert's"))


def test_a_name_with_no_school_word_after_the_writers_role_is_read_though_the_text_has_no_school_word() -> None:
    """ "Head of Music at Marsden Heath": no word of the school gate, but the job detector read the writer's role."""
    text = "I'm Head of Music at Marsden Heath and the choir sang beautifully tonight"
    item = _judged(text, "5")
    detector = SchoolDetector(SchoolProfile())
    assert detector.wants(item)
    found = detector.detect_batch([item])[0]
    assert [(m.value, m.tier) for m in found] == [("Marsden Heath", "worth a look")]


def test_without_the_writers_role_such_a_text_is_not_read() -> None:
    job_memory.forget()
    item = Item(Provenance("x", "tweets.js", "6", "full_text", "post"), text="Lunch at Marsden Heath with the girls")
    assert not SchoolDetector(SchoolProfile()).wants(item)
