"""The profession detector end to end: candidates, rule cues, the learned judgement, tiers, explanations.

Every text here is invented for this file (none is a corpus line): clear cases the judgement must
get right whatever it learned, and the structure every finding must have.
"""

from __future__ import annotations

import pytest

from detectors.base import Section
from detectors.filters import NO_ROLE_NAMED, OWN_ROLE_THE_MODEL_DOUBTS
from detectors.job_title import IMPLIED, JobTitleDetector
from tests.conftest import text_item

# (text, section, value): the writer's own school job, said or shown
FOUND: list[tuple[str, Section, str]] = [
    ("Year 5 teacher in a village primary | cyclist | tea", "profile", "year 5 teacher"),
    ("I'm a teaching assistant and today a boy in my group read a whole page alone", "post", "teaching assistant"),
    ("SENCo | paperwork wrangler | dog mum", "profile", "senco"),
    ("Marking 31 science books before bed, then reports to write tomorrow", "post", "teacher"),
    ("Deputy head. Opinions mine, not my school's.", "profile", "deputy headteacher"),
]
# (text, section): someone else's job, another sense, or a parent's view
NOT_LIKELY: list[tuple[str, Section]] = [
    ("Lovely walk along the canal with the dog this morning", "post"),
    ("Head of Sales EMEA | SaaS | ex-consulting", "profile"),
    ("My daughter's teacher sent home a lovely note about her reading", "post"),
    ("Pupils dilated after the eye test, can't see my phone", "post"),
]


@pytest.mark.parametrize(("text", "section", "value"), FOUND)
def test_finds_the_writers_own_school_job(text: str, section: Section, value: str) -> None:
    (match,) = JobTitleDetector().detect(text_item(text, section=section))
    assert match.value == value
    assert match.clauses == ("2.3.13",)
    assert match.tier in ("likely", "worth a look")
    assert match.explanation is not None and match.explanation.signal == "classifier"
    assert match.explanation.cues, "the explanation quotes the words that carried it"


@pytest.mark.parametrize(("text", "section"), NOT_LIKELY)
def test_is_not_sure_of_other_peoples_jobs_or_other_senses(text: str, section: Section) -> None:
    assert [m for m in JobTitleDetector().detect(text_item(text, section=section)) if m.tier == "likely"] == []


def test_a_role_said_in_a_bio_is_likely_and_its_words_are_the_evidence() -> None:
    text = "Reception class teacher | fell runner"
    (match,) = JobTitleDetector().detect(text_item(text, section="profile"))
    assert match.tier == "likely"
    assert text[match.start : match.end] == "Reception class teacher"


def test_staff_life_without_a_role_word_is_valued_as_implied() -> None:
    text = "Wet play in the sleet then an SLT meeting till six, living the dream"
    (match,) = JobTitleDetector().detect(text_item(text))
    assert match.value == IMPLIED
    assert match.explanation is not None and "SLT" in match.explanation.cues


def test_an_organisation_speaking_of_the_teachers_it_serves_is_held_to_worth_a_look() -> None:
    text = "Brightstep is a membership network for primary teachers: share, train and grow together #edu"
    (match,) = JobTitleDetector().detect(text_item(text, section="profile"))
    assert match.tier == "worth a look"
    assert match.explanation is not None and "organisation's own account" in match.explanation.filters


def test_a_wished_for_or_other_kind_of_teaching_is_no_cue() -> None:
    for text in ("Long day at the office, I wish I was a teacher with the summers off",
                 "Author, #mindfulness teacher and podcaster"):  # fmt: skip
        assert [m for m in JobTitleDetector().detect(text_item(text)) if m.tier == "likely"] == [], text


def test_a_retweet_is_held_to_worth_a_look() -> None:
    text = "RT @someone_else: I'm a Year 6 teacher and SATs week is upon us"
    for match in JobTitleDetector().detect(text_item(text)):
        assert match.tier == "worth a look"
        assert match.explanation is not None and match.explanation.filters == ("retweet",)


def test_confidence_is_calibrated_and_tiers_follow_it() -> None:
    detector = JobTitleDetector()
    calibration = detector_calibration()
    for text, section, _ in FOUND:
        for match in detector.detect(text_item(text, section=section)):
            assert 0.0 < match.confidence <= 1.0
            expected = calibration.tier(match.confidence)
            assert match.tier == expected or match.explanation and match.explanation.filters


def detector_calibration():  # type: ignore[no-untyped-def]
    from detectors.judgement import judge

    return judge("job").calibration


def test_one_finding_per_item() -> None:
    text = "I'm a Year 6 teacher: parents' evening tonight, then marking. Year 6 teacher life!"
    assert len(JobTitleDetector().detect(text_item(text))) == 1


def test_batch_equals_one_by_one() -> None:
    detector = JobTitleDetector()
    items = [text_item(text, section=section) for text, section, _ in FOUND] + [
        text_item(text, section=section) for text, section in NOT_LIKELY
    ]
    wanted = [item for item in items if detector.wants(item)]
    assert detector.detect_batch(wanted) == [detector.detect(item) for item in wanted]


def test_a_post_that_opens_like_a_bio_names_the_writers_role() -> None:
    (match,) = JobTitleDetector().detect(
        text_item("Head of Music at Wrenfield Academy. Opinions mine.", section="post")
    )
    assert match.value == "head of music"
    assert match.explanation is not None and "as in a bio" in match.explanation.reason
    assert NO_ROLE_NAMED not in match.explanation.filters  # so the judgement alone decides its tier


def test_the_role_of_someone_the_writer_names_is_at_most_worth_a_look() -> None:
    found = JobTitleDetector().detect(text_item("Well done Kit Marlow, a TA at Wrenfield Primary, on the fun run"))
    assert all(match.tier == "worth a look" for match in found)
    assert all(
        "someone the writer names" in (match.explanation.filters if match.explanation else ()) for match in found
    )


def test_school_life_without_a_named_role_is_judged_on_its_own_table_and_never_likely() -> None:
    """A text that only shows school life is right less often than a named role at the same score:
    its confidence comes from the job model's second table (`calibration-unnamed.json`)."""
    from detectors import nlp
    from detectors.job_title import read_roles
    from detectors.judgement import job_input, judge

    text = "Playground duty in the sleet, then a parents' evening that ran to eight. Marking can wait."
    item = text_item(text)
    reading = read_roles(item, nlp.doc(text))
    assert not reading.names_own_role
    (match,) = JobTitleDetector().detect(item)
    (score,) = judge("job").raw([job_input(text, "post", reading.marks)])
    assert match.confidence == round(judge("job").unnamed_calibration(score), 2)
    assert match.tier == "worth a look"


def test_a_role_the_writer_claims_is_kept_when_the_model_doubts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the main table would drop the text, the table of texts that name a role of the writer's own
    decides, and the finding says so (`OWN_ROLE_THE_MODEL_DOUBTS`); a text that only shows school life
    has no such second chance."""
    from detectors.judgement import Calibration, judge

    job = judge("job")
    never = Calibration((1.0,), (0.2,), 0.9, 0.5)  # every score 0.2: under both bars
    always = Calibration((1.0,), (0.6,), 0.9, 0.5)  # every score 0.6: worth a look
    monkeypatch.setattr(job, "_calibration", never)
    monkeypatch.setattr(job, "_unnamed", never)
    monkeypatch.setattr(job, "_named", always)
    (match,) = JobTitleDetector().detect(text_item("Cover supervisor, is the union really worth it?"))
    assert (match.value, match.tier, match.confidence) == ("cover supervisor", "worth a look", 0.6)
    assert match.explanation is not None and OWN_ROLE_THE_MODEL_DOUBTS in match.explanation.filters
    assert JobTitleDetector().detect(text_item("Parents evening outfit sorted, slippers under the desk")) == []


def test_the_place_a_platform_attached_to_a_check_in_is_not_read() -> None:
    """ "Wrenfield Primary School, 2 Example Rd" as a check-in's place says where the person went (the school
    detector reads it with its own rules); the check-in's own message is still read."""
    place = text_item("Wrenfield Primary School, 2 Example Rd, Exampleton", section="checkin", field="place")
    message = text_item("Parents' evening done, 32 families seen, my voice is gone", section="checkin", field="message")
    assert not JobTitleDetector().wants(place)
    assert JobTitleDetector().wants(message)
