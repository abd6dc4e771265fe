"""Workplace events (`detectors.school_events`) and what happens to a judged school candidate after the
judgement (`detectors.school_verdict`), on invented sentences (never corpus lines)."""

from __future__ import annotations

import pytest

from detectors.base import SchoolProfile
from detectors.school import SchoolDetector
from detectors.school_candidates import Candidate
from detectors.school_events import workplace_event
from detectors.school_verdict import dropped_by
from tests.conftest import text_item

# (text, the candidate as written, a name without a school word?, the event in words or None)
EVENTS: list[tuple[str, str, bool, str | None]] = [
    ("Eleven years at Larkmoor and the Year 11s still surprise me", "Larkmoor", True, "years spent there"),
    ("Leaving today after 7 happy years at Copperbeech Academy", "Copperbeech Academy", False, "years spent there"),
    ("At Thistledown Primary we start every day with a song", "Thistledown Primary", False, "the school's own voice"),
    ("At St Wendreda's, every child learns the recorder", "St Wendreda's", True, "the school's own voice"),
    ("At Thistledown Primary sports day it rained again", "Thistledown Primary", False, None),
    ("I teach chemistry at Larkmoor and the fume cupboard is broken", "Larkmoor", True, "their own work for it"),
    ("Writing 90 reports for Copperbeech Academy this weekend", "Copperbeech Academy", False, "their own work for it"),
    ("I do IT for Larkmoor Sixth Form and a church, the church has better Wi-Fi", "Larkmoor Sixth Form", False,
     "their own work for it"),
    ("So proud of our Larkmoor High chess team today", "Larkmoor High", False, "our school"),
    ("Our Larkmoor High is in the paper again", "Larkmoor High", False, None),
    ("Dear families of Thistledown Primary, welcome back", "Thistledown Primary", False, "their school community addressed"),
    ("Larkmoor High governors' meeting ran until nine", "Larkmoor High", False, "their school's own meetings or community"),
    ("Copperbeech Academy staff bake off: I came last", "Copperbeech Academy", False,
     "their school's own meetings or community"),
    ("Copperbeech Academy families, the car park is closed on Friday", "Copperbeech Academy", False,
     "their school's own meetings or community"),
    ("My wife retired after 30 years at Larkmoor High", "Larkmoor High", False, None),
    ("Moving to Larkmoor in the summer, any tips?", "Larkmoor", True, None),
    ("Larkmoor governors' meeting tonight", "Larkmoor", True, None),
    ("Twenty years caretaking at Larkmoor and still no spare key", "Larkmoor", True, "years spent there"),
    ("18 yrs as head cook at Copperbeech, retiring Friday", "Copperbeech", True, "years spent there"),
    ("Mum retired after 22 years as bursar at Larkmoor High", "Larkmoor High", False, None),
    ("Mum's leaving do tonight - 35 years as a dinner lady at Larkmoor", "Larkmoor", True, None),
    ("Happy retirement Mr Obi! 30 years at Larkmoor and we'll all miss the ties", "Larkmoor", True, None),
    ("Did you see Mrs Hale retired? 38 years at Larkmoor High.", "Larkmoor High", False, None),
    ("Twelve years at Larkmoor and she still runs the choir", "Larkmoor", True, None),
    ("What a week! 12 years at Larkmoor and I still love Mondays", "Larkmoor", True, "years spent there"),
    ("Taught at Larkmoor High 1990-2012 and I still dream about the bells", "Larkmoor High", False,
     "their own work for it"),
    ("I was the youngest on the staff at Larkmoor High in 1979", "Larkmoor High", False, "their own work for it"),
    ("Congrats Dr Obi!! Teaching at Larkmoor High now, proud of you", "Larkmoor High", False, None),
    ("Supply this week: Mon Larkmoor, Tue Copperbeech, Wed off", "Copperbeech", True, "a day of their working week there"),
    ("Tuesdays = Larkmoor (brass), Thursdays I sleep", "Larkmoor", True, "a day of their working week there"),
    ("Head of Music at Larkmoor. Choir on Mondays.", "Larkmoor", True, "a school role held there"),
    ("Dad | cyclist | HLTA @ Copperbeech", "Copperbeech", True, "a school role held there"),
    ("Deputy head of security at Larkmoor shopping centre", "Larkmoor", True, None),
    ("Claire starts as Deputy Head at Larkmoor on Monday", "Larkmoor", True, None),
    ("Seating plans done, back to Larkmoor tomorrow", "Larkmoor", True, "back at work there"),
    ("Back to Larkmoor for a week of sun, can't wait", "Larkmoor", True, None),
    ("Heading back to Larkmoor tomorrow for revision week", "Larkmoor", True, None),
    ("Sad to leave my Year 4s at Copperbeech", "Copperbeech", True, "their own class there"),
    ("My kids at Copperbeech have a non-uniform day", "Copperbeech", True, None),
    ("Pond dipping at Larkmoor with my Year 3s, two nets lost", "Larkmoor", True, "their own class there"),
    ("Book week at Copperbeech, dressed as a pirate with my class", "Copperbeech", True, "their own class there"),
    ("Sports day at Larkmoor with my son, he came last", "Larkmoor", True, None),
    ("At Larkmoor today. With my Year 6s tomorrow", "Larkmoor", True, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "bare", "what"), EVENTS)
def test_workplace_event(text: str, name: str, bare: bool, what: str | None) -> None:
    start = text.index(name)
    event = workplace_event(text, start, start + len(name), bare=bare)
    assert (event.what if event else None) == what
    if event is not None:
        assert name in event.words and event.words in text


def _candidate(
    text: str, name: str, cues: tuple[str, ...] = (), configured: bool = False
) -> tuple[Candidate, tuple[int, int]]:
    start = text.index(name)
    found = "the school's name" if configured else "a school's name"
    return Candidate(start, start + len(name), name, found, configured, cues), (start, start + len(name))


def test_filters_of_the_speaker_only_when_the_writer_is_not_staff() -> None:
    text = "Our Ffion starts at Copperbeech Academy on Monday, new shoes and all"
    candidate, span = _candidate(text, "Copperbeech Academy")
    assert dropped_by(text, span, candidate, writer_is_staff=False) == ("a parent's school",)
    assert dropped_by(text, span, candidate, writer_is_staff=True) == ()


def test_filters_of_what_it_is_depend_on_how_it_was_found() -> None:
    text = "Supply work in Dudley all week"
    bare, span = _candidate(text, "Dudley", ("xxbarename",))
    named, _ = _candidate(text, "Dudley")
    assert dropped_by(text, span, bare, writer_is_staff=True) == ("a town, subject, class or firm",)
    assert dropped_by(text, span, named, writer_is_staff=True) == ()
    hotel = "Dinner at the Larkmoor Hall Hotel"
    alias, at = _candidate(hotel, "Larkmoor", configured=True)
    assert dropped_by(hotel, at, alias, writer_is_staff=True) == ("a place sharing the name",)


def test_a_check_in_place_is_left_to_its_own_filters() -> None:
    place = Candidate(0, 0, "Larkmoor High", "checked in at a school", False, ("xxplace",))
    assert dropped_by("voting at the polling station", (0, 0), place, writer_is_staff=False) == ()


LARKMOOR = SchoolProfile(name="Larkmoor High School", aliases=("Larkmoor High",), handles=("LarkmoorHigh",))


def test_the_detector_drops_a_parents_school_and_keeps_a_staff_members() -> None:
    detector = SchoolDetector(LARKMOOR)
    assert (
        detector.detect(text_item("As a parent of a Year 8 at Larkmoor High I think the new uniform is too dear")) == []
    )
    kept = detector.detect(text_item("Head of Science at Larkmoor High, mum of two, marking in the car park"))
    assert [m.value for m in kept] == ["Larkmoor High School"]


def test_the_detector_promotes_a_workplace_event_with_its_words() -> None:
    detector = SchoolDetector(LARKMOOR)
    found = detector.detect(text_item("So proud of our @LarkmoorHigh debate team tonight, regional finalists!"))
    assert [m.tier for m in found] == ["worth a look"]
    explanation = found[0].explanation
    assert explanation is not None and explanation.signal in ("rule", "classifier")
    if explanation.signal == "rule":
        assert explanation.cues == ("our @LarkmoorHigh",)


# (text, the extra candidates expected, as written)
EXTRAS: list[tuple[str, list[str]]] = [
    ("Cymhorthydd dosbarth | Ysgol Cwm Derwen | Blwyddyn 2", ["Ysgol Cwm Derwen"]),
    ("Fifteen years as a custodian at Pine Hollow Middle, retiring Friday", ["Pine Hollow Middle"]),
    ("Vice principal at Glenrath Integrated PS from January", ["Glenrath Integrated PS"]),
    ("At Redmarsh we mark in green pen, every class, every lesson", ["Redmarsh"]),
    ("At Christmas we mark in green pen, every class, every lesson", []),
    ("Middle of the road, PS see you later", []),
]


@pytest.mark.parametrize(("text", "names"), EXTRAS)
def test_extra_candidates(text: str, names: list[str]) -> None:
    from detectors.school_extra import extra_candidates

    found = extra_candidates(text_item(text), [])
    assert [text[c.start : c.end] for c in found] == names


def test_extra_candidates_leave_the_trained_inputs_alone() -> None:
    """A text naming a school the finder reads and one only `school_extra` reads: the first one's
    classifier input is what `make model` trained on, with no mask for the second."""
    from detectors.school import workplace_inputs

    detector = SchoolDetector(SchoolProfile())
    item = text_item("Larkmoor Academy and Pine Hollow Middle both shut for snow today")
    candidates = detector.find(item)
    assert [item.text[c.start : c.end] for c in candidates if item.text] == ["Larkmoor Academy"]
    assert "xxotherschool" not in workplace_inputs(item, candidates)[0]
    assert [item.text[c.start : c.end] for c in detector._extras(item, candidates) if item.text] == [
        "Pine Hollow Middle"
    ]


def test_a_contraction_after_a_place_word_is_no_name() -> None:
    """ "from March I'll be joining X": "I'll" opens no school's name, and "X" is still read."""
    from detectors.school_candidates import _bare_names

    text = "From March I'll be joining Larkmoor as SENCo, and I've loved my years at Brindlecombe"
    assert [text[c.start : c.end] for c in _bare_names(text)] == ["Larkmoor", "Brindlecombe"]


def test_a_timetables_day_is_a_workplace_only_in_a_staff_members_text() -> None:
    """ "Mondays Larkmoor, Weds Copperbeech" is a visiting teacher's week; the same shape in a text that does not read
    as school work ("Mon Kestrel, Tue Brownies" of a parent's week) names no workplace."""
    from detectors import job_memory
    from detectors.job_title import JobTitleDetector

    detector = SchoolDetector(SchoolProfile())
    staff = text_item("Peri brass teacher in three schools. Mondays Larkmoor, Weds Copperbeech, Fridays admin.")
    JobTitleDetector().detect(staff)
    assert {m.value for m in detector.detect(staff)} >= {"Larkmoor", "Copperbeech"}
    job_memory.forget()
    parent = text_item("Kids' week: Mon Kestrel, Tue Brownies, Wed swimming. I am a taxi service.")
    assert [m.value for m in detector.detect(parent)] == []
