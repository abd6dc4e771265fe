"""A school speaking as "we" (`detectors.role_voice`), and the job finding it makes (invented texts only)."""

from __future__ import annotations

import random

import pytest

from detectors import role_voice
from detectors.job_title import IMPLIED, JobTitleDetector
from detectors.role_events import EVENT_CONFIDENCE
from detectors.role_voice import _CUES, _MAY_HOLD, quoted, school_voice, speaks_for_another_group
from tests.conftest import text_item

SCHOOLS_OWN: list[tuple[str, str]] = [
    ("We ask form tutors to ring home before the end of the first week.", "it manages its staff"),
    ("We don't expect staff to answer emails after six.", "it manages its staff"),
    ("We have paired up new teachers with a mentor from another phase.", "it manages its staff"),
    ("From this term we release subject leaders for half a day every fortnight.", "it manages its staff"),
    ("We offered all our support staff a wellbeing day in the summer term.", "it provides for its own staff"),
    ("Feedback from our pupils shaped the new reading corner.", "it owns its staff's business"),
    ("The governors signed off our homework policy in March.", "it owns its staff's business"),
    ("Our SLT now covers one duty a week each.", "it owns its staff's business"),
    ("As a one-form entry primary, we share subject leadership across the whole team.", "it calls itself a school"),
    ("Being a small rural school meant we all wore several hats.", "it calls itself a school"),
    ("We now review foundation subjects on a two-year cycle.", "it runs its own practice"),
    ("This year we scrapped written comments in exercise books.", "it runs its own practice"),
    ("We set aside every other Monday for middle leaders to meet.", "it runs its own practice"),
    ("Last year we set up one system to log behaviour incidents across every key stage.", "it runs its own practice"),
]
NOT_A_SCHOOL_SPEAKING: list[str] = [
    "We help teachers save hours on marking. Book a demo today.",  # a vendor, not a school
    "We set up a behaviour points system for our members at the climbing centre.",  # a club's members
    "We support teachers with free lesson resources every week.",
    "We had parents' evening tonight, my daughter's teachers were lovely.",  # a parent
    "Our kids' school has a new uniform policy and it is ridiculous.",
    "The head said: 'The safety of our pupils comes first, always.'",  # a school quoted
    'Letter home today: "our behaviour policy has been updated" again.',
    "Our teachers gave us loads of homework over half term.",  # a pupil
    "We walked the dog along the canal and had chips.",
    "As parents, we would like the homework timetable changed.",  # another group's "we"
    "Our charity ran sessions for pupils in four towns this spring.",
    "We reviewed the lesson plans of 40 schools for our report.",  # those served are schools
    "We designed our app so teachers spend less time on marking.",
]


@pytest.mark.parametrize(("text", "what"), SCHOOLS_OWN)
def test_finds_a_school_speaking_as_we(text: str, what: str) -> None:
    cues = school_voice(text)
    assert [cue.what for cue in cues][:1] == [what], text
    assert all(text[cue.start : cue.end].strip() for cue in cues)


@pytest.mark.parametrize("text", NOT_A_SCHOOL_SPEAKING)
def test_finds_no_school_voice_in_others_words(text: str) -> None:
    assert school_voice(text) == [], text


def test_another_group_names_itself_as_we() -> None:
    assert speaks_for_another_group("As a charity we run reading clubs.")
    assert speaks_for_another_group("Teachers love our platform. Book a demo!")
    assert speaks_for_another_group("We have worked with schools since 2010.")
    assert not speaks_for_another_group("We moved parents' evening online this year.")
    assert not speaks_for_another_group("Our school runs a breakfast club.")


def test_a_quotation_is_open_until_it_is_closed() -> None:
    text = "She wrote 'see you soon' and we left. Then: 'our pupils first'"
    assert not quoted(text, text.index("we left"))
    assert quoted(text, text.index("our pupils"))
    assert not quoted("We don't ask teachers to stay late", 20)  # an apostrophe inside a word opens nothing


def test_the_we_or_our_screen_never_turns_away_a_cue() -> None:
    pieces = ("we", "We", "WE", "our", "Our", "ask", "teachers", "staff", "pupils", "slt", "as a", "school", "'", "’")
    rng = random.Random(9)
    for _ in range(5000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if any(pattern.search(text.replace("’", "'")) for _, pattern in _CUES):
            assert _MAY_HOLD.search(text), text


def test_a_school_voice_makes_a_worth_a_look_job_finding() -> None:
    matches = JobTitleDetector().detect(text_item("We release teachers in each year group for joint planning time."))
    assert len(matches) == 1
    match = matches[0]
    assert (match.value, match.tier, match.confidence) == (IMPLIED, "worth a look", EVENT_CONFIDENCE)
    assert match.explanation is not None
    assert "speaks for the school they work at" in match.explanation.reason
    assert match.explanation.cues == ("We release teachers",)


def test_a_vendor_or_a_parent_makes_no_job_finding() -> None:
    detector = JobTitleDetector()
    for text in ("We help teachers plan faster with our app.", "We had parents' evening, her teachers were kind."):
        assert not any("speaks for the school" in m.rule for m in detector.detect(text_item(text))), text


def test_module_names_its_cues() -> None:
    assert {what for what, _ in _CUES} == {what for _, what in SCHOOLS_OWN}
    assert role_voice.Cue(0, 2, "x").what == "x"


def test_the_cue_words_screen_never_turns_away_a_cue() -> None:
    from detectors.role_voice import _CUE_WORDS
    from detectors.words import words

    pieces = ("we", "our", "ask", "expect", "give", "all", "the", "new", "form", "tutors", "teachers", "staff", "pupils",
              "review", "use", "set aside", "curriculum", "lessons", "homework", "foundation subjects", "cpd",
              "SLT", "marking", "policy", "staff", "room", "as", "a", "small", "school", "primary", ",", "year", "4",
              "team", "reception", "classes", "inset", "days", "governing", "board", "senior", "leadership")  # fmt: skip
    rng = random.Random(11)
    for _ in range(20000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(2, 7)))
        if any(pattern.search(text) for _, pattern in _CUES):
            assert not _CUE_WORDS.isdisjoint(words(text)), text
