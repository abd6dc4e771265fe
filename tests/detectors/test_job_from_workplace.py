"""A school the school detector surely reads as the writer's workplace tells their profession too
(`job_from_workplace`), only where the job detector made no finding of its own.  Invented school and texts."""

from __future__ import annotations

import pytest

from detectors import job_memory
from detectors.base import Item, Match, Provenance, SchoolProfile
from detectors.job_from_workplace import IMPLIED_CONFIDENCE, WORKPLACE_SURELY, job_from_workplace
from detectors.job_title import IMPLIED, JobTitleDetector
from detectors.school import SchoolDetector

QUILLBY = SchoolProfile(
    name="Quillby Primary School", aliases=("Quillby Primary",), town="Quillby", handles=("QuillbyPrimary",)
)


def _scanned(
    text: str, number: str, field: str = "full_text", section: str = "post"
) -> tuple[list[Match], list[Match]]:
    """(job matches, school detector matches) of one item, the job detector first, as a scan's batch runs them."""
    item = Item(Provenance("x", "tweets.js", number, field, section), text=text)  # type: ignore[arg-type]
    job = JobTitleDetector()
    jobs = job.detect_batch([item])[0] if job.wants(item) else []
    school = SchoolDetector(QUILLBY)
    return jobs, school.detect_batch([item])[0] if school.wants(item) else []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Handed my notice in at Quillby today. Twenty two years. I feel so light.", "1"),  # the job gate refuses it
        ("Eight years at Quillby and still the best team going", "2"),
    ],
)
def test_a_school_surely_read_as_the_workplace_tells_the_profession(text: str, number: str) -> None:
    jobs, found = _scanned(text, number)
    assert jobs == []
    implied = [m for m in found if m.kind == JobTitleDetector.kind]
    assert [(m.value, m.tier, m.confidence) for m in implied] == [(IMPLIED, "worth a look", IMPLIED_CONFIDENCE)]
    (school,) = [m for m in found if m.kind == SchoolDetector.kind]
    assert school.confidence >= WORKPLACE_SURELY
    assert (implied[0].start, implied[0].end) == (school.start, school.end)  # the school's name is the evidence
    assert implied[0].explanation is not None and "names the school they work at" in implied[0].explanation.reason
    assert implied[0].clauses == JobTitleDetector.clauses


def test_a_school_in_a_work_field_of_the_profile_tells_the_profession() -> None:
    _, found = _scanned("Quillby Primary School", "3", field="position_company", section="profile")
    assert [m.kind for m in found] == [SchoolDetector.kind, JobTitleDetector.kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the job detector has its own finding: no second one
        ("Head of Science at Quillby Primary, mum of two, marking in the car park", "4"),
        ("Cook at Quillby Primary here, we're doing a community Christmas dinner on the 19th", "5"),
        # a school read as the workplace, but not surely enough
        ("Anyone want an old Quillby Primary staff fleece? They changed the logo. Size L, free", "6"),
        # not a workplace at all
        ("My son has just started at Quillby Primary and loves it", "7"),
    ],
)
def test_no_second_finding_and_no_finding_from_an_unsure_workplace(text: str, number: str) -> None:
    _, found = _scanned(text, number)
    assert [m for m in found if m.kind == JobTitleDetector.kind] == []


def test_without_the_job_detectors_reading_a_text_it_could_read_nothing_is_implied() -> None:
    """The school detector run alone (the job detector never read the text, whose words its gate opens on) guesses
    nothing: the job detector may have had a finding of its own."""
    job_memory.forget()
    item = Item(Provenance("x", "tweets.js", "8", "full_text", "post"), text="Cook at Quillby Primary here, new menu!")
    found = SchoolDetector(QUILLBY).detect_batch([item])[0]
    assert [m.kind for m in found] == [SchoolDetector.kind]


def test_a_text_the_judgement_reads_as_staff_keeps_the_job_filters_verdict() -> None:
    """A text the job judgement reads as staff, whose finding the job filters dropped (a pupil's voice, someone else's
    job), gets no job finding from its school."""
    school = Match("school", "Quillby Primary School", 0, 15, 0.99, "likely: ...")
    item = Item(Provenance("x", "tweets.js", "9", "full_text", "post"), text="Quillby Primary, my school, best days")
    job_memory.note_findings({("Quillby Primary, my school, best days", "post"): False})
    assert job_from_workplace(item, [school], staff=0.9) is None
    assert job_from_workplace(item, [school], staff=0.1) is not None
