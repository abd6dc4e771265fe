"""A pupil's teacher said by the teacher (`role_pupils_teacher`), on invented sentences, and through the job detector,
where the judgement found nothing."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance, SchoolProfile
from detectors.job_memory import own_job_just_before
from detectors.job_title import JobTitleDetector
from detectors.role_pupils_teacher import pupils_teacher
from detectors.school import SchoolDetector


@pytest.mark.parametrize(
    "text",
    [
        "Oh wow, I was your daughter's teacher at Brookvale! Year 4, the year of the stick insects",
        "I'm his TA this year and he's come on so much since September",
        "I was Tomasz's Year 2 teacher, please pass on my congratulations",
        "I used to be her form tutor, she was always the first to volunteer",
        "I taught you in Reception! You were the one who hid in the home corner",
        "I taught him at Kestrel Primary, lovely lad",
        "Proud moment: the leavers' show tonight and I'm their class teacher",
        "Bumped into one of my ex-pupils at the garage, he's 40 and still calls me Miss",
        "a former pupil of mine just qualified as a vet and I'm crying in Tesco",
    ],
)
def test_the_writer_as_a_pupils_teacher(text: str) -> None:
    assert pupils_teacher(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son's teacher sent a lovely note home today",
        "I was her piano teacher for six years, she's now at the conservatoire",
        "I'm his swimming coach, not his dad, but I'm still proud",
        "The man at the bank spoke to me like I was his form tutor",
        "Mr Pryce said 'I'm your teacher, not your friend' and we all laughed",
        "My daughter says I'm her favourite teacher, but I'm only her mum",
        "I taught my daughter to ride a bike in the park",
        "Ex-pupil of Larchfield here, those radiators never worked",  # the writer was the pupil
        "Our old pupils' association is raising money for the new library",
    ],
)
def test_someone_elses_teacher_a_comparison_or_a_quotation_is_not(text: str) -> None:
    assert pupils_teacher(text) == []


def test_the_job_detector_reports_it_where_the_judgement_finds_nothing() -> None:
    item = Item(
        Provenance("x", "tweets.js", "1", "full_text", "post"), text="I was your son's TA at Brookvale! Hi to him"
    )
    found = JobTitleDetector().detect(item)
    assert [m.tier for m in found] == ["worth a look"]
    assert found[0].explanation is not None and "a pupil's school role" in found[0].explanation.reason


def test_a_school_named_right_after_it_is_where_the_writer_works() -> None:
    """The job detector judges a batch before the school detector; a school right after the role the rules read
    ("... teacher at Brookvale!") is the writer's workplace (`job_memory.own_job_just_before`), found either way."""
    profile = SchoolProfile(name="Brookvale Primary School", aliases=("Brookvale",))
    text = "I was your son's teacher at Brookvale! Say hello to him from me"
    item = Item(Provenance("x", "tweets.js", "2", "full_text", "post"), text=text)
    assert JobTitleDetector().detect(item)
    at = text.index("Brookvale")
    assert own_job_just_before(item, at)
    assert not own_job_just_before(item, text.index("Say"))
    [found] = SchoolDetector(profile).detect_batch([item])[0]
    assert found.tier == "worth a look" and found.value == "Brookvale Primary School"


def test_a_bare_name_right_after_supply_teaching_is_where_the_writer_works() -> None:
    """A name with no school word ("Ravensworth") is a school only after the writer's own school job read by the
    rules ("Week two of supply at ..."); held at "worth a look"."""
    text = "Week two of supply at Ravensworth, the kids are a delight"
    item = Item(Provenance("x", "tweets.js", "3", "full_text", "post"), text=text)
    assert JobTitleDetector().detect(item)
    [found] = SchoolDetector(SchoolProfile()).detect_batch([item])[0]
    assert found.value == "Ravensworth" and found.tier == "worth a look"
