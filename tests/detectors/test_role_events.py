"""Career events the writer tells of themselves, and whose event it is (invented texts only)."""

from __future__ import annotations

import pytest

from detectors.job_title import IMPLIED, JobTitleDetector
from detectors.role_events import EVENT_CONFIDENCE, career_events
from tests.conftest import text_item

OWN: list[str] = [
    "got the TA job at last!! starting after half term",
    "My ECT year was 2019 and I still have the lanyard",
    "Passed my QTS today, cannot stop grinning",
    "Last week as deputy head before the move north",
    "Officially starting as head of year in April",
    "Interview for a teaching post on Thursday, wish me luck",
    "Having taught in the same village primary for twelve years, I know every family",
    "I taught them in Year 3 and now they are leaving for big school",
    "Proud to be the new headteacher of Elmcroft Infants from September!",
    "Thrilled to join Brookvale as deputy head after Easter",
    "Head of Year 10 for three months and I have aged a decade",
    "Science technician of 14 years. Still smell of ethanol.",
    "Been a dinner lady at the juniors since 2011, still love it",
    "Form tutor since September. Learning all their names was the easy bit",
    "Runner | Mum of two | Admin officer at Larkmoor Primary",
    "Geography at Copperbeech Academy 🌍 | rugby on Saturdays",
    "Being the cook at @LarkmoorInfants means nobody leaves hungry",
    "ex teacher, now a plumber at 41. Still say 'eyes on me' to the apprentices",
    "Gardener | Former headteacher | Grandma to three",
    "ex-HoD here, retraining as an accountant",
    "As an ex-TA I can tell you the wet play bag is sacred",
    "left teaching in 2021 and I don't miss the marking",
    "Retired after 31 years of teaching. Allotment time.",
]
SOMEONE_ELSES: list[str] = [
    "My partner got the deputy head job!! Curry tonight to celebrate",
    "Proud of my brother, first day as a headteacher today",
    "Anyone else's partner a teacher who's been offered a head of dept job?",
    "Wilf got promoted to head of year and bought a new tie",
    "Wifey's last day as a teacher after thirty years",
    "my son's first day as a TA went well",
    "My sister is proud to be the new headteacher of her old school",
    "My mum was a dinner lady for thirty years and never missed a day",
    "Happy retirement to Mrs Hill, caretaker for 25 years",
    "my ex-teacher from Year 6 just followed me on here",
    "A former teacher was in court today over the fraud",
    "My wife left teaching last year and she's never been happier",
]
OTHER_TRADES: list[str] = [
    "Promoted to Principal Consultant at a data firm",
    "Starting as Head of Marketing at a bakery chain",
    "Lovely walk by the river this morning",
    "Proud to be a dad of three",
    "Nurse for twenty years and still love nights",
    "IT technician of 10 years at a law firm",
    "My granddad was caretaker at Larkmoor School for thirty years",
    "Head coach at Elite Gymnastics Academy, squad training tonight",
    "I'm a football coach at Copperbeech Juniors FC",
    "New head at Larkmoor Primary according to the newsletter",
    "Ex-TA here (the Army Reserve kind), the new boots are better",
    "Former teacher energy from the bus driver this morning",
    "We're hiring product managers. Former teachers welcome!",
]


@pytest.mark.parametrize("text", OWN)
def test_finds_the_writers_own_career_event(text: str) -> None:
    assert career_events(text), text


@pytest.mark.parametrize("text", SOMEONE_ELSES + OTHER_TRADES)
def test_leaves_other_peoples_events_and_other_trades(text: str) -> None:
    assert career_events(text) == [], text


def test_an_event_names_what_happened_and_where() -> None:
    text = "So happy, got the TA job!!"
    (event,) = career_events(text)
    assert text[event.start : event.end] == "got the TA job"
    assert event.what == "a school job won"


def test_a_career_event_is_worth_a_look_at_a_fixed_confidence_with_a_rule_explanation() -> None:
    text = "Passed my QTS today, cannot stop grinning"
    matches = JobTitleDetector().detect(text_item(text))
    if matches and matches[0].explanation and matches[0].explanation.signal == "classifier":
        pytest.skip("the judgement already finds this text; the rule only fills in where it does not")
    (match,) = matches
    assert match.tier == "worth a look"
    assert match.confidence == EVENT_CONFIDENCE
    assert match.value == IMPLIED
    assert match.explanation is not None and match.explanation.signal == "rule"
    assert "QTS" in match.explanation.cues[0]


def test_a_bio_line_names_the_job_without_its_separator() -> None:
    text = "Dog walker | Dad | Caretaker at Larkmoor High 🔧"
    (event,) = career_events(text)
    assert text[event.start : event.end] == "Caretaker at Larkmoor High"
    assert event.what == "a job at a school, in a bio's words"


@pytest.mark.parametrize(
    "text",
    ["I passed my HLTA 🎉 thank you Maple class!", "Finally got my QTS 🥳", "Finished my NPQH ✅"],
)
def test_a_qualification_gained_is_found_beside_an_emoji(text: str) -> None:
    """A text beyond ASCII is screened by `_KEYWORDS`, which must hold a word of every event ("hlta" was missing)."""
    assert [cue.what for cue in career_events(text)] == ["a teaching qualification gained"]
